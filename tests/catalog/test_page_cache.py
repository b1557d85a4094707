"""Whole public pages are cached for anonymous visitors, with their own CSRF token and cart filled in.
(What purges them: test_page_cache_purges.py.)"""

import pytest

from market.core import fragments
from market.core.cache import LOCAL
from market.core.fragments import cache_stats
from market.extensions import db
from tests.conftest import csrf_token_from
from tests.factories import make_coop, make_product, make_user

pytestmark = pytest.mark.app_config(FRAGMENT_TTL=60, WTF_CSRF_ENABLED=True)


@pytest.fixture(autouse=True)
def empty_cache():
    fragments.clear()
    LOCAL.reset_stats()
    yield
    fragments.clear()


def product_page(client, product):
    response = client.get(f"/p/{product.id}-{product.slug}?lang=fr")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_each_visitor_gets_a_working_token_and_their_own_cart(app):
    product = make_product(make_coop(), name_fr="Huile d’argan", slug="huile", stock=5)
    db.session.commit()
    alice, bob = app.test_client(), app.test_client()
    first = product_page(alice, product)
    second = product_page(bob, product)  # served from the cache
    assert "\x00" not in first + second
    token_a, token_b = csrf_token_from(first), csrf_token_from(second)
    assert token_a != token_b
    # Bob's token from the cached page is his, and it works: his cart now holds 2.
    response = bob.post("/cart/add", data={"csrf_token": token_b, "product_id": product.id, "quantity": 2})
    assert response.status_code == 302
    bob_page = product_page(bob, product)  # with the message about his cart: rendered, not cached
    assert "cart-count" in bob_page and ">2</span>" in bob_page
    assert 'class="flash' in bob_page
    # Alice's token is not Bob's.
    refused = bob.post("/cart/add", data={"csrf_token": token_a, "product_id": product.id, "quantity": 1})
    assert refused.status_code == 400
    assert ">2</span>" in product_page(bob, product)  # cached page, his own counter
    assert ">0</span>" in product_page(alice, product)


def test_cached_pages_are_per_language_and_never_for_signed_in_visitors(app, client):
    product = make_product(make_coop(), name_fr="Miel de thym", name_ar="عسل الزعتر", slug="miel")
    db.session.commit()
    assert "Miel de thym" in product_page(client, product)
    product.name_fr = "Miel de thym bio"
    db.session.commit()
    assert "Miel de thym bio" in product_page(client, product)  # anonymous: purged by the commit
    assert "Miel de thym bio" in product_page(client, product) and cache_stats()["pages"]["hits"] == 1
    arabic = client.get(f"/p/{product.id}-miel?lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in arabic and "عسل الزعتر" in arabic
    user = make_user(email="owner@example.ma")
    db.session.commit()
    token = csrf_token_from(client.get("/account/login").get_data(as_text=True))
    form = {"csrf_token": token, "email": user.email, "password": "correct horse battery"}
    assert client.post("/account/login", data=form).status_code == 302
    pages = cache_stats()["pages"]
    assert "Miel de thym bio" in product_page(client, product) + product_page(client, product)
    assert cache_stats()["pages"] == pages  # signed in: the live page, neither looked up nor stored


def test_errors_and_redirects_are_not_cached(client):
    assert client.get("/p/999999-nothing").status_code == 404
    product = make_product(make_coop(), slug="real")
    db.session.commit()
    assert client.get(f"/p/{product.id}-wrong").status_code == 301
    assert cache_stats()["pages"]["entries"] == 0
