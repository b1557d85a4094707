"""Card payments: starting a checkout, settling what Stripe tells us, refunds.

`settle_session` is the one way a Checkout Session changes an order, whoever learns of it first: the
webhook, the buyer's return to the success page, the reservation sweep or `flask payments reconcile`.
It locks the order's row first, so two of them arriving at once settle it once.

A paid card always ends as a confirmed order, or, when the stock went while the buyer was paying (a
payment after the reservation was released), as an order refunded in full.

Functions flush, never commit; the caller commits (and rolls back on PaymentError).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from flask import url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from market.core.models import utcnow
from market.extensions import db
from market.orders import services as orders
from market.orders.ledger import record_card_sale
from market.orders.models import CoopOrder, Order
from market.payments import stripe_api
from market.payments.exceptions import PaymentError, PaymentNotFound
from market.payments.models import Refund
from market.signals import KeepReservation, part_cancelled, reservation_expiring

log = logging.getLogger(__name__)

# What settling a session did to its order.
CONFIRMED, REFUNDED, RELEASED, OPEN, UNCHANGED, UNKNOWN, DUPLICATE = (
    "confirmed", "refunded", "released", "open", "unchanged", "unknown", "duplicate refunded",
)  # fmt: skip
PAID = {"paid", "no_payment_required"}
SETTLED = {"paid", "refunded"}
# Stripe refuses a session that expires sooner than 30 minutes after it is made; the margin covers
# the trip to Stripe.
SESSION_MIN_LIFE = timedelta(minutes=30, seconds=30)
SESSION_MAX_LIFE = timedelta(hours=23)


def find_order(number: str | None) -> Order | None:
    if not isinstance(number, str) or not number or len(number) > 16:
        return None
    return db.session.scalar(select(Order).where(Order.number == number))


def order_for_session(session: dict) -> Order | None:
    metadata = session.get("metadata") or {}
    order = find_order(session.get("client_reference_id") or metadata.get("order_number"))
    if order is None and session.get("id"):
        order = db.session.scalar(select(Order).where(Order.stripe_session_id == session["id"]))
    return order


def order_for_payment(payment_intent: str | None, metadata: dict | None = None) -> Order | None:
    order = find_order((metadata or {}).get("order_number"))
    if order is None and payment_intent:
        order = db.session.scalar(select(Order).where(Order.stripe_payment_intent == payment_intent))
    return order


def _reservation_for_session(order: Order) -> int:
    """The moment the session expires: the end of the reservation, pushed to Stripe's minimum life when
    needed. The new end is written by a conditional UPDATE that a concurrent request (a double click)
    waits on, so both send Stripe the very same parameters and the idempotency key returns one session."""
    now = utcnow().replace(microsecond=0)
    db.session.execute(
        update(Order)
        .where(Order.id == order.id, Order.payment_status == "pending", Order.reserved_until < now + SESSION_MIN_LIFE)
        .values(reserved_until=now + SESSION_MIN_LIFE + timedelta(seconds=30))
        .execution_options(synchronize_session=False)
    )
    db.session.refresh(order)
    return int(min(order.reserved_until, now + SESSION_MAX_LIFE).timestamp())


def return_urls(order: Order) -> tuple[str, str]:
    """Where Stripe sends the buyer back: (after paying, after giving up). Stripe puts the session's id in
    place of {CHECKOUT_SESSION_ID} (url_for would escape the braces)."""
    success = url_for("payments.success", number=order.number, _external=True) + "?session_id={CHECKOUT_SESSION_ID}"
    return success, url_for("payments.cancelled", number=order.number, _external=True)


def start_checkout(order: Order, success_url: str, cancel_url: str) -> str | None:
    """The URL of the order's Stripe payment page, made once per order. None when the order turned out
    to be settled already (the caller then shows the order as it now is)."""
    if order.payment_method != "card" or order.payment_status != "pending":
        return None
    if not stripe_api.card_payments_enabled():
        raise PaymentError(stripe_api.NOT_CONFIGURED)
    if order.reserved_until is None or order.reserved_until <= utcnow():
        raise PaymentError(_l("The time to pay for this order has run out. Please order again from your cart."))
    if order.stripe_session_id:
        session = stripe_api.retrieve_session(order.stripe_session_id)
        if session.get("status") == "open" and session.get("url"):
            return session["url"]
        settle_session(session)
        return None
    expires_at = datetime.fromtimestamp(_reservation_for_session(order), UTC)
    if order.stripe_session_id or order.payment_status != "pending":  # changed meanwhile by another request
        return start_checkout(order, success_url, cancel_url)
    session = stripe_api.create_checkout_session(order, success_url, cancel_url, expires_at)
    order.stripe_session_id = session["id"]
    db.session.flush()
    return session.get("url")


def settle_session(session: dict) -> str:
    """Bring the order in line with its Checkout Session as Stripe reports it."""
    order = order_for_session(session)
    if order is None:
        log.warning("Stripe session %s is for no order we know (%s)", session.get("id"),
                    session.get("client_reference_id"))  # fmt: skip
        return UNKNOWN
    orders.lock_order(order)
    if order.payment_method != "card":
        log.warning("Stripe session %s is for order %s, paid on delivery", session.get("id"), order.number)
        return UNCHANGED
    status = session.get("status")
    if status == "complete" and session.get("payment_status") in PAID:
        return _settle_paid(order, session.get("payment_intent"))
    if status == "expired":
        if order.payment_status != "pending" or session.get("id") not in (None, order.stripe_session_id):
            return UNCHANGED  # paid (an `expired` arriving late), released already, or an older session
        return RELEASED if orders.release_order(order, "payment session expired") else UNCHANGED
    return OPEN


def _settle_paid(order: Order, payment_intent: str | None) -> str:
    if order.payment_status in SETTLED:
        if payment_intent and order.stripe_payment_intent and payment_intent != order.stripe_payment_intent:
            # Paid twice (two sessions for one order): the second payment goes back whole.
            log.error("Order %s paid a second time (%s): refunding it", order.number, payment_intent)
            stripe_api.create_refund(payment_intent, None, f"duplicate-{payment_intent}",
                                     {"order_number": order.number, "duplicate": "true"})  # fmt: skip
            return DUPLICATE
        return UNCHANGED
    if orders.confirm_payment(order, payment_intent):
        return CONFIRMED
    # Paid after the reservation was released and the stock is gone: all of it goes back. The sale is
    # recorded first so that the refunds below leave the cooperatives' payout ledger at zero.
    log.warning("Order %s was paid after its stock was sold: refunding %s", order.number, order.total_centimes)
    for part in order.parts:
        record_card_sale(part)
    refund_order(order, "sold out before the payment arrived")
    return REFUNDED


def settle_from_stripe(order: Order, session_id: str | None = None) -> str:
    """Ask Stripe how the order's session stands and settle it (the success page, reconcile)."""
    session_id = order.stripe_session_id or session_id
    if not session_id or len(session_id) > 255:
        return UNCHANGED
    session = stripe_api.retrieve_session(session_id)
    if order_for_session(session) is not order:
        return UNCHANGED  # a session of another order
    return settle_session(session)


