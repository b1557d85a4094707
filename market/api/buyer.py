"""A buyer's cart and orders, with the site's session or a buyer's token. Every rule is the site's: the
cart functions, the checkout form (address, phone, city), `place_from_cart` (stock taken atomically,
cash on delivery or card), the order history and cancellation."""

from __future__ import annotations

import hashlib
import json

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from market.api import bp, schemas, serialize
from market.api.contract import SESSION, TOKEN, route
from market.api.http import need_buyer
from market.core.i18n import localized
from market.core.mail import deliver_outbox
from market.core.problems import Problem
from market.extensions import db
from market.orders import cart, history
from market.orders import services as order_services
from market.orders.checkout import checkout_form, deliveries_from, place_from_cart
from market.orders.exceptions import OrderError
from market.orders.models import Order
from market.payments import services as payments
from market.payments.exceptions import PaymentError

BUYER = ("Buyer",)
AUTH = [TOKEN, SESSION]


def _cart() -> schemas.Cart:
    groups = cart.contents()
    out = []
    for group in groups:
        lines = [
            schemas.CartLine(
                key=line.key,
                product=serialize.product_summary(line.product),
                variant=serialize.variant(line.variant) if line.variant else None,
                quantity=line.quantity,
                total=serialize.money(line.total_centimes),
                problem=str(line.problem) if line.problem else None,
            )  # fmt: skip
            for line in group.lines
        ]
        out.append(schemas.CartGroup(cooperative=serialize.coop_ref(group.cooperative), lines=lines,
                                     subtotal=serialize.money(group.subtotal_centimes),
                                     delivery_methods=order_services.delivery_methods(group.cooperative)))  # fmt: skip
    methods = order_services.payment_methods(groups, order_services.card_payments_enabled()) if groups else []
    return schemas.Cart(lang=serialize.lang(), groups=out, total=serialize.money(cart.total_centimes(groups)),
                        payment_methods=methods)  # fmt: skip


def _cart_error(exc: Exception) -> Problem:
    return Problem(422, str(exc), kind="cart")


@bp.route("/cart")
@route(query=schemas.LangQuery, ok=schemas.Cart, tags=BUYER, security=AUTH)
def get_cart():
    """The buyer's cart, grouped by cooperative, with what cannot be ordered now flagged."""
    need_buyer()
    return _cart()


@bp.route("/cart/items", methods=["POST"])
@route(json=schemas.CartAdd, ok=schemas.Cart, status=201, tags=BUYER, security=AUTH)
def add_to_cart(json: schemas.CartAdd):
    """Add a product (or one of its variants) to the cart; quantities of the same line add up."""
    need_buyer()
    try:
        cart.add(json.product_id, json.quantity, json.variant_id)
    except cart.CartError as exc:
        raise _cart_error(exc) from None
    db.session.commit()
    return _cart(), 201


def _line_key(key: str) -> str:
    if cart.parse_key(key) is None:
        raise Problem(404, _("This product is not in your cart."), kind="cart")
    return key


@bp.route("/cart/items/<key>", methods=["PATCH"])
@route(json=schemas.CartQuantity, ok=schemas.Cart, tags=BUYER, security=AUTH)
def set_cart_quantity(key: str, json: schemas.CartQuantity):
    """Set a line's quantity (0 takes it out)."""
    need_buyer()
    try:
        cart.set_quantity(_line_key(key), json.quantity)
    except cart.CartError as exc:
        raise _cart_error(exc) from None
    db.session.commit()
    return _cart()


@bp.route("/cart/items/<key>", methods=["DELETE"])
@route(ok=schemas.Cart, tags=BUYER, security=AUTH)
def remove_from_cart(key: str):
    """Take a line out of the cart."""
    need_buyer()
    try:
        cart.set_quantity(_line_key(key), 0)
    except cart.CartError as exc:
        raise Problem(404, str(exc), kind="cart") from None
    db.session.commit()
    return _cart()


def _checkout_token(buyer_id: int, key: str, body: schemas.PlaceOrder) -> tuple[str, str]:
    """The order's checkout token from the Idempotency-Key (the site's own double-submit guard): the key's
    hash, then the request's, so the same key with another request is told apart. (prefix, token)"""
    prefix = "api-" + hashlib.sha256(f"{buyer_id}:{key}".encode()).hexdigest()[:40] + "-"
    payload = json.dumps(body.model_dump(mode="json"), sort_keys=True)
    return prefix, prefix + hashlib.sha256(payload.encode()).hexdigest()[:19]


def _payment_url(order: Order) -> str | None:
    if order.payment_method != "card" or order.payment_status != "pending":
        return None
    return url_for("payments.pay", number=order.number, _external=True)


def _replayed(prefix: str, token: str, buyer_id: int) -> Order | None:
    earlier = db.session.scalar(select(Order).where(Order.checkout_token.startswith(prefix, autoescape=True),
                                                    Order.buyer_id == buyer_id))  # fmt: skip
    if earlier is not None and earlier.checkout_token != token:
        raise Problem(422, _("This Idempotency-Key was already used for another order: use a new key for a new "
                             "order."), kind="idempotency")  # fmt: skip
    return earlier


@bp.route("/orders", methods=["POST"])
@route(json=schemas.PlaceOrder, headers=schemas.IdempotencyHeader, ok=schemas.Order, status=201, also=(200,),
       tags=BUYER, security=AUTH)  # fmt: skip
