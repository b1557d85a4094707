from flask import jsonify, render_template, request

from market.catalog.services import category_refs
from market.core.i18n import current_language
from market.search import bp, services


@bp.app_template_filter("highlight")
def highlight_filter(text, terms, limit=None):
    return services.highlight(text, terms, limit)


@bp.route("/search")
def results():
    params = services.SearchParams.from_args(request.args)
    result = services.search(params, current_language())
    top = [ref for ref in category_refs() if ref.parent_id is None]
    return render_template("search/results.html", q=params.q, params=params, result=result, top_categories=top)


@bp.route("/search/suggest")
def suggest():
    text = " ".join(str(request.args.get("q") or "").replace("\x00", " ").split())[:100]
    response = jsonify({"query": text, "suggestions": services.suggest(text, current_language())})
    response.cache_control.public = True
    response.cache_control.max_age = 60
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response