def abandon_checkout(order: Order, note: str = "payment cancelled by the buyer") -> bool:
    """The buyer came back from Stripe without paying, or a card was declined: the session is closed
    on Stripe (so that nobody pays it later), then the stock goes back. Returns True when the order was
    released (False: it had been paid meanwhile, or was already settled)."""
    if order.payment_method != "card" or order.payment_status != "pending":
        return False
    if order.stripe_session_id:
        session = stripe_api.expire_session(order.stripe_session_id)
        if session.get("status") != "expired":
            settle_session(session)
            return False
    orders.lock_order(order)
    return order.payment_status == "pending" and orders.release_order(order, note)


def refund_part(part: CoopOrder, amount: int | None, actor, reason: str, seen_refunded: int | None = None) -> Refund:
    """Refund `amount` centimes (None: all that is left) of a cooperative's part through Stripe, then
    record it (refund row, part history, payout ledger, emails). `seen_refunded` is what the person
    saw already refunded: if another refund came in between, nothing is done."""
    order = orders.lock_order(part.order)
    if order.payment_method != "card" or order.payment_status not in SETTLED or not order.stripe_payment_intent:
        raise PaymentError(_l("Only card payments that have been received can be refunded here."))
    already = part.refunded_centimes
    if seen_refunded is not None and seen_refunded != already:
        raise PaymentError(_l("Another refund was recorded for this order meanwhile. Please check it and try again."))
    remaining = part.total_centimes - already
    if remaining <= 0:
        raise PaymentError(_l("Everything paid for this part of the order has already been refunded."))
    amount = remaining if amount is None else amount
    if not 0 < amount <= remaining:
        raise PaymentError(_l("A refund must be between 0.01 and %(max)s MAD.", max=f"{remaining / 100:.2f}"))
    reason = (reason or "").strip()[:500]
    # The key names this very refund (this part, after what was refunded so far, this amount): a double
    # submission gets Stripe's first answer back, and the unique stripe_refund_id records it once.
    stripe_refund = stripe_api.create_refund(
        order.stripe_payment_intent, amount, f"refund-{part.id}-{already}-{amount}",
        {"order_number": order.number, "coop_order_id": str(part.id)},
    )  # fmt: skip
    refund = Refund(coop_order_id=part.id, amount_centimes=amount, reason=reason or None,
                    stripe_refund_id=stripe_refund["id"], actor_id=getattr(actor, "id", None))  # fmt: skip
    db.session.add(refund)
    orders.mark_refunded(part, amount, actor, reason or None)
    return refund


