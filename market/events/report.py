"""The event report: what an event achieved (cooperatives taking part, the shares of women-led and youth
cooperatives, the regions represented, stand sales) against its targets; and the same summed over a year.

A participant is a cooperative with a stand at one stop at least, through an application still accepted
(a stand left behind by an application rejected or withdrawn later does not count). A cooperative with
stands at several stops of a mobile market counts once; each stand it holds is one participation in a
stop. Sales are the stand sales not voided. Every figure comes from a GROUP BY query, so the number of
queries does not grow with the number of cooperatives or events.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import BigInteger, and_, case, cast, extract, func, select

from market.coops.models import Cooperative
from market.core.models import Category, Region
from market.events.allocation_instance import exact
from market.events.models import Application, Event, EventStop, Stand, StandAssignment, StandSale
from market.extensions import db

MET, NOT_MET, NO_TARGET = "met", "not_met", "no_target"
APPLICATION_COUNTED = ("submitted", "accepted", "waitlisted", "rejected", "withdrawn")


# -- comparisons with targets ------------------------------------------------------------------------


@dataclass(frozen=True)
class Versus:
    """A number against its target: at least the target, or at most it (`ceiling`)."""

    value: int
    target: int | None
    ceiling: bool = False

    @property
    def status(self) -> str:
        if self.target is None:
            return NO_TARGET
        return MET if (self.value <= self.target if self.ceiling else self.value >= self.target) else NOT_MET


@dataclass(frozen=True)
class Share:
    """`count` of `total` against a share rule (0..1): a minimum, or a maximum (`ceiling`). Compared as
    exact fractions, as the allocation engine does, so 3 of 10 meets a minimum of 0.3."""

    count: int
    total: int
    target: float | None = None
    ceiling: bool = False

    @property
    def value(self) -> float:
        return self.count / self.total if self.total else 0.0

    @property
    def status(self) -> str:
        if self.target is None:
            return NO_TARGET
        bound = exact(self.target) * self.total
        return MET if (self.count <= bound if self.ceiling else self.count >= bound) else NOT_MET


# -- rows ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    """Something shown by name in every language (a region, a category); `localized` reads it."""

    id: int | None
    slug: str
    name_ar: str
    name_fr: str
    name_en: str
    name_zgh: str | None


@dataclass(frozen=True)
class RegionLine:
    region: Named
    share: Share  # of the participants, against the event's maximum per region


@dataclass(frozen=True)
class CategoryLine:
    category: Named | None  # None: sales recorded without a category
    sales: int
    centimes: int
    units: int


@dataclass(frozen=True)
class StopLine:
    stop_id: int
    town: str
    venue: str
    starts_on: date
    ends_on: date
    stands: int
    taken: int  # stands given to participants

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

    @property
    def stand_days(self) -> int:
        return self.taken * self.days


@dataclass
class CoopLine:
    id: int
    slug: str
    name_ar: str
    name_fr: str
    name_en: str | None
    name_zgh: str | None
    region: Named
    women_led: bool
    youth: bool
    stands: list[tuple[str, str]] = field(default_factory=list)  # (town, stand code)
    sales_centimes: int = 0
    units: int = 0


@dataclass
class Sales:
    centimes: int = 0
    units: int = 0
    count: int = 0
    categories: list[CategoryLine] = field(default_factory=list)

    @property
    def max_category_centimes(self) -> int:
        return max((line.centimes for line in self.categories), default=0)


class Compared:
    """What an event's report and its line in the year have in common: five figures with targets."""

    participants: Versus
    women_led: Share
    youth: Share
    top_region: Share
    sales_total: Versus

    @property
    def statuses(self) -> dict[str, str]:
        """indicator -> met | not_met | no_target."""
        return {
            "participants": self.participants.status,
            "women_led": self.women_led.status,
            "youth": self.youth.status,
            "region": self.top_region.status,
            "sales": self.sales_total.status,
        }


@dataclass
class EventReport(Compared):
    event: Event
    applications: dict[str, int]
    participants: Versus
    women_led: Share
    youth: Share
    regions: list[RegionLine]
    top_region: Share  # the most represented region, against the maximum per region
    stops: list[StopLine]
    sales: Sales
    sales_total: Versus
    cooperatives: list[CoopLine]

    @property
    def applications_received(self) -> int:
        return sum(self.applications.values())


