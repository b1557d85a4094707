"""The periodic tasks the scheduler enqueues. Each commits its own work and is safe to run twice at once
or again after a crash: every one works from the database's state and locks what it changes."""

from __future__ import annotations

from market.core.mail import send_outbox
from market.extensions import db


def release_expired_reservations() -> int:
    """Card orders whose payment time ran out give their stock back (orders lock each order first)."""
    from market.orders import services

    released = services.release_expired()
    db.session.commit()
    send_outbox()
    return released


def reconcile_payments() -> dict:
    """Settle card payments whose webhook never came (nothing to do without Stripe)."""
    from market.payments import stripe_api
    from market.payments.reconciling import reconcile_recent

    if not stripe_api.card_payments_enabled():
        return {}
    counts = reconcile_recent(hours=24)
    send_outbox()
    return dict(counts)


def sweep_labels() -> tuple[int, int]:
    """Expire labels past their end date and remind cooperatives 30 days ahead."""
    from market.catalog import labels

    expired, reminded = labels.sweep()
    db.session.commit()
    send_outbox()
    return expired, reminded


def retry_emails() -> int:
    """Send what is still pending: emails a failed SMTP attempt put back, or whose sender died."""
    sent = total = send_outbox(limit=200)
    while sent == 200:
        sent = send_outbox(limit=200)
        total += sent
    return total


def sweep_exports() -> int:
    """Delete report files (and their rows) older than EXPORT_KEEP_DAYS."""
    from market.core import exports

    return exports.sweep()
