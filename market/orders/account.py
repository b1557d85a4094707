"""A buyer's orders: history, one order's progress per cooperative, cancel before shipping, reorder."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from market.core.actions import perform
from market.core.i18n import current_language
from market.core.mail import deliver_outbox
from market.core.params import page_arg
from market.extensions import db
from market.orders import bp, cart, history, services
from market.orders.cities import city_name
from market.orders.exceptions import OrderError
from market.orders.forms import OrderActionForm
from market.orders.models import PENDING_PAYMENT, Order
from market.orders.reviews import reviews_for_lines

PROGRESS = ("confirmed", "preparing", "shipped", "delivered")


def _own_order(number: str) -> Order:
    order = history.buyer_order(current_user.id, number)
    if order is None:
        abort(404)
    return order


@bp.route("/orders")
@login_required
def order_history():
    page = history.buyer_orders(current_user.id, page_arg(), per_page=20)
    return render_template("orders/history.html", page=page, status_label=services.status_label)


@bp.route("/orders/<number>")
@login_required
def order_detail(number):
    order = _own_order(number)
    line_ids = [line.id for part in order.parts for line in part.lines]
    return render_template(
        "orders/order.html",
        order=order,
        form=OrderActionForm(),
        status_label=services.status_label,
        progress=PROGRESS,
        reviews=reviews_for_lines(line_ids),
        cancellable={part.id for part in order.parts if part.status in services.HOLDS_STOCK - {PENDING_PAYMENT}},
        city_name=lambda slug: city_name(slug, current_language()),
    )


def _cancel(order: Order, action) -> None:
    perform(
        OrderActionForm(),
        action,
        success=_("Your cancellation has been recorded; the cooperatives have been told."),
        invalid=_("This page had expired. Please try again."),
        errors=(OrderError,),
        after_commit=deliver_outbox,
    )


@bp.route("/orders/<number>/cancel", methods=["POST"])
@login_required
def cancel_order(number):
    order = _own_order(number)
    _cancel(order, lambda: services.cancel_order(order, current_user))
    return redirect(url_for("orders.order_detail", number=order.number))


@bp.route("/orders/<number>/parts/<int:part_id>/cancel", methods=["POST"])
@login_required
def cancel_part(number, part_id):
    order = _own_order(number)
    part = next((p for p in order.parts if p.id == part_id), None)
    if part is None:
        abort(404)
    _cancel(order, lambda: services.cancel_part(part, current_user, "", by_buyer=True))
    return redirect(url_for("orders.order_detail", number=order.number))


@bp.route("/orders/<number>/reorder", methods=["POST"])
@login_required
def reorder(number):
    """Put an earlier order's products back into the cart, as far as they are still on sale."""
    order = _own_order(number)
    if not OrderActionForm().validate_on_submit():
        return redirect(url_for("orders.order_detail", number=order.number))
    added, missing = 0, []
    for product_id, variant_id, quantity in services.reorder_keys(order):
        try:
            cart.add(product_id, quantity, variant_id)
            added += 1
        except cart.CartError as exc:
            missing.append(str(exc))
    db.session.commit()
    if added:
        flash(_("The products of order %(number)s are in your cart.", number=order.number), "success")
    if missing:
        flash(_("Some products could not be added: %(reasons)s", reasons=" ".join(sorted(set(missing)))), "error")
    return redirect(url_for("orders.view_cart"))
