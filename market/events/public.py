"""Public pages of events whose plans are published: the list of fairs and markets, an event's page
(venue, dates, the floor plan with each stand linking to its cooperative's storefront, the same as a
list, the participants) and calendar files for an event and for a cooperative's schedule.

Storefronts and product pages (catalog) ask for a cooperative's coming stands through the
`cooperative_appearances` signal, answered here, so catalog never imports events."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from market.coops.cache_tags import COOPS
from market.coops.models import Cooperative
from market.core.fragments import cached_page, depends_on
from market.core.i18n import local_today, localized
from market.events import appearances, bp, calendar
from market.events.cache_tags import EVENTS
from market.events.floorplan import layout
from market.extensions import db
from market.signals import cooperative_appearances


def _today() -> date:
    return local_today()  # Morocco's day, as stand sales count it


@bp.route("/events")
@cached_page
def public_events():
    depends_on(EVENTS)
    coming, past = appearances.public_events(_today())
    return render_template("events/public/list.html", coming=coming, past=past[:20])


@bp.route("/events/<slug>")
@cached_page
def public_event(slug):
    depends_on(EVENTS, COOPS)  # the plan shows the participants' names and storefronts
    event = appearances.public_event(slug)
    if event is None:
        abort(404)
    plans = appearances.stop_plans(event)
    return render_template(
        "events/public/event.html",
        event=event,
        plans=plans,
        layouts={plan.stop.id: layout(plan.stop.stands) for plan in plans},
        participants=appearances.participants(plans),
    )


def _calendar_response(body: bytes, filename: str) -> Response:
    headers = {"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, max-age=300"}
    return Response(body, mimetype="text/calendar", headers=headers)


@bp.route("/events/<slug>.ics")
def event_ics(slug):
    event = appearances.public_event(slug)
    if event is None:
        abort(404)
    url = url_for("events.public_event", slug=event.slug, _external=True)
    return _calendar_response(calendar.event_calendar(event, url), f"{event.slug}.ics")


@bp.route("/c/<slug>/events.ics")
def cooperative_ics(slug):
    coop = db.session.scalar(select(Cooperative).where(Cooperative.slug == str(slug)[:80],
                                                       Cooperative.status == "approved"))  # fmt: skip
    if coop is None:
        abort(404)
    body = calendar.cooperative_calendar(
        coop.id,
        localized(coop, "name"),
        appearances.schedule(coop.id),
        url_of=lambda event: url_for("events.public_event", slug=event.slug, _external=True),
        stand_text=lambda code: _("Stand %(code)s", code=code),
    )
    return _calendar_response(body, f"{coop.slug}-events.ics")


@cooperative_appearances.connect
def _appearances_of(_sender, cooperative_id: int, **_kwargs):
    depends_on(EVENTS)  # the storefront or product page showing them is purged when events change
    return appearances.appearances(cooperative_id, _today())
