"""JSON API, version 1: read-only reference data for now; every answer is localised with `?lang=`."""

from sqlalchemy import select

from market.api import bp
from market.catalog.services import top_categories
from market.core.i18n import current_language, localized
from market.core.models import Region
from market.extensions import csrf, db

csrf.exempt(bp)  # read-only GET endpoints, no session state changes


@bp.route("/regions")
def regions():
    rows = db.session.scalars(select(Region).order_by(Region.position))
    return {"lang": current_language(), "regions": [{"slug": r.slug, "name": localized(r, "name")} for r in rows]}


@bp.route("/categories")
def categories():
    return {
        "lang": current_language(),
        "categories": [{"slug": c.slug, "name": localized(c, "name")} for c in top_categories()],
    }
