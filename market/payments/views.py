"""The buyer's way through Stripe (pay, come back paid, come back without paying) and refunds by a
cooperative. Thin: each view calls one service, commits once, then delivers the outbox."""

from __future__ import annotations

from contextlib import suppress

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy.exc import IntegrityError

from market.catalog.money import parse_price
from market.coops.manage import load_coop
from market.core.i18n import format_money
from market.core.mail import deliver_outbox
from market.core.params import MAX_ID
from market.core.permissions import require
from market.extensions import db
from market.orders import cart
from market.orders.exceptions import OrderError
from market.orders.models import CoopOrder, Order
from market.payments import bp, services
from market.payments import webhooks as _webhooks  # noqa: F401  (its route)
from market.payments.exceptions import PaymentError


def order_page(number: str) -> str:
    return url_for("orders.order_detail", number=number)


def manage_order_page(slug: str, part_id: int) -> str:
    return url_for("orders.manage_order", slug=slug, part_id=part_id)


def _buyer_order(number: str) -> Order:
    order = services.find_order(number)
    if order is None or order.buyer_id != current_user.id:
        abort(404)
    return order


def _flash_settled(order: Order) -> None:
    if order.payment_status == "paid":
        flash(_("Your payment has been received: your order %(number)s is confirmed.", number=order.number), "success")
    elif order.payment_status == "refunded":
        flash(_("Your payment arrived after the products were sold out, so it has been refunded in full."), "error")
    elif order.payment_status == "failed":
        flash(_("This order was not paid and has been cancelled: its products are back on sale."), "error")
    elif order.payment_status == "cod":
        flash(_("This order is paid in cash on delivery."), "success")


@bp.route("/payments/orders/<number>/pay")
@login_required
def pay(number):
    order = _buyer_order(number)
    try:
        url = services.start_checkout(order, *services.return_urls(order))
    except PaymentError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(order_page(order.number))
    db.session.commit()
    deliver_outbox()
    if url:
        return redirect(url, 303)
    _flash_settled(order)
    return redirect(order_page(order.number))


@bp.route("/payments/orders/<number>/success")
@login_required
def success(number):
    """Where Stripe sends the buyer after paying. The webhook may not have come yet: Stripe is asked."""
    order = _buyer_order(number)
    # "failed" too: a payment made after the reservation ran out still counts (confirmed or refunded).
    if order.payment_method == "card" and order.payment_status in ("pending", "failed"):
        try:
            services.settle_from_stripe(order, request.args.get("session_id"))
        except PaymentError:
            db.session.rollback()  # the webhook or the next visit will tell
        else:
            db.session.commit()
            deliver_outbox()
    state = order.payment_status if order.payment_status in ("paid", "refunded", "failed") else "pending"
    return render_template("payments/result.html", order=order, state=state, order_url=order_page(order.number))


@bp.route("/payments/orders/<number>/cancelled")
@login_required
def cancelled(number):
    """The buyer left Stripe's page without paying: the session is closed, the stock goes back, and
    the products return to the cart."""
    order = _buyer_order(number)
    try:
        released = services.abandon_checkout(order)
        if released:
            _restore_cart(order)
    except PaymentError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(order_page(order.number))
    db.session.commit()
    deliver_outbox()
    if released:
        flash(_("Your payment was cancelled and nothing was charged. The products are back in your cart."), "success")
        return redirect(url_for("orders.view_cart"))
    if order.payment_status == "pending":  # not paid through Stripe (no session yet): nothing to undo
        return redirect(order_page(order.number))
    _flash_settled(order)
    return redirect(order_page(order.number) if order.payment_status != "failed" else url_for("orders.view_cart"))


def _restore_cart(order: Order) -> None:
    db.session.expire_all()  # the released stock was written by UPDATE statements
    for part in order.parts:
        for line in part.lines:
            if line.product_id is None:
                continue
            # No longer on sale, or not enough left: the buyer sees the cart as it can be.
            with suppress(cart.CartError):
                cart.add(line.product_id, line.quantity, line.variant_id)


def refund_from_form(part: CoopOrder) -> bool:
    """The refund form (cooperative and admin alike): `amount` in MAD ("12.50" or "12,50"; empty means
    all that is left), `reason`, and `seen`, the refunded amount the page showed."""
    amount_text = request.form.get("amount", "").strip()
    reason = request.form.get("reason", "").strip()
    seen = request.form.get("seen", "")
    amount = parse_price(amount_text) if amount_text else None
    if amount_text and amount is None:
        flash(_("Enter an amount in MAD, for example 12.50."), "error")
        return False
    if not 3 <= len(reason) <= 500:
        flash(_("Give the buyer a reason for the refund (3 to 500 characters)."), "error")
        return False
    seen_refunded = int(seen) if seen.isascii() and seen.isdigit() and len(seen) <= 10 else None
    try:
        refund = services.refund_part(part, amount, current_user, reason, seen_refunded)
        db.session.commit()
    except IntegrityError:  # the same refund sent twice at once: the other request recorded it
        db.session.rollback()
        flash(_("This refund has already been recorded."), "error")
        return False
    except OrderError as exc:  # PaymentError included
        db.session.rollback()
        flash(str(exc), "error")
        return False
    deliver_outbox()
    amount = format_money(refund.amount_centimes)
    flash(_("%(amount)s has been refunded to the buyer's card.", amount=amount), "success")
    return True


@bp.route("/manage/<slug>/orders/<int:part_id>/refund", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def refund_part(coop, part_id):
    part = db.session.get(CoopOrder, part_id) if 0 < part_id <= MAX_ID else None
    if part is None or part.cooperative_id != coop.id:
        abort(404)
    refund_from_form(part)
    return redirect(manage_order_page(coop.slug, part.id))
