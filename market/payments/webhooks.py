"""Stripe's webhook: verify the signature, handle each event id once, dispatch by type.

The event id is stored in the same transaction as what the event changes: a replay finds it and
changes nothing, and two deliveries of one event at the same moment meet at its primary key (the
second waits for the first, then fails to insert it and is acknowledged without doing anything).
Events may come in any order; the handlers ask the order what it already is (see settle_session).
Any 2xx tells Stripe to stop sending; a 503 (Stripe itself unreachable while we refund) makes it retry.
"""

from __future__ import annotations

import logging

from flask import request
from sqlalchemy.exc import IntegrityError

from market.core.mail import deliver_outbox
from market.extensions import csrf, db
from market.orders import services as orders
from market.payments import bp, services, stripe_api
from market.payments.exceptions import InvalidSignature, PaymentError
from market.payments.models import StripeEvent

log = logging.getLogger(__name__)


def _session_changed(session: dict) -> str:
    # completed, async_payment_succeeded and expired alike: the session says where it stands.
    return services.settle_session(session)


def _release(order, note: str) -> str:
    if order is None:
        return services.UNKNOWN
    orders.lock_order(order)
    if order.payment_method != "card" or order.payment_status != "pending":
        return services.UNCHANGED  # paid already (this attempt failed, another one succeeded) or released
    return services.RELEASED if orders.release_order(order, note) else services.UNCHANGED


def _session_payment_failed(session: dict) -> str:
    return _release(services.order_for_session(session), "payment failed")


def _payment_failed(payment_intent: dict) -> str:
    # A declined card leaves Stripe's page open for another card: close the session first, so that no
    # payment can arrive for stock that has gone back on sale (a payment made meanwhile is settled).
    order = services.order_for_payment(payment_intent.get("id"), payment_intent.get("metadata"))
    if order is None:
        return services.UNKNOWN
    return services.RELEASED if services.abandon_checkout(order, "card payment failed") else services.UNCHANGED


def _charge_refunded(charge: dict) -> str:
    order = services.order_for_payment(charge.get("payment_intent"), charge.get("metadata"))
    if order is None:
        return services.UNKNOWN
    recorded = services.record_outside_refunds(order, int(charge.get("amount_refunded") or 0))
    return f"recorded {recorded}" if recorded else services.UNCHANGED


HANDLERS = {
    "checkout.session.completed": _session_changed,
    "checkout.session.async_payment_succeeded": _session_changed,
    "checkout.session.expired": _session_changed,
    "checkout.session.async_payment_failed": _session_payment_failed,
    "payment_intent.payment_failed": _payment_failed,
    "charge.refunded": _charge_refunded,
}


@bp.route("/payments/stripe/webhook", methods=["POST"])
@csrf.exempt
def stripe_webhook():
    try:
        event = stripe_api.construct_event(request.get_data(), request.headers.get("Stripe-Signature"))
    except InvalidSignature as exc:
        log.warning("Stripe webhook refused: %s", exc)
        return {"error": "invalid signature"}, 400
    event_id, kind = str(event.get("id") or ""), str(event.get("type") or "")
    data = event.get("data") if isinstance(event.get("data"), dict) else {}
    obj = data.get("object") if isinstance(data.get("object"), dict) else {}
    if not event_id or len(event_id) > 255:
        return {"error": "no event id"}, 400
    if db.session.get(StripeEvent, event_id) is not None:
        return {"status": "already processed"}, 200
    handler = HANDLERS.get(kind)
    try:
        db.session.add(StripeEvent(id=event_id, type=kind[:80]))
        db.session.flush()  # claims the id now: a concurrent delivery of the same event waits here
        outcome = handler(obj) if handler else "ignored"
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        if db.session.get(StripeEvent, event_id) is None:
            raise
        return {"status": "already processed"}, 200
    except PaymentError:
        db.session.rollback()
        log.warning("Stripe event %s (%s) put off: Stripe could not be reached", event_id, kind)
        return {"status": "retry later"}, 503
    if outcome == services.UNKNOWN:
        log.warning("Stripe event %s (%s) is for no order we know", event_id, kind)
    deliver_outbox()
    return {"status": outcome}, 200
