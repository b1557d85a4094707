import click
from flask.cli import AppGroup

from market.accounts import services
from market.extensions import db

users_cli = AppGroup("users", help="Manage accounts.")


@users_cli.command("create-admin")
@click.argument("email")
@click.option("--password", help="Password for a new account (asked for when omitted).")
@click.option("--name", default="Admin", show_default=True, help="Display name for a new account.")
def create_admin(email, password, name):
    """Make EMAIL a platform admin, creating the account if needed."""
    if services.find_user_by_email(email) is None and not password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if password is not None and len(password) < 8:
        raise click.BadParameter("at least 8 characters", param_hint="--password")
    user, created = services.make_admin(email, password, name)
    db.session.commit()
    click.echo(f"{'Created' if created else 'Promoted'} admin {user.email}")
