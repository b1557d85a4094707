"""The Stripe stand-in itself behaves like Stripe where our code relies on it."""

from __future__ import annotations

import urllib.request

import pytest

from market.payments import stripe_api
from market.payments.exceptions import PaymentError
from tests.payments.conftest import card_order, start_payment
from tests.payments.stripe_fake import parse_nested


def test_nested_form_keys():
    pairs = [("line_items[0][price_data][unit_amount]", "100"), ("line_items[0][quantity]", "2"),
             ("line_items[1][quantity]", "1"), ("metadata[order_number]", "ST-1"), ("expand[]", "a"),
             ("expand[]", "b"), ("mode", "payment")]  # fmt: skip
    assert parse_nested(pairs) == {
        "line_items": [{"price_data": {"unit_amount": "100"}, "quantity": "2"}, {"quantity": "1"}],
        "metadata": {"order_number": "ST-1"},
        "expand": ["a", "b"],
        "mode": "payment",
    }


def test_same_key_with_other_parameters_is_refused_like_stripe(app, shop, stub):
    from datetime import timedelta

    from market.core.models import utcnow

    order = card_order(shop.buyer, [(shop.product, 1)])
    expires = utcnow() + timedelta(hours=1)
    first = stripe_api.create_checkout_session(order, "http://x/ok", "http://x/no", expires)
    again = stripe_api.create_checkout_session(order, "http://x/ok", "http://x/no", expires)
    assert first["id"] == again["id"]  # a double click: one session
    with pytest.raises(PaymentError):  # the same key (same order and expiry) with other parameters
        stripe_api.create_checkout_session(order, "http://x/other", "http://x/no", expires)
    # A later attempt (its first call lost on the way) has another expiry, hence its own key: not refused.
    later = stripe_api.create_checkout_session(order, "http://x/ok", "http://x/no", expires + timedelta(minutes=5))
    assert later["id"] != first["id"]
    with pytest.raises(PaymentError):  # Stripe's own rule: 30 minutes at least
        order.number = "ST-OTHR-ONE1"
        stripe_api.create_checkout_session(order, "http://x/ok", "http://x/no", utcnow() + timedelta(minutes=10))


def test_a_wrong_key_is_not_configured(app, shop, stub):
    app.config["STRIPE_SECRET_KEY"] = "sk_test_wrong"
    with pytest.raises(PaymentError) as error:
        stripe_api.retrieve_session("cs_test_x")
    assert "pas disponible" in str(error.value)  # the app speaks French by default


def test_hosted_page_works_in_a_browser(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    with urllib.request.urlopen(f"{stub.url}/pay/{session_id}") as response:  # noqa: S310
        page = response.read().decode()
    assert "<form method='post'>" in page and "id='pay'" in page and "/payments/orders/" in page
    assert "241.00 MAD" in page and "266.00 MAD" in page
