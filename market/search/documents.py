"""What the search index holds for a product, built from the database (the source of truth).

Only public products are indexed: published, not taken down, of an approved cooperative. Text fields
carry every language at once (a query in any language finds the product whatever language the page is
in); the numeric columns hold what facets, filters and sorting need, so those never touch the database.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload
from whoosh import columns
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema

from market.catalog.labels import today
from market.catalog.models import LabelClaim, Product, label_claim_products
from market.config import LANGUAGES
from market.coops.models import Cooperative
from market.core.models import Category
from market.search import analysis

# Price ranges offered as a facet, in centimes: [low, high).
PRICE_RANGES = (("0-50", 0, 5_000), ("50-100", 5_000, 10_000), ("100-200", 10_000, 20_000),
                ("200-500", 20_000, 50_000), ("500-", 50_000, 2**62))  # fmt: skip


COLUMN_FIELDS = ("product", "category", "top_category", "region", "coop", "labels", "women", "in_stock", "price",
                 "created", "featured")  # fmt: skip


class RepeatedText(TEXT):
    """A text field whose values repeat across documents (the same product names in many cooperatives):
    each distinct value is analysed once per process and its postings reused."""

    _cache: dict[tuple, list] = {}

    def index(self, value, **kwargs):
        if kwargs or len(value) > 2_000:
            return super().index(value, **kwargs)
        key = (id(self.analyzer), id(self.format), value)
        postings = self._cache.get(key)
        if postings is None:
            postings = list(super().index(value))
            if len(self._cache) > 400_000:
                self._cache.clear()
            self._cache[key] = postings
        return iter(postings)


def make_schema() -> Schema:
    text = analysis.text_analyzer
    return Schema(
        pid=ID(unique=True, stored=True),
        # Cooperative, city, region, category and label names are not indexed per product: see places.py.
        name=RepeatedText(analyzer=text(), field_boost=3.0),
        body=TEXT(analyzer=text(), field_boost=0.5),  # descriptions, variant labels: a mention ranks below a name
        sku=KEYWORD(lowercase=True, commas=False),
        shown=STORED(),  # names and slug, for suggestions without a database round trip
        stamp=STORED(),  # checksum of the document: `search check` finds stale ones
        # Columns only (not indexed terms): facets, filters and sorting read them into numpy arrays, so a
        # term per value (NUMERIC indexes up to 16 per value) would only slow writing down.
        **{name: COLUMN(columns.NumericColumn("q", default=0)) for name in COLUMN_FIELDS},
    )


@dataclass(frozen=True)
class Reference:
    """Categories by id (for each product's top-level category): read once per batch."""

    categories: dict[int, Category]

    @classmethod
    def load(cls, session: Session) -> Reference:
        return cls({c.id: c for c in session.scalars(select(Category))})


def _names(obj, field: str = "name") -> list[str]:
    return [value for lang in LANGUAGES if (value := getattr(obj, f"{field}_{lang}", None))]


def _label_bits(session: Session, products: list[Product]) -> dict[int, int]:
    """Verified, unexpired labels per product: claims on the product itself or on its whole cooperative."""
    if not products:
        return {}
    coop_ids = {p.cooperative_id for p in products}
    day = today()
    claims = session.execute(
        select(LabelClaim.id, LabelClaim.cooperative_id, LabelClaim.label_type_id).where(
            LabelClaim.cooperative_id.in_(coop_ids),
            LabelClaim.status == "verified",
            or_(LabelClaim.valid_until.is_(None), LabelClaim.valid_until >= day),
            or_(LabelClaim.valid_from.is_(None), LabelClaim.valid_from <= day),
        )
    ).all()
    if not claims:
        return {}
    covered: dict[int, list[int]] = defaultdict(list)
    for claim_id, product_id in session.execute(
        select(label_claim_products.c.claim_id, label_claim_products.c.product_id).where(
            label_claim_products.c.claim_id.in_([c.id for c in claims])
        )
    ):
        covered[claim_id].append(product_id)
    coop_bits: dict[int, int] = defaultdict(int)
    product_bits: dict[int, int] = defaultdict(int)
    for claim_id, coop_id, type_id in claims:
        if claim_id in covered:
            for product_id in covered[claim_id]:
                product_bits[product_id] |= 1 << type_id
        else:
            coop_bits[coop_id] |= 1 << type_id
    return {p.id: coop_bits[p.cooperative_id] | product_bits[p.id] for p in products}


def approved_ids():
    """Approved cooperatives as a subquery: SQLite plans `product.cooperative_id IN (...)` by the products'
    primary key, where a join on the status index read and sorted every product for each batch."""
    return select(Cooperative.id).where(Cooperative.status == "approved").scalar_subquery()


def count_public(session: Session) -> int:
    query = select(func.count(Product.id)).where(
        Product.is_published, Product.blocked_reason.is_(None), Product.cooperative_id.in_(approved_ids())
    )
    return session.scalar(query) or 0


def load_products(session: Session, ids: Iterable[int] | None = None, batch: int = 1000) -> Iterator[Product]:
    """Public products (all of them, or those among `ids`), with what their documents need, in batches."""
    base = (
        select(Product)
        .where(Product.is_published, Product.blocked_reason.is_(None), Product.cooperative_id.in_(approved_ids()))
        .options(selectinload(Product.cooperative), selectinload(Product.variants))
        .order_by(Product.id)
    )
    if ids is None:
        last = None
        while True:
            query = base.where(Product.id > last) if last is not None else base
            rows = session.scalars(query.limit(batch)).unique().all()
            if not rows:
                return
            yield from rows
            last = rows[-1].id
    else:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), batch):
            yield from session.scalars(base.where(Product.id.in_(wanted[start : start + batch]))).unique().all()


def documents(session: Session, products: Iterable[Product], ref: Reference) -> Iterator[dict]:
    products = list(products)
    bits = _label_bits(session, products)
    coops = {p.cooperative_id: p.cooperative for p in products}
    for product in products:
        coop = coops[product.cooperative_id]
        yield document(product, coop, ref, bits.get(product.id, 0))


def document(product: Product, coop: Cooperative, ref: Reference, label_bits: int) -> dict:
    category = ref.categories.get(product.category_id)
    top = category
    while top is not None and top.parent_id:
        top = ref.categories.get(top.parent_id)
    names = _names(product)
    variants = list(product.variants)
    in_stock = product.stock > 0 or any(v.stock > 0 for v in variants)
    doc = {
        "pid": str(product.id),
        "name": " \n".join(names),
        "body": " \n".join([*_names(product, "description"), product.unit or "", *(v.label for v in variants)]),
        "sku": " ".join([product.sku, *(v.sku for v in variants)]),
        "shown": {**{lang: getattr(product, f"name_{lang}") for lang in LANGUAGES}, "slug": product.slug},
        "product": product.id,
        "category": product.category_id,
        "top_category": top.id if top else product.category_id,
        "region": coop.region_id,
        "coop": coop.id,
        "labels": label_bits,
        "women": int(coop.women_led),
        "in_stock": int(in_stock),
        "price": product.price_centimes,  # the price listings show (variants may cost more or less)
        "created": int(product.created_at.timestamp()) if product.created_at else 0,
        "featured": int(product.featured),
    }
    doc["stamp"] = zlib.crc32(repr(sorted(doc.items())).encode())
    return doc
