import sys

import click
from flask.cli import AppGroup
from flask_babel import force_locale

from market.coops.importing import import_cooperatives
from market.extensions import db

coops_cli = AppGroup("coops", help="Cooperatives.")


def print_report(report) -> None:
    if report.errors:
        click.echo(f"Nothing imported: {len(report.errors)} bad row(s).", err=True)
        for line, message in report.errors:
            click.echo(f"  line {line}: {message}", err=True)
        sys.exit(1)
    click.echo(f"Imported: {report.created} created, {report.updated} updated.")


@coops_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def import_command(path):
    """Create or update cooperatives from a CSV file (UTF-8, header row)."""
    with open(path, "rb") as fh, force_locale("en"):
        report = import_cooperatives(fh.read())
        if report.ok:
            db.session.commit()
        print_report(report)
