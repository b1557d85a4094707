"""Order emails, through the outbox, each in its recipient's language: the buyer and each cooperative's
members hear of confirmation, shipping, cancellation and refunds (the cooperative of its own part)."""

from __future__ import annotations

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from market.coops.models import Membership
from market.core.mail import queue_email
from market.extensions import db


def _order_link(order) -> str:
    # A plain path: these emails are also queued from the webhook and CLI commands, outside any request.
    return current_app.config["SERVER_NAME_FOR_EMAILS"].rstrip("/") + f"/orders/{order.number}"


def _dashboard_link(part) -> str:
    base = current_app.config["SERVER_NAME_FOR_EMAILS"].rstrip("/")
    return base + f"/manage/{part.cooperative.slug}/orders/{part.id}"


def _members(coop_ids) -> dict[int, list]:
    """Every cooperative's members with their accounts, in one query."""
    query = select(Membership).where(Membership.cooperative_id.in_(coop_ids)).options(joinedload(Membership.user))
    members: dict[int, list] = {}
    for member in db.session.scalars(query):
        members.setdefault(member.cooperative_id, []).append(member)
    return members


def _to_members(part, template: str, members=None, **context) -> None:
    if members is None:
        members = _members([part.cooperative_id])
    for member in members.get(part.cooperative_id, []):
        if member.user.active:
            queue_email(member.user.email, template, member.user.locale, part=part, order=part.order,
                        link=_dashboard_link(part), **context)  # fmt: skip


def order_confirmed(order) -> None:
    queue_email(order.email, "order_confirmed", order.locale, order=order, link=_order_link(order))
    members = _members([part.cooperative_id for part in order.parts])
    for part in order.parts:
        _to_members(part, "coop_new_order", members)


def part_shipped(part) -> None:
    order = part.order
    queue_email(order.email, "order_shipped", order.locale, order=order, part=part, link=_order_link(order))
    _to_members(part, "coop_order_shipped")  # the other members learn that it left


def part_cancelled(part, by_buyer: bool) -> None:
    order = part.order
    queue_email(order.email, "order_cancelled", order.locale, order=order, part=part, by_buyer=by_buyer,
                link=_order_link(order))  # fmt: skip
    _to_members(part, "coop_order_cancelled", by_buyer=by_buyer)


def part_refunded(part, amount: int) -> None:
    order = part.order
    queue_email(order.email, "order_refunded", order.locale, order=order, part=part, amount=amount,
                link=_order_link(order))  # fmt: skip
    _to_members(part, "coop_order_refunded", amount=amount)
