from flask import flash, has_request_context, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import user_logged_in
from markupsafe import Markup

from market.core.fragments import register_personal_part
from market.core.redirects import safe_next
from market.extensions import db
from market.orders import bp, cart
from market.orders.forms import AddToCartForm, CartLineForm


@bp.route("/cart")
def view_cart():
    groups = cart.contents()
    return render_template("orders/cart.html", groups=groups, total=cart.total_centimes(groups))


@bp.route("/cart/add", methods=["POST"])
def add_to_cart():
    form = AddToCartForm()
    back = safe_next(request.form.get("next"), url_for("orders.view_cart"))
    if not form.validate_on_submit():
        flash(_("Choose a quantity between 1 and %(max)d.", max=cart.MAX_QUANTITY), "error")
        return redirect(back)
    try:
        cart.add(form.product_id.data, form.quantity.data, form.variant_id.data)
    except cart.CartError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(back)
    db.session.commit()
    flash(_("Added to your cart."), "success")
    return redirect(back)


@bp.route("/cart/update", methods=["POST"])
def update_cart():
    form = CartLineForm()
    if not form.validate_on_submit():
        flash(_("Choose a quantity between 1 and %(max)d.", max=cart.MAX_QUANTITY), "error")
    else:
        try:
            cart.set_quantity(form.line.data, form.quantity.data)
        except cart.CartError as exc:
            db.session.rollback()
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("Your cart has been updated."), "success")
    return redirect(url_for("orders.view_cart"))


def cart_badge() -> str:
    """The header's cart counter: differs between visitors, so shared pages get it filled per request."""
    count = cart.item_count() if has_request_context() else 0
    label = ngettext("%(num)d item", "%(num)d items", count)
    # A plain span's aria-label is not read out (ARIA prohibits naming generic elements): the words are
    # there as hidden text, the bare number for the eye.
    return Markup(
        '<span class="cart-count"><span aria-hidden="true">{}</span><span class="visually-hidden">{}</span></span>'
    ).format(count, label)


register_personal_part("cart", cart_badge)


@user_logged_in.connect
def _merge_cart_at_sign_in(_app, user, **_extra):
    """The visitor's cart joins the account's at sign-in (registration and password reset sign in too).
    The sign-in views have committed their own work before calling login_user."""
    if cart.merge_into_account(user.id):
        db.session.commit()
