"""Stripe's webhook: signatures, replays, events in any order, failures and refunds made on Stripe."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select

from market.core.models import OutboxEmail
from market.extensions import db
from market.orders.models import CANCELLED, CONFIRMED, REFUNDED, LedgerEntry
from market.payments.models import Refund, StripeEvent
from tests.factories import make_coop, make_product
from tests.payments.conftest import card_order, client_for, count, snapshot, start_payment


def _paid(client, login, stub, order) -> str:
    session_id = start_payment(client, login, order)
    stub.complete(session_id, send_webhook=True)
    assert stub.deliveries[-1].status == 200
    db.session.expire_all()
    assert order.payment_status == "paid"
    return session_id


def test_bad_missing_or_stale_signature_is_refused_and_changes_nothing(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    session_id = start_payment(client, login, order)
    session = stub.complete(session_id)
    before = snapshot()
    event = stub.make_event("checkout.session.completed", session)
    assert stub.resend(event, secret="whsec_someone_else").status == 400
    assert stub.resend(event, signature="").status == 400
    assert stub.resend(event, signature="t=abc,v1=00").status == 400
    assert stub.resend(event, timestamp=int(time.time()) - 600).status == 400  # replayed later than 5 minutes
    response = client.post("/payments/stripe/webhook", data=b"{not json", headers={"Stripe-Signature": "t=1,v1=2"})
    assert response.status_code == 400
    assert snapshot() == before
    assert order.payment_status == "pending" and order.parts[0].status != CONFIRMED
    # Signed properly, the same event goes through.
    assert stub.resend(event).status == 200
    db.session.expire_all()
    assert order.payment_status == "paid"


def test_webhook_needs_no_csrf_token(app, shop, stripe_stub):
    app.config["WTF_CSRF_ENABLED"] = True
    stripe_stub.use_app(app)
    delivery = stripe_stub.send_event("customer.created", {"id": "cus_1", "object": "customer"})
    assert delivery.status == 200 and "ignored" in delivery.body
    assert count(StripeEvent, StripeEvent.id == delivery.event["id"]) == 1


def test_replay_is_acknowledged_and_processed_once(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    _paid(client, login, stub, order)
    first = stub.deliveries[-1]
    before = snapshot()
    again = stub.resend(first.event)
    assert again.status == 200 and "already processed" in again.body
    assert snapshot() == before
    assert count(LedgerEntry, LedgerEntry.kind == "sale") == 1


def test_concurrent_deliveries_of_one_event_apply_once(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    session_id = start_payment(client, login, order)
    event = stub.make_event("checkout.session.completed", stub.complete(session_id))
    barrier, statuses = threading.Barrier(3), []

    def deliver():
        with app.app_context():
            barrier.wait()
            statuses.append(stub.resend(event).status)

    threads = [threading.Thread(target=deliver) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert statuses == [200, 200, 200]
    db.session.expire_all()
    assert order.payment_status == "paid"
    assert count(StripeEvent) == 1 and count(LedgerEntry, LedgerEntry.kind == "sale") == 1


def test_expired_after_completed_keeps_the_paid_order(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = _paid(client, login, stub, order)
    stale = {**stub.session(session_id), "status": "expired", "payment_status": "unpaid"}
    assert stub.send_event("checkout.session.expired", stale).status == 200
    db.session.expire_all()
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED
    assert shop.product.stock == 3


def test_completed_after_expired_confirms_when_the_stock_is_there(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    paid = stub.complete(session_id)  # paid at the last second...
    stub.send_event("checkout.session.expired", {**paid, "status": "expired", "payment_status": "unpaid"})
    db.session.expire_all()
    assert order.payment_status == "failed" and shop.product.stock == 5  # ...but the expiry came first
    assert stub.send_event("checkout.session.completed", paid).status == 200
    db.session.expire_all()
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED
    assert shop.product.stock == 3 and not stub.refunds


def test_completed_after_expired_refunds_when_the_stock_is_gone(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    paid = stub.complete(session_id)
    stub.send_event("checkout.session.expired", {**paid, "status": "expired", "payment_status": "unpaid"})
    db.session.expire_all()
    shop.product.stock = 1  # someone else bought them meanwhile
    db.session.commit()
    assert stub.send_event("checkout.session.completed", paid).status == 200
    db.session.expire_all()
    assert order.payment_status == "refunded" and order.parts[0].status == REFUNDED
    assert order.refunded_centimes == order.total_centimes
    assert sum(r["amount"] for r in stub.refunds.values()) == order.total_centimes
    assert stub.payment_intents[paid["payment_intent"]]["amount_refunded"] == order.total_centimes
    assert shop.product.stock == 1
    refunds = db.session.scalars(select(Refund)).all()
    assert [(r.amount_centimes, r.stripe_refund_id in stub.refunds) for r in refunds] == [(order.total_centimes, True)]
    # The cooperative's payout ledger ends at zero.
    assert db.session.scalar(select(db.func.sum(LedgerEntry.amount_centimes))) == 0


def test_payment_failed_releases_the_stock(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 4)])
    session_id = start_payment(client, login, order)
    stub.fail_payment(session_id)
    assert stub.deliveries[-1].status == 200
    db.session.expire_all()
    assert order.payment_status == "failed" and order.parts[0].status == CANCELLED
    assert shop.product.stock == 5
    # Stripe's page was closed too: the stock back on sale can no longer be paid for by this order.
    assert stub.session(session_id)["status"] == "expired"


def test_async_payment_succeeded_confirms(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    session_id = start_payment(client, login, order)
    processing = stub.complete(session_id, payment_status="unpaid")
    stub.send_event("checkout.session.completed", processing)
    db.session.expire_all()
    assert order.payment_status == "pending"  # not paid yet: nothing claimed
    stub.payment_intents[processing["payment_intent"]]["status"] = "succeeded"
    stub.send_event("checkout.session.async_payment_succeeded", {**processing, "payment_status": "paid"})
    db.session.expire_all()
    assert order.payment_status == "paid"


def test_unknown_order_and_unknown_type_are_acknowledged(app, client, login, shop, stub):
    delivery = stub.send_event("checkout.session.completed", {"id": "cs_test_gone", "object": "checkout.session",
                               "status": "complete", "payment_status": "paid", "client_reference_id": "ST-GONE-GONE",
                               "payment_intent": "pi_test_gone"})  # fmt: skip
    assert delivery.status == 200 and "unknown" in delivery.body
    assert stub.send_event("invoice.paid", {"id": "in_1"}).status == 200
    assert count(StripeEvent) == 2


def test_refund_made_in_stripes_dashboard_is_recorded(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = _paid(client, login, stub, order)
    pi = stub.session(session_id)["payment_intent"]
    stub.dashboard_refund(pi, 5000)
    assert stub.deliveries[-1].status == 200
    db.session.expire_all()
    part = order.parts[0]
    assert part.refunded_centimes == 5000 and part.status == CONFIRMED
    refund = db.session.scalars(select(Refund)).one()
    assert refund.amount_centimes == 5000 and refund.stripe_refund_id is None
    # The same total told again records nothing more; the rest refunded closes the order.
    stub.send_event("charge.refunded", stub.charge(pi))
    db.session.expire_all()
    assert part.refunded_centimes == 5000
    stub.dashboard_refund(pi)
    db.session.expire_all()
    assert part.refunded_centimes == part.total_centimes and part.status == REFUNDED
    assert order.payment_status == "refunded"


def test_a_dashboard_refund_of_a_several_cooperatives_order_is_not_pinned_on_one_of_them(
    app, client, login, shop, stub
):
    other = make_product(make_coop(), price_centimes=8000, stock=3)
    db.session.commit()
    order = card_order(shop.buyer, [(shop.product, 1), (other, 1)])
    session_id = _paid(client, login, stub, order)
    stub.dashboard_refund(stub.session(session_id)["payment_intent"], 5000)
    assert stub.deliveries[-1].status == 200
    db.session.expire_all()
    assert [part.refunded_centimes for part in order.parts] == [0, 0]  # left to an admin, not guessed
    assert count(Refund) == 0 and count(LedgerEntry, LedgerEntry.kind == "refund") == 0


def test_refund_webhook_after_our_own_refund_records_nothing_more(app, client, login, shop, stub):
    order = card_order(shop.buyer, [(shop.product, 1)])
    _paid(client, login, stub, order)
    owner = client_for(app, shop.owner)
    stub.refund_webhooks = True  # Stripe tells us of our own refund too
    response = owner.post(f"/manage/{shop.coop.slug}/orders/{order.parts[0].id}/refund",
                           data={"amount": "20", "reason": "Jar broken"})  # fmt: skip
    assert response.status_code == 302
    for _ in range(50):
        if any(d.event["type"] == "charge.refunded" for d in stub.deliveries):
            break
        time.sleep(0.05)
    assert not stub.errors
    assert [d.status for d in stub.deliveries if d.event["type"] == "charge.refunded"] == [200]
    db.session.expire_all()
    assert order.parts[0].refunded_centimes == 2000 and count(Refund) == 1


def test_two_events_and_the_success_page_at_once_confirm_once(app, client, login, shop, stub, monkeypatch):
    """Different event ids for one payment (completed, then async_payment_succeeded) and the buyer's
    return all settle the same session at the same moment: the order's row lock lets one confirm it."""
    from market.orders import services as orders

    confirm = orders.confirm_payment

    def slow_confirm(*args, **kwargs):  # widens the window in which the others could also see "pending"
        time.sleep(0.3)
        return confirm(*args, **kwargs)

    monkeypatch.setattr(orders, "confirm_payment", slow_confirm)
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    paid = stub.complete(session_id)
    success = f"/payments/orders/{order.number}/success?session_id={session_id}"
    buyer = client_for(app, shop.buyer)
    barrier, results = threading.Barrier(3), []

    def run(action):
        with app.app_context():
            barrier.wait()
            results.append(action())

    actions = [
        lambda: stub.send_event("checkout.session.completed", paid).status,
        lambda: stub.send_event("checkout.session.async_payment_succeeded", paid).status,
        lambda: buyer.get(success).status_code,
    ]
    threads = [threading.Thread(target=run, args=(a,)) for a in actions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == [200, 200, 200]
    db.session.expire_all()
    assert order.payment_status == "paid" and shop.product.stock == 3
    assert count(LedgerEntry, LedgerEntry.kind == "sale") == 1
    assert count(OutboxEmail) == 2  # one confirmation to the buyer, one "new order" to the cooperative's owner


def test_success_page_of_a_late_payment_tells_the_truth(app, client, login, shop, stub):
    from market.orders import services as orders

    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    orders.release_order(order, "test: reservation ran out")
    db.session.commit()
    stub.complete(session_id)  # paid after the release; the webhook is late
    page = client.get(f"/payments/orders/{order.number}/success?lang=en").get_data(as_text=True)
    assert "Your payment has been received" in page
    db.session.expire_all()
    assert order.payment_status == "paid" and order.parts[0].status == CONFIRMED and shop.product.stock == 3
