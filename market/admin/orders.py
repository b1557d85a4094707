"""Admin: every order, searchable by number or email, with its parts, history and refunds; card
refunds by a platform administrator (through the same service as a cooperative's)."""

from __future__ import annotations

from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from market.admin import bp
from market.core.pagination import paginate
from market.core.params import MAX_ID, page_arg
from market.core.permissions import require
from market.extensions import db
from market.orders.models import CoopOrder, Order
from market.orders.services import status_label
from market.payments import services as payments
from market.payments.models import Refund
from market.payments.views import refund_from_form

PER_PAGE = 30


def _order_or_404(number: str) -> Order:
    order = payments.find_order(number)
    if order is None:
        abort(404)
    return order


def _search(q: str):
    query = select(Order).options(selectinload(Order.parts)).order_by(Order.created_at.desc(), Order.id.desc())
    if q:
        pattern = "%" + q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(func.lower(Order.number).like(pattern, escape="\\"),
                                func.lower(Order.email).like(pattern, escape="\\")))  # fmt: skip
    return query


@bp.route("/orders")
@require("admin")
def orders():
    q = request.args.get("q", "").strip()[:254]
    pagination = paginate(_search(q), page_arg(), PER_PAGE)
    return render_template("admin/orders.html", pagination=pagination, q=q, status_label=status_label)


def refundable(part: CoopOrder) -> bool:
    order = part.order
    return (
        order.payment_method == "card"
        and order.payment_status in payments.SETTLED
        and bool(order.stripe_payment_intent)
        and part.total_centimes > part.refunded_centimes
    )


@bp.route("/orders/<number>")
@require("admin")
def order(number):
    order = _order_or_404(number)
    part_ids = [part.id for part in order.parts]
    refunds = db.session.scalars(
        select(Refund).where(Refund.coop_order_id.in_(part_ids)).order_by(Refund.created_at, Refund.id)
    ).all() if part_ids else []  # fmt: skip
    return render_template("admin/order.html", order=order, refunds=refunds, refundable=refundable,
                           status_label=status_label)  # fmt: skip


@bp.route("/orders/<number>/parts/<int:part_id>/refund", methods=["POST"])
@require("admin")
def refund_order_part(number, part_id):
    order = _order_or_404(number)
    part = db.session.get(CoopOrder, part_id) if 0 < part_id <= MAX_ID else None
    if part is None or part.order_id != order.id:
        abort(404)
    refund_from_form(part)
    return redirect(url_for("admin.order", number=order.number))
