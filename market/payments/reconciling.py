"""Settle card payments whose webhook never came: shared by `flask payments reconcile` and the periodic
job, each order committed on its own."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from flask import current_app
from sqlalchemy import select

from market.core.models import utcnow
from market.extensions import db
from market.orders.models import Order


def _needs_settling(order: Order, session: dict) -> bool:
    from market.payments import services

    if order.payment_status == "pending":
        return True
    paid = session.get("status") == "complete" and session.get("payment_status") in services.PAID
    # A payment after the release (a late payment), or a second payment of a paid order.
    return paid and session.get("payment_intent") != order.stripe_payment_intent


def reconcile_recent(hours: int = 24) -> Counter:
    """A paid session confirms its order (or refunds it when the stock is gone), an expired one releases
    it; also checks every session Stripe made in the last `hours`. Returns the count of each outcome."""
    from market.payments import services, stripe_api
    from market.payments.exceptions import PaymentError

    log = current_app.logger
    query = select(Order.stripe_session_id).where(
        Order.payment_method == "card", Order.payment_status == "pending", Order.stripe_session_id.is_not(None)
    )
    session_ids = list(db.session.scalars(query.order_by(Order.id)))
    listed: dict[str, dict] = {}
    try:
        listed = {s["id"]: s for s in stripe_api.list_recent_sessions(utcnow() - timedelta(hours=hours))}
    except PaymentError as exc:
        log.warning("Stripe's recent sessions could not be listed: %s", exc)
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
            log.warning("Session %s: %s", session_id, exc)
        counts[outcome] += 1
    return counts