# -- shared queries --------------------------------------------------------------------------------------


def _named(model) -> tuple:
    """The columns of a `Named` (a region, a category, a cooperative's names)."""
    return model.id, model.slug, model.name_ar, model.name_fr, model.name_en, model.name_zgh


_N = 6  # columns of _named()


def _participations(event_filter):
    """(event_id, cooperative_id) of each cooperative with a stand in an event, once per event."""
    return (
        select(Application.event_id.label("event_id"), Application.cooperative_id.label("cooperative_id"))
        .join(StandAssignment, StandAssignment.application_id == Application.id)
        .where(Application.status == "accepted", event_filter)
        .distinct()
        .subquery()
    )


def _counts(coop_ids) -> tuple[int, int, int]:
    """(cooperatives, women-led, youth) among the ids of a subquery."""
    row = db.session.execute(
        select(
            func.count(Cooperative.id),
            func.coalesce(func.sum(case((Cooperative.women_led, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Cooperative.youth, 1), else_=0)), 0),
        ).where(Cooperative.id.in_(coop_ids))
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def _regions(coop_ids, total: int, cap: float | None) -> list[RegionLine]:
    rows = db.session.execute(
        select(*_named(Region), func.count(Cooperative.id))
        .join(Cooperative, Cooperative.region_id == Region.id)
        .where(Cooperative.id.in_(coop_ids))
        .group_by(*_named(Region), Region.position)
        .order_by(func.count(Cooperative.id).desc(), Region.position)
    )
    return [RegionLine(Named(*row[:_N]), Share(int(row[_N]), total, cap, ceiling=True)) for row in rows]


def _top_region(regions: list[RegionLine], total: int, cap: float | None) -> Share:
    return Share(max((line.share.count for line in regions), default=0), total, cap, ceiling=True)


_AMOUNT = func.sum(cast(StandSale.quantity, BigInteger) * StandSale.unit_price_centimes)
_UNITS = func.sum(StandSale.quantity)


def _sales(sale_filter) -> Sales:
    rows = db.session.execute(
        select(*_named(Category), func.count(StandSale.id), _UNITS, _AMOUNT)
        .outerjoin(Category, Category.id == StandSale.category_id)
        .where(StandSale.voided_at.is_(None), sale_filter)
        .group_by(*_named(Category))
        .order_by(_AMOUNT.desc(), Category.slug)
    )
    sales = Sales()
    for row in rows:
        named = Named(*row[:_N]) if row[0] is not None else None
        line = CategoryLine(named, int(row[_N]), int(row[_N + 2] or 0), int(row[_N + 1] or 0))
        sales.categories.append(line)
        sales.count += line.sales
        sales.units += line.units
        sales.centimes += line.centimes
    return sales


def _share_target(rules: dict | None, key: str) -> float | None:
    value = (rules or {}).get(key)
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


# -- one event -------------------------------------------------------------------------------------------


def _stops(event: Event) -> list[StopLine]:
    taken = and_(Application.id == StandAssignment.application_id, Application.status == "accepted")
    columns = (EventStop.id, EventStop.town, EventStop.venue, EventStop.starts_on, EventStop.ends_on)
    rows = db.session.execute(
        select(*columns, func.count(func.distinct(Stand.id)), func.count(func.distinct(Application.id)))
        .outerjoin(Stand, Stand.stop_id == EventStop.id)
        .outerjoin(StandAssignment, StandAssignment.stand_id == Stand.id)
        .outerjoin(Application, taken)
        .where(EventStop.event_id == event.id)
        .group_by(*columns, EventStop.position)
        .order_by(EventStop.position, EventStop.id)
    )
    return [StopLine(*row[:5], stands=int(row[5]), taken=int(row[6])) for row in rows]


def _cooperatives(event: Event) -> list[CoopLine]:
    """Each participant, and each cooperative with sales but no stand, with its stands and sales."""
    stands = db.session.execute(
        select(Application.cooperative_id, EventStop.town, Stand.code)
        .join(StandAssignment, StandAssignment.application_id == Application.id)
        .join(Stand, Stand.id == StandAssignment.stand_id)
        .join(EventStop, EventStop.id == StandAssignment.stop_id)
        .where(Application.event_id == event.id, Application.status == "accepted")
        .order_by(EventStop.position, Stand.code)
    ).all()
    sold = db.session.execute(
        select(StandSale.cooperative_id, _AMOUNT, _UNITS)
        .where(StandSale.event_id == event.id, StandSale.voided_at.is_(None))
        .group_by(StandSale.cooperative_id)
    ).all()
    if not stands and not sold:
        return []
    participants = select(_participations(Application.event_id == event.id).c.cooperative_id)
    sellers = select(StandSale.cooperative_id).where(StandSale.event_id == event.id, StandSale.voided_at.is_(None))
    lines = {
        row[0]: CoopLine(*row[:_N], region=Named(*row[_N : 2 * _N]), women_led=row[2 * _N], youth=row[2 * _N + 1])
        for row in db.session.execute(
            select(*_named(Cooperative), *_named(Region), Cooperative.women_led, Cooperative.youth)
            .join(Region, Region.id == Cooperative.region_id)
            .where(Cooperative.id.in_(participants) | Cooperative.id.in_(sellers))
        )
    }
    for coop_id, town, code in stands:
        if coop_id in lines:
            lines[coop_id].stands.append((town, code))
    for coop_id, centimes, units in sold:
        if coop_id in lines:
            lines[coop_id].sales_centimes, lines[coop_id].units = int(centimes or 0), int(units or 0)
    return sorted(lines.values(), key=lambda c: (-c.sales_centimes, c.name_fr.casefold(), c.id))


def event_report(event: Event) -> EventReport:
    """The event's indicators, each with its target (the share rules, target_participants and
    target_sales_centimes; a target left out is `no_target`)."""
    rules = event.rules or {}
    applications = dict.fromkeys(APPLICATION_COUNTED, 0)
    applications.update(
        (status, int(count))
        for status, count in db.session.execute(
            select(Application.status, func.count(Application.id))
            .where(Application.event_id == event.id)
            .group_by(Application.status)
        )
    )
    pairs = _participations(Application.event_id == event.id)
    coop_ids = select(pairs.c.cooperative_id)
    total, women, youth = _counts(coop_ids)
    cap = _share_target(rules, "max_share_per_region")
    regions = _regions(coop_ids, total, cap)
    sales = _sales(StandSale.event_id == event.id)
    return EventReport(
        event=event,
        applications=applications,
        participants=Versus(total, event.target_participants),
        women_led=Share(women, total, _share_target(rules, "women_led_min_share")),
        youth=Share(youth, total, _share_target(rules, "youth_min_share")),
        regions=regions,
        top_region=_top_region(regions, total, cap),
        stops=_stops(event),
        sales=sales,
        sales_total=Versus(sales.centimes, event.target_sales_centimes),
        cooperatives=_cooperatives(event),
    )


# -- a year ----------------------------------------------------------------------------------------------


@dataclass
class EventLine(Compared):
    """One event of the year, with its own targets."""

    event: Event
    participants: Versus
    women_led: Share
    youth: Share
    top_region: Share
    sales_total: Versus


@dataclass
class YearIndicators:
    year: int
    events: list[EventLine]
    participations: int  # a cooperative at two events counts twice
    cooperatives: int  # ... and once here
    women_led: Share  # over the distinct cooperatives; targets differ between events, so none here
    youth: Share
    regions: list[RegionLine]
    sales: Sales
    # The targets summed over the events that set one, against those events' own figures.
    participants_vs_target: Versus
    participants_targeted_events: int
    sales_vs_target: Versus
    sales_targeted_events: int

    @property
    def targets_met(self) -> dict[str, Counter]:
        """indicator -> how many events met it, missed it, or had no target for it."""
        met: dict[str, Counter] = {}
        for line in self.events:
            for name, status in line.statuses.items():
                met.setdefault(name, Counter())[status] += 1
        return met


def _of_year(year: int, organiser):
    """The events starting in the year (the organiser's own, or every one)."""
    clause = and_(Event.starts_on >= date(year, 1, 1), Event.starts_on <= date(year, 12, 31))
    return clause if organiser is None else and_(clause, Event.organiser_id == organiser.id)


def _per_event(pairs) -> dict[int, tuple[int, int, int]]:
    """event id -> (participants, women-led, youth)."""
    rows = db.session.execute(
        select(
            pairs.c.event_id,
            func.count(Cooperative.id),
            func.coalesce(func.sum(case((Cooperative.women_led, 1), else_=0)), 0),
            func.coalesce(func.sum(case((Cooperative.youth, 1), else_=0)), 0),
        )
        .join(Cooperative, Cooperative.id == pairs.c.cooperative_id)
        .group_by(pairs.c.event_id)
    )
    return {row[0]: (int(row[1]), int(row[2]), int(row[3])) for row in rows}


def _top_region_per_event(pairs) -> dict[int, int]:
    """event id -> participants from its most represented region."""
    per_region = (
        select(pairs.c.event_id, func.count(Cooperative.id).label("n"))
        .join(Cooperative, Cooperative.id == pairs.c.cooperative_id)
        .group_by(pairs.c.event_id, Cooperative.region_id)
        .subquery()
    )
    rows = db.session.execute(select(per_region.c.event_id, func.max(per_region.c.n)).group_by(per_region.c.event_id))
    return {row[0]: int(row[1]) for row in rows}


def _sales_per_event(event_ids) -> dict[int, int]:
    rows = db.session.execute(
        select(StandSale.event_id, _AMOUNT)
        .where(StandSale.event_id.in_(event_ids), StandSale.voided_at.is_(None))
        .group_by(StandSale.event_id)
    )
    return {row[0]: int(row[1] or 0) for row in rows}


def year_indicators(year: int, organiser=None) -> YearIndicators:
    """The indicators summed over the events starting in `year`: the organiser's own, or every event
    (organiser None, for admins)."""
    of_year = _of_year(year, organiser)
    events = list(db.session.scalars(select(Event).where(of_year).order_by(Event.starts_on, Event.id)))
    ids = select(Event.id).where(of_year)
    pairs = _participations(Application.event_id.in_(ids))
    per_event = _per_event(pairs) if events else {}
    top = _top_region_per_event(pairs) if events else {}
    sold = _sales_per_event(ids) if events else {}
    lines = []
    for event in events:
        total, women, youth = per_event.get(event.id, (0, 0, 0))
        rules = event.rules or {}
        lines.append(
            EventLine(
                event=event,
                participants=Versus(total, event.target_participants),
                women_led=Share(women, total, _share_target(rules, "women_led_min_share")),
                youth=Share(youth, total, _share_target(rules, "youth_min_share")),
                top_region=Share(
                    top.get(event.id, 0), total, _share_target(rules, "max_share_per_region"), ceiling=True
                ),
                sales_total=Versus(sold.get(event.id, 0), event.target_sales_centimes),
            )
        )
    coop_ids = select(pairs.c.cooperative_id).distinct()
    cooperatives, women, youth = _counts(coop_ids) if events else (0, 0, 0)
    with_participants_target = [line for line in lines if line.participants.target is not None]
    with_sales_target = [line for line in lines if line.sales_total.target is not None]
    return YearIndicators(
        year=year,
        events=lines,
        participations=sum(line.participants.value for line in lines),
        cooperatives=cooperatives,
        women_led=Share(women, cooperatives),
        youth=Share(youth, cooperatives),
        regions=_regions(coop_ids, cooperatives, None) if events else [],
        sales=_sales(StandSale.event_id.in_(ids)) if events else Sales(),
        participants_vs_target=Versus(
            sum(line.participants.value for line in with_participants_target),
            sum(line.participants.target for line in with_participants_target) if with_participants_target else None,
        ),
        participants_targeted_events=len(with_participants_target),
        sales_vs_target=Versus(
            sum(line.sales_total.value for line in with_sales_target),
            sum(line.sales_total.target for line in with_sales_target) if with_sales_target else None,
        ),
        sales_targeted_events=len(with_sales_target),
    )


def event_years(organiser=None) -> list[int]:
    """The years in which events start (the organiser's, or any), for the year selector."""
    year = extract("year", Event.starts_on)
    query = select(year).distinct()
    if organiser is not None:
        query = query.where(Event.organiser_id == organiser.id)
    return sorted(int(value) for value in db.session.scalars(query) if value is not None)
