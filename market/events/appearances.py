"""What the public sees of events once their plans are published: the events list, one event's stops
with who is on which stand, and each cooperative's coming appearances ("meet us at …"), which the
storefront and product pages ask for through the `cooperative_appearances` signal."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flask import url_for
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from market.coops.models import Cooperative
from market.core.i18n import localized
from market.events.models import Application, Event, EventStop, StandAssignment
from market.extensions import db

# An event is public once its plan is published; it stays public after it ran.
PUBLIC_STATUSES = ("published", "running", "closed")


def public_event(slug: str) -> Event | None:
    return db.session.scalar(
        select(Event)
        .where(Event.slug == str(slug)[:80], Event.status.in_(PUBLIC_STATUSES))
        .options(selectinload(Event.stops).selectinload(EventStop.stands), joinedload(Event.region))
    )


def public_events(today: date) -> tuple[list[Event], list[Event]]:
    """(coming and current events, soonest first; past events, latest first)."""
    events = db.session.scalars(
        select(Event).where(Event.status.in_(PUBLIC_STATUSES)).options(selectinload(Event.stops))
        .order_by(Event.starts_on)
    ).all()  # fmt: skip
    coming = [e for e in events if e.ends_on >= today and e.status != "closed"]
    past = [e for e in reversed(events) if e not in coming]
    return coming, past


@dataclass
class Placement:
    """A cooperative on a stand at one stop."""

    stand: object
    cooperative: Cooperative
    category: object


@dataclass
class StopPlan:
    stop: EventStop
    placements: list[Placement] = field(default_factory=list)

    def by_stand(self) -> dict[int, Placement]:
        return {p.stand.id: p for p in self.placements}


def stop_plans(event: Event) -> list[StopPlan]:
    """Each stop with its placements, in stand order (one query for the whole event)."""
    plans = {stop.id: StopPlan(stop) for stop in event.stops}
    rows = db.session.scalars(
        select(StandAssignment)
        .where(StandAssignment.stop_id.in_(list(plans)))
        .options(
            joinedload(StandAssignment.stand),
            joinedload(StandAssignment.application).joinedload(Application.cooperative),
            joinedload(StandAssignment.application).joinedload(Application.category),
        )
    ).unique()
    for row in rows:
        application = row.application
        if application.status != "accepted" or application.cooperative.status != "approved":
            continue
        plans[row.stop_id].placements.append(Placement(row.stand, application.cooperative, application.category))
    for plan in plans.values():
        plan.placements.sort(key=lambda p: _stand_order(p.stand.code))
    return list(plans.values())


def _stand_order(code: str):
    letters = code.rstrip("0123456789")
    digits = code[len(letters) :]
    return letters, int(digits) if digits.isdigit() else 0


def participants(plans: list[StopPlan]) -> list[Cooperative]:
    """The cooperatives with a stand at any stop, once each, by name."""
    seen: dict[int, Cooperative] = {}
    for plan in plans:
        for placement in plan.placements:
            seen.setdefault(placement.cooperative.id, placement.cooperative)
    return sorted(seen.values(), key=lambda coop: localized(coop, "name").casefold())


@dataclass
class Appearance:
    """A cooperative's stand at one stop of a public event: "meet us at <event>, stand <code>, <dates>"."""

    event: Event
    stop: EventStop
    stand_code: str

    @property
    def title(self) -> str:
        return localized(self.event, "title")

    @property
    def url(self) -> str:
        return url_for("events.public_event", slug=self.event.slug)


def _stands_of(cooperative_id: int, statuses):
    return (
        select(StandAssignment, EventStop, Event)
        .join(EventStop, EventStop.id == StandAssignment.stop_id)
        .join(Event, Event.id == EventStop.event_id)
        .join(Application, Application.id == StandAssignment.application_id)
        .where(Application.cooperative_id == cooperative_id, Application.status == "accepted",
               Event.status.in_(statuses))
        .options(joinedload(StandAssignment.stand), selectinload(Event.stops))
        .order_by(EventStop.starts_on, Event.id)
    )  # fmt: skip


def appearances(cooperative_id: int, today: date, limit: int = 3) -> list[Appearance]:
    """The cooperative's coming (or current) stands at published events, soonest first."""
    query = _stands_of(cooperative_id, ("published", "running")).where(EventStop.ends_on >= today).limit(limit)
    return [Appearance(event, stop, row.stand.code) for row, stop, event in db.session.execute(query)]


def schedule(cooperative_id: int) -> list[Appearance]:
    """Every stand the cooperative has at published, running or closed events (its calendar)."""
    query = _stands_of(cooperative_id, PUBLIC_STATUSES)
    return [Appearance(event, stop, row.stand.code) for row, stop, event in db.session.execute(query)]
