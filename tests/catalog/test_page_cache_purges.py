"""A change purges the cached pages that show it at once, whatever the path that made it (dashboard,
checkout's bulk stock UPDATE, the admin, the label sweep, reviews); pages that do not show it stay
cached; a rolled-back change purges nothing. The TTL is long, so only a purge explains a fresh page.
(With Redis, on the PostgreSQL run, the same tests run against the shared cache.)"""

from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from market.catalog import labels
from market.catalog.models import LabelType, Product
from market.coops.services import update_storefront
from market.core import fragments
from market.core.cache import LOCAL
from market.core.fragments import cache_stats
from market.extensions import db
from market.orders import reviews, services
from market.orders.models import Order
from tests.factories import make_coop, make_product, make_user
from tests.orders.test_checkout import _confirm, _form, _token
from tests.orders.test_reviews import GOOD_TEXT, delivered_line

pytestmark = pytest.mark.app_config(FRAGMENT_TTL=300)


@pytest.fixture(autouse=True)
def fresh_cache(app):
    fragments.clear()
    LOCAL.reset_stats()
    yield
    fragments.clear()


def html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get_data(as_text=True)


def hits() -> int:
    return cache_stats()["pages"]["hits"]


def cached(client, *urls) -> None:
    """Each page is served from the cache now (rendered once first if need be)."""
    for url in urls:
        html(client, url)
    before = hits()
    for url in urls:
        html(client, url)
    assert hits() == before + len(urls), urls


def url_of(product: Product, lang="en") -> str:
    return f"/p/{product.id}-{product.slug}?lang={lang}"


def test_a_new_price_shows_at_once_on_its_product_category_home_and_related_pages(app):
    visitor = app.test_client()
    coop, elsewhere = make_coop(), make_coop()
    product = make_product(coop, price_centimes=12050, featured=True)
    neighbour = make_product(coop, slug="neighbour", price_centimes=5000)  # same category: `product` is related
    unrelated = make_product(elsewhere, category_slug="honey", price_centimes=5000)
    db.session.commit()
    pages = [url_of(product), "/category/oils?lang=en", "/?lang=en", url_of(neighbour), f"/c/{coop.slug}?lang=en"]
    for url in pages:
        assert "120.50" in html(visitor, url), url
    cached(visitor, *pages, url_of(unrelated), f"/c/{elsewhere.slug}?lang=en")

    product.price_centimes = 9900
    db.session.commit()
    for url in pages:
        page = html(visitor, url)
        assert "99.00" in page and "120.50" not in page, url
    before = hits()
    html(visitor, url_of(unrelated))
    html(visitor, f"/c/{elsewhere.slug}?lang=en")
    assert hits() == before + 2  # pages that do not show the product were not purged


def test_stock_sold_at_checkout_reaches_the_product_page_at_once_and_the_grids_when_it_runs_out(app, client, login):
    visitor = app.test_client()
    coop = make_coop()
    product = make_product(coop, stock=2, slug="last-ones")
    buyer = make_user()
    db.session.commit()
    login(buyer)
    grids = ["/category/oils?lang=en", f"/c/{coop.slug}?lang=en"]
    assert "Only 2 left" in html(visitor, url_of(product))
    assert all("badge-out" not in html(visitor, url) for url in grids)

    def buy():
        assert client.post("/cart/add", data={"product_id": product.id, "quantity": 1}).status_code == 302
        token = _token(client.get("/checkout").get_data(as_text=True))
        assert _confirm(client, _form([coop], token, "review")).status_code == 302

    buy()  # checkout takes the stock with a bulk UPDATE, unseen by ORM flush events
    assert "Only 1 left" in html(visitor, url_of(product))
    cached(visitor, *grids)  # some stock left: the cards did not change, the grids stay cached
    buy()
    assert "Out of stock" in html(visitor, url_of(product))
    assert all("badge-out" in html(visitor, url) for url in grids)

    order = db.session.scalars(select(Order)).first()
    services.cancel_order(order, buyer)  # gives the stock back, again with a bulk UPDATE
    db.session.commit()
    assert "Only 1 left" in html(visitor, url_of(product))
    assert all("badge-out" not in html(visitor, url) for url in grids)


