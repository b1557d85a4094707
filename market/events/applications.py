"""Applications to an event: a cooperative applies (and may withdraw before the deadline); the
organiser accepts, rejects with a reason, waitlists, sets priorities and pins a cooperative to a stand."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from market.coops.models import Cooperative
from market.core.models import Category
from market.events.models import ZONES, Application, Event, Stand
from market.events.services import EventError
from market.extensions import db

DECISIONS = {"accept": "accepted", "reject": "rejected", "waitlist": "waitlisted"}
MAX_PRIORITY = 10


def is_open(event: Event, today: date | None = None) -> bool:
    today = today or date.today()
    if event.status != "open":
        return False
    if event.applications_open_on and today < event.applications_open_on:
        return False
    return not (event.applications_close_on and today > event.applications_close_on)


def application_of(event: Event, coop: Cooperative) -> Application | None:
    return db.session.scalar(
        select(Application).where(Application.event_id == event.id, Application.cooperative_id == coop.id)
    )


def apply(event: Event, coop: Cooperative, data: dict, today: date | None = None) -> Application:
    """Create or update the cooperative's application while applications are open."""
    if coop.status != "approved":
        raise EventError(_l("Only a verified cooperative can apply."))
    if not is_open(event, today):
        raise EventError(_l("Applications to this event are closed."))
    category = db.session.get(Category, data["category_id"])
    if category is None:
        raise EventError(_l("Choose what you will mainly sell."), field="category_id")
    zones = [zone for zone in data.get("preferred_zones") or [] if zone in ZONES]
    stop_ids = set(data.get("stop_ids") or [])
    stops = [stop for stop in event.stops if stop.id in stop_ids] or list(event.stops)
    application = application_of(event, coop) or Application(event_id=event.id, cooperative_id=coop.id)
    if application.status not in (None, "submitted", "withdrawn"):
        raise EventError(_l("The organiser has already decided on your application."))
    application.status = "submitted"
    application.category_id = category.id
    application.needs_power = bool(data.get("needs_power"))
    application.min_area = float(data.get("min_area") or 0)
    application.preferred_zones = zones
    application.statement = (data.get("statement") or "").strip()[:2000] or None
    application.stops = stops
    db.session.add(application)
    db.session.flush()
    return application


def withdraw(application: Application, today: date | None = None) -> None:
    if application.status == "withdrawn":
        raise EventError(_l("This application has already been withdrawn."))
    if not is_open(application.event, today):
        raise EventError(_l("The deadline has passed: contact the organiser to withdraw."))
    application.status = "withdrawn"
    db.session.flush()


def decide(application: Application, decision: str, reason: str = "") -> None:
    if decision not in DECISIONS:
        raise EventError(_l("Unknown decision."))
    if application.status == "withdrawn":
        raise EventError(_l("This cooperative has withdrawn its application."))
    reason = (reason or "").strip()
    if decision == "reject" and len(reason) < 3:
        raise EventError(_l("Give the cooperative a reason for the rejection."), field="reason")
    application.status = DECISIONS[decision]
    application.decision_reason = reason[:1000] or None
    if decision != "accept":
        application.pinned_stand_id = None
    db.session.flush()


def set_priority(application: Application, priority: int) -> None:
    if not 1 <= priority <= MAX_PRIORITY:
        raise EventError(_l("A priority is a whole number from 1 to %(max)d.", max=MAX_PRIORITY), field="priority")
    application.priority = priority
    db.session.flush()


def pin(application: Application, stand_code: str | None) -> None:
    """Pin an accepted cooperative to a stand (the allocation keeps it there), or unpin it."""
    if not stand_code:
        application.pinned_stand_id = None
        db.session.flush()
        return
    if application.status != "accepted":
        raise EventError(_l("Accept the application before giving it a stand."))
    stop_ids = [stop.id for stop in application.stops]
    stand = db.session.scalar(
        select(Stand).where(Stand.stop_id.in_(stop_ids), Stand.code == stand_code.strip().upper())
    )
    if stand is None:
        raise EventError(_l("No stand has the code %(code)s.", code=stand_code.strip()[:12]), field="stand")
    taken = db.session.scalar(select(Application).where(
        Application.pinned_stand_id == stand.id, Application.id != application.id))  # fmt: skip
    if taken is not None:
        raise EventError(_l("Stand %(code)s is already pinned to another cooperative.", code=stand.code), field="stand")
    application.pinned_stand_id = stand.id
    db.session.flush()


def applications(event: Event, status: str | None = None, region_id: int | None = None,
                 women_led: bool | None = None, category_id: int | None = None) -> list[Application]:  # fmt: skip
    """The event's applications for the organiser, filtered, with their cooperatives loaded."""
    query = (
        select(Application).join(Cooperative, Cooperative.id == Application.cooperative_id)
        .where(Application.event_id == event.id)
        .options(joinedload(Application.cooperative), joinedload(Application.category))
        .order_by(Application.priority.desc(), Cooperative.name_fr)
    )  # fmt: skip
    if status:
        query = query.where(Application.status == status)
    if region_id:
        query = query.where(Cooperative.region_id == region_id)
    if women_led is not None:
        query = query.where(Cooperative.women_led == women_led)
    if category_id:
        query = query.where(Application.category_id == category_id)
    return list(db.session.scalars(query).unique())
