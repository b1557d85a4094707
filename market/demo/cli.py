import click
from flask.cli import AppGroup

demo_cli = AppGroup("demo", help="Demo marketplace.")


@demo_cli.command("load")
def load():
    """Build the demo marketplace (idempotent)."""
    from market.demo.loader import load_demo

    summary = load_demo(echo=click.echo)
    click.echo(summary)
