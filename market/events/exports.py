"""The events area's reports for the background exports (market/core/exports.py): one event's report and
an organiser's yearly indicators, as their pages' "Download as CSV" give them."""

from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select

from market.core import exports
from market.core.i18n import localized
from market.core.permissions import can
from market.events import report, report_csv
from market.events.models import Event
from market.extensions import db

MIN_YEAR, MAX_YEAR = 2000, 2100


def _event(params) -> Event | None:
    return db.session.get(Event, int(params.get("event_id", 0)))


def _parse_event(form) -> dict:
    slug = str(form.get("event", ""))[:80]
    event = db.session.scalar(select(Event).where(Event.slug == slug)) if slug else None
    if event is None:
        raise exports.ExportRefused(_("This event does not exist."))
    return {"event_id": event.id}


def _may_see_event(user, params) -> bool:
    event = _event(params)
    return event is not None and can(user, "organise") and (user.is_admin or event.organiser_id == user.id)


def _build_event(params, user):
    event = _event(params)
    return f"{event.slug}-report.csv", report_csv.event_csv(report.event_report(event))


def _parse_year(form) -> dict:
    value = str(form.get("year", "")).strip()
    if not (value.isascii() and value.isdigit() and len(value) == 4 and MIN_YEAR <= int(value) <= MAX_YEAR):
        raise exports.ExportRefused(_("Choose a year from %(first)d to %(last)d.", first=MIN_YEAR, last=MAX_YEAR))
    return {"year": int(value)}


def _build_year(params, user):
    year = int(params["year"])
    found = report.year_indicators(year, None if user.is_admin else user)
    return f"events-{year}-indicators.csv", report_csv.year_csv(found)


exports.register(
    "events.report",
    allowed=_may_see_event,
    parse=_parse_event,
    build=_build_event,
    title=lambda params: _("Report of %(event)s", event=localized(_event(params), "title")),
    back=lambda params: url_for("events.event_report", slug=_event(params).slug),
)
exports.register(
    "events.indicators",
    allowed=lambda user, params: can(user, "organise"),
    parse=_parse_year,
    build=_build_year,
    title=lambda params: _("Event indicators for %(year)s", year=params["year"]),
    back=lambda params: url_for("events.year_indicators", year=params["year"]),
)
