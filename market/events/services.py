"""Event rules: creating and editing an event, its stops, its floor plans, and its status."""

from __future__ import annotations

from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from market.core.text import slugify
from market.events.floorplan import GridSpec, PlanError, generate_grid
from market.events.models import EVENT_KINDS, Event, EventStop, Stand, StandAssignment
from market.extensions import db

# status -> the statuses an organiser may move the event to
STATUS_FLOW = {
    "draft": {"open"},
    "open": {"allocating", "draft"},
    "allocating": {"published", "open"},
    "published": {"running", "allocating"},
    "running": {"closed"},
    "closed": set(),
}
RESERVED_SLUGS = {"organise", "indicators", "new"}
RULE_KEYS = ("women_led_min_share", "youth_min_share", "max_share_per_region", "no_adjacent_same_category")


class EventError(ValueError):
    """An event rule was broken; the message is translatable and shown to the user."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2100, 12, 31)


def _check_dates(starts_on: date, ends_on: date, opens: date | None, closes: date | None) -> None:
    if not all(FIRST_DAY <= day <= LAST_DAY for day in (starts_on, ends_on, opens, closes) if day):
        raise EventError(_l("Choose dates between the years 2000 and 2100."), field="starts_on")
    if ends_on < starts_on:
        raise EventError(_l("The event cannot end before it starts."), field="ends_on")
    if opens and closes and closes < opens:
        raise EventError(_l("Applications cannot close before they open."), field="applications_close_on")
    if closes and closes > starts_on:
        raise EventError(_l("Applications must close before the event starts."), field="applications_close_on")


def changed(event: Event) -> None:
    """A change people may have in their calendars: after publication, raise the calendar SEQUENCE."""
    if event.status in ("published", "running"):
        event.sequence += 1


def _unique_slug(title: str, event: Event | None) -> str:
    base = slugify(title) or "evenement"
    if base in RESERVED_SLUGS:  # /events/organise and /events/indicators are pages, not events
        base = f"{base}-1"
    slug, n = base, 2
    while db.session.scalar(select(Event.id).where(Event.slug == slug, Event.id != getattr(event, "id", 0) or 0)):
        slug, n = f"{base}-{n}", n + 1
    return slug


def rules_from(data: dict) -> dict:
    """The allocation rules as the engine reads them; an empty share means the rule does not apply."""
    rules = {}
    for key in ("women_led_min_share", "youth_min_share", "max_share_per_region"):
        value = data.get(key)
        if value is not None:
            if not 0 <= value <= 100:
                raise EventError(_l("A share is a percentage between 0 and 100."), field=key)
            rules[key] = round(value / 100, 4)
    if data.get("no_adjacent_same_category"):
        rules["no_adjacent_same_category"] = True
    return rules


def save_event(event: Event | None, data: dict, organiser) -> Event:
    """Create or edit an event from the form's data (dates, titles, venue of its first stop, rules)."""
    if data["kind"] not in EVENT_KINDS:
        raise EventError(_l("Choose the kind of event."), field="kind")
    _check_dates(
        data["starts_on"], data["ends_on"], data.get("applications_open_on"), data.get("applications_close_on")
    )
    if event is None:
        event = Event(organiser_id=organiser.id, status="draft", slug=_unique_slug(data["title_fr"], None))
        db.session.add(event)
    for field in ("kind", "title_ar", "title_fr", "title_en", "title_zgh", "description_ar", "description_fr",
                  "description_en", "description_zgh",
                  "starts_on", "ends_on", "opening_hours", "applications_open_on", "applications_close_on",
                  "stand_fee_centimes", "region_id", "target_participants",
                  "target_sales_centimes"):  # fmt: skip
        if field in data:
            setattr(event, field, data[field])
    event.rules = rules_from(data)
    if event.kind != "mobile_market":
        # A fair has one stop: the venue and the dates of the event itself.
        stop = event.stops[0] if event.stops else EventStop(position=0)
        stop.town, stop.venue = data["town"], data["venue"]
        stop.address, stop.latitude, stop.longitude = data.get("address"), data.get("latitude"), data.get("longitude")
        stop.starts_on, stop.ends_on = event.starts_on, event.ends_on
        if not event.stops:
            event.stops.append(stop)
    changed(event)
    db.session.flush()
    return event


def _stop_fields(event: Event, stop: EventStop, data: dict) -> None:
    if data["ends_on"] < data["starts_on"]:
        raise EventError(_l("The event cannot end before it starts."), field="ends_on")
    if not event.starts_on <= data["starts_on"] <= data["ends_on"] <= event.ends_on:
        raise EventError(_l("A stop's dates must fall within the season's dates."), field="starts_on")
    for field in ("town", "venue", "address", "latitude", "longitude", "starts_on", "ends_on"):
        setattr(stop, field, data.get(field))


