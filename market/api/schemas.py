"""The shapes of /api/v1: pydantic models, from which spectree writes the OpenAPI 3.1 document and by
which it checks every request and every answer. Rules (lengths, prices, stock, states) are not written
here: writes go through the site's own forms and services (market/api/coop.py, buyer.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spectree.model_adapter.pydantic_adapter import BaseFile

from market.search.documents import PRICE_RANGES
from market.search.services import MAX_PAGE, SORTS

Lang = Literal["ar", "fr", "en", "zgh"]
Slug = Field(min_length=1, max_length=80, pattern=r"^[a-z0-9][a-z0-9-]*$")
PriceRange = Literal[tuple(key for key, _low, _high in PRICE_RANGES)]  # type: ignore[valid-type]
Sort = Literal[SORTS]  # type: ignore[valid-type]
Id = Field(ge=1, le=2**31 - 1)


class Strict(BaseModel):
    """Requests: unknown fields are refused, so a typo is an error and not a silent no-op."""

    model_config = ConfigDict(extra="forbid")


# -- Query strings --------------------------------------------------------------------------------


class LangQuery(Strict):
    lang: Lang | None = Field(None, description="Language of the texts; else Accept-Language, then French.")


class PageQuery(LangQuery):
    page: int = Field(1, ge=1, le=10_000)
    per_page: int = Field(24, ge=1, le=100)


class ProductQuery(LangQuery):
    q: str = Field("", max_length=200, description="Words in any of the site's languages, or a SKU.")
    category: list[str] = Field([], max_length=10, description="Category slugs (a top category includes its own).")
    region: list[str] = Field([], max_length=12)
    coop: list[str] = Field([], max_length=20, description="Cooperative slugs.")
    label: list[str] = Field([], max_length=10, description="Label codes: IGP, AOP, BIO…")
    price: list[PriceRange] = Field([], max_length=5)
    women: bool = Field(False, description="Only women-led cooperatives.")
    in_stock: bool = False
    sort: Sort | None = Field(None, description="relevance (default with q) or newest (default without).")
    page: int = Field(1, ge=1, le=MAX_PAGE)
    per_page: int = Field(24, ge=1, le=50)


class CooperativeQuery(PageQuery):
    region: str | None = Field(None, max_length=80)


class OrderListQuery(PageQuery):
    status: (
        Literal["pending_payment", "confirmed", "preparing", "shipped", "delivered", "cancelled", "refunded"] | None
    ) = None


# -- Reference data -------------------------------------------------------------------------------


class Named(BaseModel):
    slug: str
    name: str


class Region(Named):
    pass


class Category(Named):
    parent: str | None = Field(None, description="The parent category's slug.")


class LabelType(BaseModel):
    code: str
    name: str
    issuer: str
    explanation: str


class RegionList(BaseModel):
    lang: Lang
    regions: list[Region]


class CategoryList(BaseModel):
    lang: Lang
    categories: list[Category]


class LabelTypeList(BaseModel):
    lang: Lang
    labels: list[LabelType]


# -- Catalogue ------------------------------------------------------------------------------------


class Money(BaseModel):
    centimes: int = Field(description="Integer centimes of a dirham (120,50 MAD is 12050).")
    currency: Literal["MAD"] = "MAD"
    formatted: str = Field(description="As the site shows it in the asked language.")


class CoopRef(BaseModel):
    slug: str
    name: str
    url: str


class Variant(BaseModel):
    id: int
    label: str
    sku: str
    price: Money
    in_stock: bool


class VerifiedLabel(BaseModel):
    code: str
    name: str
    issuer: str
    certificate_number: str | None
    valid_until: date | None


class ProductSummary(BaseModel):
    id: int
    sku: str
    name: str
    price: Money
    in_stock: bool
    category: str
    cooperative: CoopRef
    image: str | None
    url: str


class Rating(BaseModel):
    average: float | None
    count: int


class Product(ProductSummary):
    description: str
    unit: str | None
    weight_g: int | None
    photos: list[str]
    variants: list[Variant]
    labels: list[VerifiedLabel] = Field(description="Verified labels in force today.")
    rating: Rating


class Pagination(BaseModel):
    page: int
    per_page: int
    total: int
    pages: int = Field(description="Pages of all the matches (/products gives at most 400: narrow the filters).")
    next: str | None = Field(description="The next page's URL, or null on the last page.")


class ProductList(BaseModel):
    lang: Lang
    query: str
    items: list[ProductSummary]
    pagination: Pagination
    suggestion: str | None = Field(description="A corrected spelling of the query, when one finds more.")


class Review(BaseModel):
    id: int
    rating: int
    text: str
    author: str
    created_at: datetime
    reply: str | None


class ReviewList(BaseModel):
    lang: Lang
    rating: Rating
    items: list[Review]
    pagination: Pagination


class Cooperative(BaseModel):
    slug: str
    name: str
    town: str
    region: Region
    story: str = Field(description="HTML, sanitised (paragraphs, lists, emphasis, links).")
    brand_color: str
    logo: str | None
    banner: str | None
    women_led: bool
    youth: bool
    members_count: int | None
    founded_on: date | None
    delivery_days: int
    pickup: bool
    cash_on_delivery: bool
    labels: list[VerifiedLabel]
    rating: Rating
    url: str


class CooperativeList(BaseModel):
    lang: Lang
    items: list[Cooperative]
    pagination: Pagination


# -- Events ---------------------------------------------------------------------------------------


class Stand(BaseModel):
    code: str
    x: float
    y: float
    w: float
    h: float
    zone: str
    power: bool
    cooperative: CoopRef | None = Field(description="Who has the stand, when the plan gives it to someone.")


class Stop(BaseModel):
    id: int
    position: int
    town: str
    venue: str
    address: str | None
    latitude: float | None
    longitude: float | None
    starts_on: date
    ends_on: date
    stands: list[Stand]


class EventSummary(BaseModel):
    slug: str
    kind: str = Field(description="fair (one place) or caravan (a mobile market with several stops).")
    status: str
    title: str
    region: Region | None
    starts_on: date
    ends_on: date
    url: str


class Event(EventSummary):
    description: str
    opening_hours: str | None
    stops: list[Stop]
    participants: list[CoopRef]


class EventList(BaseModel):
    lang: Lang
    coming: list[EventSummary]
    past: list[EventSummary]


# -- Buyer: cart and orders -----------------------------------------------------------------------


class CartLine(BaseModel):
    key: str = Field(description='"<product id>" or "<product id>:<variant id>".')
    product: ProductSummary
    variant: Variant | None
    quantity: int
    total: Money
    problem: str | None = Field(description="Why the line cannot be ordered now (sold out, no longer sold…).")


class CartGroup(BaseModel):
    cooperative: CoopRef
    lines: list[CartLine]
    subtotal: Money
    delivery_methods: list[Literal["home", "pickup"]]


class Cart(BaseModel):
    lang: Lang
    groups: list[CartGroup]
    total: Money
    payment_methods: list[Literal["card", "cod"]]


class CartAdd(Strict):
    product_id: int = Id
    variant_id: int | None = Field(None, ge=1, le=2**31 - 1)
    quantity: int = Field(1, ge=1, le=99)


class CartQuantity(Strict):
    quantity: int = Field(ge=0, le=99, description="0 takes the line out.")


class Address(Strict):
    full_name: str = Field(max_length=120)
    phone: str = Field(max_length=40)
    address: str = Field(max_length=300)
    city: str = Field(max_length=60, description="A city slug, as in the checkout form (e.g. rabat).")
    postal_code: str = Field("", max_length=10)


class DeliveryChoice(Strict):
    cooperative: str = Field(min_length=1, max_length=80, description="The cooperative's slug.")
    method: Literal["home", "pickup"]
    note: str = Field("", max_length=500)


class PlaceOrder(Strict):
    address: Address
    payment_method: Literal["card", "cod"]
    deliveries: list[DeliveryChoice] = Field(
        max_length=100, description="One per cooperative in the cart (home delivery when left out)."
    )
    expected_total: int | None = Field(
        None, ge=0, le=10**11, description="Centimes; when given and the cart now costs otherwise, 409 and nothing."
    )


class OrderLine(BaseModel):
    sku: str
    name: str
    variant: str | None
    unit_price: Money
    quantity: int


class OrderPart(BaseModel):
    id: int
    cooperative: CoopRef
    status: str
    status_label: str
    delivery_method: str
    delivery_fee: Money
    items: Money
    tracking: str | None
    lines: list[OrderLine]


class Order(BaseModel):
    number: str
    created_at: datetime
    payment_method: str
    payment_status: str
    total: Money
    parts: list[OrderPart]
    payment_url: str | None = Field(None, description="Card orders awaiting payment: Stripe Checkout's page.")
    url: str


class OrderList(BaseModel):
    lang: Lang
    items: list[Order]
    pagination: Pagination


class IdempotencyHeader(BaseModel):
    idempotency_key: str = Field(
        alias="Idempotency-Key",
        min_length=8,
        max_length=200,
        pattern=r"^[!-~]+$",
        description="A key of yours, unique per order you mean to place: the same key again returns the same "
        "order instead of making a second one (a retry after a timeout is safe).",
    )
    model_config = ConfigDict(populate_by_name=True)


# -- Cooperative (token) --------------------------------------------------------------------------


class CoopVariantIn(Strict):
    label: str = Field(max_length=60)
    sku: str = Field(max_length=64)
    price: str = Field(max_length=20, description="In dirhams, e.g. 120.50")
    stock: int = Field(0, ge=0, le=1_000_000)


class ProductIn(Strict):
    """Every field of the back office's product form (the same rules apply)."""

    name_ar: str | None = Field(None, max_length=200)
    name_fr: str | None = Field(None, max_length=200)
    name_en: str | None = Field(None, max_length=200)
    name_zgh: str | None = Field(None, max_length=200)
    description_ar: str | None = Field(None, max_length=5000)
    description_fr: str | None = Field(None, max_length=5000)
    description_en: str | None = Field(None, max_length=5000)
    description_zgh: str | None = Field(None, max_length=5000)
    category: str | None = Field(None, max_length=80, description="A category slug.")
    sku: str | None = Field(None, max_length=64)
    price: str | None = Field(None, max_length=20, description="In dirhams, e.g. 120.50")
    stock: int | None = Field(None, ge=0, le=1_000_000)
    unit: str | None = Field(None, max_length=40)
    weight_g: int | None = Field(None, ge=1, le=1_000_000)
    is_published: bool | None = None
    variants: list[CoopVariantIn] | None = Field(None, max_length=20, description="Replaces the variants.")


