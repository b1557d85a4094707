"""`flask search rebuild` and `flask search check`."""

import os

import click
from flask import current_app
from flask.cli import AppGroup

from market.search.index import get_index

search_cli = AppGroup("search", help="The product search index.")


@search_cli.command("rebuild")
@click.option("--procs", type=click.IntRange(1, 8), default=min(os.cpu_count() or 1, 4), show_default=True,
              help="Processes that analyse the text.")  # fmt: skip
def rebuild_command(procs):
    """Rebuild the index from the database (the site keeps searching the old one meanwhile)."""
    index = get_index(current_app)
    with click.progressbar(length=1, label="Indexing products", show_pos=True) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        count = index.rebuild(progress=progress, procs=procs)
    click.echo(f"{count} products indexed in {index.path}.")


@search_cli.command("check")
@click.option("--dry-run", is_flag=True, help="Only report; do not repair.")
def check_command(dry_run):
    """Compare the index with the database and repair what differs."""
    index = get_index(current_app)
    missing, extra, stale = index.drift()
    click.echo(f"missing from the index: {len(missing)}; should not be there: {len(extra)}; out of date: {len(stale)}")
    if not (missing or extra or stale):
        click.echo("The index matches the database.")
        return
    if dry_run:
        raise SystemExit(1)
    index.update(missing | extra | stale)
    missing, extra, stale = index.drift()
    if missing or extra or stale:
        raise click.ClickException("the index still differs from the database; run `flask search rebuild`")
    click.echo("Repaired: the index matches the database.")
