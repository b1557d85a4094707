"""What a cooperative reads of its orders: its order list and counts per tab, one of its parts, and the
sales summary (totals, a series over time, best sellers).

Every query is scoped to one cooperative's parts: a cooperative never reads another's part, nor any
order it has no part in. A part "reaches" the cooperative once it is confirmed (cash on delivery at
once, a card order when paid); an unpaid card part, or one released before payment, is not its business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from babel.dates import format_skeleton
from flask_babel import get_locale
from sqlalchemy import and_, case, exists, func, or_, select
from sqlalchemy.orm import selectinload

from market.core.i18n import local_today, local_zone  # noqa: F401  (local_today: used by views and tests)
from market.core.models import utcnow
from market.core.pagination import Page, paginate
from market.extensions import db
from market.orders.models import (
    CANCELLED,
    CONFIRMED,
    DELIVERED,
    PENDING_PAYMENT,
    PREPARING,
    REFUNDED,
    SHIPPED,
    CoopOrder,
    OrderEvent,
    OrderLine,
)

# The order list's tabs: name -> the statuses shown (None: every part that reached the cooperative).
TABS: dict[str, tuple[str, ...] | None] = {
    "to_prepare": (CONFIRMED, PREPARING),
    "shipped": (SHIPPED,),
    "delivered": (DELIVERED,),
    "cancelled": (CANCELLED,),
    "all": None,
}
DEFAULT_TAB = "to_prepare"
PER_PAGE = 25

# Parts that count as sales: confirmed and not cancelled (a refunded part counts, its refund is subtracted).
SOLD = (CONFIRMED, PREPARING, SHIPPED, DELIVERED, REFUNDED)
# period -> (number of buckets, bucket size)
PERIODS = {"30d": (30, "day"), "90d": (90, "day"), "12m": (12, "month")}
DEFAULT_PERIOD = "30d"
BEST_SELLERS = 10


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """[start, end) in UTC covering the local days `first` to `last` inclusive."""
    zone = local_zone()
    start = datetime.combine(first, time.min, zone).astimezone(UTC)
    end = datetime.combine(last + timedelta(days=1), time.min, zone).astimezone(UTC)
    return start, end


# -- the order list --------------------------------------------------------------------------------


def _reached_coop(coop_id: int):
    """The cooperative's parts that were confirmed at some point (see the module's docstring)."""
    was_confirmed = exists().where(OrderEvent.coop_order_id == CoopOrder.id, OrderEvent.status == CONFIRMED)
    return and_(
        CoopOrder.cooperative_id == coop_id,
        CoopOrder.status != PENDING_PAYMENT,
        # A part released unpaid, or paid too late and refunded because its stock was gone, never
        # reached the cooperative: only its history says so.
        or_(CoopOrder.status.notin_((CANCELLED, REFUNDED)), was_confirmed),
    )


def parts_page(coop, tab: str, page: int) -> Page:
    """One page of the tab's parts, newest first, with their order and lines loaded."""
    return parts_in(coop, TABS[tab], page)


def parts_in(coop, statuses: tuple[str, ...] | None, page: int, per_page: int = PER_PAGE) -> Page:
    """One page of the cooperative's parts in these statuses (any when None), newest first."""
    query = select(CoopOrder).where(_reached_coop(coop.id))
    if statuses is not None:
        query = query.where(CoopOrder.status.in_(statuses))
    query = query.options(selectinload(CoopOrder.order), selectinload(CoopOrder.lines)).order_by(CoopOrder.id.desc())
    return paginate(query, page, per_page)


def tab_counts(coop) -> dict[str, int]:
    rows = db.session.execute(
        select(CoopOrder.status, func.count()).where(_reached_coop(coop.id)).group_by(CoopOrder.status)
    )
    by_status = {status: count for status, count in rows}
    return {
        tab: sum(by_status.values()) if statuses is None else sum(by_status.get(s, 0) for s in statuses)
        for tab, statuses in TABS.items()
    }


def part_of(coop, part_id: int) -> CoopOrder | None:
    """The cooperative's own part (None for another cooperative's, or one that never reached it)."""
    return db.session.scalar(
        select(CoopOrder)
        .where(CoopOrder.id == part_id, _reached_coop(coop.id))
        .options(selectinload(CoopOrder.order), selectinload(CoopOrder.lines), selectinload(CoopOrder.events))
    )


# -- the sales summary -----------------------------------------------------------------------------


@dataclass
class Bucket:
    start: date
    label: str
    orders: int = 0
    units: int = 0
    sales_centimes: int = 0


