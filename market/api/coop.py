"""A cooperative's own data, with one of its tokens: products and variants, stock levels, orders and
their moves, label claims. The cooperative is the token's — no route names one — and every lookup goes
through it, so another cooperative's ids are simply not found (404). Writes need a write token and the
maker's role (manager for the catalogue, staff for orders), checked by core.permissions."""

from __future__ import annotations

from flask import request, url_for
from flask_babel import gettext as _
from werkzeug.datastructures import CombinedMultiDict, MultiDict

from market.api import bp, schemas, serialize
from market.api.contract import TOKEN, route
from market.api.http import caller_token, need_cooperative
from market.catalog import labels as catalog_labels
from market.catalog import products as catalog_products
from market.catalog.exceptions import CatalogError
from market.catalog.forms import ProductForm
from market.catalog.manage import category_choices, label_claim_form, save_product_form, submit_label_claim
from market.catalog.models import Product
from market.catalog.money import centimes_to_text
from market.catalog.services import category_by_slug
from market.core.i18n import localized
from market.core.images import InvalidImage
from market.core.mail import deliver_outbox
from market.core.problems import Problem
from market.core.storage import StorageUnavailable
from market.extensions import db
from market.orders import reports
from market.orders import services as order_services
from market.orders.exceptions import OrderError

COOP = ("Cooperative",)
AUTH = [TOKEN]
MOVES = (order_services.PREPARING, order_services.SHIPPED, order_services.DELIVERED, order_services.CANCELLED)


@bp.route("/coop")
@route(ok=schemas.CoopProfile, tags=COOP, security=AUTH)
def coop_profile():
    """The token's cooperative, and what the token may do there."""
    coop = need_cooperative("coop.orders")
    token = caller_token()
    return schemas.CoopProfile(slug=coop.slug, name=localized(coop, "name"), status=coop.status,
                               role=token.user.coop_role(coop.id), scope=token.scope)  # fmt: skip


# -- Products -------------------------------------------------------------------------------------


def _product(row: Product) -> schemas.CoopProduct:
    return schemas.CoopProduct(
        id=row.id, sku=row.sku, **{field: getattr(row, field) for field in catalog_products.TEXT_FIELDS},
        category=row.category.slug, price=serialize.money(row.price_centimes), stock=row.stock, unit=row.unit,
        weight_g=row.weight_g, is_published=row.is_published, blocked_reason=row.blocked_reason,
        variants=[schemas.CoopVariant(id=v.id, label=v.label, sku=v.sku, price=serialize.money(v.price_centimes),
                                      stock=v.stock) for v in row.variants],
        updated_at=row.updated_at,
        url=url_for("catalog.product", product_id=row.id, slug=row.slug, _external=True),
    )  # fmt: skip


def _own_product(coop, product_id: int) -> Product:
    row = catalog_products.product_of(coop, product_id)
    if row is None:
        raise Problem(404, _("Your cooperative has no such product."), kind="not-found")
    return row


@bp.route("/coop/products")
@route(query=schemas.PageQuery, ok=schemas.CoopProductList, tags=COOP, security=AUTH)
def coop_products(query: schemas.PageQuery):
    """Every product of the cooperative, published or not, oldest first."""
    coop = need_cooperative("coop.manage")
    page = catalog_products.products_page(coop, query.page, query.per_page)
    return schemas.CoopProductList(items=[_product(p) for p in page.items], pagination=serialize.pagination(page))


@bp.route("/coop/products/<int:product_id>")
@route(ok=schemas.CoopProduct, tags=COOP, security=AUTH)
def coop_product(product_id: int):
    """One of the cooperative's products with its variants and stock."""
    return _product(_own_product(need_cooperative("coop.manage"), product_id))


def _form_values(product: Product | None, body: schemas.ProductIn) -> tuple[MultiDict, list[dict]]:
    """The back office form's fields: the product as it is, then what the body changes."""
    current: dict = {}
    if product is not None:
        current = {field: getattr(product, field) for field in catalog_products.TEXT_FIELDS}
        current.update(category=product.category.slug, sku=product.sku, price=centimes_to_text(product.price_centimes),
                       stock=product.stock, unit=product.unit, weight_g=product.weight_g,
                       is_published=product.is_published,
                       variants=[{"label": v.label, "sku": v.sku, "price": centimes_to_text(v.price_centimes),
                                  "stock": v.stock} for v in product.variants])  # fmt: skip
    merged = {**current, **body.model_dump(exclude_unset=True)}
    values, errors = MultiDict(), []
    for name in (*catalog_products.TEXT_FIELDS, "sku", "price", "unit", "stock", "weight_g"):
        if merged.get(name) is not None:
            values[name] = str(merged[name])
    if merged.get("is_published"):
        values["is_published"] = "y"
    category = category_by_slug(merged["category"]) if merged.get("category") else None
    if category is None:
        errors.append({"pointer": "#/category", "detail": _("Choose a category.")})
    else:
        values["category_id"] = str(category.id)
    for index, variant in enumerate(merged.get("variants") or []):
        for name, value in (("title", variant["label"]), ("sku", variant["sku"]), ("price", variant["price"]),
                            ("stock", variant.get("stock", 0))):  # fmt: skip
            values[f"variants-{index}-{name}"] = str(value)
    return values, errors


