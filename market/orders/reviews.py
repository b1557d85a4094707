"""Reviews: a buyer rates a product once it was delivered to them, the cooperative answers, an admin hides
an abusive review (and may show it again). Functions flush, the caller commits.

The `Review` table belongs to the catalogue (which shows reviews without knowing about orders); the rules
about who may write one need orders, so they live here."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from market.catalog.models import Review
from market.core import audit
from market.core.models import utcnow
from market.extensions import db
from market.orders.exceptions import OrderError
from market.orders.models import DELIVERED, OrderLine

MIN_TEXT, MAX_TEXT = 10, 2000
MAX_REPLY, MAX_REASON = 2000, 2000


class ReviewError(OrderError):
    """A review rule was broken; the message is translatable and shown to the user."""


def first_name(display_name: str | None) -> str:
    """Reviews show the author's first name only."""
    words = (display_name or "").split()
    return words[0][:80] if words else ""


def review_of_line(line_id: int) -> Review | None:
    return db.session.scalar(select(Review).where(Review.order_line_id == line_id))


def reviews_for_lines(line_ids) -> dict[int, Review]:
    """The reviews already given for these order lines, by line id (one query; none for no lines)."""
    ids = [line_id for line_id in line_ids if line_id]
    if not ids:
        return {}
    return {r.order_line_id: r for r in db.session.scalars(select(Review).where(Review.order_line_id.in_(ids)))}


def _check_eligible(user, line: OrderLine) -> None:
    part = line.coop_order
    if user is None or not getattr(user, "is_authenticated", False) or part.order.buyer_id != user.id:
        raise ReviewError(_l("Only the buyer of this order can review its products."))
    if part.status != DELIVERED:
        raise ReviewError(_l("You can review a product once it has been delivered to you."))
    if line.product_id is None:
        raise ReviewError(_l("This product is no longer sold, so it cannot be reviewed."))
    if review_of_line(line.id) is not None:
        raise ReviewError(_l("You have already reviewed this product for this order."))


def can_review(user, line: OrderLine) -> bool:
    """The buyer of the order, once the cooperative's part was delivered, once per order line."""
    try:
        _check_eligible(user, line)
    except ReviewError:
        return False
    return True


def clean_text(text: str | None, minimum: int, maximum: int, message) -> str:
    text = (text or "").strip()
    if not minimum <= len(text) <= maximum:
        raise ReviewError(message)
    return text


def add_review(user, line: OrderLine, rating, text: str | None) -> Review:
    _check_eligible(user, line)
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise ReviewError(_l("Choose a rating from 1 to 5 stars."))
    message = _l("Write your review in %(min)d to %(max)d characters.", min=MIN_TEXT, max=MAX_TEXT)
    text = clean_text(text, MIN_TEXT, MAX_TEXT, message)
    review = Review(
        product_id=line.product_id,
        cooperative_id=line.coop_order.cooperative_id,
        author_id=user.id,
        author_name=first_name(user.display_name),
        order_line_id=line.id,
        rating=rating,
        text=text,
    )
    db.session.add(review)
    try:
        db.session.flush()
    except IntegrityError as exc:  # the same line reviewed twice at the same moment (double click)
        raise ReviewError(_l("You have already reviewed this product for this order.")) from exc
    return review


def reply(review: Review, coop, actor, text: str | None) -> Review:
    """The cooperative's one answer to a review; writing again replaces (edits) it."""
    if review.cooperative_id != coop.id:
        raise ReviewError(_l("This review is not about one of your products."))
    if review.hidden_reason is not None:
        raise ReviewError(_l("This review was hidden by an administrator: it cannot be answered."))
    review.reply = clean_text(text, 1, MAX_REPLY, _l("Write a reply of at most %(max)d characters.", max=MAX_REPLY))
    review.replied_at = utcnow()
    db.session.flush()
    return review


def _summary(review: Review) -> str:
    return f"{review.rating}/5 — {review.author_name}: {review.text[:120]}"


def hide(review: Review, admin, reason: str | None) -> None:
    if review.hidden_reason is not None:
        raise ReviewError(_l("This review is already hidden."))
    message = _l("Give the reason for hiding this review (at most %(max)d characters).", max=MAX_REASON)
    reason = clean_text(reason, 1, MAX_REASON, message)
    review.hidden_reason = reason
    audit.record(admin, "review.hide", review, _summary(review), reason)
    db.session.flush()


def unhide(review: Review, admin) -> None:
    if review.hidden_reason is None:
        raise ReviewError(_l("This review is not hidden."))
    previous = review.hidden_reason
    review.hidden_reason = None
    audit.record(admin, "review.unhide", review, _summary(review), f"hidden before: {previous}"[:2000])
    db.session.flush()
