"""A buyer's cart and orders through the API: the site's rules, one order per Idempotency-Key, card
payments through Stripe Checkout, and the session only with its CSRF token."""

import pytest
from sqlalchemy import func, select

from market.catalog.models import Product
from market.extensions import db
from market.orders.models import CartItem, Order
from tests.api.helpers import bearer, make_token
from tests.conftest import csrf_token_from
from tests.factories import make_coop, make_product, make_user

ADDRESS = {"full_name": "Fatima Zahra", "phone": "0612345678", "address": "12 rue des Orangers", "city": "rabat"}


def _shop(stock=5):
    coop_a, coop_b = make_coop(slug="argan-a", pickup_enabled=False), make_coop(slug="miel-b", pickup_enabled=True)
    oil, honey = make_product(coop_a, stock=stock, price_centimes=12000), make_product(coop_b, stock=stock)
    buyer = make_user()
    db.session.commit()
    return buyer, oil, honey, make_token(buyer)


def test_cart_lines_add_change_and_go(client):
    buyer, oil, honey, token = _shop()
    auth = bearer(token, "fr")
    added = client.post("/api/v1/cart/items", json={"product_id": oil.id, "quantity": 2}, headers=auth)
    assert added.status_code == 201
    client.post("/api/v1/cart/items", json={"product_id": honey.id}, headers=auth)
    cart = client.get("/api/v1/cart", headers=auth).get_json()
    assert [g["cooperative"]["slug"] for g in cart["groups"]] == ["argan-a", "miel-b"]
    assert cart["total"]["centimes"] == 2 * 12000 + 12050 and cart["payment_methods"] == ["cod"]
    assert cart["groups"][1]["delivery_methods"] == ["home", "pickup"]

    too_many = client.post("/api/v1/cart/items", json={"product_id": oil.id, "quantity": 4}, headers=auth)
    assert too_many.status_code == 422 and too_many.get_json()["detail"] == "Plus que 5 en stock."
    changed = client.patch(f"/api/v1/cart/items/{oil.id}", json={"quantity": 5}, headers=auth).get_json()
    assert changed["groups"][0]["lines"][0]["quantity"] == 5
    gone = client.delete(f"/api/v1/cart/items/{honey.id}", headers=auth).get_json()
    assert [g["cooperative"]["slug"] for g in gone["groups"]] == ["argan-a"]
    for key in ("abc", "99999", f"{oil.id}:x"):
        assert client.delete(f"/api/v1/cart/items/{key}", headers=auth).status_code == 404
    assert client.post("/api/v1/cart/items", json={"product_id": 999999}, headers=auth).status_code == 422


def test_an_order_per_idempotency_key_with_stock_taken_once(client):
    buyer, oil, honey, token = _shop()
    auth = bearer(token, "fr")
    client.post("/api/v1/cart/items", json={"product_id": oil.id, "quantity": 2}, headers=auth)
    client.post("/api/v1/cart/items", json={"product_id": honey.id}, headers=auth)
    body = {
        "address": ADDRESS,
        "payment_method": "cod",
        "deliveries": [{"cooperative": "miel-b", "method": "pickup", "note": "Le matin"}],
    }

    missing_key = client.post("/api/v1/orders", json=body, headers=auth)
    assert missing_key.status_code == 422
    assert missing_key.get_json()["errors"][0]["pointer"] == "#/header/Idempotency-Key"

    first = client.post("/api/v1/orders", json=body, headers={**auth, "Idempotency-Key": "order-0001-abc"})
    assert first.status_code == 201, first.get_json()
    order = first.get_json()
    fee = db.session.get(Product, oil.id).cooperative.delivery_fee_centimes  # home delivery; pickup is free
    assert order["payment_status"] == "cod" and order["total"]["centimes"] == 2 * 12000 + 12050 + fee
    assert {p["cooperative"]["slug"]: p["delivery_method"] for p in order["parts"]} == {
        "argan-a": "home",
        "miel-b": "pickup",
    }
    assert first.headers["Location"].endswith(f"/api/v1/orders/{order['number']}")

    again = client.post("/api/v1/orders", json=body, headers={**auth, "Idempotency-Key": "order-0001-abc"})
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["number"] == order["number"]
    other = client.post("/api/v1/orders", json={**body, "payment_method": "card"},
                        headers={**auth, "Idempotency-Key": "order-0001-abc"})  # fmt: skip
    assert other.status_code == 422 and other.get_json()["type"].endswith("#problem-idempotency")

    assert db.session.scalar(select(func.count(Order.id))) == 1
    db.session.expire_all()
    assert (db.session.get(Product, oil.id).stock, db.session.get(Product, honey.id).stock) == (3, 4)
    assert db.session.scalar(select(func.count(CartItem.id))) == 0
    mine = client.get("/api/v1/orders", headers=auth).get_json()
    assert [o["number"] for o in mine["items"]] == [order["number"]]
    assert client.get(f"/api/v1/orders/{order['number']}", headers=auth).get_json()["parts"][0]["status"] == "confirmed"

    cancelled = client.post(f"/api/v1/orders/{order['number']}/cancel", headers=auth).get_json()
    assert {p["status"] for p in cancelled["parts"]} == {"cancelled"}
    stranger = make_token(make_user())
    assert client.get(f"/api/v1/orders/{order['number']}", headers=bearer(stranger)).status_code == 404


