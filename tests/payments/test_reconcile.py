"""What happens without the webhook: `flask payments reconcile`, and the reservation sweep asking Stripe."""

from __future__ import annotations

from datetime import timedelta

from market.core.models import utcnow
from market.extensions import db
from market.orders import services as orders
from market.orders.models import CANCELLED, CONFIRMED, PENDING_PAYMENT, REFUNDED
from tests.factories import make_product
from tests.payments.conftest import card_order, start_payment


def test_reconcile_settles_a_paid_session_without_webhook_and_releases_an_expired_one(app, client, login, shop,
                                                                                      stub, runner):  # fmt: skip
    other = make_product(shop.coop, price_centimes=3000, stock=4)
    db.session.commit()
    paid = card_order(shop.buyer, [(shop.product, 2)])
    gone = card_order(shop.buyer, [(other, 3)])
    waiting = card_order(shop.buyer, [(other, 1)])
    paid_session = start_payment(client, login, paid)
    gone_session = start_payment(client, login, gone)
    start_payment(client, login, waiting)
    stub.complete(paid_session)  # the webhook never came
    stub.expire(gone_session)

    result = runner.invoke(args=["payments", "reconcile"])
    assert result.exit_code == 0, result.output
    assert "3 session(s) checked" in result.output
    assert "1 confirmed" in result.output and "1 released" in result.output and "1 open" in result.output
    db.session.expire_all()
    assert paid.payment_status == "paid" and paid.parts[0].status == CONFIRMED
    assert gone.payment_status == "failed" and gone.parts[0].status == CANCELLED
    assert waiting.payment_status == "pending"
    assert shop.product.stock == 3 and other.stock == 3

    again = runner.invoke(args=["payments", "reconcile"])
    assert "0 confirmed" not in again.output and "confirmed" not in again.output


def test_reconcile_finds_a_late_payment_of_a_released_order(app, client, login, shop, stub, runner):
    order = card_order(shop.buyer, [(shop.product, 5)])
    session_id = start_payment(client, login, order)
    orders.release_order(order, "test: released")
    db.session.commit()
    shop.product.stock = 0  # sold to someone else
    db.session.commit()
    stub.complete(session_id)  # ...and yet the buyer paid
    result = runner.invoke(args=["payments", "reconcile"])
    assert "1 refunded" in result.output, result.output
    db.session.expire_all()
    assert order.payment_status == "refunded" and order.parts[0].status == REFUNDED
    assert stub.payment_intents[order.stripe_payment_intent]["amount_refunded"] == order.total_centimes


def test_reconcile_reports_stripe_unreachable(app, client, login, shop, stub, runner):
    order = card_order(shop.buyer, [(shop.product, 1)])
    start_payment(client, login, order)
    with stub.unreachable():
        result = runner.invoke(args=["payments", "reconcile"])
    assert result.exit_code == 0 and "1 unreachable" in result.output
    db.session.expire_all()
    assert order.payment_status == "pending"


def test_sweep_keeps_the_reservation_while_stripe_is_unreachable(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    later = utcnow() + timedelta(hours=1)
    with stub.unreachable():
        assert orders.release_expired(later) == 0
    db.session.commit()
    db.session.expire_all()
    assert order.payment_status == "pending" and order.parts[0].status == PENDING_PAYMENT
    assert shop.product.stock == 3

    # Stripe is back: the open session is closed on Stripe, then the stock goes back.
    assert orders.release_expired(later) == 1
    db.session.commit()
    db.session.expire_all()
    assert stub.session(session_id)["status"] == "expired"
    assert order.payment_status == "failed" and shop.product.stock == 5


def test_sweep_confirms_an_order_paid_at_the_last_minute(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    stub.complete(session_id)  # paid; the webhook is still on its way
    assert orders.release_expired(utcnow() + timedelta(hours=1)) == 0
    db.session.commit()
    db.session.expire_all()
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED
    assert shop.product.stock == 3


def test_sweep_releases_an_order_whose_buyer_never_reached_stripe(app, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    assert orders.release_expired(utcnow() + timedelta(hours=1)) == 1
    db.session.commit()
    db.session.expire_all()
    assert order.payment_status == "failed" and shop.product.stock == 5 and not stub.calls


def test_sweep_releases_an_order_whose_session_stripe_does_not_know(app, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    order.stripe_session_id = "cs_test_unknown_to_stripe"
    db.session.commit()
    assert orders.release_expired(utcnow() + timedelta(hours=1)) == 1
    db.session.commit()
    db.session.expire_all()
    assert order.payment_status == "failed" and shop.product.stock == 5


def test_reconcile_without_stripe_keys_says_so(app, runner):
    result = runner.invoke(args=["payments", "reconcile"])
    assert result.exit_code == 1 and "not configured" in result.output