def add_stop(event: Event, data: dict) -> EventStop:
    """A new stop of a mobile market (a fair has one stop: its own venue and dates)."""
    if event.kind != "mobile_market":
        raise EventError(_l("Only a mobile market has several stops."))
    stop = EventStop(position=max((s.position for s in event.stops), default=-1) + 1)
    _stop_fields(event, stop, data)
    event.stops.append(stop)
    _renumber(event)
    changed(event)
    db.session.flush()
    return stop


def update_stop(stop: EventStop, data: dict) -> EventStop:
    event = stop.event
    if event.kind != "mobile_market":
        raise EventError(_l("A fair's venue and dates are the event's own: edit the event."))
    _stop_fields(event, stop, data)
    _renumber(event)
    changed(event)
    db.session.flush()
    return stop


def _renumber(event: Event) -> None:
    """Stops in the order of their dates."""
    for n, stop in enumerate(sorted(event.stops, key=lambda s: (s.starts_on, s.position))):
        stop.position = n


def remove_stop(stop: EventStop) -> None:
    event = stop.event
    if len(event.stops) < 2:
        raise EventError(_l("An event keeps at least one stop."))
    if _has_assignments(stop):
        raise EventError(_l("Stands are allocated at this stop: it cannot be removed."))
    event.stops.remove(stop)
    changed(event)
    db.session.flush()


def _has_assignments(stop: EventStop) -> bool:
    return db.session.scalar(select(StandAssignment.id).where(StandAssignment.stop_id == stop.id).limit(1)) is not None


def generate_plan(stop: EventStop, spec: GridSpec) -> list[Stand]:
    """Replace the stop's stands with a generated grid (only while no stand is allocated)."""
    if _has_assignments(stop):
        raise EventError(_l("Stands are already allocated at this stop: edit single stands instead."))
    try:
        rows = generate_grid(spec)
    except PlanError as exc:
        raise EventError(str(exc)) from exc
    stop.stands.clear()
    db.session.flush()
    stop.stands.extend(Stand(**row) for row in rows)
    db.session.flush()
    return stop.stands


def _overlaps(a, b) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def update_stand(stand: Stand | None, data: dict, stop: EventStop | None = None) -> Stand:
    """Edit one stand, or place a new one at `stop` (stand None): code, rectangle, zone and equipment;
    it may not overlap another stand, and an allocated stand keeps what its cooperative needs."""
    stop = stop or stand.stop
    code = data["code"].strip().upper()
    if not code:
        raise EventError(_l("A stand code has 1 to 12 characters."), field="code")
    own_id = stand.id if stand is not None else 0
    taken = db.session.scalar(select(Stand.id).where(Stand.stop_id == stop.id, Stand.code == code,
                                                     Stand.id != own_id))  # fmt: skip
    if taken:
        raise EventError(_l("Another stand already has the code %(code)s.", code=code), field="code")
    candidate = Stand(x=data["x"], y=data["y"], w=data["w"], h=data["h"])
    for other in stop.stands:
        if other is not stand and _overlaps(candidate, other):
            raise EventError(_l("This stand would overlap stand %(code)s.", code=other.code), field="x")
    holder = own_id and db.session.scalar(select(StandAssignment).where(StandAssignment.stand_id == own_id))
    if holder:
        application = holder.application
        if data["w"] * data["h"] < application.min_area or (application.needs_power and not data["power"]):
            if application.needs_power:
                message = _l("The cooperative on this stand needs %(area)s m² and electricity: move it first.",
                             area=application.min_area)  # fmt: skip
            else:
                message = _l(
                    "The cooperative on this stand needs %(area)s m²: move it first.", area=application.min_area
                )
            raise EventError(message, field="w")
    if stand is None:
        stand = Stand()
        stop.stands.append(stand)
    stand.code = code
    for field in ("x", "y", "w", "h", "zone", "power", "corner", "covered"):
        setattr(stand, field, data[field])
    changed(stop.event)
    db.session.flush()
    return stand


def delete_stand(stand: Stand) -> None:
    if db.session.scalar(select(StandAssignment.id).where(StandAssignment.stand_id == stand.id)) is not None:
        raise EventError(_l("A cooperative has this stand: move it first."))
    changed(stand.stop.event)
    stand.stop.stands.remove(stand)
    db.session.flush()


def set_status(event: Event, status: str) -> None:
    if status not in STATUS_FLOW.get(event.status, set()):
        raise EventError(_l("This event cannot move to that stage now."))
    if status == "open" and not any(stop.stands for stop in event.stops):
        raise EventError(_l("Draw the floor plan before opening applications."))
    event.status = status
    if status in ("published", "running"):
        event.sequence += 1
    db.session.flush()