def refund_order(order: Order, reason: str) -> int:
    """Refund whatever is left of every part. Returns the centimes refunded."""
    total = 0
    for part in order.parts:
        left = part.total_centimes - part.refunded_centimes
        if left > 0:
            refund_part(part, None, None, reason)
            total += left
    return total


def record_outside_refunds(order: Order, amount_refunded: int) -> int:
    """Stripe says `amount_refunded` went back in all (e.g. refunds made in Stripe's dashboard): what
    we have not recorded yet is recorded over the parts in order. Returns the centimes recorded."""
    orders.lock_order(order)
    if order.payment_status not in SETTLED:
        log.warning("Refund in Stripe for order %s, which is not paid here (%s)", order.number, order.payment_status)
        return 0
    missing = amount_refunded - order.refunded_centimes
    recorded = 0
    open_parts = [part for part in order.parts if part.refunded_centimes < part.total_centimes]
    if missing > 0 and len(open_parts) > 1:
        # Which cooperative's part a dashboard refund was for cannot be told from the charge (and a refund
        # of ours whose transaction rolled back would be pinned on the wrong cooperative): leave it to an
        # admin, who refunds parts from the order's page, rather than guess.
        log.error("Stripe refunded %s on order %s that no part records; an admin must attribute it",
                  missing, order.number)  # fmt: skip
        return 0
    for part in order.parts:
        take = min(part.total_centimes - part.refunded_centimes, missing - recorded)
        if take <= 0:
            continue
        db.session.add(Refund(coop_order_id=part.id, amount_centimes=take, reason="refunded in Stripe's dashboard"))
        orders.mark_refunded(part, take, None, "refunded in Stripe's dashboard")
        recorded += take
    if missing > recorded:
        log.error("Stripe refunded %s more than order %s holds", missing - recorded, order.number)
    return recorded


@part_cancelled.connect
def refund_cancelled_part(part: CoopOrder, actor=None, **_extra) -> None:
    """A paid part was cancelled: what was paid for it goes back to the card (a PaymentError here
    rolls the cancellation back)."""
    order = part.order
    left = part.total_centimes - part.refunded_centimes
    if order.payment_method == "card" and order.payment_status == "paid" and left > 0:
        refund_part(part, None, actor, part.cancel_reason or "cancelled")


@reservation_expiring.connect
def ask_stripe_before_release(order: Order, **_extra) -> None:
    """Before an unpaid order's stock goes back: a paid session confirms it instead (its stock is still
    reserved, so confirming cannot fail), an open one is closed so it cannot be paid any more. If Stripe
    cannot say, the reservation stays for the next sweep."""
    if order.payment_method != "card" or not order.stripe_session_id:
        return
    if not stripe_api.card_payments_enabled():
        log.warning("Order %s: Stripe is not configured, its session cannot be checked", order.number)
        return
    try:
        session = stripe_api.retrieve_session(order.stripe_session_id)
        if session.get("status") == "open":
            session = stripe_api.expire_session(order.stripe_session_id)
        if session.get("status") == "complete":
            if session.get("payment_status") not in PAID:
                raise KeepReservation()  # a payment still under way
            settle_session(session)
    except PaymentNotFound:
        # Stripe has no such session (keys of another account?): it cannot be paid, the stock may go.
        log.error("Order %s: Stripe does not know its session %s", order.number, order.stripe_session_id)
    except PaymentError as exc:
        raise KeepReservation() from exc
