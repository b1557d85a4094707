"""Import and export of a stop's floor plan, applications and rules in the allocation engine's instance
format (the format of `flask events solve`), so an organiser can move a plan between Souk Tadamon, a
spreadsheet and the command line.

Import is all or nothing: the file is checked whole (the engine's own parser, then what only the
platform knows — each applicant must be an approved cooperative here, each category one of ours)
before anything changes. A cooperative's region, women-led and youth flags come from its verified
record, never from the file. The file decides on applications already made (submitted, waitlisted or
accepted ones become accepted for the stop, with the file's needs, zones, priority and pin); it cannot
apply for a cooperative that has not, nor bring back a withdrawn or rejected application."""

from __future__ import annotations

import json
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from market.coops.models import Cooperative
from market.core.models import Category
from market.events import allocation
from market.events.allocating import instance_for
from market.events.models import ZONES, EventStop, Stand, StandAssignment
from market.events.services import EventError, rules_from
from market.extensions import db

MAX_BYTES = 2 * 1024 * 1024
MAX_STANDS = 6000  # the largest grid the plan form draws (60 rows × 100)
MAX_APPLICANTS = 6000
# The stand form's bounds, in metres, and the application form's largest minimum area.
MAX_POSITION, MIN_SIDE, MAX_SIDE, MAX_AREA = 10000, 0.5, 100, 400
IMPORT_STATUSES = ("draft", "open", "allocating")


def export_stop(stop: EventStop) -> str:
    return json.dumps(instance_for(stop), ensure_ascii=False, indent=2)


@dataclass
class ImportSummary:
    stands: int
    plan_replaced: bool
    updated: int


def _read(raw: bytes) -> allocation.Instance:
    if len(raw) > MAX_BYTES:
        raise EventError(_l("The file is too large (at most 2 MB)."))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise EventError(_l("This file is not JSON text (UTF-8).")) from exc
    if isinstance(data, dict) and (len(data.get("stands") or ()) > MAX_STANDS
                                   or len(data.get("applicants") or ()) > MAX_APPLICANTS):  # fmt: skip
        raise EventError(_l("A stop has at most %(num)d stands and %(num)d applicants.", num=MAX_STANDS))
    try:
        instance = allocation.parse_instance(data)
    except allocation.InstanceError as exc:
        raise EventError(_l("The file does not follow the format: %(problem)s", problem=str(exc))) from exc
    for stand in instance.stands:
        if not (0 <= stand.x <= MAX_POSITION and 0 <= stand.y <= MAX_POSITION
                and MIN_SIDE <= stand.w <= MAX_SIDE and MIN_SIDE <= stand.h <= MAX_SIDE):  # fmt: skip
            raise EventError(_l("Stand %(code)s: positions go from 0 to %(max)d m and sides from 0.5 to 100 m.",
                                code=stand.code[:12], max=MAX_POSITION))  # fmt: skip
    for applicant in instance.applicants:
        if applicant.min_area > MAX_AREA:
            raise EventError(_l("%(id)s: the smallest stand asked for is at most %(max)d m².", id=applicant.id[:40],
                                max=MAX_AREA))  # fmt: skip
    return instance


def _same_plan(stop: EventStop, stands) -> bool:
    def key(s):
        return s.code, float(s.x), float(s.y), float(s.w), float(s.h)

    return sorted(map(key, stop.stands)) == sorted(map(key, stands))


