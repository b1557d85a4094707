"""Reviews: the buyer rates a delivered product from their order page; the cooperative reads and answers
the reviews of its products."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from market.catalog import reviews as catalog_reviews
from market.catalog.models import Review
from market.coops.manage import load_coop
from market.core.params import MAX_ID, page_arg
from market.core.permissions import require
from market.extensions import db
from market.orders import bp, reviews
from market.orders.models import Order, OrderLine
from market.orders.review_forms import ProductReviewForm, ReplyForm

ID = f"int(min=1, max={MAX_ID})"


def order_page(order: Order, anchor: str = "") -> str:
    return url_for("orders.order_detail", number=order.number, _anchor=anchor or None)


@bp.route(f"/orders/lines/<{ID}:line_id>/review", methods=["POST"])
@login_required
def review_line(line_id):
    line = db.session.get(OrderLine, line_id)
    # Someone else's order line is simply not found.
    if line is None or line.coop_order.order.buyer_id != current_user.id:
        abort(404)
    back = order_page(line.coop_order.order, f"review-{line.id}")
    form = ProductReviewForm()
    if not form.validate_on_submit():
        for message in form.error_messages() or [_("Choose a rating and write your review.")]:
            flash(message, "error")
        return redirect(back)
    try:
        reviews.add_review(current_user, line, form.rating.data, form.text.data)
    except reviews.ReviewError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(back)
    db.session.commit()
    flash(_("Thank you for your review! Other buyers will see it on the product's page."), "success")
    return redirect(back)


def _awaiting_filter() -> bool:
    return request.args.get("show") == "awaiting"


@bp.route("/manage/<slug>/reviews")
@require("coop.orders", coop_loader=load_coop)
def manage_reviews(coop):
    awaiting = _awaiting_filter()
    return render_template(
        "orders/manage/reviews.html",
        coop=coop,
        awaiting=awaiting,
        pagination=catalog_reviews.cooperative_reviews(coop.id, page_arg(), awaiting_reply=awaiting),
        summary=catalog_reviews.cooperative_summary(coop.id),
        form=ReplyForm(),
    )


@bp.route(f"/manage/<slug>/reviews/<{ID}:review_id>/reply", methods=["POST"])
@require("coop.orders", coop_loader=load_coop)
def reply_review(coop, review_id):
    review = db.session.get(Review, review_id)
    if review is None or review.cooperative_id != coop.id:  # another cooperative's review
        abort(404)
    back = url_for("orders.manage_reviews", slug=coop.slug, page=page_arg(), _anchor=f"review-{review.id}")
    form = ReplyForm()
    if not form.validate_on_submit():
        flash(str(form.text.errors[-1]) if form.text.errors else _("Write your reply."), "error")
        return redirect(back)
    edited = review.reply is not None
    try:
        reviews.reply(review, coop, current_user, form.text.data)
    except reviews.ReviewError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(back)
    db.session.commit()
    flash(_("Your reply has been updated.") if edited else _("Your reply has been published."), "success")
    return redirect(back)
