"""`flask payments ...`: card payments housekeeping."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import click
from flask.cli import AppGroup
from sqlalchemy import select

from market.core.mail import deliver_outbox
from market.core.models import utcnow
from market.extensions import db
from market.orders.models import Order

payments_cli = AppGroup("payments", help="Card payments through Stripe.")


def _needs_settling(order: Order, session: dict) -> bool:
    from market.payments import services

    if order.payment_status == "pending":
        return True
    paid = session.get("status") == "complete" and session.get("payment_status") in services.PAID
    # A payment after the release (a late payment), or a second payment of a paid order.
    return paid and session.get("payment_intent") != order.stripe_payment_intent


@payments_cli.command("reconcile")
@click.option("--hours", default=24, show_default=True, type=click.IntRange(1, 24 * 30),
              help="Also check every session Stripe made in the last HOURS hours.")  # fmt: skip
def reconcile_command(hours: int):
    """Settle card payments whose webhook never came: a paid session confirms its order (or refunds it
    when the stock is gone), an expired one releases it. Each order is committed on its own."""
    from market.payments import services, stripe_api
    from market.payments.exceptions import PaymentError

    if not stripe_api.card_payments_enabled():
        raise click.ClickException("Stripe is not configured (STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET).")
    query = select(Order.stripe_session_id).where(
        Order.payment_method == "card", Order.payment_status == "pending", Order.stripe_session_id.is_not(None)
    )
    session_ids = list(db.session.scalars(query.order_by(Order.id)))
    listed: dict[str, dict] = {}
    try:
        listed = {s["id"]: s for s in stripe_api.list_recent_sessions(utcnow() - timedelta(hours=hours))}
    except PaymentError as exc:
        click.echo(f"Stripe's recent sessions could not be listed: {exc}", err=True)
    counts: Counter = Counter()
    for session_id in dict.fromkeys(session_ids + list(listed)):
        try:
            session = listed.get(session_id) or stripe_api.retrieve_session(session_id)
            order = services.order_for_session(session)
            if order is None:
                outcome = services.UNKNOWN
            elif not _needs_settling(order, session):
                outcome = services.UNCHANGED
            else:
                outcome = services.settle_session(session)
            db.session.commit()
        except PaymentError as exc:
            db.session.rollback()
            outcome = "unreachable"
            click.echo(f"Session {session_id}: {exc}", err=True)
        counts[outcome] += 1
    deliver_outbox()
    summary = ", ".join(f"{counts[key]} {key}" for key in sorted(counts)) or "nothing to do"
    click.echo(f"{sum(counts.values())} session(s) checked: {summary}.")
