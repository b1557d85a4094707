"""`flask payments ...`: card payments housekeeping."""

from __future__ import annotations

import click
from flask.cli import AppGroup

from market.core.mail import deliver_outbox

payments_cli = AppGroup("payments", help="Card payments through Stripe.")


@payments_cli.command("reconcile")
@click.option("--hours", default=24, show_default=True, type=click.IntRange(1, 24 * 30),
              help="Also check every session Stripe made in the last HOURS hours.")  # fmt: skip
def reconcile_command(hours: int):
    """Settle card payments whose webhook never came: a paid session confirms its order (or refunds it
    when the stock is gone), an expired one releases it. Each order is committed on its own."""
    from market.payments import stripe_api
    from market.payments.reconciling import reconcile_recent

    if not stripe_api.card_payments_enabled():
        raise click.ClickException("Stripe is not configured (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).")
    counts = reconcile_recent(hours)
    deliver_outbox()
    summary = ", ".join(f"{counts[key]} {key}" for key in sorted(counts)) or "nothing to do"
    click.echo(f"{sum(counts.values())} session(s) checked: {summary}.")
