"""Public, read-only resources: the catalogue, cooperatives, reference data, events, reviews. They read
through the same services as the pages (what a visitor may see is decided there, not here). A product,
a cooperative and the events are kept in the page cache under the same tags as their pages, so a change
purges both at once; lists and search are computed each time, as the search page is."""

from __future__ import annotations

from flask import abort, url_for
from sqlalchemy import select

from market.api import bp, schemas, serialize
from market.api.contract import route
from market.catalog import labels as catalog_labels
from market.catalog import reviews as catalog_reviews
from market.catalog import services as catalog
from market.catalog.cache_tags import product_tag
from market.catalog.models import Product
from market.coops import services as coops
from market.coops.cache_tags import COOPS, coop_tag
from market.core.fragments import cached_json, depends_on
from market.core.i18n import local_today, localized
from market.core.models import Region
from market.core.pagination import Page
from market.events import appearances
from market.events.cache_tags import EVENTS
from market.extensions import db
from market.search import services as search_services

PUBLIC = ("Public",)


@bp.route("/regions")
@route(query=schemas.LangQuery, ok=schemas.RegionList, tags=PUBLIC)
def regions():
    """Morocco's twelve regions."""
    rows = db.session.scalars(select(Region).order_by(Region.position))
    return schemas.RegionList(lang=serialize.lang(), regions=[serialize.region(r) for r in rows])


@bp.route("/categories")
@route(query=schemas.LangQuery, ok=schemas.CategoryList, tags=PUBLIC)
def categories():
    """Product categories, each top category followed by its own."""
    refs = catalog.category_refs()
    slugs = {ref.id: ref.slug for ref in refs}
    rows = [schemas.Category(slug=ref.slug, name=localized(ref, "name"), parent=slugs.get(ref.parent_id))
            for ref in refs]  # fmt: skip
    return schemas.CategoryList(lang=serialize.lang(), categories=rows)


@bp.route("/labels")
@route(query=schemas.LangQuery, ok=schemas.LabelTypeList, tags=PUBLIC)
def label_types():
    """The labels a cooperative can have verified (IGP, AOP, organic, sanitary authorisation…)."""
    rows = [
        schemas.LabelType(
            code=t.code, name=localized(t, "name"), issuer=t.issuer, explanation=localized(t, "explanation")
        )
        for t in catalog_labels.label_types()
    ]
    return schemas.LabelTypeList(lang=serialize.lang(), labels=rows)


@bp.route("/products")
@route(query=schemas.ProductQuery, ok=schemas.ProductList, tags=PUBLIC)
def products(query: schemas.ProductQuery):
    """Products on sale, found and filtered as on the search page (the same index and ranking)."""
    params = search_services.SearchParams(
        q=" ".join(query.q.split()), category=tuple(query.category), region=tuple(query.region),
        coop=tuple(query.coop), label=tuple(code.upper() for code in query.label), price=tuple(query.price),
        women=query.women, in_stock=query.in_stock, sort=query.sort or ("relevance" if query.q.strip() else "newest"),
        page=query.page, per_page=query.per_page,
    )  # fmt: skip
    result = search_services.search(params, serialize.lang(), facets=False)
    return schemas.ProductList(
        lang=serialize.lang(),
        query=params.q,
        items=[serialize.product_summary(p) for p in result.products],
        # The real count (the search page's links stop at MAX_PAGE, and so does `next`).
        pagination=serialize.pagination(
            Page(result.products, params.page, params.per_page, result.total), last=search_services.MAX_PAGE
        ),
        suggestion=result.suggestion,
    )


def _public_product(product_id: int) -> Product:
    product = catalog.get_public_product(product_id)
    if product is None:
        abort(404)
    return product


@bp.route("/products/<int:product_id>")
@cached_json
@route(query=schemas.LangQuery, ok=schemas.Product, tags=PUBLIC)
def product(product_id: int):
    """One product with its variants, photos, verified labels in force and rating."""
    row = _public_product(product_id)
    depends_on(product_tag(row.id), coop_tag(row.cooperative_id))  # as its page
    return serialize.product(row, catalog_reviews.product_summary(row.id))