def place_order(json: schemas.PlaceOrder, headers: schemas.IdempotencyHeader):
    """Order the whole cart, as the checkout page does: stock is taken at once for every line or for
    none; cash on delivery is confirmed at once, a card order answers with Stripe Checkout's URL (its
    stock held for the reservation time). Send an Idempotency-Key: the same key again returns the
    same order (200) instead of a second one."""
    buyer = need_buyer()
    prefix, token = _checkout_token(buyer.id, headers.idempotency_key, json)
    earlier = _replayed(prefix, token, buyer.id)
    if earlier is not None:
        return serialize.order(earlier, _payment_url(earlier)), 200, {"Idempotent-Replayed": "true"}
    groups = cart.contents()
    if not groups:
        raise Problem(422, _("Your cart is empty."), kind="cart")
    values, errors = _form_values(groups, json)
    form = checkout_form(groups, values)
    deliveries, delivery_errors = deliveries_from(groups, values)
    if not form.validate():
        errors += [
            {"pointer": f"#/{_pointer(name)}", "detail": str(messages[0])} for name, messages in form.errors.items()
        ]
    errors += [{"pointer": "#/deliveries", "detail": message} for message in delivery_errors.values()]
    if errors:
        raise Problem(422, _("Some values are not valid: see errors."), kind="validation", errors=errors)
    problems = [line for group in groups for line in group.lines if line.problem]
    if problems:
        raise Problem(409, _("Some products in your cart have changed. Please check your cart."), kind="cart",
                      errors=[{"pointer": "#/cart", "detail": f"{localized(p.product, 'name')}: {p.problem}"}
                              for p in problems])  # fmt: skip
    total = order_services.quote(groups, deliveries)[2]
    if json.expected_total is not None and json.expected_total != total:
        raise Problem(409, _("Prices or delivery fees have changed since you reviewed your order. Please check "
                             "the new total."), kind="total", total=total)  # fmt: skip
    address = order_services.Address(form.full_name.data, form.phone.data, form.address.data, form.city.data,
                                     form.postal_code.data or "")  # fmt: skip
    try:
        order = place_from_cart(groups, address, deliveries, json.payment_method, token)
    except OrderError as exc:
        raise Problem(409, str(exc), kind="order") from None
    return serialize.order(order, _start_payment(order)), 201, {"Location": _order_url(order)}


def _start_payment(order: Order) -> str | None:
    """Stripe Checkout's page for a card order; the site's pay page (which asks Stripe again) if Stripe
    could not be reached now."""
    if _payment_url(order) is None:
        return None
    try:
        success = url_for("payments.success", number=order.number, _external=True) + "?session_id={CHECKOUT_SESSION_ID}"
        url = payments.start_checkout(
            order, success, url_for("payments.cancelled", number=order.number, _external=True)
        )
    except PaymentError:
        db.session.rollback()
        return _payment_url(order)
    db.session.commit()
    deliver_outbox()
    return url or _payment_url(order)


def _order_url(order: Order) -> str:
    return url_for("api.buyer_order", number=order.number, _external=True)


def _pointer(field: str) -> str:
    return "payment_method" if field == "payment_method" else f"address/{field}"


def _form_values(groups, body: schemas.PlaceOrder) -> tuple[MultiDict, list[dict]]:
    """The checkout form's fields from the JSON body; each delivery choice by the cooperative's slug."""
    values = MultiDict({**body.address.model_dump(), "payment_method": body.payment_method,
                        "checkout_token": "api-order-placed-with-a-key"})  # fmt: skip
    in_cart = {group.cooperative.slug: group.cooperative for group in groups}
    errors = []
    for coop in in_cart.values():
        values[f"delivery-{coop.id}"] = "home"
    for index, choice in enumerate(body.deliveries):
        coop = in_cart.get(choice.cooperative)
        if coop is None:
            errors.append({"pointer": f"#/deliveries/{index}/cooperative",
                           "detail": _("This cooperative has nothing in your cart.")})  # fmt: skip
            continue
        values[f"delivery-{coop.id}"], values[f"note-{coop.id}"] = choice.method, choice.note
    return values, errors


@bp.route("/orders")
@route(query=schemas.PageQuery, ok=schemas.OrderList, tags=BUYER, security=AUTH)
def buyer_orders(query: schemas.PageQuery):
    """The buyer's orders, newest first."""
    buyer = need_buyer()
    page = history.buyer_orders(buyer.id, query.page, min(query.per_page, 50), lines=True)
    items = [serialize.order(o, _payment_url(o)) for o in page.items]
    return schemas.OrderList(lang=serialize.lang(), items=items, pagination=serialize.pagination(page))


def _own(number: str) -> Order:
    order = history.buyer_order(need_buyer().id, number)
    if order is None:
        raise Problem(404, _("We could not find this order."), kind="not-found")
    return order


@bp.route("/orders/<number>")
@route(query=schemas.LangQuery, ok=schemas.Order, tags=BUYER, security=AUTH)
def buyer_order(number: str):
    """One of the buyer's orders with each cooperative's part and its status."""
    order = _own(number)
    return serialize.order(order, _payment_url(order))


@bp.route("/orders/<number>/cancel", methods=["POST"])
@route(ok=schemas.Order, tags=BUYER, security=AUTH)
def cancel_order(number: str):
    """Cancel whatever has not shipped yet (as the order page's button)."""
    order = _own(number)
    try:
        order_services.cancel_order(order, need_buyer())
    except OrderError as exc:
        raise Problem(409, str(exc), kind="order") from None
    db.session.commit()
    deliver_outbox()
    return serialize.order(_own(number), None)
