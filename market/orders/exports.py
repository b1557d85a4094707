"""The orders area's report for the background exports (market/core/exports.py): a cooperative's payout
ledger for a period, as the sales page's "Download as CSV" gives it."""

from __future__ import annotations

from datetime import date

from flask import url_for
from flask_babel import format_date
from flask_babel import gettext as _

from market.catalog.exports import coop_from_form, coop_of, may_manage
from market.core import exports
from market.core.i18n import local_today, localized
from market.orders import ledger, reports
from market.orders.manage_forms import ledger_period


def _parse(form) -> dict:
    params = coop_from_form(form)
    chosen, error = ledger_period(form, local_today())
    if error:
        raise exports.ExportRefused(error)
    return params | {"start": chosen.start.isoformat(), "end": chosen.end.isoformat()}


def _days(params) -> tuple[date, date]:
    return date.fromisoformat(params["start"]), date.fromisoformat(params["end"])


def _build(params, user):
    coop = coop_of(params)
    first, last = _days(params)
    start, end = reports.day_bounds(first, last)
    return f"{coop.slug}-ledger-{first.isoformat()}-{last.isoformat()}.csv", ledger.to_csv(coop.id, start, end)


def _title(params) -> str:
    first, last = _days(params)
    return _("Payout ledger of %(name)s, from %(start)s to %(end)s", name=localized(coop_of(params), "name"),
             start=format_date(first), end=format_date(last))  # fmt: skip


exports.register(
    "orders.ledger",
    allowed=may_manage,
    parse=_parse,
    build=_build,
    title=_title,
    back=lambda params: url_for(
        "orders.manage_sales", slug=coop_of(params).slug, start=params["start"], end=params["end"]
    ),  # fmt: skip
)
