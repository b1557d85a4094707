"""The stand page of a cooperative's back office: record cash sales from a phone during the event, set
stock aside for it, and count what is left afterwards. Any staff member may sell (coop.orders)."""

from __future__ import annotations

import secrets

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from market.catalog.money import centimes_to_text
from market.coops.manage import load_coop
from market.core.i18n import format_money, localized
from market.core.permissions import require
from market.events import bp, stand_sales
from market.events.models import Event, EventStock, StandSale
from market.events.services import EventError
from market.events.stand_sales_forms import SaleForm, SetAsideForm, VoidForm, parse_line, reconcile_form
from market.extensions import db

CONFLICT = 409


@bp.app_template_global("stand_event_ids")
def stand_event_ids(coop) -> set[int]:
    """For the cooperative's events page: the events at which it has a stand (published or running)."""
    return stand_sales.stand_event_ids(coop)


def _stand_event(coop, event_slug: str) -> Event:
    event = db.session.scalar(select(Event).where(Event.slug == str(event_slug)[:80]))
    if event is None:
        abort(404)
    placed = event.status in ("published", "running", "closed") and stand_sales.has_stand(event, coop)
    if not placed and not stand_sales.has_stock_out(event, coop):  # stock set aside must always come back
        abort(404)
    return event


def _label(product, variant) -> str:
    name = localized(product, "name") or product.sku
    return f"{name} — {variant.label}" if variant is not None else name


def _row_key(row: EventStock) -> str:
    return stand_sales.line_key(row.product_id, row.variant_id)


def _sellable(rows: list[EventStock]) -> list[EventStock]:
    return [row for row in rows if row.returned is None and stand_sales.units_left(row) > 0]


def _sale_choices(rows: list[EventStock]):
    """The products to sell, each with its price and name for the script (a sale kept offline shows them)."""
    choices = []
    for row in _sellable(rows):
        label = _label(row.product, row.variant)
        text = _("%(product)s (%(num)d left)", product=label, num=stand_sales.units_left(row))
        choices.append((_row_key(row), text, {"data-price": centimes_to_text(stand_sales.list_price(row)),
                                              "data-label": label}))  # fmt: skip
    return choices


def _new_sale_form(rows: list[EventStock], wanted: str | None) -> SaleForm:
    form = SaleForm(formdata=None, prefix="sale")
    form.line.choices = _sale_choices(rows)
    sellable = {_row_key(row): row for row in _sellable(rows)}
    key = wanted if wanted in sellable else next(iter(sellable), None)
    if key is not None:
        form.line.data, form.priced_for.data = key, key
        form.price.data = centimes_to_text(stand_sales.list_price(sellable[key]))
    form.client_token.data = secrets.token_urlsafe(24)
    return form


def _set_aside_form(coop, formdata=True) -> SetAsideForm:
    form = SetAsideForm(prefix="aside") if formdata else SetAsideForm(formdata=None, prefix="aside")
    form.line.choices = [(stand_sales.line_key(product.id, getattr(variant, "id", None)),
                          _("%(product)s (%(num)d in online stock)", product=_label(product, variant),
                            num=(variant or product).stock))
                         for product, variant in stand_sales.online_lines(coop)]  # fmt: skip
    return form


def _reconcile_form(rows: list[EventStock]):
    pending = [row for row in rows if row.returned is None]
    labels = {row.id: _label(row.product, row.variant) for row in pending}
    return reconcile_form(pending, labels), pending


def _render(coop, event, sale_form=None, aside_form=None, count_form=None, status=200):
    today = stand_sales.local_today()
    rows = stand_sales.stock_rows(event, coop)
    placed = stand_sales.has_stand(event, coop)
    selling = placed and stand_sales.is_selling(event, today)
    day = today if selling else None  # while selling, today's sales; afterwards, all of them
    sales = stand_sales.sales(event, coop, day)
    can_reconcile = stand_sales.can_reconcile(event, today, coop)
    pending = []
    if can_reconcile and count_form is None:
        count_form, pending = _reconcile_form(rows)
    elif can_reconcile:
        pending = [row for row in rows if row.returned is None]
    return render_template(
        "events/stand/stand.html", coop=coop, event=event, rows=rows, sales=sales, selling=selling,
        can_set_aside=placed and stand_sales.can_set_aside(event, today), can_reconcile=can_reconcile,
        pending=pending, placed=placed,
        today_totals=stand_sales.totals(event, coop, today), event_totals=stand_sales.totals(event, coop),
        sale_form=sale_form or _new_sale_form(rows, request.args.get("line")),
        aside_form=aside_form or _set_aside_form(coop, formdata=False), count_form=count_form,
        void_form=VoidForm(), assignments=stand_sales.assignments(event, coop), label=_label, row_key=_row_key,
        units_left=stand_sales.units_left, shortfall=stand_sales.shortfall, max_quantity=stand_sales.MAX_QUANTITY,
    ), status  # fmt: skip