class CoopVariant(BaseModel):
    id: int
    label: str
    sku: str
    price: Money
    stock: int


class CoopProduct(BaseModel):
    id: int
    sku: str
    name_ar: str | None
    name_fr: str | None
    name_en: str | None
    name_zgh: str | None
    description_ar: str | None
    description_fr: str | None
    description_en: str | None
    description_zgh: str | None
    category: str
    price: Money
    stock: int
    unit: str | None
    weight_g: int | None
    is_published: bool
    blocked_reason: str | None = Field(description="Set when an administrator has hidden the product.")
    variants: list[CoopVariant]
    updated_at: datetime
    url: str


class CoopProductList(BaseModel):
    items: list[CoopProduct]
    pagination: Pagination


class StockItem(Strict):
    sku: str = Field(min_length=1, max_length=64, description="A product's or a variant's SKU.")
    stock: int = Field(ge=0, le=1_000_000)


class StockUpdate(Strict):
    items: list[StockItem] = Field(min_length=1, max_length=500)


class StockLevel(BaseModel):
    sku: str
    product_id: int
    variant_id: int | None
    stock: int


class StockLevels(BaseModel):
    items: list[StockLevel]


class CoopOrderLine(OrderLine):
    product_id: int | None


class CoopOrder(BaseModel):
    id: int
    number: str
    created_at: datetime
    status: str
    status_label: str
    next_statuses: list[str] = Field(description="Where the order may go from here (preparing, shipped…).")
    payment_method: str
    buyer_name: str
    phone: str
    address: str
    city: str
    delivery_method: str
    delivery_fee: Money
    items: Money
    note: str | None
    tracking: str | None
    lines: list[CoopOrderLine]


