"""Stand sales that keep working offline: the service worker that keeps the stand pages on the phone, and the
JSON endpoint through which a phone sends the sales it kept while the network was down.

A phone sends its sales one by one (each one commit, as the HTML form does), each with the client token it
made when the sale was typed in; the token makes a sale sent again (its answer lost on the way back) count
once. Each answer is one of `recorded`, `duplicate` (already recorded) or `refused` with a message in the
seller's language; anything else (no network, a 5xx, a CSRF token gone stale) is for the phone to try again.
The rules are `stand_sales.record_sale_once`'s, the same as the page's form.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flask import Response, abort, current_app, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError, generate_csrf
from werkzeug.datastructures import MultiDict

from market.coops.manage import load_coop
from market.core.i18n import format_money
from market.core.permissions import require
from market.events import bp, stand_sales
from market.events.services import EventError
from market.events.stand_sales_forms import SaleForm
from market.events.stand_sales_views import _label, _sale_choices, _stand_event, record_and_commit

FIELDS = ("line", "quantity", "price", "priced_for", "client_token")
NO_STORE = {"Cache-Control": "private, no-store"}


@bp.route("/manage/<slug>/events/stand-sales-sw.js", endpoint="stand_sw")
@require("coop.orders", coop_loader=load_coop)
def service_worker(coop):
    """Served under /manage/<slug>/events/ rather than /static/js/ so that its default scope (the folder it is
    served from) covers the cooperative's stand pages, with no Service-Worker-Allowed header to widen it. The
    file holds nothing private, but it is served, like everything under /manage/<slug>/, only to the
    cooperative's members (the browser sends the session cookie with it); `no-cache` so that phones pick up a
    new version (a failed update check keeps the worker the phone has)."""
    # Read whole (a few KB) rather than streamed: a streamed file stays open until the server closes it.
    script = (Path(current_app.static_folder) / "js" / "stand-sales-sw.js").read_bytes()
    # text/javascript whatever the system's MIME table says: a worker must be script.
    return Response(script, mimetype="text/javascript", headers={"Cache-Control": "no-cache"})


def _answer(status: str, message: str, code: int, **extra):
    return {"status": status, "message": message, **extra}, code, NO_STORE


def _form_data(data: dict) -> MultiDict:
    """The sale as the page's form would have sent it (strings; anything else is left out and refused by
    the form), with the CSRF token of the header checked by the form too."""
    fields = {f"sale-{name}": str(data[name]) for name in FIELDS
              if isinstance(data.get(name), str | int) and not isinstance(data.get(name), bool)}  # fmt: skip
    fields["sale-csrf_token"] = request.headers.get("X-CSRFToken", "")
    return MultiDict(fields)


def _sold_at(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 40 else None
    except ValueError:
        return None


def _first_error(form: SaleForm) -> str:
    for name in ("line", "quantity", "price", "priced_for", "client_token"):
        errors = getattr(form, name).errors
        if errors:
            return str(errors[0])
    return _not_understood()


def _not_understood() -> str:
    return _("The request could not be understood. Please check what you entered and try again.")


@bp.route("/manage/<slug>/events/<event_slug>/stand/sync", methods=["GET", "POST"], endpoint="stand_sync")
@require("coop.orders", coop_loader=load_coop)
def sync_sale_view(coop, event_slug):
    """GET: a fresh CSRF token (the page kept on the phone may hold one from another session). POST: one
    sale kept on the phone, as JSON; the answer says whether it is recorded, was already, or is refused."""
    event = _stand_event(coop, event_slug)
    if request.method == "GET":
        return {"csrf_token": generate_csrf()}, 200, NO_STORE
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return _answer("refused", _not_understood(), 422)
    rows = stand_sales.stock_rows(event, coop)
    form = SaleForm(formdata=_form_data(data), prefix="sale")
    form.line.choices = _sale_choices(rows)
    if not form.validate():
        csrf_field = getattr(form, "csrf_token", None)  # there when CSRF protection is on
        if csrf_field is not None and csrf_field.errors:
            raise CSRFError(csrf_field.errors[0])  # not the sale's fault: the phone gets a token and retries
        return _answer("refused", _first_error(form), 422)
    token = form.client_token.data
    try:
        sale_id, created = record_and_commit(event, coop, form, rows, sold_at=_sold_at(data.get("sold_at")))
    except EventError as exc:
        return _answer("refused", str(exc), 409 if exc.field == "client_token" else 422)
    sale = stand_sales.sale_of(event, coop, sale_id)
    if sale is None:
        abort(404)
    what = {"sale_id": sale.id, "client_token": token}
    if not created:
        return _answer("duplicate", _("This sale was already recorded."), 200, **what)
    message = _("Sale recorded: %(num)d × %(product)s at %(price)s.", num=sale.quantity,
                product=_label(sale.product, sale.variant), price=format_money(sale.unit_price_centimes))  # fmt: skip
    return _answer("recorded", message, 201, **what)
