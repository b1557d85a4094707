"""Card payments are tested against tests/stripe_stub.py with the real stripe library."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from market.core.models import OutboxEmail
from market.extensions import db
from market.orders.models import LedgerEntry
from market.payments.models import Refund, StripeEvent
from tests.factories import make_coop, make_order, make_product, make_user
from tests.stripe_stub import stripe_stub, stripe_stub_server  # noqa: F401  (fixtures)


@pytest.fixture
def stub(app, stripe_stub):  # noqa: F811
    """The stub, with the app pointed at it (webhooks delivered through the app's test client)."""
    return stripe_stub.use_app(app)


@pytest.fixture
def shop(app):
    """A buyer, a cooperative (with its owner and a delivery fee) and a product of 120.50 MAD, stock 5."""
    buyer, owner = make_user(), make_user()
    coop = make_coop(owner=owner, delivery_fee_centimes=2500)
    product = make_product(coop, price_centimes=12050, stock=5)
    db.session.commit()
    return type("Shop", (), {"buyer": buyer, "owner": owner, "coop": coop, "product": product})


def card_order(buyer, items):
    order = make_order(buyer, items, payment_method="card")
    db.session.commit()
    return order


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def snapshot() -> tuple:
    """What a payment event may change, to check that an event refused or replayed changed nothing."""
    db.session.expire_all()
    return (count(StripeEvent), count(LedgerEntry), count(OutboxEmail), count(Refund))


def start_payment(client, login, order) -> str:
    """The buyer goes to the payment page; returns the Stripe session id."""
    login(order.buyer)
    response = client.get(f"/payments/orders/{order.number}/pay")
    assert response.status_code == 303, response.get_data(as_text=True)
    db.session.refresh(order)
    assert response.headers["Location"].endswith(f"/pay/{order.stripe_session_id}")
    return order.stripe_session_id


def client_for(app, user):
    """A separate signed-in browser (the buyer's stays signed in on `client`)."""
    other = app.test_client()
    response = other.post("/account/login", data={"email": user.email, "password": "correct horse battery"})
    assert response.status_code == 302
    return other