def test_orders_that_cannot_be_placed_change_nothing(client):
    buyer, oil, honey, token = _shop(stock=1)
    auth = bearer(token, "fr")
    client.post("/api/v1/cart/items", json={"product_id": oil.id}, headers=auth)
    base = {"address": ADDRESS, "payment_method": "cod", "deliveries": []}

    def place(body, key):
        return client.post("/api/v1/orders", json=body, headers={**auth, "Idempotency-Key": key})

    bad_phone = place({**base, "address": {**ADDRESS, "phone": "12"}}, "key-phone-1")
    assert bad_phone.status_code == 422 and bad_phone.get_json()["errors"][0]["pointer"] == "#/address/phone"
    assert place({**base, "address": {**ADDRESS, "city": "atlantis"}}, "key-city-01").status_code == 422
    no_pickup = place({**base, "deliveries": [{"cooperative": "argan-a", "method": "pickup"}]}, "key-pickup-1")
    assert no_pickup.status_code == 422
    elsewhere = place({**base, "deliveries": [{"cooperative": "miel-b", "method": "home"}]}, "key-elsewhere")
    assert elsewhere.get_json()["errors"][0]["pointer"] == "#/deliveries/0/cooperative"
    stale = place({**base, "expected_total": 100}, "key-total-001")
    fee = db.session.get(Product, oil.id).cooperative.delivery_fee_centimes
    assert stale.status_code == 409 and stale.get_json()["total"] == 12000 + fee

    oil_row = db.session.get(Product, oil.id)
    oil_row.stock = 0
    db.session.commit()
    sold_out = place(base, "key-sold-out1")
    assert sold_out.status_code == 409
    assert db.session.scalar(select(func.count(Order.id))) == 0


def test_a_card_order_answers_with_stripe_checkouts_page(app, client, stripe_stub):
    stripe_stub.use_app(app)
    buyer, oil, honey, token = _shop()
    auth = bearer(token)
    client.post("/api/v1/cart/items", json={"product_id": oil.id}, headers=auth)
    body = {"address": ADDRESS, "payment_method": "card", "deliveries": []}
    placed = client.post("/api/v1/orders", json=body, headers={**auth, "Idempotency-Key": "card-order-1"})
    assert placed.status_code == 201, placed.get_json()
    order = placed.get_json()
    assert order["payment_status"] == "pending" and order["payment_url"].startswith(stripe_stub.url)
    assert db.session.scalar(select(Order.stripe_session_id)) is not None


@pytest.mark.app_config(WTF_CSRF_ENABLED=True)
def test_the_sites_session_writes_only_with_its_csrf_token(client, login):
    buyer, oil, honey, _token = _shop()
    page = client.get("/account/login").get_data(as_text=True)
    client.post("/account/login", data={"email": buyer.email, "password": "correct horse battery",
                                        "csrf_token": csrf_token_from(page)})  # fmt: skip
    assert client.get("/api/v1/cart").status_code == 200
    refused = client.post("/api/v1/cart/items", json={"product_id": oil.id}, headers={"Accept-Language": "fr"})
    assert refused.status_code == 400 and refused.get_json()["type"].endswith("#problem-csrf")
    csrf = csrf_token_from(client.get("/cart").get_data(as_text=True))
    assert (
        client.post("/api/v1/cart/items", json={"product_id": oil.id}, headers={"X-CSRFToken": csrf}).status_code == 201
    )
    assert client.get("/api/v1/cart").status_code == 200
    client.post("/account/logout", data={"csrf_token": csrf})
    assert client.get("/api/v1/cart").status_code == 401
