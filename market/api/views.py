"""JSON API, version 1: the contract (/api/v1/openapi.json and its docs page) and product search; the
resources are in public.py, buyer.py and coop.py, the common rules in http.py."""

from __future__ import annotations

from flask import render_template, request, url_for

from market.api import bp, buyer, coop, http, public  # noqa: F401  (their routes and hooks)
from market.api import schemas as _schemas
from market.api.contract import document, route
from market.core.i18n import current_language, localized
from market.core.images import image_url
from market.extensions import csrf
from market.search import analysis as search_analysis
from market.search import services as search_services

# No cookie-authenticated write goes without its CSRF token: http.authenticate checks the session's
# writes itself (in a header), and a token request carries no cookie to forge.
csrf.exempt(bp)


@bp.route("/openapi.json")
def openapi():
    """The OpenAPI 3.1 document, generated from the routes and their models."""
    return document()


@bp.route("/docs")
def docs():
    """The document as a page to read (no script, in the visitor's language)."""
    return render_template("api/docs.html", doc=document(), spec_url=url_for("api.openapi"))


@bp.route("/search")
@route(ok=_schemas.SearchAnswer, tags=("Public",))
def search():
    """Product search for the site's own pages (lenient: unknown or malformed filters are dropped). Partners
    should use /products, which checks its parameters."""
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
