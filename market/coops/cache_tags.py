"""The page cache's tags for cooperatives (see market.core.invalidation).

- `coop:<id>`: the cooperative's storefront, and its products' pages (which show the cooperative).
- `coops` (COOPS): pages listing cooperatives of any kind: the home page's featured ones, events'
  participants."""

from __future__ import annotations

from market.core.invalidation import Row, changed, tags_for

COOPS = "coops"
# What a cooperative's card shows (and whether it is shown at all).
CARD_COLUMNS = {"slug", "name_ar", "name_fr", "name_en", "name_zgh", "city", "city_ar", "city_zgh", "region_id",
                "women_led", "youth", "brand_color", "logo", "status", "featured"}  # fmt: skip


def coop_tag(cooperative_id) -> str:
    return f"coop:{cooperative_id}"


@tags_for("cooperatives")
def _cooperative(before: Row | None, after: Row | None) -> set[str]:
    columns = changed(before, after)
    if not columns:
        return set()
    tags = {coop_tag((after or before).get("id"))}
    return tags | {COOPS} if columns & CARD_COLUMNS else tags


@tags_for("coop_photos")
def _photo(before: Row | None, after: Row | None) -> set[str]:
    return {coop_tag(row.get("cooperative_id")) for row in (before, after) if row is not None}
