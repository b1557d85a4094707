"""A cooperative's orders back office: its order list, one part with its actions and packing slip, the
sales summary with the payout ledger, and the delivery and payment settings."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from market.catalog.money import centimes_to_text
from market.coops.manage import load_coop
from market.core.actions import perform
from market.core.mail import deliver_outbox
from market.core.params import MAX_ID, page_arg
from market.core.permissions import can, require
from market.extensions import db
from market.orders import bp, ledger, reports, services
from market.orders.cities import city_name
from market.orders.exceptions import OrderError
from market.orders.manage_forms import CancelForm, DeliverySettingsForm, StatusForm, ledger_period
from market.orders.settings import SettingsError, update_delivery_settings

MAX_LEDGER_ROWS = 300  # shown on the page; the CSV file has every entry


def _part_or_404(coop, part_id: int):
    part = reports.part_of(coop, part_id) if 0 < part_id <= MAX_ID else None
    if part is None:
        abort(404)
    return part


@bp.route("/manage/<slug>/orders")
@require("coop.orders", coop_loader=load_coop)
def manage_orders(coop):
    tab = request.args.get("status", reports.DEFAULT_TAB)
    if tab not in reports.TABS:
        tab = reports.DEFAULT_TAB
    return render_template(
        "orders/manage/list.html",
        coop=coop,
        tab=tab,
        counts=reports.tab_counts(coop),
        pagination=reports.parts_page(coop, tab, page_arg()),
        status_label=services.status_label,
        city_name=city_name,
    )


@bp.route("/manage/<slug>/orders/<int:part_id>")
@require("coop.orders", coop_loader=load_coop)
def manage_order(coop, part_id):
    part = _part_or_404(coop, part_id)
    order = part.order
    # The refund form posts to payments (managers and owners).
    can_refund = (
        can(current_user, "coop.manage", coop)
        and order.payment_method == "card"
        and order.payment_status in ("paid", "refunded")
        and part.refunded_centimes < part.total_centimes
    )
    return render_template(
        "orders/manage/order.html",
        coop=coop,
        part=part,
        order=order,
        next_statuses=services.TRANSITIONS[part.status],
        can_cancel=part.status in services.HOLDS_STOCK,
        can_refund=can_refund,
        status_label=services.status_label,
        city_name=city_name,
        status_form=StatusForm(),
        cancel_form=CancelForm(),
    )


@bp.route("/manage/<slug>/orders/<int:part_id>/status", methods=["POST"])
@require("coop.orders", coop_loader=load_coop)
def manage_order_status(coop, part_id):
    part = _part_or_404(coop, part_id)
    form = StatusForm()
    perform(
        form,
        lambda: services.advance(part, form.status.data, current_user, form.tracking.data or ""),
        success=_("The order is now marked “%(status)s”.", status=services.status_label(form.status.data or "")),
        invalid=_("Choose the order's new status; a tracking text is at most 200 characters."),
        errors=(OrderError,),
        after_commit=deliver_outbox,
    )
    return redirect(url_for("orders.manage_order", slug=coop.slug, part_id=part.id))


@bp.route("/manage/<slug>/orders/<int:part_id>/cancel", methods=["POST"])
@require("coop.orders", coop_loader=load_coop)
def manage_cancel_order(coop, part_id):
    part = _part_or_404(coop, part_id)
    form = CancelForm()
    perform(
        form,
        lambda: services.cancel_part(part, current_user, form.reason.data, by_buyer=False),
        success=_("The order has been cancelled and its products are back in stock. The buyer has been told."),
        invalid=_("Give the buyer a reason for the cancellation (3 to 500 characters)."),
        errors=(OrderError,),
        after_commit=deliver_outbox,
    )
    return redirect(url_for("orders.manage_order", slug=coop.slug, part_id=part.id))


@bp.route("/manage/<slug>/orders/<int:part_id>/packing-slip")
@require("coop.orders", coop_loader=load_coop)
def manage_packing_slip(coop, part_id):
    part = _part_or_404(coop, part_id)
    return render_template(
        "orders/manage/packing_slip.html", coop=coop, part=part, order=part.order, city_name=city_name
    )


@bp.route("/manage/<slug>/sales")
@require("coop.manage", coop_loader=load_coop)
def manage_sales(coop):
    period = request.args.get("period", reports.DEFAULT_PERIOD)
    if period not in reports.PERIODS:
        period = reports.DEFAULT_PERIOD
    today = reports.local_today()
    chosen, ledger_error = ledger_period(request.args, today)
    start, end = reports.day_bounds(chosen.start, chosen.end)
    return render_template(
        "orders/manage/sales.html",
        coop=coop,
        summary=reports.sales_summary(coop, period),
        ledger_period=chosen,
        ledger_error=ledger_error,
        ledger_totals=ledger.summary(coop.id, start, end),
        ledger_entries=ledger.entries(coop.id, start, end),
        max_entries=MAX_LEDGER_ROWS,
        months=[reports.month_start(today, back) for back in range(12)],
    )


@bp.route("/manage/<slug>/ledger.csv")
@require("coop.manage", coop_loader=load_coop)
def manage_ledger_csv(coop):
    chosen, error = ledger_period(request.args, reports.local_today())
    if error:
        flash(error, "error")
        return redirect(url_for("orders.manage_sales", slug=coop.slug))
    start, end = reports.day_bounds(chosen.start, chosen.end)
    filename = f"{coop.slug}-ledger-{chosen.start.isoformat()}-{chosen.end.isoformat()}.csv"
    return Response(
        ledger.to_csv(coop.id, start, end),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private, no-store"},
    )


@bp.route("/manage/<slug>/delivery", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def manage_delivery(coop):
    form = DeliverySettingsForm(obj=coop)
    if request.method == "GET":
        form.delivery_fee.data = centimes_to_text(coop.delivery_fee_centimes)
    if form.validate_on_submit():
        try:
            update_delivery_settings(
                coop,
                delivery_fee_centimes=form.fee_centimes,
                delivery_days=form.delivery_days.data,
                pickup_enabled=form.pickup_enabled.data,
                pickup_address=form.pickup_address.data,
                cod_enabled=form.cod_enabled.data,
            )
        except SettingsError as exc:
            db.session.rollback()
            form[exc.field].errors.append(str(exc))
        else:
            db.session.commit()
            flash(_("Your delivery and payment settings have been saved."), "success")
            return redirect(url_for("orders.manage_delivery", slug=coop.slug))
    return render_template("orders/manage/delivery.html", coop=coop, form=form)
