"""Models of the site as the API's schemas, in the asked language (the same fallbacks as the pages)."""

from __future__ import annotations

from flask import request, url_for

from market.api import schemas
from market.catalog import labels as catalog_labels
from market.catalog.reviews import RatingSummary
from market.catalog.services import category_refs
from market.core.i18n import current_language, format_money, localized, localized_town
from market.core.images import image_url
from market.core.pagination import Page
from market.orders import services as order_services


def money(centimes: int) -> schemas.Money:
    return schemas.Money(centimes=centimes, formatted=format_money(centimes))


def coop_ref(coop) -> schemas.CoopRef:
    return schemas.CoopRef(slug=coop.slug, name=localized(coop, "name"),
                           url=url_for("catalog.storefront", slug=coop.slug, _external=True))  # fmt: skip


def region(row) -> schemas.Region:
    return schemas.Region(slug=row.slug, name=localized(row, "name"))


def label(claim) -> schemas.VerifiedLabel:
    kind = claim.label_type
    return schemas.VerifiedLabel(
        code=kind.code,
        name=localized(kind, "name"),
        issuer=claim.issuer or kind.issuer,
        certificate_number=claim.certificate_number,
        valid_until=claim.valid_until,
    )


def rating(summary: RatingSummary) -> schemas.Rating:
    return schemas.Rating(average=summary.average, count=summary.count)


def pagination(page: Page, last: int | None = None) -> schemas.Pagination:
    """`last`: the last page that may be asked for, when fewer than all (search stops at MAX_PAGE)."""
    following = None
    if page.has_next and (last is None or page.page < last):
        args = request.args.to_dict(flat=False)
        args["page"] = [str(page.page + 1)]
        following = url_for(request.endpoint, **(request.view_args or {}), **args, _external=True)
    return schemas.Pagination(page=page.page, per_page=page.per_page, total=page.total, pages=page.pages,
                              next=following)  # fmt: skip


def variant(row) -> schemas.Variant:
    return schemas.Variant(id=row.id, label=row.label, sku=row.sku, price=money(row.price_centimes),
                           in_stock=row.stock > 0)  # fmt: skip


_category_slugs: dict[int, str] = {}


def _category_slug(category_id: int) -> str:
    # The taxonomy is reference data (it changes only by migration): indexed once per process, so a list
    # loads no product's category.
    if not _category_slugs:
        _category_slugs.update((ref.id, ref.slug) for ref in category_refs())
    return _category_slugs[category_id]


def product_summary(product, category_slug: str | None = None) -> schemas.ProductSummary:
    return schemas.ProductSummary(
        id=product.id,
        sku=product.sku,
        name=localized(product, "name"),
        price=money(product.price_centimes),
        in_stock=product.stock > 0 or any(v.stock > 0 for v in product.variants),
        category=category_slug or _category_slug(product.category_id),
        cooperative=coop_ref(product.cooperative),
        image=image_url(product.image, 640) if product.image else None,
        url=url_for("catalog.product", product_id=product.id, slug=product.slug, _external=True),
    )


def product(row, summary: RatingSummary) -> schemas.Product:
    return schemas.Product(
        **product_summary(row).model_dump(),
        description=localized(row, "description"),
        unit=row.unit,
        weight_g=row.weight_g,
        photos=[image_url(photo.image, 1280) for photo in row.photos],
        variants=[variant(v) for v in row.variants],
        labels=[label(claim) for claim in catalog_labels.visible_labels(row)],
        rating=rating(summary),
    )


def cooperative(coop, summary: RatingSummary) -> schemas.Cooperative:
    return schemas.Cooperative(
        slug=coop.slug,
        name=localized(coop, "name"),
        town=localized_town(coop),
        region=region(coop.region),
        story=localized(coop, "story"),
        brand_color=coop.brand_color,
        logo=image_url(coop.logo, 320) if coop.logo else None,
        banner=image_url(coop.banner, 1280) if coop.banner else None,
        women_led=coop.women_led,
        youth=coop.youth,
        members_count=coop.members_count,
        founded_on=coop.founded_on,
        delivery_days=coop.delivery_days,
        pickup=coop.pickup_enabled,
        cash_on_delivery=coop.cod_enabled,
        labels=[label(claim) for claim in catalog_labels.visible_coop_labels(coop)],
        rating=rating(summary),
        url=url_for("catalog.storefront", slug=coop.slug, _external=True),
    )


def order_line(line) -> schemas.OrderLine:
    return schemas.OrderLine(sku=line.sku, name=localized(line, "name"), variant=line.variant_label,
                             unit_price=money(line.unit_price_centimes), quantity=line.quantity)  # fmt: skip


def order(row, payment_url: str | None = None) -> schemas.Order:
    parts = [
        schemas.OrderPart(
            id=part.id,
            cooperative=coop_ref(part.cooperative),
            status=part.status,
            status_label=order_services.status_label(part.status),
            delivery_method=part.delivery_method,
            delivery_fee=money(part.delivery_fee_centimes),
            items=money(part.items_centimes),
            tracking=part.tracking,
            lines=[order_line(line) for line in part.lines],
        )
        for part in row.parts
    ]
    return schemas.Order(number=row.number, created_at=row.created_at, payment_method=row.payment_method,
                         payment_status=row.payment_status, total=money(row.total_centimes), parts=parts,
                         payment_url=payment_url,
                         url=url_for("orders.order_detail", number=row.number, _external=True))  # fmt: skip


def lang() -> str:
    return current_language()