class CoopOrderList(BaseModel):
    items: list[CoopOrder]
    pagination: Pagination


class StatusChange(Strict):
    status: Literal["preparing", "shipped", "delivered", "cancelled"]
    tracking: str = Field("", max_length=200, description="For shipped: the carrier's reference.")
    reason: str = Field("", max_length=500, description="For cancelled: told to the buyer (at least 3 letters).")


class LabelClaim(BaseModel):
    id: int
    label: str = Field(description="The label's code.")
    status: Literal["pending", "verified", "rejected", "expired"]
    certificate_number: str | None
    issuer: str | None
    valid_from: date | None
    valid_until: date | None
    reason: str | None
    products: list[int]


class LabelClaimIn(Strict):
    """multipart/form-data, as the back office's claim form."""

    label: str = Field(min_length=1, max_length=20, description="The label's code (see /labels): IGP, AOP, BIO…")
    certificate_number: str = Field(min_length=1, max_length=80)
    issuer: str = Field(min_length=1, max_length=200)
    valid_from: date
    valid_until: date
    products: str = Field(
        "", max_length=2000, pattern=r"^[0-9, ]*$",
        description="Comma-separated ids of the products it covers; empty when it covers the whole cooperative.",
    )  # fmt: skip
    document: BaseFile = Field(description="The certificate: a PDF, or a clear photo (JPEG, PNG or WebP).")


class LabelClaimList(BaseModel):
    items: list[LabelClaim]


class CoopProfile(BaseModel):
    slug: str
    name: str
    status: str
    role: str = Field(description="The token's maker's role: owner, manager or staff.")
    scope: Literal["read", "write"]


# -- Errors ---------------------------------------------------------------------------------------


class FieldError(BaseModel):
    pointer: str = Field(description="#/<field> in the body, #/query/<name> or #/header/<name>.")
    detail: str


class Problem(BaseModel):
    """RFC 9457 problem details; `detail` and `errors` are in the caller's language."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldError] | None = None


class SearchHit(BaseModel):
    sku: str
    name: str
    price: float = Field(description="Dirhams (this older endpoint predates Money).")
    currency: Literal["MAD"]
    cooperative: Named
    url: str
    image: str | None


class Facet(BaseModel):
    value: str
    label: str
    count: int
    selected: bool


class SearchAnswer(BaseModel):
    query: str
    lang: Lang
    total: int
    page: int
    per_page: int
    results: list[SearchHit]
    facets: dict[str, list[Facet]]
    suggestion: str | None
