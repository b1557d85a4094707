"""`flask orders ...`: housekeeping of orders."""

import click
from flask.cli import AppGroup

from market.extensions import db
from market.orders import services

orders_cli = AppGroup("orders", help="Orders housekeeping.")


@orders_cli.command("release-expired")
def release_expired_command():
    """Give back the stock of card orders whose payment time ran out (Stripe is asked first)."""
    released = services.release_expired()
    db.session.commit()
    click.echo(f"{released} reservation(s) released.")
