"""A buyer's own orders, for her pages and for the API: another buyer's order is simply not found."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from market.core.pagination import Page, paginate
from market.extensions import db
from market.orders.models import CoopOrder, Order


def buyer_order(buyer_id: int, number: str) -> Order | None:
    return db.session.scalar(
        select(Order)
        .where(Order.number == str(number)[:16], Order.buyer_id == buyer_id)
        .options(selectinload(Order.parts).selectinload(CoopOrder.lines), selectinload(Order.parts)
                 .selectinload(CoopOrder.events))
    )  # fmt: skip


def buyer_orders(buyer_id: int, page: int, per_page: int = 20, lines: bool = False) -> Page:
    """Newest first, with their parts (and lines) loaded."""
    parts = selectinload(Order.parts)
    query = select(Order).where(Order.buyer_id == buyer_id).order_by(Order.id.desc())
    return paginate(query.options(parts.selectinload(CoopOrder.lines) if lines else parts), page, per_page=per_page)
