"""Between the database and the allocation engine (`market.events.allocation`): a stop's stands and
accepted applications become an instance in the engine's JSON format, its answer becomes stand
assignments; the organiser then moves cooperatives by hand (each move is checked against the rules) and
publishes, which tells every cooperative its stand or its place on the waiting list."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select

from market.core.mail import queue_email
from market.events import allocation
from market.events.models import AllocationRun, Application, EventStop, Stand, StandAssignment
from market.events.services import EventError, changed, set_status
from market.extensions import db

# Within a web request, under gunicorn's 30 s worker timeout; the CLI allows longer runs.
TIME_LIMIT = 20.0


def _applications(stop: EventStop) -> list[Application]:
    return [a for a in stop.event.applications if a.status == "accepted" and stop in a.stops]


def instance_for(stop: EventStop) -> dict:
    """The stop in the engine's instance format (the same format the organiser exports and imports)."""
    stands = {stand.id: stand for stand in stop.stands}
    return {
        "event": {"name": stop.event.title_fr, "kind": stop.event.kind},
        "stands": [
            {
                "code": s.code,
                "x": s.x,
                "y": s.y,
                "w": s.w,
                "h": s.h,
                "power": s.power,
                "zone": s.zone,
                "corner": s.corner,
                "covered": s.covered,
            }
            for s in stop.stands
        ],  # fmt: skip
        "applicants": [
            {
                "id": a.cooperative.slug,
                "category": a.category.slug,
                "region": a.cooperative.region.slug,
                "women_led": a.cooperative.women_led,
                "youth": a.cooperative.youth,
                "needs_power": a.needs_power,
                "min_area": a.min_area,
                "preferred_zones": list(a.preferred_zones or []),
                "priority": a.priority,
                **({"pinned_stand": stands[a.pinned_stand_id].code} if a.pinned_stand_id in stands else {}),
            }
            for a in _applications(stop)
        ],  # fmt: skip
        "rules": dict(stop.event.rules or {}),
    }


def allocate(stop: EventStop, actor, time_limit: float = TIME_LIMIT) -> AllocationRun:
    """Run the engine for the stop and replace its assignments with the proposal (pins are kept: the
    engine respects them). Returns the run, whose result holds status, gap, reasons and violations."""
    if not stop.stands:
        raise EventError(_l("Draw the floor plan before allocating stands."))
    data = instance_for(stop)
    try:
        instance = allocation.parse_instance(data)
    except allocation.InstanceError as exc:
        raise EventError(_l("The plan or the applications cannot be allocated: %(problem)s", problem=str(exc))) from exc
    result = allocation.solve(instance, time_limit=time_limit)
    run = AllocationRun(stop_id=stop.id, status=result.status, result=result.to_json(), seconds=result.seconds,
                        actor_id=getattr(actor, "id", None))  # fmt: skip
    db.session.add(run)
    db.session.execute(delete(StandAssignment).where(StandAssignment.stop_id == stop.id))
    by_slug = {a.cooperative.slug: a for a in _applications(stop)}
    by_code = {s.code: s for s in stop.stands}
    for slug, code in result.assignments:
        application, stand = by_slug[slug], by_code[code]
        source = "pinned" if application.pinned_stand_id == stand.id else "solver"
        db.session.add(
            StandAssignment(stop_id=stop.id, stand_id=stand.id, application_id=application.id, source=source)
        )
    db.session.flush()
    return run


def assignments(stop: EventStop) -> dict[int, StandAssignment]:
    """The stop's assignments by stand id."""
    rows = db.session.scalars(select(StandAssignment).where(StandAssignment.stop_id == stop.id))
    return {row.stand_id: row for row in rows}


def check(stop: EventStop) -> list:
    """The rules the stop's current assignments break (after hand moves), as the engine words them."""
    instance = allocation.parse_instance(instance_for(stop))
    index_of_applicant = {applicant.id: n for n, applicant in enumerate(instance.applicants)}
    index_of_stand = {stand.code: n for n, stand in enumerate(instance.stands)}
    current = {
        index_of_applicant[row.application.cooperative.slug]: index_of_stand[row.stand.code]
        for row in assignments(stop).values()
        if row.application.cooperative.slug in index_of_applicant
    }
    return allocation.check_rules(instance, current)


def move(stop: EventStop, application: Application, stand_code: str | None) -> None:
    """Put a cooperative on a stand by hand (swapping with whoever had it), or take its stand away."""
    changed(stop.event)
    if application.status != "accepted" or stop not in application.stops:
        raise EventError(_l("Only an accepted cooperative coming to this stop can have a stand there."))
    current = db.session.scalar(select(StandAssignment).where(
        StandAssignment.stop_id == stop.id, StandAssignment.application_id == application.id))  # fmt: skip
    if not stand_code:
        if current is not None:
            db.session.delete(current)
        db.session.flush()
        return
    stand = db.session.scalar(select(Stand).where(Stand.stop_id == stop.id, Stand.code == stand_code.strip().upper()))
    if stand is None:
        raise EventError(_l("No stand has the code %(code)s.", code=stand_code.strip()[:12]))
    holder = db.session.scalar(select(StandAssignment).where(StandAssignment.stand_id == stand.id))
    if holder is not None and holder is not current:
        if current is not None:  # a swap: the stand's holder takes this cooperative's old stand
            old_stand, other = current.stand_id, holder.application_id
            db.session.delete(holder)
            db.session.flush()
            current.stand_id, current.source = stand.id, "manual"
            db.session.flush()
            db.session.add(StandAssignment(stop_id=stop.id, stand_id=old_stand, application_id=other, source="manual"))
        else:
            holder.application_id, holder.source = application.id, "manual"
    elif current is not None:
        current.stand_id, current.source = stand.id, "manual"
    else:
        db.session.add(StandAssignment(stop_id=stop.id, stand_id=stand.id, application_id=application.id,
                                       source="manual"))  # fmt: skip
    db.session.flush()


def publish(event) -> int:
    """Publish the plan: every accepted cooperative hears of its stand(s), the others of the waiting list.
    Returns the emails queued."""
    set_status(event, "published")
    stands_of: dict[int, list] = {}
    for stop in event.stops:
        for row in assignments(stop).values():
            stands_of.setdefault(row.application_id, []).append((stop, row.stand))
    queued = 0
    for application in event.applications:
        placed = stands_of.get(application.id)
        if application.status == "accepted" and not placed:
            application.status = "waitlisted"
        if application.status not in ("accepted", "waitlisted"):
            continue
        for member in application.cooperative.memberships:
            queue_email(member.user.email, "event_stand", member.user.locale, event=event,
                        application=application, placed=placed or [])  # fmt: skip
            queued += 1
    db.session.flush()
    return queued
