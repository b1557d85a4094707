"""Catalogue rules: what the public may see, listings, featured items."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import contains_eager

from market.catalog.models import Product
from market.coops.models import Cooperative
from market.core.models import Category
from market.core.pagination import Page, paginate
from market.extensions import db
from market.signals import cooperative_appearances

SORTS = {
    "newest": (Product.created_at.desc(), Product.id.desc()),
    "price_asc": (Product.price_centimes.asc(), Product.id.asc()),
    "price_desc": (Product.price_centimes.desc(), Product.id.desc()),
}


def public_products() -> Select:
    """Published products of approved cooperatives, with the cooperative loaded in the same query."""
    return (
        select(Product)
        .join(Product.cooperative)
        .where(Product.is_published, Product.blocked_reason.is_(None), Cooperative.status == "approved")
        .options(contains_eager(Product.cooperative))
    )


@dataclass(frozen=True)
class CategoryRef:
    """A category as reference data: read once per worker (the taxonomy changes only by migration)."""

    id: int
    slug: str
    parent_id: int | None
    name_ar: str
    name_fr: str
    name_en: str
    name_zgh: str | None
    child_ids: tuple[int, ...]


_categories: dict[str, CategoryRef] = {}


def category_by_slug(slug: str) -> CategoryRef | None:
    if not _categories:
        rows = db.session.scalars(select(Category)).all()
        children: dict[int, list[int]] = {}
        for row in rows:
            if row.parent_id:
                children.setdefault(row.parent_id, []).append(row.id)
        for row in rows:
            _categories[row.slug] = CategoryRef(
                row.id, row.slug, row.parent_id, row.name_ar, row.name_fr, row.name_en, row.name_zgh,
                tuple(children.get(row.id, ())),
            )  # fmt: skip
    return _categories.get(slug)


def category_refs() -> list[CategoryRef]:
    """Every category, as cached reference data (parents before children, in taxonomy order)."""
    category_by_slug("")
    return list(_categories.values())


def top_categories() -> list[Category]:
    return list(db.session.scalars(select(Category).where(Category.parent_id.is_(None)).order_by(Category.position)))


def featured_products(limit: int = 8) -> list[Product]:
    query = public_products().order_by(Product.featured.desc(), Product.created_at.desc(), Product.id.desc())
    query = query.limit(limit)
    return list(db.session.scalars(query))


def category_listing(category: CategoryRef, page: int, per_page: int = 24, sort: str = "newest") -> Page:
    # Child ids first: a plain IN/equality lets PostgreSQL walk the listing index in order.
    ids = [category.id, *category.child_ids]
    where = Product.category_id == ids[0] if len(ids) == 1 else Product.category_id.in_(ids)
    query = public_products().where(where).order_by(*SORTS.get(sort, SORTS["newest"]))
    return paginate(query, page, per_page, cache_key=("category", category.id))


def get_public_product(product_id: int) -> Product | None:
    return db.session.scalar(public_products().where(Product.id == product_id))


def related_products(product: Product, limit: int = 4) -> list[Product]:
    query = (
        public_products()
        .where(Product.category_id == product.category_id, Product.id != product.id)
        .order_by(Product.featured.desc(), Product.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(query))


def search_products(text: str, page: int, per_page: int = 24):
    """Plain database search on names in every language and the cooperative's name."""
    words = [w for w in text.split() if w][:8]
    query = public_products()
    for word in words:
        pattern = f"%{word[:60]}%"
        query = query.where(
            or_(
                Product.name_ar.ilike(pattern),
                Product.name_fr.ilike(pattern),
                Product.name_en.ilike(pattern),
                Product.name_zgh.ilike(pattern),
                Cooperative.name_ar.ilike(pattern),
                Cooperative.name_fr.ilike(pattern),
                Cooperative.name_zgh.ilike(pattern),
                Cooperative.city.ilike(pattern),
                Cooperative.city_ar.ilike(pattern),
            )
        )
    query = query.order_by(Product.featured.desc(), Product.id)
    return paginate(query, page, per_page)


def storefront_products(coop: Cooperative, page: int, per_page: int = 24) -> Page:
    query = (
        select(Product)
        .where(Product.cooperative_id == coop.id, Product.is_published, Product.blocked_reason.is_(None))
        .order_by(Product.featured.desc(), Product.created_at.desc(), Product.id.desc())
    )
    return paginate(query, page, per_page, cache_key=("storefront", coop.id))


def appearances(cooperative_id: int) -> list:
    """The cooperative's coming stands at fairs and markets, as the areas that know them answer
    the `cooperative_appearances` signal (events); shown as "meet us at …"."""
    found: list = []
    for _receiver, answer in cooperative_appearances.send(current_app._get_current_object(),
                                                          cooperative_id=cooperative_id):  # fmt: skip
        found.extend(answer or ())
    return found