def import_stop(stop: EventStop, raw: bytes) -> ImportSummary:
    event = stop.event
    if event.status not in IMPORT_STATUSES:
        raise EventError(_l("The plan is published: it can no longer be replaced by a file."))
    instance = _read(raw)
    for stand in instance.stands:
        if stand.zone not in ZONES:
            raise EventError(_l("Stand %(code)s: unknown zone %(zone)s (known: %(zones)s).", code=stand.code[:12],
                                zone=stand.zone[:20], zones=", ".join(ZONES)))  # fmt: skip
        if len(stand.code) > 12 or not stand.code.strip():
            raise EventError(_l("A stand code has 1 to 12 characters."))
    codes = [s.code.strip().upper() for s in instance.stands]
    if len(set(codes)) != len(codes):
        raise EventError(_l("Two stands have the same code (capitals and small letters are the same)."))
    if any(a.priority > 10 for a in instance.applicants):
        raise EventError(_l("A priority is a whole number from 1 to %(max)d.", max=10))
    slugs = [a.id for a in instance.applicants]
    coops = (
        {c.slug: c for c in db.session.scalars(select(Cooperative).where(Cooperative.slug.in_(slugs)))} if slugs else {}
    )
    unknown = [slug for slug in slugs if slug not in coops or coops[slug].status != "approved"]
    if unknown:
        listed = ", ".join(s[:40] for s in unknown[:10]) + (" …" if len(unknown) > 10 else "")
        raise EventError(_l("No verified cooperative has these identifiers: %(slugs)s.", slugs=listed))
    categories = {c.slug: c for c in db.session.scalars(select(Category))}
    wrong = sorted({a.category for a in instance.applicants if a.category not in categories})
    if wrong:
        raise EventError(_l("Unknown categories: %(categories)s.", categories=", ".join(w[:40] for w in wrong[:10])))
    existing = {a.cooperative_id: a for a in event.applications}
    # The file may decide on applications, never apply for a cooperative or overrule its withdrawal.
    not_applied = [slug for slug in slugs if coops[slug].id not in existing]
    if not_applied:
        raise EventError(_l("These cooperatives have not applied to this event: %(slugs)s.",
                            slugs=", ".join(s[:40] for s in not_applied[:10])))  # fmt: skip
    closed = [slug for slug in slugs if existing[coops[slug].id].status in ("withdrawn", "rejected")]
    if closed:
        raise EventError(_l("These applications were withdrawn or rejected: %(slugs)s.",
                            slugs=", ".join(s[:40] for s in closed[:10])))  # fmt: skip
    has_assignments = db.session.scalar(
        select(StandAssignment.id).where(StandAssignment.stop_id == stop.id).limit(1)) is not None  # fmt: skip
    replace = not _same_plan(stop, instance.stands)
    if replace and has_assignments:
        raise EventError(_l("Stands are already allocated at this stop: the file's plan differs from it."))

    if replace:
        stop.stands.clear()
        db.session.flush()
        stop.stands.extend(
            Stand(
                code=s.code.strip().upper(),
                x=s.x,
                y=s.y,
                w=s.w,
                h=s.h,
                zone=s.zone,
                power=s.power,
                corner=s.corner,
                covered=s.covered,
            )  # fmt: skip
            for s in instance.stands
        )
        db.session.flush()
    stands = {s.code: s for s in stop.stands}
    rules = instance.rules
    event.rules = rules_from({
        "women_led_min_share": None if rules.women_led_min_share is None else float(rules.women_led_min_share) * 100,
        "youth_min_share": None if rules.youth_min_share is None else float(rules.youth_min_share) * 100,
        "max_share_per_region": None if rules.max_share_per_region is None else float(rules.max_share_per_region) * 100,
        "no_adjacent_same_category": rules.no_adjacent_same_category,
    })  # fmt: skip
    updated = 0
    for applicant in instance.applicants:
        application = existing[coops[applicant.id].id]
        updated += 1
        application.status = "accepted"
        application.category_id = categories[applicant.category].id
        application.needs_power = applicant.needs_power
        application.min_area = float(applicant.min_area)
        application.preferred_zones = [z for z in applicant.preferred_zones if z in ZONES]
        application.priority = applicant.priority
        pinned = stands.get((applicant.pinned_stand or "").strip().upper())
        application.pinned_stand_id = pinned.id if pinned else None
        if stop not in application.stops:
            application.stops.append(stop)
    db.session.flush()
    return ImportSummary(len(stop.stands), replace, updated)
