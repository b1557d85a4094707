"""Placing orders, reserving and returning stock, and moving each cooperative's part through its statuses.

Stock is taken at checkout by one conditional UPDATE per line (`stock = stock - q WHERE stock >= q`),
in a fixed order (products then variants, by id) so concurrent checkouts never deadlock; the database
refuses to go below zero, so nothing is ever oversold. A card order keeps its stock reserved until
`reserved_until`; a paid order keeps it for good; a cancelled or unpaid one gives it back.
Functions flush, the caller commits (or rolls back, which also undoes a half-made reservation).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update

from market.catalog.models import Product, ProductVariant
from market.core.i18n import localized
from market.core.models import utcnow
from market.extensions import db
from market.orders import notifications
from market.orders.cart import CoopGroup
from market.orders.exceptions import OrderError, SoldOut
from market.orders.ledger import record_card_sale, record_cash_delivery, record_refund
from market.orders.models import (
    CANCELLED,
    CONFIRMED,
    DELIVERED,
    PENDING_PAYMENT,
    PREPARING,
    REFUNDED,
    SHIPPED,
    CoopOrder,
    Order,
    OrderEvent,
    OrderLine,
)
from market.signals import KeepReservation, part_cancelled, reservation_expiring

STATUS_LABELS = {
    PENDING_PAYMENT: _l("Awaiting payment"),
    CONFIRMED: _l("Confirmed"),
    PREPARING: _l("Being prepared"),
    SHIPPED: _l("Shipped"),
    DELIVERED: _l("Delivered"),
    CANCELLED: _l("Cancelled"),
    REFUNDED: _l("Refunded"),
}

# Which status may follow which. Cancelling is possible only before shipping; a refund may follow a
# paid part in any later state (including a cancelled one, whose money goes back).
TRANSITIONS = {
    PENDING_PAYMENT: {CONFIRMED, CANCELLED},
    CONFIRMED: {PREPARING, SHIPPED, CANCELLED, REFUNDED},
    PREPARING: {SHIPPED, CANCELLED, REFUNDED},
    SHIPPED: {DELIVERED, REFUNDED},
    DELIVERED: {REFUNDED},
    CANCELLED: {REFUNDED},
    REFUNDED: set(),
}
# Statuses in which the part's stock is held (given back when it is cancelled).
HOLDS_STOCK = {PENDING_PAYMENT, CONFIRMED, PREPARING}

NUMBER_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud on the phone


@dataclass
class Delivery:
    method: str  # home | pickup
    note: str = ""


@dataclass
class Address:
    full_name: str
    phone: str
    address: str
    city: str
    postal_code: str = ""


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


def new_order_number() -> str:
    code = "".join(secrets.choice(NUMBER_ALPHABET) for _ in range(8))
    return f"ST-{code[:4]}-{code[4:]}"


def delivery_methods(coop) -> list[str]:
    return ["home", "pickup"] if coop.pickup_enabled else ["home"]


def card_payments_enabled() -> bool:
    """Cards are offered only when we can both call Stripe and verify what it sends back."""
    config = current_app.config
    return bool(config["STRIPE_SECRET_KEY"] and config["STRIPE_WEBHOOK_SECRET"])


def payment_methods(groups: list[CoopGroup], card_available: bool) -> list[str]:
    methods = ["card"] if card_available else []
    if all(group.cooperative.cod_enabled for group in groups):
        methods.append("cod")
    return methods


def delivery_fee(coop, method: str) -> int:
    return coop.delivery_fee_centimes if method == "home" else 0


def quote(groups: list[CoopGroup], deliveries: dict[int, Delivery]) -> tuple[dict[int, int], int, int]:
    """Each cooperative's delivery fee, the products' total and the grand total, as the order will have
    them (home delivery when no choice was made yet)."""
    fees = {
        group.cooperative.id: delivery_fee(
            group.cooperative, deliveries.get(group.cooperative.id, Delivery("home")).method
        )
        for group in groups
    }
    items = sum(group.subtotal_centimes for group in groups)
    return fees, items, items + sum(fees.values())


def find_by_token(token: str) -> Order | None:
    return db.session.scalar(select(Order).where(Order.checkout_token == token))


def _commission(items_centimes: int) -> int:
    percent = current_app.config["PLATFORM_COMMISSION_PERCENT"]
    return round(items_centimes * percent / 100)


def _take_stock(lines) -> None:
    """Reserve every line or raise SoldOut (the caller's rollback then returns what was taken)."""
    by_row: dict[tuple[int, int], tuple[int, object]] = {}
    for line in lines:
        row = (1, line.variant.id) if line.variant else (0, line.product.id)
        quantity = by_row.get(row, (0, line))[0] + line.quantity
        by_row[row] = (quantity, line)
    for (kind, row_id), (quantity, line) in sorted(by_row.items()):
        model = ProductVariant if kind else Product
        result = db.session.execute(
            update(model)
            .where(model.id == row_id, model.stock >= quantity)
            .values(stock=model.stock - quantity)
            .execution_options(synchronize_session=False)
        )
        if result.rowcount != 1:
            raise SoldOut(_l("Sold out: %(name)s. Nothing was ordered; please check your cart.",
                             name=localized(line.product, "name") or line.product.sku))  # fmt: skip
        db.session.expire(line.variant or line.product, ["stock"])


def _row_order(line: OrderLine) -> tuple[bool, int]:
    # The same order as _take_stock's: products, then variants, by id (no two writers wait on each other).
    return line.variant_id is not None, line.variant_id or line.product_id or 0


def _give_back_stock(part: CoopOrder) -> None:
    for line in sorted(part.lines, key=_row_order):
        model, row_id = (ProductVariant, line.variant_id) if line.variant_id else (Product, line.product_id)
        if row_id is None:
            continue  # the product was deleted since: nothing to give back to
        db.session.execute(
            update(model).where(model.id == row_id).values(stock=model.stock + line.quantity)
            .execution_options(synchronize_session=False)
        )  # fmt: skip


def _log(part: CoopOrder, status: str, actor=None, note: str | None = None) -> None:
    part.events.append(OrderEvent(status=status, note=note, actor_id=getattr(actor, "id", None)))


def _set_status(part: CoopOrder, status: str, actor=None, note: str | None = None) -> None:
    if status not in TRANSITIONS[part.status]:
        raise OrderError(_l("This order cannot go from “%(current)s” to “%(next)s”.",
                            current=STATUS_LABELS[part.status], next=STATUS_LABELS[status]))  # fmt: skip
    part.status = status
    _log(part, status, actor, note)


def place_order(
    buyer,
    groups: list[CoopGroup],
    address: Address,
    deliveries: dict[int, Delivery],
    payment_method: str,
    checkout_token: str,
    locale: str,
    card_available: bool,
) -> Order:
    """Make the order from the cart as it is now in the database (prices, stock, availability)."""
    existing = find_by_token(checkout_token)
    if existing is not None:
        return existing  # the same checkout submitted twice
    if not groups:
        raise OrderError(_l("Your cart is empty."))
    if any(line.problem for group in groups for line in group.lines):
        raise OrderError(_l("Some products in your cart have changed. Please check your cart."))
    if payment_method not in payment_methods(groups, card_available):
        raise OrderError(_l("This payment method is not available for this order."))
    lines = [line for group in groups for line in group.lines]
    _take_stock(lines)

    card = payment_method == "card"
    order = Order(
        number=new_order_number(),
        buyer_id=buyer.id,
        checkout_token=checkout_token,
        locale=locale,
        email=buyer.email,
        full_name=address.full_name,
        phone=address.phone,
        address=address.address,
        city=address.city,
        postal_code=address.postal_code or None,
        payment_method=payment_method,
        payment_status="pending" if card else "cod",
    )
    if card:
        minutes = current_app.config["ORDER_RESERVATION_MINUTES"]
        order.reserved_until = utcnow() + timedelta(minutes=minutes)
    for group in groups:
        coop = group.cooperative
        delivery = deliveries.get(coop.id)
        if delivery is None or delivery.method not in delivery_methods(coop):
            raise OrderError(_l("Choose how %(name)s delivers your order.", name=localized(coop, "name")))
        home = delivery.method == "home"
        part = CoopOrder(
            cooperative_id=coop.id,
            cooperative_name=coop.name_fr,
            status=PENDING_PAYMENT,
            delivery_method=delivery.method,
            delivery_fee_centimes=delivery_fee(coop, delivery.method),
            lead_time_days=coop.delivery_days if home else 0,
            note=(delivery.note or "").strip()[:500] or None,
            items_centimes=group.subtotal_centimes,
            commission_centimes=_commission(group.subtotal_centimes),
        )
        part.cooperative = coop
        for line in group.lines:
            source = line.variant or line.product
            part.lines.append(OrderLine(
                product_id=line.product.id, variant_id=line.variant.id if line.variant else None,
                sku=source.sku, name_ar=line.product.name_ar, name_fr=line.product.name_fr,
                name_en=line.product.name_en, name_zgh=line.product.name_zgh,
                variant_label=line.variant.label if line.variant else None,
                unit_price_centimes=line.unit_price_centimes, quantity=line.quantity,
            ))  # fmt: skip
        if card:
            _log(part, PENDING_PAYMENT, buyer)
        else:  # cash on delivery: confirmed at once, it never awaited a payment
            part.status = CONFIRMED
            _log(part, CONFIRMED, buyer)
        order.parts.append(part)
    order.items_centimes = sum(part.items_centimes for part in order.parts)
    order.delivery_centimes = sum(part.delivery_fee_centimes for part in order.parts)
    order.total_centimes = order.items_centimes + order.delivery_centimes
    db.session.add(order)
    db.session.flush()
    if not card:
        notifications.order_confirmed(order)
    return order


def confirm_payment(order: Order, payment_intent: str | None = None) -> bool:
    """The card payment succeeded: the order is confirmed and its reserved stock is kept for good.
    If the reservation had already been released (a very late payment), the stock is taken again;
    returns False when it is no longer there, so that the payment is refunded."""
    if order.payment_status == "paid":
        return True
    order.stripe_payment_intent = payment_intent or order.stripe_payment_intent
    pending = [part for part in order.parts if part.status == PENDING_PAYMENT]
    released = [part for part in order.parts if part.status == CANCELLED]
    if released and not pending:
        if not _take_back_released(released):
            order.payment_status = "paid"
            order.paid_at = utcnow()
            return False
        pending = released
    order.payment_status = "paid"
    order.paid_at = utcnow()
    order.reserved_until = None
    for part in pending:
        if part.status == CANCELLED:
            part.status = PENDING_PAYMENT  # re-opened by the late payment (logged below)
        _set_status(part, CONFIRMED, note="card")
        record_card_sale(part)
    db.session.flush()
    notifications.order_confirmed(order)
    return True


def _take_back_released(parts: list[CoopOrder]) -> bool:
    """Take the stock of released parts again, all of it or (giving back what was taken) none."""
    taken = []
    for line in sorted((ln for part in parts for ln in part.lines), key=_row_order):
        model, row_id = (ProductVariant, line.variant_id) if line.variant_id else (Product, line.product_id)
        result = db.session.execute(
            update(model).where(model.id == row_id, model.stock >= line.quantity)
            .values(stock=model.stock - line.quantity).execution_options(synchronize_session=False)
        ) if row_id is not None else None  # fmt: skip
        if result is None or result.rowcount != 1:
            for model, row_id, quantity in taken:
                db.session.execute(update(model).where(model.id == row_id).values(stock=model.stock + quantity)
                                   .execution_options(synchronize_session=False))  # fmt: skip
            return False
        taken.append((model, row_id, line.quantity))
    return True


def lock_order(order: Order) -> Order:
    """Take the order's row for the rest of the transaction (a no-op UPDATE: a row lock on PostgreSQL,
    the write lock on SQLite), then read it and its parts afresh. Every change of status starts here, so
    two requests acting on one order (buyer and cooperative cancelling together, two sweeps, the sweep
    and a webhook) take turns and the second sees what the first did."""
    db.session.flush()
    db.session.execute(
        update(Order).where(Order.id == order.id).values(id=Order.id).execution_options(synchronize_session=False)
    )
    db.session.scalars(select(Order).where(Order.id == order.id).execution_options(populate_existing=True)).one()
    db.session.scalars(
        select(CoopOrder).where(CoopOrder.order_id == order.id).execution_options(populate_existing=True)
    ).all()
    return order


def release_order(order: Order, note: str) -> bool:
    """An unpaid card order's payment failed or expired: its stock goes back. Returns False if there
    was nothing to release (already paid, or already released)."""
    lock_order(order)
    if order.payment_status == "paid":
        return False
    parts = [part for part in order.parts if part.status == PENDING_PAYMENT]
    for part in parts:
        _give_back_stock(part)
        _set_status(part, CANCELLED, note=note)
        part.cancel_reason = note
    order.payment_status = "failed"
    order.reserved_until = None
    db.session.flush()
    return bool(parts)


def release_expired(now: datetime | None = None, limit: int = 200) -> int:
    """Give back the stock of card orders whose reservation ran out. Payments is asked first (through
    `reservation_expiring`), so an order paid at the last minute is confirmed instead."""
    now = now or utcnow()
    query = select(Order).where(Order.reserved_until < now, Order.payment_status == "pending")
    orders = db.session.scalars(query.order_by(Order.id).limit(limit)).all()
    released = 0
    for order in orders:
        try:
            reservation_expiring.send(order)
        except KeepReservation:
            continue
        if order.payment_status == "pending" and release_order(order, "reservation expired"):
            released += 1
    db.session.flush()
    return released


def cancel_part(part: CoopOrder, actor, reason: str, by_buyer: bool) -> None:
    """Cancel a cooperative's part before it ships; its stock returns, a card payment is refunded."""
    lock_order(part.order)
    if part.status not in HOLDS_STOCK:
        raise OrderError(_l("This order can no longer be cancelled: it has been shipped or closed."))
    if part.status == PENDING_PAYMENT:
        # Stripe's session may still be paid: the payment area expires it and releases the whole order.
        raise OrderError(_l("This order awaits its card payment: cancel it from its payment page."))
    reason = (reason or "").strip()
    if not by_buyer and len(reason) < 3:
        raise OrderError(_l("Give the buyer a reason for the cancellation."))
    _give_back_stock(part)
    was_paid = part.order.payment_status == "paid"
    _set_status(part, CANCELLED, actor, reason or None)
    part.cancel_reason = reason or (str(_l("Cancelled by the buyer")) if by_buyer else None)
    if part.order.payment_method == "card" and all(p.status == CANCELLED for p in part.order.parts):
        part.order.reserved_until = None
        if not was_paid:
            part.order.payment_status = "failed"
    db.session.flush()
    if was_paid:
        part_cancelled.send(part, actor=actor)
    notifications.part_cancelled(part, by_buyer)


def cancel_order(order: Order, actor) -> int:
    """The buyer cancels whatever has not shipped yet. Returns the number of parts cancelled."""
    lock_order(order)
    open_parts = [part for part in order.parts if part.status in HOLDS_STOCK - {PENDING_PAYMENT}]
    if not open_parts:
        raise OrderError(_l("This order can no longer be cancelled: it has been shipped or closed."))
    for part in open_parts:
        cancel_part(part, actor, "", by_buyer=True)
    return len(open_parts)


def advance(part: CoopOrder, status: str, actor, tracking: str = "") -> None:
    """The cooperative moves its part on: preparing, shipped (with tracking text), delivered."""
    if status not in (PREPARING, SHIPPED, DELIVERED):
        raise OrderError(_l("Unknown status."))
    lock_order(part.order)
    if part.status == PENDING_PAYMENT:
        raise OrderError(_l("This order is not paid yet."))
    _set_status(part, status, actor, (tracking or "").strip()[:200] or None)
    if status == SHIPPED:
        part.tracking = (tracking or "").strip()[:200] or None
        notifications.part_shipped(part)
    elif status == DELIVERED and part.order.payment_method == "cod":
        record_cash_delivery(part)
    db.session.flush()


def mark_refunded(part: CoopOrder, amount: int, actor=None, note: str | None = None) -> None:
    """Record money returned for a part (payments calls this once Stripe has accepted the refund)."""
    remaining = part.total_centimes - part.refunded_centimes
    if not 0 < amount <= remaining:
        raise OrderError(_l("A refund must be between 0.01 and %(max)s MAD.", max=f"{remaining / 100:.2f}"))
    part.refunded_centimes += amount
    if part.order.payment_method == "card":
        record_refund(part, amount)
    if part.refunded_centimes == part.total_centimes:
        if part.status in HOLDS_STOCK - {PENDING_PAYMENT}:
            _give_back_stock(part)  # refunded before it shipped: the goods stay at the cooperative
        _set_status(part, REFUNDED, actor, note)
    else:
        _log(part, part.status, actor, note or f"partial refund {amount / 100:.2f} MAD")
    if all(p.refunded_centimes == p.total_centimes for p in part.order.parts if p.order.payment_status == "paid"):
        part.order.payment_status = "refunded"
    db.session.flush()
    notifications.part_refunded(part, amount)


def reorder_keys(order: Order) -> list[tuple[int, int | None, int]]:
    """(product id, variant id, quantity) of an earlier order's lines still on sale, for the cart."""
    return [
        (line.product_id, line.variant_id, line.quantity)
        for part in order.parts
        for line in part.lines
        if line.product_id is not None
    ]
