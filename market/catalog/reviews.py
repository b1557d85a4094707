"""Reading reviews for the catalogue: rating summaries (average, count, stars distribution) of a product
or a cooperative, a product's latest reviews page by page, and the back-office listings.

Hidden reviews (taken down by an admin) are never shown to the public and never counted. Writing,
answering and hiding reviews are rules of the orders area (market/orders/reviews.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal
from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import joinedload

from market.catalog.models import Product, Review
from market.core.i18n import current_language
from market.core.pagination import Page, paginate
from market.extensions import db

STARS = (5, 4, 3, 2, 1)
VISIBLE = Review.hidden_reason.is_(None)
MODERATION_FILTERS = ("all", "visible", "hidden")


@dataclass(frozen=True)
class RatingSummary:
    distribution: dict[int, int] = field(default_factory=dict)  # stars -> number of reviews

    @classmethod
    def from_counts(cls, counts) -> RatingSummary:
        return cls({stars: int(counts.get(stars) or 0) for stars in STARS})

    @property
    def count(self) -> int:
        return sum(self.distribution.values())

    @property
    def average(self) -> float | None:
        """Rounded to one decimal, as shown (4.5); None when there is no review."""
        if not self.count:
            return None
        return round(sum(stars * n for stars, n in self.distribution.items()) / self.count, 1)

    def share(self, stars: int) -> int:
        """Percentage of the reviews that gave this many stars (for the bars)."""
        return round(100 * self.distribution.get(stars, 0) / self.count) if self.count else 0


@dataclass(frozen=True)
class ProductReviews:
    summary: RatingSummary
    page: Page  # of Review, newest first


def _summary(where) -> RatingSummary:
    rows = db.session.execute(select(Review.rating, func.count()).where(where, VISIBLE).group_by(Review.rating))
    return RatingSummary.from_counts(dict(rows.all()))


def product_summary(product_id: int) -> RatingSummary:
    return _summary(Review.product_id == product_id)


def cooperative_summary(coop_id: int) -> RatingSummary:
    """Over every visible review of the cooperative's products."""
    return _summary(Review.cooperative_id == coop_id)


def cooperative_summaries(coop_ids: list[int]) -> dict[int, RatingSummary]:
    """`cooperative_summary` of several cooperatives in one query (a page of a list)."""
    counts: dict[int, dict[int, int]] = {coop_id: {} for coop_id in coop_ids}
    if coop_ids:
        rows = db.session.execute(
            select(Review.cooperative_id, Review.rating, func.count())
            .where(Review.cooperative_id.in_(coop_ids), VISIBLE)
            .group_by(Review.cooperative_id, Review.rating)
        )
        for coop_id, stars, n in rows:
            counts[coop_id][stars] = n
    return {coop_id: RatingSummary.from_counts(by_stars) for coop_id, by_stars in counts.items()}


def product_reviews(product_id: int, page: int = 1, per_page: int = 5) -> ProductReviews:
    """One page of a product's visible reviews, newest first, and its rating summary, in one query: the
    summary comes from window sums over all the visible reviews, computed before the LIMIT."""
    per_star = [func.sum(case((Review.rating == stars, 1), else_=0)).over().label(f"s{stars}") for stars in STARS]
    query = (
        select(Review, *per_star)
        .where(Review.product_id == product_id, VISIBLE)
        .order_by(Review.created_at.desc(), Review.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    rows = db.session.execute(query).all()
    if rows:
        summary = RatingSummary.from_counts(dict(zip(STARS, rows[0][1:], strict=True)))
    elif page > 1:  # past the last page: no row to carry the sums
        summary = product_summary(product_id)
    else:
        summary = RatingSummary.from_counts({})
    items = [row[0] for row in rows]
    return ProductReviews(summary, Page(items=items, page=page, per_page=per_page, total=summary.count))


def structured_data(reviews: ProductReviews, limit: int = 5) -> dict:
    """schema.org `aggregateRating` and `review` for the product's JSON-LD; empty without reviews."""
    summary = reviews.summary
    if not summary.count:
        return {}
    return {
        "aggregateRating": {
            "@type": "AggregateRating",
            "ratingValue": f"{summary.average:.1f}",
            "reviewCount": summary.count,
            "bestRating": 5,
            "worstRating": 1,
        },
        "review": [
            {
                "@type": "Review",
                "reviewRating": {"@type": "Rating", "ratingValue": review.rating, "bestRating": 5, "worstRating": 1},
                "author": {"@type": "Person", "name": review.author_name or "—"},
                "datePublished": review.created_at.date().isoformat(),
                "reviewBody": review.text,
            }
            for review in reviews.page.items[:limit]
        ],
    }


@lru_cache(maxsize=8)
def _number_locale(lang: str) -> Locale:
    return Locale.parse({"ar": "ar_MA", "fr": "fr_MA", "zgh": "zgh_MA"}.get(lang, "en"))


def format_rating(value: float | int | None) -> str:
    """4.5 -> "4.5" in English, "4,5" in French and Arabic (Morocco); whole numbers without decimals."""
    if value is None:
        return ""
    return format_decimal(value, "0.#", locale=_number_locale(current_language()))


# ------------------------------------------------------------------------------------------ back office


def _with_product(query: Select) -> Select:
    return query.options(joinedload(Review.product).joinedload(Product.cooperative))


def cooperative_reviews(coop_id: int, page: int, per_page: int = 20, awaiting_reply: bool = False) -> Page:
    """A cooperative's reviews, hidden ones included (it is told why), newest first."""
    query = select(Review).where(Review.cooperative_id == coop_id)
    if awaiting_reply:
        query = query.where(Review.reply.is_(None), VISIBLE)
    query = _with_product(query.order_by(Review.created_at.desc(), Review.id.desc()))
    return paginate(query, page, per_page)


def reviews_for_moderation(status: str, page: int, per_page: int = 30) -> Page:
    query = select(Review)
    if status == "visible":
        query = query.where(VISIBLE)
    elif status == "hidden":
        query = query.where(Review.hidden_reason.is_not(None))
    query = _with_product(query.order_by(Review.created_at.desc(), Review.id.desc()))
    return paginate(query, page, per_page)