FORM_POINTERS = {"category_id": "category", "variants": "variants"}


def _save(coop, product: Product | None, body: schemas.ProductIn) -> Product:
    values, errors = _form_values(product, body)
    form = ProductForm(formdata=values, meta={"csrf": False})
    form.category_id.choices = category_choices()
    if not form.validate() or errors:
        for name, messages in form.errors.items():
            if name != "category_id" or not errors:
                errors.append({"pointer": f"#/{FORM_POINTERS.get(name, name)}", "detail": _first(messages)})
        raise Problem(422, _("Some values are not valid: see errors."), kind="validation", errors=errors)
    try:
        saved = save_product_form(coop, product, form)
    except CatalogError as exc:
        raise Problem(422, str(exc), kind="validation",
                      errors=[{"pointer": f"#/{FORM_POINTERS.get(exc.field, exc.field or 'sku')}",
                               "detail": str(exc)}]) from None  # fmt: skip
    db.session.commit()
    return saved


def _first(messages) -> str:
    """WTForms gives a list of messages, or for a list of sub-forms a list of their error dicts."""
    for message in messages:
        if isinstance(message, dict):
            for inner in message.values():
                return str(inner[0])
        elif message:
            return str(message)
    return _("This value is not valid.")


@bp.route("/coop/products", methods=["POST"])
@route(json=schemas.ProductIn, ok=schemas.CoopProduct, status=201, tags=COOP, security=AUTH)
def create_coop_product(json: schemas.ProductIn):
    """Create a product with the back office's rules: a name in Arabic or French, a category, a SKU unique
    in the cooperative, a price in dirhams, a stock; variants optional."""
    coop = need_cooperative("coop.manage")
    product = _save(coop, None, json)
    location = url_for("api.coop_product", product_id=product.id, _external=True)
    return _product(_own_product(coop, product.id)), 201, {"Location": location}


@bp.route("/coop/products/<int:product_id>", methods=["PATCH"])
@route(json=schemas.ProductIn, ok=schemas.CoopProduct, tags=COOP, security=AUTH)
def update_coop_product(product_id: int, json: schemas.ProductIn):
    """Change some fields (the others stay); `is_published: false` takes it off sale, `variants` replaces
    them all."""
    coop = need_cooperative("coop.manage")
    product = _save(coop, _own_product(coop, product_id), json)
    return _product(_own_product(coop, product.id))


# -- Stock ----------------------------------------------------------------------------------------


def _levels(rows) -> schemas.StockLevels:
    return schemas.StockLevels(
        items=[
            schemas.StockLevel(
                sku=sku,
                product_id=product.id,
                stock=(variant or product).stock,
                variant_id=variant.id if variant else None,
            )
            for sku, product, variant in rows
        ]
    )


@bp.route("/coop/stock")
@route(ok=schemas.StockLevels, tags=COOP, security=AUTH)
def coop_stock():
    """The stock of every SKU of the cooperative (products and variants)."""
    return _levels(catalog_products.stock_levels(need_cooperative("coop.manage")))


@bp.route("/coop/stock", methods=["PUT"])
@route(json=schemas.StockUpdate, ok=schemas.StockLevels, tags=COOP, security=AUTH)
def set_coop_stock(json: schemas.StockUpdate):
    """Set the stock of up to 500 SKUs at once: all of them, or none if one SKU is not the cooperative's."""
    coop = need_cooperative("coop.manage")
    try:
        rows = catalog_products.set_stock_levels(coop, [(item.sku, item.stock) for item in json.items])
    except CatalogError as exc:
        raise Problem(422, str(exc), kind="validation", errors=[{"pointer": "#/items", "detail": str(exc)}]) from None
    db.session.commit()
    return _levels(rows)


# -- Orders ---------------------------------------------------------------------------------------


def _next_statuses(part) -> list[str]:
    if part.status == order_services.PENDING_PAYMENT:
        return []
    allowed = order_services.TRANSITIONS[part.status]
    return [
        status
        for status in MOVES
        if status in allowed and (status != order_services.CANCELLED or part.status in order_services.HOLDS_STOCK)
    ]


def _order(part) -> schemas.CoopOrder:
    order = part.order
    return schemas.CoopOrder(
        id=part.id, number=order.number, created_at=order.created_at, status=part.status,
        status_label=order_services.status_label(part.status), next_statuses=_next_statuses(part),
        payment_method=order.payment_method, buyer_name=order.full_name, phone=order.phone, address=order.address,
        city=order.city, delivery_method=part.delivery_method, delivery_fee=serialize.money(part.delivery_fee_centimes),
        items=serialize.money(part.items_centimes), note=part.note, tracking=part.tracking,
        lines=[schemas.CoopOrderLine(**serialize.order_line(line).model_dump(), product_id=line.product_id)
               for line in part.lines],
    )  # fmt: skip


