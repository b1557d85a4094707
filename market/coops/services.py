"""Cooperative rules: what the public sees of cooperatives and their storefronts."""

from __future__ import annotations

from sqlalchemy import select

from market.coops.models import Cooperative
from market.core.models import Region
from market.extensions import db


def get_public_cooperative(slug: str) -> Cooperative | None:
    return db.session.scalar(select(Cooperative).where(Cooperative.slug == slug, Cooperative.status == "approved"))


def featured_cooperatives(limit: int = 6) -> list[Cooperative]:
    query = (
        select(Cooperative)
        .where(Cooperative.status == "approved")
        .order_by(Cooperative.featured.desc(), Cooperative.id)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def list_cooperatives(page: int, region_slug: str | None = None, per_page: int = 24):
    query = select(Cooperative).where(Cooperative.status == "approved")
    if region_slug:
        query = query.join(Cooperative.region).where(Region.slug == region_slug)
    query = query.order_by(Cooperative.name_fr)
    return db.paginate(query, page=page, per_page=per_page, error_out=False, max_per_page=96)
