import click
from flask.cli import AppGroup
from flask_babel import force_locale

from market.catalog import labels
from market.catalog.importing import export_products, import_products
from market.coops.cli import print_report
from market.core.mail import deliver_outbox
from market.extensions import db

catalog_cli = AppGroup("catalog", help="Products and labels.")


@catalog_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--verify-labels", is_flag=True, help="Mark the labels in the file as verified (trusted source).")
def import_command(path, verify_labels):
    """Create or update products from a CSV file; all or nothing."""
    with open(path, "rb") as fh, force_locale("en"):
        report = import_products(fh.read(), verify_labels=verify_labels)
        if report.ok:
            db.session.commit()
            if report.claims:
                click.echo(f"{report.claims} label claim(s) created.")
        print_report(report)


@catalog_cli.command("export")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
def export_command(path):
    """Write every product to a CSV file in the import format."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(export_products())
    click.echo(f"Exported to {path}.")


@catalog_cli.command("labels-sweep")
def labels_sweep():
    """Expire labels past their end date and remind cooperatives 30 days ahead (run daily)."""
    expired, reminded = labels.sweep()
    db.session.commit()
    deliver_outbox()
    click.echo(f"{expired} label(s) expired, {reminded} reminder(s) sent.")
