"""The event report for organisers: one event's indicators against its targets, and the same summed over
a year, each as a page with charts and as a CSV file. Organisers see their own events, admins every one."""

from __future__ import annotations

from flask import Response, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from market.core.i18n import local_today
from market.core.permissions import require
from market.events import bp, report, report_csv
from market.events.organise import own_event
from market.events.report_charts import STATUS_LABELS, event_charts, percent, year_charts

# The years the yearly page accepts; anything else shows the current year with a word of explanation.
MIN_YEAR, MAX_YEAR = 2000, 2100


def _csv(body: str, filename: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"},
    )


def _this_year() -> int:
    return local_today().year


def _year_arg() -> tuple[int, str | None]:
    """The ?year= asked for, or this year and why when it is not a year the page shows."""
    value = request.args.get("year", "").strip()
    this_year = _this_year()
    if not value:
        return this_year, None
    if value.isascii() and value.isdigit() and len(value) == 4 and MIN_YEAR <= int(value) <= MAX_YEAR:
        return int(value), None
    return this_year, _("Choose a year from %(first)d to %(last)d; here is %(year)d.", first=MIN_YEAR, last=MAX_YEAR,
                        year=this_year)  # fmt: skip


def _organiser():
    return None if current_user.is_admin else current_user


@bp.route("/events/organise/<slug>/report")
@require("organise")
def event_report(slug):
    event = own_event(slug)
    found = report.event_report(event)
    return render_template("events/organise/report.html", event=event, report=found, charts=event_charts(found),
                           status_labels=STATUS_LABELS, percent=percent)  # fmt: skip


@bp.route("/events/organise/<slug>/report.csv")
@require("organise")
def event_report_csv(slug):
    event = own_event(slug)
    return _csv(report_csv.event_csv(report.event_report(event)), f"{event.slug}-report.csv")


@bp.route("/events/organise/indicators")
@require("organise")
def year_indicators():
    year, problem = _year_arg()
    organiser = _organiser()
    found = report.year_indicators(year, organiser)
    years = sorted(set(report.event_years(organiser)) | {year, _this_year()}, reverse=True)
    return render_template("events/organise/indicators.html", year=year, problem=problem, years=years,
                           indicators=found, charts=year_charts(found), status_labels=STATUS_LABELS,
                           percent=percent)  # fmt: skip


@bp.route("/events/organise/indicators.csv")
@require("organise")
def year_indicators_csv():
    year, _problem = _year_arg()
    return _csv(report_csv.year_csv(report.year_indicators(year, _organiser())), f"events-{year}-indicators.csv")
