import click
from flask.cli import AppGroup

from market.core.mail import send_outbox

mail_cli = AppGroup("mail", help="The email outbox.")


@mail_cli.command("send")
@click.option("--limit", default=200, show_default=True)
def send(limit):
    """Deliver pending emails from the outbox (SMTP when MAIL_SERVER is set, else the log)."""
    click.echo(f"Sent {send_outbox(limit)} email(s).")
