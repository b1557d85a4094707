"""The buyer's way through Stripe: the payment page, coming back paid, coming back without paying."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from market.extensions import db
from market.orders.models import CANCELLED, CONFIRMED, PENDING_PAYMENT, CartItem
from market.payments import stripe_api
from tests.factories import make_user
from tests.payments.conftest import card_order, client_for, path_of, start_payment


def test_card_payments_need_both_keys(app):
    assert not stripe_api.card_payments_enabled()
    app.config["STRIPE_SECRET_KEY"] = "sk_test_x"
    assert not stripe_api.card_payments_enabled()  # without the webhook secret nothing could be confirmed
    app.config["STRIPE_WEBHOOK_SECRET"] = "whsec_x"
    assert stripe_api.card_payments_enabled()


def test_pay_without_keys_says_so_and_changes_nothing(app, client, login, shop):
    order = card_order(shop.buyer, [(shop.product, 1)])
    login(shop.buyer)
    response = client.get(f"/payments/orders/{order.number}/pay?lang=en")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/orders/{order.number}")
    db.session.refresh(order)
    assert order.stripe_session_id is None and order.payment_status == "pending"
    assert "Card payments are not available" in client.get("/cart?lang=en").get_data(as_text=True)


def test_pay_creates_one_session_in_mad_with_lines_and_delivery(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    created = [c for c in stub.calls if c[:2] == ("POST", "/v1/checkout/sessions")]
    assert len(created) == 1
    params = created[0][2]
    assert params["client_reference_id"] == order.number and params["metadata"]["order_number"] == order.number
    items = params["line_items"]
    assert [(i["price_data"]["currency"], i["price_data"]["unit_amount"], i["quantity"]) for i in items] == [
        ("mad", "12050", "2"),
        ("mad", "2500", "1"),
    ]
    assert items[0]["price_data"]["product_data"]["name"] == shop.product.name_fr  # the buyer's language
    assert stub.session(session_id)["amount_total"] == order.total_centimes == 26600
    # Stripe wants at least 30 minutes: the reservation is pushed to the session's end, no further.
    assert int(params["expires_at"]) == int(order.reserved_until.timestamp())
    assert "session_id={CHECKOUT_SESSION_ID}" in params["success_url"]


def test_double_click_gives_the_same_session(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    first = start_payment(client, login, order)
    again = client.get(f"/payments/orders/{order.number}/pay")
    assert again.headers["Location"].endswith(f"/pay/{first}")
    # As if the first request had not stored the session (two requests at once): same key, same
    # parameters, so Stripe answers with the same session.
    order.stripe_session_id = None
    db.session.commit()
    third = client.get(f"/payments/orders/{order.number}/pay")
    assert third.headers["Location"].endswith(f"/pay/{first}")
    assert len(stub.sessions) == 1
    db.session.refresh(order)
    assert order.stripe_session_id == first


def test_two_concurrent_clicks_make_one_session(app, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    clients = [client_for(app, shop.buyer) for _ in range(2)]
    barrier, answers = threading.Barrier(2), []

    def click(c):
        with app.app_context():
            barrier.wait()
            answers.append(c.get(f"/payments/orders/{order.number}/pay"))

    threads = [threading.Thread(target=click, args=(c,)) for c in clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert [a.status_code for a in answers] == [303, 303]
    assert len({a.headers["Location"] for a in answers}) == 1
    assert len(stub.sessions) == 1


def test_only_the_buyer_may_pay(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    assert client.get(f"/payments/orders/{order.number}/pay").status_code == 302  # to the sign-in page
    other = make_user()
    db.session.commit()
    login(other)
    assert client.get(f"/payments/orders/{order.number}/pay").status_code == 404
    assert client.get("/payments/orders/ST-NOPE-NOPE/pay").status_code == 404
    assert client.get(f"/payments/orders/{order.number}/success").status_code == 404
    assert client.get(f"/payments/orders/{order.number}/cancelled").status_code == 404
    assert not stub.sessions


def test_expired_reservation_cannot_be_paid(app, client, login, shop, stub):
    from datetime import timedelta

    from market.core.models import utcnow

    order = card_order(shop.buyer, [(shop.product, 1)])
    order.reserved_until = utcnow() - timedelta(minutes=1)
    db.session.commit()
    login(shop.buyer)
    response = client.get(f"/payments/orders/{order.number}/pay?lang=en")
    assert response.status_code == 302 and not stub.sessions
    assert "The time to pay for this order has run out" in client.get("/cart?lang=en").get_data(as_text=True)


def test_success_page_before_the_webhook_asks_stripe(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    stub.webhook_mode = "skip"  # the webhook is late
    success = stub.session(session_id)["success_url"].replace("{CHECKOUT_SESSION_ID}", session_id)

    # Back on the success page before paying (or before Stripe finished): no claim of success.
    page = client.get(path_of(success) + "&lang=en").get_data(as_text=True)
    assert "being confirmed" in page and "has been received" not in page
    db.session.refresh(order)
    assert order.payment_status == "pending"

    status, location = stub.pay(session_id)
    assert status == 303 and location == success
    assert not stub.deliveries
    page = client.get(path_of(location) + "&lang=en").get_data(as_text=True)
    assert "Your payment has been received" in page
    db.session.refresh(order)
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED
    assert order.stripe_payment_intent == stub.session(session_id)["payment_intent"]
    # The webhook, when it comes at last, changes nothing more.
    delivery = stub.send_event("checkout.session.completed", stub.session(session_id))
    assert delivery.status == 200
    db.session.refresh(shop.product)
    assert shop.product.stock == 3


def test_hosted_page_pays_and_the_webhook_confirms(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    session_id = start_payment(client, login, order)
    status, location = stub.pay(session_id)
    assert status == 303 and stub.deliveries[-1].status == 200
    db.session.expire_all()
    assert order.payment_status == "paid"
    page = client.get(path_of(location) + "&lang=en").get_data(as_text=True)
    assert "Your payment has been received" in page


def test_cancel_releases_the_stock_and_restores_the_cart(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 3)])
    db.session.refresh(shop.product)
    assert shop.product.stock == 2
    session_id = start_payment(client, login, order)
    response = client.get(f"/payments/orders/{order.number}/cancelled")
    assert response.status_code == 302 and response.headers["Location"].endswith("/cart")
    assert stub.session(session_id)["status"] == "expired"
    db.session.expire_all()
    assert order.payment_status == "failed" and order.parts[0].status == CANCELLED
    assert shop.product.stock == 5
    items = db.session.scalars(select(CartItem).where(CartItem.user_id == shop.buyer.id)).all()
    assert [(i.product_id, i.quantity) for i in items] == [(shop.product.id, 3)]
    # Coming back to the page again puts nothing more in the cart.
    client.get(f"/payments/orders/{order.number}/cancelled")
    db.session.expire_all()
    assert db.session.scalars(select(CartItem.quantity).where(CartItem.user_id == shop.buyer.id)).all() == [3]


def test_cancel_after_paying_in_another_tab_keeps_the_order(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    session_id = start_payment(client, login, order)
    stub.complete(session_id)  # paid, webhook not there yet
    response = client.get(f"/payments/orders/{order.number}/cancelled")
    assert response.headers["Location"].endswith(f"/orders/{order.number}")
    db.session.expire_all()
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED


def test_cancel_while_stripe_is_unreachable_keeps_everything(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    start_payment(client, login, order)
    with stub.unreachable():
        response = client.get(f"/payments/orders/{order.number}/cancelled")
    assert response.headers["Location"].endswith(f"/orders/{order.number}")
    db.session.expire_all()
    assert order.payment_status == "pending" and order.parts[0].status == PENDING_PAYMENT


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_result_page_renders_in_rtl_and_french(app, client, login, shop, stub, lang):
    order = card_order(shop.buyer, [(shop.product, 1)])
    start_payment(client, login, order)
    response = client.get(f"/payments/orders/{order.number}/success?lang={lang}")
    assert response.status_code == 200
    assert f'lang="{lang}"' in response.get_data(as_text=True)
