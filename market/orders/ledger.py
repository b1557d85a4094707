"""The payout ledger: what the platform owes each cooperative.

Card payments reach the platform's Stripe account, so a paid part is a `sale` (+ items and delivery)
and a `commission` (-). Cash on delivery is collected by the cooperative itself: when the part is
delivered, a `sale` and a `collected` entry cancel out and only the commission remains owed to the
platform. A card refund is a `refund` (-), with the matching share of the commission given back.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime

from sqlalchemy import func, select

from market.extensions import db
from market.orders.models import CoopOrder, LedgerEntry, Order

KINDS = ("sale", "commission", "refund", "collected", "commission_back")


def _add(part: CoopOrder, kind: str, amount: int) -> None:
    if amount:
        db.session.add(LedgerEntry(cooperative_id=part.cooperative_id, coop_order_id=part.id, kind=kind,
                                   amount_centimes=amount))  # fmt: skip


def record_card_sale(part: CoopOrder) -> None:
    _add(part, "sale", part.total_centimes)
    _add(part, "commission", -part.commission_centimes)


def record_cash_delivery(part: CoopOrder) -> None:
    _add(part, "sale", part.total_centimes)
    _add(part, "collected", -part.total_centimes)
    _add(part, "commission", -part.commission_centimes)


def record_refund(part: CoopOrder, amount: int) -> None:
    """Call after adding `amount` to part.refunded_centimes. The commission given back is what the total
    refunded so far earns minus what the earlier refunds gave back, so halves never drift by a centime."""
    _add(part, "refund", -amount)
    if part.total_centimes:
        after, before = part.refunded_centimes, part.refunded_centimes - amount
        share = part.commission_centimes / part.total_centimes
        _add(part, "commission_back", round(share * after) - round(share * before))


def summary(coop_id: int, start: datetime, end: datetime) -> dict[str, int]:
    """Totals per kind for entries in [start, end), and the balance."""
    rows = db.session.execute(
        select(LedgerEntry.kind, func.sum(LedgerEntry.amount_centimes))
        .where(LedgerEntry.cooperative_id == coop_id, LedgerEntry.created_at >= start, LedgerEntry.created_at < end)
        .group_by(LedgerEntry.kind)
    )
    totals = dict.fromkeys(KINDS, 0)
    totals.update({kind: int(amount or 0) for kind, amount in rows})
    totals["balance"] = sum(totals[kind] for kind in KINDS)
    return totals


def entries(coop_id: int, start: datetime, end: datetime) -> list[tuple[LedgerEntry, str | None]]:
    return db.session.execute(
        select(LedgerEntry, Order.number)
        .outerjoin(CoopOrder, CoopOrder.id == LedgerEntry.coop_order_id)
        .outerjoin(Order, Order.id == CoopOrder.order_id)
        .where(LedgerEntry.cooperative_id == coop_id, LedgerEntry.created_at >= start, LedgerEntry.created_at < end)
        .order_by(LedgerEntry.created_at, LedgerEntry.id)
    ).all()


def to_csv(coop_id: int, start: datetime, end: datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["date", "order", "kind", "amount_mad"])
    balance = 0
    for entry, number in entries(coop_id, start, end):
        balance += entry.amount_centimes
        writer.writerow([entry.created_at.isoformat(timespec="seconds"), number or "", entry.kind,
                         f"{entry.amount_centimes / 100:.2f}"])  # fmt: skip
    writer.writerow(["", "", "balance", f"{balance / 100:.2f}"])
    return out.getvalue()
