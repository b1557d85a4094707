"""Public catalogue pages: home, category listing, product page, storefront, label explanations."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from market.catalog import bp, labels, moderation, services
from market.catalog import reviews as catalog_reviews
from market.catalog.cache_tags import CARDS, CATALOG, category_tag, product_tag
from market.catalog.forms import ReportForm
from market.coops.cache_tags import COOPS, coop_tag
from market.coops.services import featured_cooperatives, get_public_cooperative
from market.core.fragments import cached_fragment, cached_page, depends_on
from market.core.i18n import current_language
from market.core.params import page_arg
from market.extensions import db, limiter

PRODUCT_ID = "<int(min=1, max=2147483647):product_id>"


@bp.app_template_filter("rating")
def rating_filter(value) -> str:
    return catalog_reviews.format_rating(value)


def _once(compute):
    """A value computed at its first use and shared afterwards (by the fragments of one page)."""
    box = []

    def get():
        if not box:
            box.append(compute())
        return box[0]

    return get


@bp.route("/")
@cached_page
def home():
    sections = cached_fragment(
        ("home", current_language()),
        lambda: render_template(
            "catalog/_home_sections.html",
            cooperatives=featured_cooperatives(6),
            products=services.featured_products(8),
            categories=services.top_categories(),
        ),
        tags=(CATALOG, CARDS, COOPS),
    )
    return render_template("catalog/home.html", sections=sections)


@bp.route("/category/<slug>")
@cached_page
def category(slug):
    category = services.category_by_slug(slug[:40])
    if category is None:
        abort(404)
    sort = request.args.get("sort", "newest")
    if sort not in services.SORTS:
        sort = "newest"
    page = page_arg()
    grid = cached_fragment(
        ("category", category.id, page, sort, current_language()),
        lambda: render_template(
            "catalog/_category_grid.html",
            category=category,
            sort=sort,
            pagination=services.category_listing(category, page=page, sort=sort),
        ),
        tags=(CARDS, *map(category_tag, (category.id, *category.child_ids))),
    )
    return render_template("catalog/category.html", category=category, grid=grid, sort=sort, sorts=services.SORTS)


@bp.route(f"/p/{PRODUCT_ID}-<slug>")
@bp.route(f"/p/{PRODUCT_ID}")
@cached_page
def product(product_id, slug=None):
    product = services.get_public_product(product_id)
    if product is None:
        abort(404)
    if slug != product.slug:
        return redirect(url_for("catalog.product", product_id=product.id, slug=product.slug), 301)
    lang = current_language()
    # The buy form (prices, variants' stock) and every part show the product; labels, ratings and the
    # cooperative's block are the cooperative's; related products are its category's cards.
    depends_on(product_tag(product.id), coop_tag(product.cooperative_id))
    reviews_page = page_arg("reviews")
    # One query gives the rating summary and the page of reviews that the head, top and reviews share.
    reviews = _once(lambda: catalog_reviews.product_reviews(product.id, reviews_page))

    related_tags = (category_tag(product.category_id), CARDS)

    def part(name: str, context=dict, *key, tags=()):
        # `context` is called only when the fragment is rendered, so a cached one costs no query.
        return cached_fragment(
            ("product", product.id, name, lang, *key),
            lambda: render_template(f"catalog/_product_{name}.html", product=product, **context()),
            tags=(product_tag(product.id), coop_tag(product.cooperative_id), *tags),
        )

    return render_template(
        "catalog/product.html",
        product=product,
        # The head's JSON-LD lists the reviews shown on this page of reviews.
        head=part("head", lambda: {"rating_data": catalog_reviews.structured_data(reviews())}, reviews_page),
        top=part(
            "top",
            lambda: {
                "labels": labels.visible_labels(product),
                "rating": reviews().summary,
                "appearances": services.appearances(product.cooperative_id),
            },
        ),  # fmt: skip
        bottom=part("bottom"),
        reviews=part("reviews", lambda: {"reviews": reviews()}, reviews_page),
        related=part("related", lambda: {"related": services.related_products(product)}, tags=related_tags),
    )


@bp.route(f"/p/{PRODUCT_ID}/report", methods=["POST"])
@limiter.limit("10 per hour")
def report_product(product_id):
    product = services.get_public_product(product_id)
    if product is None:
        abort(404)
    form = ReportForm()
    if form.validate_on_submit():
        moderation.report_product(product, current_user if current_user.is_authenticated else None, form.reason.data)
        db.session.commit()
        flash(_("Thank you: an administrator will look at this product."), "success")
    else:
        flash(_("Tell us in a few words (at least 10 characters) what is wrong."), "error")
    return redirect(url_for("catalog.product", product_id=product.id, slug=product.slug))


@bp.route("/c/<slug>")
@cached_page
def storefront(slug):
    coop = get_public_cooperative(slug[:80])
    if coop is None:
        abort(404)
    page = page_arg()
    depends_on(coop_tag(coop.id))  # the branding around the body
    body = cached_fragment(
        ("storefront", coop.id, page, current_language()),
        lambda: render_template(
            "coops/_storefront_body.html",
            coop=coop,
            pagination=services.storefront_products(coop, page=page),
            labels=labels.visible_coop_labels(coop),
            rating=catalog_reviews.cooperative_summary(coop.id),
            appearances=services.appearances(coop.id),
        ),
        tags=(coop_tag(coop.id),),  # its products' changes purge it too (catalog.cache_tags)
    )
    return render_template("coops/storefront.html", coop=coop, body=body)


@bp.route("/labels/<code>")
@cached_page
def label_page(code):
    label_type = labels.label_type_by_code(code[:20])
    if label_type is None:
        abort(404)
    return render_template("catalog/label.html", label_type=label_type)
