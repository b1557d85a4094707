"""The page cache's tags for the catalogue, and which change purges which (see market.core.invalidation).

- `product:<id>`: the product's page.
- `category:<id>`: the grids listing a category's products (its page, its parent's, related products).
- `catalog` (CATALOG): pages showing products of any category (the home page's featured products).
- `cards` (CARDS): every product card, as they show their cooperative's name and only approved
  cooperatives' products; purged when a cooperative changes.

A product's own page also depends on its cooperative's tag (`coop:<id>`: its labels, its ratings, the
cooperative's block). Stock is the busiest change: a sale that leaves some stock purges only the
product's page ("only 3 left"); the grids change only when a product runs out or comes back."""

from __future__ import annotations

from market.coops.cache_tags import coop_tag
from market.core.invalidation import Row, changed, tags_for

CATALOG = "catalog"
CARDS = "cards"
# Columns whose change shows on the product's page only, not on its card.
PAGE_ONLY = {"stock", "description_ar", "description_fr", "description_en", "description_zgh", "weight_g", "sku"}


def product_tag(product_id) -> str:
    return f"product:{product_id}"


def category_tag(category_id) -> str:
    return f"category:{category_id}"


def _in_stock(row: Row | None) -> bool | None:
    stock = None if row is None else row.get("stock")
    return stock > 0 if isinstance(stock, int) else None  # None (unknown) differs from both: purge more


@tags_for("products")
def _product(before: Row | None, after: Row | None) -> set[str]:
    rows = [row for row in (before, after) if row is not None]
    tags = {product_tag(rows[0]["id"])}
    columns = changed(before, after)
    if not columns:
        return set() if before is not None and after is not None else tags
    if columns <= PAGE_ONLY and _in_stock(before) == _in_stock(after):
        return tags
    for row in rows:  # before and after: a product moving to another category leaves the old one's grid
        tags |= {coop_tag(row.get("cooperative_id")), category_tag(row.get("category_id"))}
    return tags | {CATALOG}


@tags_for("product_variants")
@tags_for("product_photos")
def _product_part(before: Row | None, after: Row | None) -> set[str]:
    # Cards show the product's own price, stock and cover picture, so a variant or photo is its page's.
    return {product_tag(row.get("product_id")) for row in (before, after) if row is not None}


@tags_for("label_claims")
@tags_for("reviews")
def _cooperative_part(before: Row | None, after: Row | None) -> set[str]:
    # Label claims are the cooperative's (for itself or some of its products); a review shows on its
    # product's page and in the storefront's rating: the cooperative's tag reaches both.
    tags = set()
    for row in (before, after):
        if row is not None:
            tags.add(coop_tag(row.get("cooperative_id")))
            if "product_id" in row:
                tags.add(product_tag(row["product_id"]))
    return tags


@tags_for("cooperatives")
def _cooperative(before: Row | None, after: Row | None) -> set[str]:
    return (
        {CARDS} if changed(before, after) & {"name_ar", "name_fr", "name_en", "name_zgh", "slug", "status"} else set()
    )