@dataclass
class SalesSummary:
    period: str
    unit: str  # day | month
    first_day: date
    last_day: date
    orders: int = 0
    units: int = 0
    sales_centimes: int = 0
    refunds_centimes: int = 0
    commission_centimes: int = 0
    buckets: list[Bucket] = field(default_factory=list)
    best_sellers: list = field(default_factory=list)

    @property
    def net_centimes(self) -> int:
        return self.sales_centimes - self.refunds_centimes - self.commission_centimes

    @property
    def max_bucket_centimes(self) -> int:
        return max((bucket.sales_centimes for bucket in self.buckets), default=0)


def month_start(day: date, months_back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _bucket_starts(period: str, today: date) -> list[date]:
    count, unit = PERIODS[period]
    if unit == "day":
        return [today - timedelta(days=count - 1 - i) for i in range(count)]
    return [month_start(today, count - 1 - i) for i in range(count)]


def _label(start: date, unit: str) -> str:
    return format_skeleton("MMMd" if unit == "day" else "yMMM", start, locale=get_locale())


def _kept_commission(commission: int, refunded: int, total: int) -> int:
    # The share of the commission given back on a refund, as ledger.record_refund computes it.
    given_back = round(commission * refunded / total) if total and refunded else 0
    return commission - given_back


def sales_summary(coop, period: str, now: datetime | None = None) -> SalesSummary:
    """Totals and a series (per day, or per month for 12 months) of the parts sold in the period.

    One GROUP BY query gives each part with its units; the parts are bucketed here by their local date,
    since the day boundaries of Africa/Casablanca (UTC+1, UTC+0 in Ramadan) are not portable SQL."""
    now = now or utcnow()
    today = local_today(now)
    unit = PERIODS[period][1]
    starts = _bucket_starts(period, today)
    start, end = day_bounds(starts[0], today)
    summary = SalesSummary(period=period, unit=unit, first_day=starts[0], last_day=today)
    summary.buckets = [Bucket(start=day, label=_label(day, unit)) for day in starts]
    index = {bucket.start: bucket for bucket in summary.buckets}
    in_period = and_(
        _reached_coop(coop.id),
        CoopOrder.status.in_(SOLD),
        CoopOrder.created_at >= start,
        CoopOrder.created_at < end,
    )
    rows = db.session.execute(
        select(
            CoopOrder.created_at,
            CoopOrder.items_centimes,
            CoopOrder.delivery_fee_centimes,
            CoopOrder.commission_centimes,
            CoopOrder.refunded_centimes,
            func.sum(OrderLine.quantity),
        )
        .join(OrderLine, OrderLine.coop_order_id == CoopOrder.id)
        .where(in_period)
        .group_by(CoopOrder.id)
    )
    zone = local_zone()
    for created_at, items, fee, commission, refunded, units in rows:
        day = created_at.astimezone(zone).date()
        bucket = index[day if unit == "day" else month_start(day)]
        total = items + fee
        bucket.orders += 1
        bucket.units += int(units or 0)
        bucket.sales_centimes += total
        summary.refunds_centimes += refunded
        summary.commission_centimes += _kept_commission(commission, refunded, total)
    summary.orders = sum(bucket.orders for bucket in summary.buckets)
    summary.units = sum(bucket.units for bucket in summary.buckets)
    summary.sales_centimes = sum(bucket.sales_centimes for bucket in summary.buckets)
    summary.best_sellers = best_sellers(in_period)
    return summary


def best_sellers(in_period, limit: int = BEST_SELLERS) -> list:
    """Rows (name_ar, name_fr, name_en, name_zgh, units, sales_centimes) per product, most units first. Lines of a
    product deleted since keep their own SKU apart."""
    deleted_key = case((OrderLine.product_id.is_(None), OrderLine.sku), else_=None)
    units = func.sum(OrderLine.quantity)
    sales = func.sum(OrderLine.unit_price_centimes * OrderLine.quantity)
    return db.session.execute(
        select(
            func.max(OrderLine.name_ar).label("name_ar"),
            func.max(OrderLine.name_fr).label("name_fr"),
            func.max(OrderLine.name_en).label("name_en"),
            func.max(OrderLine.name_zgh).label("name_zgh"),
            units.label("units"),
            sales.label("sales_centimes"),
        )
        .join(CoopOrder, CoopOrder.id == OrderLine.coop_order_id)
        .where(in_period)
        .group_by(OrderLine.product_id, deleted_key)
        .order_by(units.desc(), sales.desc())
        .limit(limit)
    ).all()
