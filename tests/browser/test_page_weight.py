"""Light on a slow link: a phone's first visit of the home page and of a product page transfers at most
300 KB, pictures, fonts and scripts included, in every language (benchmarks/page_weight.py measures the
same way and writes the figures)."""

from __future__ import annotations

import pytest

from benchmarks.page_weight import BUDGET_BYTES, measure
from market.catalog.models import Product
from market.catalog.services import public_products
from market.config import LANGUAGES
from market.demo.loader import load_demo
from market.extensions import db

pytestmark = pytest.mark.browser


@pytest.fixture
def demo_product_path(live_app):
    load_demo(echo=lambda *_: None)
    product = db.session.scalars(public_products().order_by(Product.id).limit(1)).first()
    return f"/p/{product.id}-{product.slug}"


def test_first_visits_stay_under_300_kb_at_phone_width(browser, live_server, demo_product_path):
    weights = {}
    for name, path in (("home", "/"), ("product", demo_product_path)):
        for lang in LANGUAGES:
            result = measure(browser, f"{live_server.url}{path}?lang={lang}")
            assert result["by_type"].get("Image", 0) > 0, "the demo's pictures were not loaded"
            weights[(name, lang)] = result["total"]
    over = {key: size for key, size in weights.items() if size > BUDGET_BYTES}
    assert not over, f"over {BUDGET_BYTES} bytes: {over}"
    # The Tifinagh font is one small file, and only Tifinagh text asks for it (unicode-range).
    tamazight = measure(browser, f"{live_server.url}/?lang=zgh")
    assert tamazight["by_type"].get("Font", 0) < 40_000
