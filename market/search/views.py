from flask import render_template, request

from market.catalog.services import search_products
from market.core.params import page_arg
from market.search import bp


@bp.route("/search")
def results():
    text = request.args.get("q", "").strip()[:200]
    pagination = search_products(text, page=page_arg()) if text else None
    return render_template("search/results.html", q=text, pagination=pagination)
