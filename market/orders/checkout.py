"""Checkout: address and payment, each cooperative's delivery, a review of the total, then the order.

Two steps without JavaScript: the form posts to itself with step=review, which shows every amount
(delivery fees depend on the choices) and carries the choices in hidden fields; "Confirm" posts
step=confirm, which places the order. The checkout token, made when the form is first shown, makes a
double click or a resubmission find the same order instead of making a second one.
"""

from __future__ import annotations

import secrets
import time

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from market.core.i18n import current_language, localized
from market.core.mail import deliver_outbox, deliver_soon
from market.extensions import db
from market.orders import bp, cart, services
from market.orders.cities import city_choices, city_name
from market.orders.exceptions import OrderError, SoldOut
from market.orders.forms import CheckoutForm
from market.orders.models import Order

SWEEP_EVERY = 60.0  # seconds between lazy sweeps of expired reservations, per process
_last_sweep = [0.0]


def _sweep_expired(force: bool = False) -> None:
    """Release stale card reservations now and then while buyers check out (the cron job does the rest)."""
    now = time.monotonic()
    if not force and now - _last_sweep[0] < SWEEP_EVERY:
        return
    _last_sweep[0] = now
    if services.release_expired(limit=5):
        db.session.commit()
        deliver_outbox()


def checkout_form(groups, formdata=None) -> CheckoutForm:
    """The checkout form with this cart's choices: from the page, or (`formdata`, no CSRF) from the API."""
    form = CheckoutForm() if formdata is None else CheckoutForm(formdata=formdata, meta={"csrf": False})
    form.city.choices = [("", _("Choose your city"))] + city_choices(current_language())
    labels = {"card": _("Card (Visa, Mastercard, CMI cards)"), "cod": _("Cash on delivery")}
    form.payment_method.choices = [
        (method, labels[method]) for method in services.payment_methods(groups, services.card_payments_enabled())
    ]
    return form


def _prefill(form: CheckoutForm) -> None:
    last = db.session.scalar(select(Order).where(Order.buyer_id == current_user.id).order_by(Order.id.desc()).limit(1))
    form.full_name.data = last.full_name if last else current_user.display_name
    if last:
        form.phone.data, form.address.data = last.phone, last.address
        form.city.data, form.postal_code.data = last.city, last.postal_code
    if len(form.payment_method.choices) == 1:
        form.payment_method.data = form.payment_method.choices[0][0]
    form.checkout_token.data = secrets.token_urlsafe(24)


def deliveries_from(groups, values=None) -> tuple[dict[int, services.Delivery], dict[int, str]]:
    """Each cooperative's delivery choice and note from the form (or `values`, the same names), and the
    errors by cooperative id."""
    values = request.form if values is None else values
    deliveries, errors = {}, {}
    for group in groups:
        coop = group.cooperative
        method = values.get(f"delivery-{coop.id}", "")
        note = values.get(f"note-{coop.id}", "").strip()
        if method not in services.delivery_methods(coop):
            errors[coop.id] = _("Choose home delivery or pickup.")
        elif len(note) > 500:
            errors[coop.id] = _("A note has at most 500 characters.")
        deliveries[coop.id] = services.Delivery(method, note)
    return deliveries, errors


def _render(template: str, form, groups, deliveries=None, errors=None, status: int = 200):
    deliveries = deliveries or {}
    fees, items, _grand = services.quote(groups, deliveries)
    return render_template(
        template,
        form=form,
        groups=groups,
        deliveries=deliveries,
        delivery_errors=errors or {},
        fees=fees,
        items_total=items,
        grand_total=items + sum(fees.values()),
        methods={group.cooperative.id: services.delivery_methods(group.cooperative) for group in groups},
        city_name=lambda slug: city_name(slug, current_language()),
        reservation_minutes=current_app.config["ORDER_RESERVATION_MINUTES"],
    ), status


@bp.route("/checkout", methods=["GET", "POST"])
@login_required
def checkout():
    if request.method == "GET":
        _sweep_expired()
    groups = cart.contents()
    if not groups:
        flash(_("Your cart is empty."), "error")
        return redirect(url_for("orders.view_cart"))
    problems = [line for group in groups for line in group.lines if line.problem]
    if problems:
        for line in problems:
            flash(_("%(name)s: %(problem)s", name=localized(line.product, "name"), problem=line.problem), "error")
        return redirect(url_for("orders.view_cart"))
    form = checkout_form(groups)
    if not form.payment_method.choices:
        flash(_("No payment method is available for this cart. Please contact the cooperatives."), "error")
        return redirect(url_for("orders.view_cart"))
    if request.method == "GET":
        _prefill(form)
        return _render("orders/checkout.html", form, groups)

    deliveries, delivery_errors = deliveries_from(groups)
    step = request.form.get("step")
    if step == "edit":  # back from the review, with every choice kept
        return _render("orders/checkout.html", form, groups, deliveries)
    if not form.validate_on_submit() or delivery_errors or step not in ("review", "confirm"):
        if not form.checkout_token.data or form.checkout_token.errors:
            form.checkout_token.data = secrets.token_urlsafe(24)
        return _render("orders/checkout.html", form, groups, deliveries, delivery_errors, 422 if step else 200)
    if step == "review":
        return _render("orders/checkout_review.html", form, groups, deliveries)
    if request.form.get("expected_total") != str(services.quote(groups, deliveries)[2]):
        # A price, a fee or the cart changed after the buyer saw the total: show the new one first.
        flash(_("Prices or delivery fees have changed since you reviewed your order. Please check the new total."),
              "error")  # fmt: skip
        return _render("orders/checkout_review.html", form, groups, deliveries, status=409)
    return _place(form, groups, deliveries)


def place_from_cart(groups, address: services.Address, deliveries, payment_method: str, token: str) -> Order:
    """Place the signed-in buyer's order from her cart and commit. The same token again (a double click,
    a retried API call) finds the order already made. Raises OrderError, rolled back."""
    args = (current_user, groups, address, deliveries, payment_method, token, current_language(),
            services.card_payments_enabled())  # fmt: skip
    try:
        try:
            order = services.place_order(*args)
        except SoldOut:
            # Maybe only held by reservations that ran out: release them, then try once more.
            db.session.rollback()
            _sweep_expired(force=True)
            order = services.place_order(current_user, cart.contents(), *args[2:])
        cart.remove_keys({line.key for group in groups for line in group.lines})
        db.session.commit()
    except IntegrityError:
        # The same checkout submitted twice at once: the other request made the order.
        db.session.rollback()
        order = services.find_by_token(token)
        if order is None:
            raise
    except OrderError:
        db.session.rollback()
        raise
    deliver_soon()
    return order


def _place(form: CheckoutForm, groups, deliveries):
    address = services.Address(form.full_name.data, form.phone.data, form.address.data, form.city.data,
                               form.postal_code.data or "")  # fmt: skip
    try:
        order = place_from_cart(groups, address, deliveries, form.payment_method.data, form.checkout_token.data)
    except OrderError as exc:
        flash(str(exc), "error")
        return redirect(url_for("orders.view_cart"))
    if order.payment_method == "card" and order.payment_status == "pending":
        return redirect(url_for("payments.pay", number=order.number))
    flash(_("Thank you! Your order %(number)s has been sent to the cooperatives.", number=order.number), "success")
    return redirect(url_for("orders.order_detail", number=order.number))