@bp.route("/products/<int:product_id>/reviews")
@route(query=schemas.PageQuery, ok=schemas.ReviewList, tags=PUBLIC)
def product_reviews(product_id: int, query: schemas.PageQuery):
    """A product's published reviews, newest first, with the cooperative's replies."""
    row = _public_product(product_id)
    found = catalog_reviews.product_reviews(row.id, query.page, min(query.per_page, 50))
    items = [schemas.Review(id=r.id, rating=r.rating, text=r.text, author=r.author_name, created_at=r.created_at,
                            reply=r.reply) for r in found.page.items]  # fmt: skip
    return schemas.ReviewList(lang=serialize.lang(), rating=serialize.rating(found.summary), items=items,
                              pagination=serialize.pagination(found.page))  # fmt: skip


@bp.route("/cooperatives")
@route(query=schemas.CooperativeQuery, ok=schemas.CooperativeList, tags=PUBLIC)
def cooperatives(query: schemas.CooperativeQuery):
    """Verified cooperatives, by name, optionally in one region."""
    found = coops.list_cooperatives(query.page, query.region, per_page=min(query.per_page, 96))
    summaries = catalog_reviews.cooperative_summaries([c.id for c in found.items])
    items = [serialize.cooperative(c, summaries[c.id]) for c in found.items]
    page = Page(items=items, page=found.page, per_page=found.per_page, total=found.total or 0)
    return schemas.CooperativeList(lang=serialize.lang(), items=items, pagination=serialize.pagination(page))


@bp.route("/cooperatives/<slug>")
@cached_json
@route(query=schemas.LangQuery, ok=schemas.Cooperative, tags=PUBLIC)
def cooperative(slug: str):
    """A cooperative's storefront: its story, identity, delivery terms, labels and rating."""
    coop = coops.get_public_cooperative(str(slug)[:80])
    if coop is None:
        abort(404)
    depends_on(coop_tag(coop.id))
    return serialize.cooperative(coop, catalog_reviews.cooperative_summary(coop.id))


def _event_summary(event) -> schemas.EventSummary:
    return schemas.EventSummary(
        slug=event.slug, kind=event.kind, status=event.status, title=localized(event, "title"),
        region=serialize.region(event.region) if event.region else None, starts_on=event.starts_on,
        ends_on=event.ends_on, url=url_for("events.public_event", slug=event.slug, _external=True),
    )  # fmt: skip


@bp.route("/events")
@cached_json
@route(query=schemas.LangQuery, ok=schemas.EventList, tags=PUBLIC)
def events():
    """Published fairs and mobile markets: coming and current ones soonest first, then past ones."""
    depends_on(EVENTS)
    coming, past = appearances.public_events(local_today())
    return schemas.EventList(lang=serialize.lang(), coming=[_event_summary(e) for e in coming],
                             past=[_event_summary(e) for e in past[:50]])  # fmt: skip


@bp.route("/events/<slug>")
@cached_json
@route(query=schemas.LangQuery, ok=schemas.Event, tags=PUBLIC)
def event(slug: str):
    """An event with its stops, each stop's floor plan (stands and who has them) and the participants."""
    depends_on(EVENTS, COOPS)  # the plan shows the participants' names
    row = appearances.public_event(slug)
    if row is None:
        abort(404)
    plans = appearances.stop_plans(row)
    stops = []
    for plan in plans:
        placed = plan.by_stand()
        stop = plan.stop
        stands = [schemas.Stand(code=s.code, x=s.x, y=s.y, w=s.w, h=s.h, zone=s.zone, power=s.power,
                                cooperative=serialize.coop_ref(placed[s.id].cooperative) if s.id in placed else None)
                  for s in stop.stands]  # fmt: skip
        stops.append(schemas.Stop(id=stop.id, position=stop.position, town=stop.town, venue=stop.venue,
                                  address=stop.address, latitude=stop.latitude, longitude=stop.longitude,
                                  starts_on=stop.starts_on, ends_on=stop.ends_on, stands=stands))  # fmt: skip
    return schemas.Event(
        **_event_summary(row).model_dump(),
        description=localized(row, "description"),
        opening_hours=row.opening_hours,
        stops=stops,
        participants=[serialize.coop_ref(c) for c in appearances.participants(plans)],
    )
