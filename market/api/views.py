"""JSON API, version 1: read-only reference data for now; every answer is localised with `?lang=`."""

from flask import request, url_for
from sqlalchemy import select

from market.api import bp
from market.catalog.services import top_categories
from market.core.i18n import current_language, localized
from market.core.images import image_url
from market.core.models import Region
from market.extensions import csrf, db
from market.search import analysis as search_analysis
from market.search import services as search_services

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


@bp.route("/search")
def search():
    """Product search: `q`, `page`, `per_page` (at most 50), the facet filters of /search, and `lang`."""
    lang = current_language()
    params = search_services.SearchParams.from_args(request.args, per_page=10, max_per_page=50)
    result = search_services.search(params, lang)
    words = set(search_analysis.tokens(params.q))
    results = []
    for product in result.products:
        variant = search_services.matching_variant(product, params.q, words)
        results.append(
            {
                "sku": variant.sku if variant else product.sku,
                "name": localized(product, "name", lang),
                "price": (variant or product).price_centimes / 100,
                "currency": "MAD",
                "cooperative": {"slug": product.cooperative.slug, "name": localized(product.cooperative, "name", lang)},
                "url": url_for("catalog.product", product_id=product.id, slug=product.slug),
                "image": image_url(product.image, 640) if product.image else None,
            }
        )
    facets = {
        name: [{"value": v.value, "label": v.label, "count": v.count, "selected": v.selected} for v in values]
        for name, values in result.facets.items()
    }
    return {
        "query": params.q,
        "lang": lang,
        "total": result.total,
        "page": params.page,
        "per_page": params.per_page,
        "results": results,
        "facets": facets,
        "suggestion": result.suggestion,
    }