def _own_part(coop, part_id: int):
    part = reports.part_of(coop, part_id)
    if part is None:
        raise Problem(404, _("We could not find this order."), kind="not-found")
    return part


@bp.route("/coop/orders")
@route(query=schemas.OrderListQuery, ok=schemas.CoopOrderList, tags=COOP, security=AUTH)
def coop_orders(query: schemas.OrderListQuery):
    """The cooperative's orders (its part of each), newest first, optionally in one status."""
    coop = need_cooperative("coop.orders")
    page = reports.parts_in(coop, (query.status,) if query.status else None, query.page, query.per_page)
    return schemas.CoopOrderList(items=[_order(p) for p in page.items], pagination=serialize.pagination(page))


@bp.route("/coop/orders/<int:part_id>")
@route(ok=schemas.CoopOrder, tags=COOP, security=AUTH)
def coop_order(part_id: int):
    """One order of the cooperative with the buyer's delivery details."""
    return _order(_own_part(need_cooperative("coop.orders"), part_id))


@bp.route("/coop/orders/<int:part_id>/status", methods=["POST"])
@route(json=schemas.StatusChange, ok=schemas.CoopOrder, tags=COOP, security=AUTH)
def move_coop_order(part_id: int, json: schemas.StatusChange):
    """Move the order on through the same states as the back office: preparing, shipped (with a tracking
    reference), delivered; or cancel it before it ships, with a reason told to the buyer."""
    coop = need_cooperative("coop.orders")
    part = _own_part(coop, part_id)
    token = caller_token()
    try:
        if json.status == order_services.CANCELLED:
            order_services.cancel_part(part, token.user, json.reason, by_buyer=False)
        else:
            order_services.advance(part, json.status, token.user, json.tracking)
    except OrderError as exc:
        raise Problem(409, str(exc), kind="order") from None
    db.session.commit()
    deliver_outbox()
    return _order(_own_part(coop, part_id))


# -- Labels ---------------------------------------------------------------------------------------


@bp.route("/coop/labels")
@route(ok=schemas.LabelClaimList, tags=COOP, security=AUTH)
def coop_labels():
    """The cooperative's label claims and where each stands (pending, verified, rejected, expired)."""
    coop = need_cooperative("coop.manage")
    items = [_claim(c) for c in catalog_labels.claims_of(coop)]  # fmt: skip
    return schemas.LabelClaimList(items=items)


def _claim(claim) -> schemas.LabelClaim:
    return schemas.LabelClaim(
        id=claim.id, label=claim.label_type.code, status=claim.status, certificate_number=claim.certificate_number,
        issuer=claim.issuer, valid_from=claim.valid_from, valid_until=claim.valid_until, reason=claim.reason,
        products=[p.id for p in claim.products],
    )  # fmt: skip


@bp.route("/coop/labels", methods=["POST"])
@route(form=schemas.LabelClaimIn, ok=schemas.LabelClaim, status=201, errors=(413,), tags=COOP, security=AUTH)
def claim_coop_label(form: schemas.LabelClaimIn):
    """Claim a label with its certificate, for an administrator to verify (as the back office's form:
    the same checks of dates and products, the certificate kept private)."""
    coop = need_cooperative("coop.manage")
    label = catalog_labels.label_type_by_code(form.label.upper())
    values = MultiDict({"label_type_id": str(label.id) if label else "", "certificate_number": form.certificate_number,
                        "issuer": form.issuer, "valid_from": form.valid_from.isoformat(),
                        "valid_until": form.valid_until.isoformat()})  # fmt: skip
    for product_id in filter(None, (part.strip() for part in form.products.split(","))):
        values.add("product_ids", product_id)
    wtform = label_claim_form(coop, CombinedMultiDict((request.files, values)))
    if not wtform.validate():
        pointers = {"label_type_id": "label", "product_ids": "products"}
        errors = [{"pointer": f"#/{pointers.get(name, name)}", "detail": _first(messages)}
                  for name, messages in wtform.errors.items()]  # fmt: skip
        raise Problem(422, _("Some values are not valid: see errors."), kind="validation", errors=errors)
    try:
        claim = submit_label_claim(coop, wtform)
    except (InvalidImage, StorageUnavailable) as exc:
        raise Problem(
            422, str(exc), kind="validation", errors=[{"pointer": "#/document", "detail": str(exc)}]
        ) from None
    except CatalogError as exc:
        raise Problem(
            422, str(exc), kind="validation", errors=[{"pointer": "#/products", "detail": str(exc)}]
        ) from None
    return _claim(catalog_labels.claim_of(coop, claim.id)), 201