@bp.route("/manage/<slug>/events/stands", endpoint="stands")
@require("coop.orders", coop_loader=load_coop)
def stands_view(coop):
    events = stand_sales.stand_events(coop, ("published", "running", "closed"))
    return render_template("events/stand/stands.html", coop=coop, events=events)


@bp.route("/manage/<slug>/events/<event_slug>/stand", endpoint="stand")
@require("coop.orders", coop_loader=load_coop)
def stand_view(coop, event_slug):
    return _render(coop, _stand_event(coop, event_slug))


def _refused(coop, event, message: str):
    """The form this came from is not on the page at this stage of the event: say why at the top."""
    flash(message, "error")
    return _render(coop, event, status=422)


def _stand_url(coop, event, **args) -> str:
    return url_for("events.stand", slug=coop.slug, event_slug=event.slug, **args)


def _sale_price(form: SaleForm, rows: list[EventStock]) -> int:
    """The price typed, or the chosen product's own price when the price shown was filled in for another
    product and left as it was (the product was changed on a page without script)."""
    price = form.price_centimes
    if form.priced_for.data and form.priced_for.data != form.line.data:
        by_key = {_row_key(row): row for row in rows}
        before, chosen = by_key.get(form.priced_for.data), by_key.get(form.line.data)
        if before is not None and chosen is not None and price == stand_sales.list_price(before):
            price = stand_sales.list_price(chosen)
    return price


def _show_error(form, exc: EventError, default: str) -> None:
    """Under the field it is about, or at the top of the page when it is about the event."""
    if exc.field is None:
        flash(str(exc), "error")
        return
    target = getattr(form, exc.field, None) or getattr(form, default)
    target.errors = [*target.errors, str(exc)] if isinstance(target.errors, list) else [str(exc)]


def record_and_commit(event, coop, form: SaleForm, rows, sold_at=None) -> tuple[int, bool]:
    """Record the checked form's sale and commit: (the sale's id, whether this request recorded it). The same
    sale sent twice at the same moment (a double tap, two tabs, a phone's resend) is found, not recorded
    again. Raises EventError, after a rollback, when the stand cannot honour the sale."""
    product_id, variant_id = parse_line(form.line.data)
    token = form.client_token.data
    try:
        product, variant = stand_sales.find_line(coop, product_id, variant_id)
        sale, created = stand_sales.record_sale_once(event, coop, product, form.quantity.data, _sale_price(form, rows),
                                                     current_user, token, variant=variant, sold_at=sold_at)  # fmt: skip
        sale_id = sale.id
        db.session.commit()
        return sale_id, created
    except IntegrityError:  # the other request recorded it
        db.session.rollback()
        sale = stand_sales.sale_by_token(token)
        if sale is None or sale.event_id != event.id or sale.cooperative_id != coop.id:
            raise
        return sale.id, False
    except EventError:
        db.session.rollback()
        raise


@bp.route("/manage/<slug>/events/<event_slug>/stand/sales", methods=["POST"], endpoint="stand_sale")
@require("coop.orders", coop_loader=load_coop)
def record_sale_view(coop, event_slug):
    event = _stand_event(coop, event_slug)
    if not stand_sales.is_selling(event):
        return _refused(coop, event, _("Sales are recorded only while the event is running."))
    rows = stand_sales.stock_rows(event, coop)
    form = SaleForm(prefix="sale")
    form.line.choices = _sale_choices(rows)
    if not form.validate_on_submit():
        if not form.client_token.data or form.client_token.errors:
            form.client_token.data = secrets.token_urlsafe(24)
        return _render(coop, event, sale_form=form, status=422)
    try:
        sale_id, _created = record_and_commit(event, coop, form, rows)
    except EventError as exc:
        if exc.field == "client_token":
            form.client_token.data = secrets.token_urlsafe(24)
        _show_error(form, exc, "line")
        return _render(coop, event, sale_form=form, status=CONFLICT if exc.field == "client_token" else 422)
    sale = db.session.get(StandSale, sale_id)
    message = _("Sale recorded: %(num)d × %(product)s at %(price)s.", num=sale.quantity,
                product=_label(sale.product, sale.variant), price=format_money(sale.unit_price_centimes))  # fmt: skip
    flash(message, "success")
    return redirect(_stand_url(coop, event, line=form.line.data, _anchor="sale"))


