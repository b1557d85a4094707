"""Admin: read buyers' reviews, newest first; hide an abusive one (with a reason, in the audit log) or show
it again."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from market.admin import bp
from market.catalog.models import Review
from market.catalog.reviews import MODERATION_FILTERS, reviews_for_moderation
from market.core.params import MAX_ID, page_arg
from market.core.permissions import require
from market.extensions import db
from market.orders import reviews as review_rules
from market.orders.review_forms import HideReviewForm, UnhideReviewForm

ID = f"int(min=1, max={MAX_ID})"


def _review_or_404(review_id: int) -> Review:
    review = db.session.get(Review, review_id)
    if review is None:
        abort(404)
    return review


@bp.route("/reviews")
@require("admin")
def reviews():
    status = request.args.get("status", "all")
    if status not in MODERATION_FILTERS:
        status = "all"
    return render_template(
        "admin/reviews.html",
        status=status,
        filters=MODERATION_FILTERS,
        pagination=reviews_for_moderation(status, page_arg()),
    )


def _decide(form, action, success: str):
    back = url_for("admin.reviews", status=form.back_filter())
    if not form.validate_on_submit():
        errors = [str(e) for f in form if f.name != "csrf_token" for e in f.errors]
        flash(errors[0] if errors else _("Please check the form and try again."), "error")
        return redirect(back)
    try:
        action()
    except review_rules.ReviewError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return redirect(back)
    db.session.commit()
    flash(success, "success")
    return redirect(back)


@bp.route(f"/reviews/<{ID}:review_id>/hide", methods=["POST"])
@require("admin")
def hide_review(review_id):
    review = _review_or_404(review_id)
    form = HideReviewForm()
    return _decide(
        form,
        lambda: review_rules.hide(review, current_user, form.reason.data),
        _("The review is hidden: buyers no longer see it and it no longer counts in the ratings."),
    )


@bp.route(f"/reviews/<{ID}:review_id>/unhide", methods=["POST"])
@require("admin")
def unhide_review(review_id):
    review = _review_or_404(review_id)
    form = UnhideReviewForm()
    return _decide(
        form,
        lambda: review_rules.unhide(review, current_user),
        _("The review is visible again."),
    )