def test_a_label_verified_by_the_admin_then_expired_by_the_sweep(app):
    visitor = app.test_client()
    owner, admin = make_user(), make_user(is_admin=True)
    coop = make_coop(owner=owner)
    product = make_product(coop, slug="safran")
    db.session.commit()
    igp = db.session.scalar(select(LabelType).where(LabelType.code == "IGP"))
    until = date.today() + timedelta(days=10)
    claim = labels.claim_label(coop, igp.id, [product], {"certificate_number": "IGP-2024-117", "valid_until": until},
                               None)  # fmt: skip
    db.session.commit()
    assert "IGP-2024-117" not in html(visitor, url_of(product))
    cached(visitor, url_of(product))

    labels.review_claim(admin, claim, "verify", None)
    db.session.commit()
    assert "IGP-2024-117" in html(visitor, url_of(product))
    cached(visitor, url_of(product))

    assert labels.sweep(until + timedelta(days=1)) == (1, 0)  # as the daily sweep, once the end date passed
    db.session.commit()
    assert "IGP-2024-117" not in html(visitor, url_of(product))


def test_reviews_written_replied_and_hidden_show_at_once(app):
    visitor = app.test_client()
    owner = make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop, slug="argan-oil")
    admin = make_user(is_admin=True)
    db.session.commit()
    line = delivered_line({"owner": owner, "coop": coop, "product": product})
    cached(visitor, url_of(product), f"/c/{coop.slug}?lang=en")

    review = reviews.add_review(line.coop_order.order.buyer, line, 4, GOOD_TEXT)
    db.session.commit()
    assert GOOD_TEXT in html(visitor, url_of(product))
    assert "1 review" in html(visitor, f"/c/{coop.slug}?lang=en")  # the storefront's rating

    reviews.reply(review, coop, owner, "Merci pour votre confiance")
    db.session.commit()
    assert "Merci pour votre confiance" in html(visitor, url_of(product))

    reviews.hide(review, admin, "Abusive")
    db.session.commit()
    assert GOOD_TEXT not in html(visitor, url_of(product))


def test_a_storefront_edit_shows_at_once_and_leaves_the_home_page_cached(app):
    visitor = app.test_client()
    coop = make_coop(featured=True)
    product = make_product(coop)
    db.session.commit()
    cached(visitor, f"/c/{coop.slug}?lang=fr", url_of(product), "/?lang=fr")

    db.session.refresh(coop)  # as the dashboard loads it
    update_storefront(coop, {"brand_color": coop.brand_color, "story_fr": "<p>Née à Taliouine en 2004.</p>"})
    db.session.commit()
    assert "Née à Taliouine" in html(visitor, f"/c/{coop.slug}?lang=fr")
    cached(visitor, "/?lang=fr")  # the story is not on cooperative cards: home was not purged

    update_storefront(coop, {"brand_color": "#7a1f3d"})
    db.session.commit()
    for url in (f"/c/{coop.slug}?lang=fr", url_of(product), "/?lang=fr"):  # the colour is on all three
        assert "#7a1f3d" in html(visitor, url), url


def test_a_rolled_back_change_purges_nothing(app):
    visitor = app.test_client()
    product = make_product(make_coop(), price_centimes=12050)
    db.session.commit()
    cached(visitor, url_of(product))
    purges = cache_stats()["purges"]

    product.price_centimes = 100
    db.session.flush()
    db.session.execute(update(Product).where(Product.id == product.id).values(stock=0))
    db.session.rollback()
    with db.session.begin_nested():  # a savepoint released, inside a transaction rolled back
        db.session.get(Product, product.id).price_centimes = 200
    db.session.rollback()
    assert cache_stats()["purges"] == purges
    cached(visitor, url_of(product))
    assert "120.50" in html(visitor, url_of(product))

    db.session.get(Product, product.id).price_centimes = 300  # and a committed one does purge
    db.session.commit()
    assert cache_stats()["purges"] == purges + 1
    assert "3.00" in html(visitor, url_of(product))


def test_a_product_unpublished_by_a_bulk_update_leaves_the_grids_at_once(app):
    visitor = app.test_client()
    product = make_product(make_coop(), name_en="Amlou with almonds")
    db.session.commit()
    cached(visitor, "/category/oils?lang=en", "/?lang=en")
    db.session.execute(update(Product).where(Product.id == product.id).values(is_published=False))
    db.session.commit()
    assert "Amlou with almonds" not in html(visitor, "/category/oils?lang=en")
    assert "Amlou with almonds" not in html(visitor, "/?lang=en")