@bp.route("/manage/<slug>/events/<event_slug>/stand/void", methods=["POST"], endpoint="stand_void")
@require("coop.orders", coop_loader=load_coop)
def void_sale_view(coop, event_slug):
    event = _stand_event(coop, event_slug)
    form = VoidForm()
    if not form.validate_on_submit():
        flash(_("This page had expired. Please try again."), "error")
        return redirect(_stand_url(coop, event, _anchor="sales"))
    sale = stand_sales.sale_of(event, coop, form.sale_id.data)
    if sale is None:
        abort(404)  # another cooperative's sale, or none: never found through this stand
    try:
        stand_sales.void_sale(sale, current_user)
        db.session.commit()
    except EventError as exc:
        db.session.rollback()
        flash(str(exc), "error")
    else:
        flash(_("The sale has been voided; its units are back in the stand's stock."), "success")
    return redirect(_stand_url(coop, event, _anchor="sales"))


@bp.route("/manage/<slug>/events/<event_slug>/stand/stock", methods=["POST"], endpoint="stand_set_aside")
@require("coop.orders", coop_loader=load_coop)
def set_aside_view(coop, event_slug):
    event = _stand_event(coop, event_slug)
    if not stand_sales.can_set_aside(event):
        return _refused(coop, event, _("Stock can be set aside only before and during the event."))
    form = _set_aside_form(coop)
    if not form.validate_on_submit():
        return _render(coop, event, aside_form=form, status=422)
    product_id, variant_id = parse_line(form.line.data)
    try:
        product, variant = stand_sales.find_line(coop, product_id, variant_id)
        stand_sales.set_aside(event, coop, product, form.quantity.data, current_user, variant=variant)
        label = _label(product, variant)
        db.session.commit()
    except IntegrityError:
        # Two members set the same product aside for the first time at the same moment.
        db.session.rollback()
        flash(_("Someone else changed this stock at the same moment. Please try again."), "error")
        return redirect(_stand_url(coop, event, _anchor="stock"))
    except EventError as exc:
        db.session.rollback()
        _show_error(form, exc, "line")
        return _render(coop, event, aside_form=form, status=422)
    flash(_("%(num)d × %(product)s set aside for the event.", num=form.quantity.data, product=label), "success")
    return redirect(_stand_url(coop, event, _anchor="stock"))


@bp.route("/manage/<slug>/events/<event_slug>/stand/reconcile", methods=["POST"], endpoint="stand_reconcile")
@require("coop.orders", coop_loader=load_coop)
def reconcile_view(coop, event_slug):
    event = _stand_event(coop, event_slug)
    if not stand_sales.can_reconcile(event, coop=coop):
        return _refused(coop, event, _("The stock is counted and returned after the event."))
    form, pending = _reconcile_form(stand_sales.stock_rows(event, coop))
    if not pending:
        flash(_("This stock has already been reconciled."), "error")
        return redirect(_stand_url(coop, event, _anchor="reconcile"))
    if not form.validate_on_submit():
        return _render(coop, event, count_form=form, status=422)
    try:
        done = stand_sales.reconcile(event, coop, form.counts(), current_user)
        returned = sum(row.returned for row in done)
        missing = sum(max(stand_sales.shortfall(row), 0) for row in done)
        db.session.commit()
    except EventError as exc:
        db.session.rollback()
        if exc.field and hasattr(form, exc.field):
            _show_error(form, exc, exc.field)
            return _render(coop, event, count_form=form, status=422)
        flash(str(exc), "error")
        return redirect(_stand_url(coop, event, _anchor="reconcile"))
    flash(ngettext("Stock reconciled: %(num)d unit is back in online stock.",
                   "Stock reconciled: %(num)d units are back in online stock.", returned), "success")  # fmt: skip
    if missing:
        flash(ngettext("Shortfall: %(num)d unit was neither sold nor counted back.",
                       "Shortfall: %(num)d units were neither sold nor counted back.", missing), "error")  # fmt: skip
    return redirect(_stand_url(coop, event, _anchor="reconcile"))


# The offline side of the page (its service worker and the JSON endpoint phones send kept sales to) uses the
# helpers above; imported last so that its routes are registered with these.
from market.events import stand_sales_sync as _stand_sales_sync  # noqa: E402, F401
