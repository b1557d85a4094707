"""`flask cache stats` and `flask cache clear`: the page cache's hit ratio, and a way to empty it."""

import json

import click
from flask.cli import AppGroup

from market.core.cache import page_cache
from market.core.fragments import cache_stats

cache_cli = AppGroup("cache", help="The cache of public pages.")


@cache_cli.command("stats")
@click.option("--json", "as_json", is_flag=True, help="One JSON object (for benchmarks).")
@click.option("--reset", is_flag=True, help="Start counting again from zero afterwards.")
def stats(as_json, reset):
    """Hits, misses and entries: every host's with Redis; without it, only this command's own process."""
    result = cache_stats()
    if reset:
        page_cache().reset_stats()
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"backend: {result['backend']}   purges: {result['purges']}   errors: {result['errors']}")
    for kind in ("pages", "fragments"):
        row = result[kind]
        ratio = "-" if row["hit_ratio"] is None else f"{row['hit_ratio']:.1%}"
        click.echo(f"{kind}: {row['hits']} hits, {row['misses']} misses ({ratio}), {row['entries']} entries")


@cache_cli.command("clear")
def clear():
    """Drop every cached page and fragment (each is rendered afresh at its next request)."""
    page_cache().clear()
    click.echo("Page cache cleared.")
