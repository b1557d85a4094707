from flask import abort, redirect, render_template, request, url_for
from sqlalchemy import select

from market.catalog import bp, services
from market.catalog.models import Category
from market.coops.services import featured_cooperatives, get_public_cooperative
from market.core.params import page_arg
from market.extensions import db


@bp.route("/")
def home():
    return render_template(
        "catalog/home.html",
        cooperatives=featured_cooperatives(6),
        products=services.featured_products(8),
        categories=services.top_categories(),
    )


@bp.route("/category/<slug>")
def category(slug):
    category = db.first_or_404(select(Category).where(Category.slug == slug[:40]))
    sort = request.args.get("sort", "newest")
    if sort not in services.SORTS:
        sort = "newest"
    pagination = services.category_listing(category, page=page_arg(), sort=sort)
    return render_template(
        "catalog/category.html", category=category, pagination=pagination, sort=sort, sorts=services.SORTS
    )


@bp.route("/p/<int(min=1, max=2147483647):product_id>-<slug>")
@bp.route("/p/<int(min=1, max=2147483647):product_id>")
def product(product_id, slug=None):
    product = services.get_public_product(product_id)
    if product is None:
        abort(404)
    if slug != product.slug:
        return redirect(url_for("catalog.product", product_id=product.id, slug=product.slug), 301)
    return render_template("catalog/product.html", product=product, related=services.related_products(product))


@bp.route("/c/<slug>")
def storefront(slug):
    coop = get_public_cooperative(slug[:80])
    if coop is None:
        abort(404)
    pagination = services.storefront_products(coop, page=page_arg())
    return render_template("coops/storefront.html", coop=coop, pagination=pagination)
