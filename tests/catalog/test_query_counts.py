"""The public pages run a fixed, small number of SQL queries whatever the page size (no N+1)."""

import pytest
from sqlalchemy import event

from market.catalog.models import LabelClaim
from market.extensions import db
from tests.factories import make_coop, make_product


class QueryCounter:
    def __init__(self, engine):
        self.engine, self.count = engine, 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._count)

    def _count(self, *args):
        self.count += 1


def build(n_coops, n_products):
    coops = [make_coop(featured=True) for _ in range(n_coops)]
    products = [make_product(coops[i % n_coops], featured=True, slug=f"p{i}") for i in range(n_products)]
    db.session.add(LabelClaim(cooperative_id=coops[0].id, label_type_id=1, status="verified"))
    db.session.commit()
    return coops, products


def queries(client, path):
    with QueryCounter(db.engine) as counter:
        response = client.get(path)
    assert response.status_code == 200, path
    return counter.count


@pytest.mark.parametrize("path_kind", ["home", "category", "product", "storefront"])
def test_query_count_does_not_grow_with_the_page(client, path_kind):
    def path(coops, products):
        return {
            "home": "/",
            "category": "/category/oils",
            "product": f"/p/{products[0].id}-p0",
            "storefront": f"/c/{coops[0].slug}",
        }[path_kind]

    coops, products = build(2, 3)
    small = queries(client, path(coops, products))
    coops, products = build(6, 40)
    large = queries(client, path(coops, products))
    # The only extra query allowed: the row count, once a list runs over one page.
    assert large - small <= 1, (small, large)
    assert small <= 8


@pytest.mark.app_config(FRAGMENT_TTL=60)
def test_listing_fragments_are_reused_per_language(client):
    from market.core import fragments
    from market.core.cache import page_cache

    fragments.clear()
    coops, _products = build(2, 30)
    first = queries(client, "/category/oils?lang=fr")
    again = queries(client, "/category/oils?lang=fr")
    assert again < first  # the grid came from the cache
    arabic = client.get("/category/oils?lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in arabic and "منتج" in arabic  # another language, another fragment
    # A signed-in visitor's header is never part of a cached fragment.
    assert "csrf_token" not in str(page_cache().cached_html("fragment"))
    fragments.clear()
