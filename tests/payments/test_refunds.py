"""Refunds by a cooperative, by an administrator, and when a paid part is cancelled."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from market.extensions import db
from market.orders import services as orders
from market.orders.models import CANCELLED, CONFIRMED, REFUNDED, LedgerEntry
from market.payments.exceptions import PaymentError
from market.payments.models import Refund
from tests.factories import add_member, make_coop, make_order, make_product, make_user
from tests.payments.conftest import card_order, client_for, snapshot, start_payment


@pytest.fixture
def paid(app, client, login, shop, stub):
    """A paid card order of 2 × 120.50 MAD + 25 MAD delivery (266 MAD)."""
    order = card_order(shop.buyer, [(shop.product, 2)])
    session_id = start_payment(client, login, order)
    stub.complete(session_id, send_webhook=True)
    db.session.expire_all()
    assert order.payment_status == "paid"
    return order


def _refund_url(slug, part):
    return f"/manage/{slug}/orders/{part.id}/refund"


def test_partial_then_full_refund_by_the_cooperative(app, shop, stub, paid):
    owner = client_for(app, shop.owner)
    part = paid.parts[0]
    form = {"amount": "12,50", "reason": "One jar arrived broken"}
    response = owner.post(_refund_url(shop.coop.slug, part), data=form)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/manage/{shop.coop.slug}/orders/{part.id}")
    db.session.expire_all()
    assert part.refunded_centimes == 1250 and part.status == CONFIRMED
    (stripe_refund,) = stub.refunds.values()
    assert stripe_refund["amount"] == 1250 and stripe_refund["payment_intent"] == paid.stripe_payment_intent
    refund = db.session.scalars(select(Refund)).one()
    assert (refund.amount_centimes, refund.stripe_refund_id) == (1250, stripe_refund["id"])
    assert refund.actor_id == shop.owner.id
    assert refund.reason == "One jar arrived broken"

    # Empty amount: everything that is left.
    owner.post(_refund_url(shop.coop.slug, part), data={"amount": "", "reason": "Order returned"})
    db.session.expire_all()
    assert part.refunded_centimes == part.total_centimes == 26600 and part.status == REFUNDED
    assert paid.payment_status == "refunded"
    assert stub.payment_intents[paid.stripe_payment_intent]["amount_refunded"] == 26600
    kinds = sorted(db.session.scalars(select(LedgerEntry.kind)))
    assert kinds == ["refund", "refund", "sale"]


def test_a_resubmitted_form_does_not_refund_twice(app, shop, stub, paid):
    owner = client_for(app, shop.owner)
    part = paid.parts[0]
    form = {"amount": "10", "reason": "Late delivery", "seen": "0"}
    owner.post(_refund_url(shop.coop.slug, part), data=form)
    owner.post(_refund_url(shop.coop.slug, part), data=form)  # the same page submitted again
    db.session.expire_all()
    assert part.refunded_centimes == 1000 and len(stub.refunds) == 1


@pytest.mark.parametrize("amount", ["abc", "-5", "0", "266.01", "1e3", "12.345", "99999999999999999999"])
def test_bad_amounts_change_nothing(app, shop, stub, paid, amount):
    owner = client_for(app, shop.owner)
    before = snapshot()
    response = owner.post(_refund_url(shop.coop.slug, paid.parts[0]) + "?lang=en",
                          data={"amount": amount, "reason": "Because"})  # fmt: skip
    assert response.status_code == 302
    assert snapshot() == before and not stub.refunds
    page = owner.get("/cart?lang=en").get_data(as_text=True)
    assert "Enter an amount in MAD" in page or "A refund must be between" in page


def test_a_reason_is_required(app, shop, stub, paid):
    owner = client_for(app, shop.owner)
    owner.post(_refund_url(shop.coop.slug, paid.parts[0]), data={"amount": "10", "reason": " "})
    assert not stub.refunds


def test_another_cooperative_cannot_refund(app, shop, stub, paid):
    intruder = make_user()
    other = make_coop(slug="other-coop")
    add_member(other, intruder, "owner")
    staff = make_user()
    add_member(shop.coop, staff, "staff")
    db.session.commit()
    part = paid.parts[0]
    as_intruder = client_for(app, intruder)
    assert as_intruder.post(_refund_url("other-coop", part), data={"reason": "steal"}).status_code == 404
    assert as_intruder.post(_refund_url(shop.coop.slug, part), data={"reason": "steal"}).status_code == 403
    assert client_for(app, staff).post(_refund_url(shop.coop.slug, part), data={"reason": "nope"}).status_code == 403
    assert as_intruder.post(f"/manage/other-coop/orders/{2**40}/refund", data={"reason": "x"}).status_code == 404
    assert not stub.refunds


def test_cash_and_unpaid_orders_cannot_be_refunded_by_card(app, client, login, shop, stub):
    cash = make_order(shop.buyer, [(shop.product, 1)], payment_method="cod")
    unpaid = card_order(shop.buyer, [(shop.product, 1)])
    owner = client_for(app, shop.owner)
    for order in (cash, unpaid):
        owner.post(_refund_url(shop.coop.slug, order.parts[0]), data={"amount": "", "reason": "Try"})
    assert not stub.refunds
    db.session.expire_all()
    assert cash.parts[0].refunded_centimes == 0 and unpaid.parts[0].refunded_centimes == 0


def test_stripe_unreachable_during_a_refund_changes_nothing(app, shop, stub, paid):
    owner = client_for(app, shop.owner)
    before = snapshot()
    with stub.unreachable():
        owner.post(_refund_url(shop.coop.slug, paid.parts[0]), data={"amount": "10", "reason": "Broken"})
    assert snapshot() == before
    page = owner.get("/cart?lang=fr").get_data(as_text=True)
    assert "Le service de paiement par carte est injoignable" in page


def test_admin_searches_sees_and_refunds(app, shop, stub, paid):
    admin = make_user(is_admin=True)
    db.session.commit()
    as_admin = client_for(app, admin)
    listing = as_admin.get(f"/admin/orders?q={paid.number.lower()}").get_data(as_text=True)
    assert paid.number in listing
    assert paid.number in as_admin.get(f"/admin/orders?q={shop.buyer.email.upper()}").get_data(as_text=True)
    assert paid.number not in as_admin.get("/admin/orders?q=nobody%25").get_data(as_text=True)
    part = paid.parts[0]
    page = as_admin.get(f"/admin/orders/{paid.number}").get_data(as_text=True)
    assert f"/admin/orders/{paid.number}/parts/{part.id}/refund" in page and 'name="csrf_token"' in page
    response = as_admin.post(f"/admin/orders/{paid.number}/parts/{part.id}/refund",
                             data={"amount": "100.00", "reason": "Goodwill"})  # fmt: skip
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/admin/orders/{paid.number}")
    db.session.expire_all()
    assert part.refunded_centimes == 10000
    assert db.session.scalars(select(Refund.actor_id)).one() == admin.id
    assert "Goodwill" in as_admin.get(f"/admin/orders/{paid.number}").get_data(as_text=True)
    for lang in ("ar", "fr"):
        for url in (f"/admin/orders?lang={lang}", f"/admin/orders/{paid.number}?lang={lang}"):
            response = as_admin.get(url)
            assert response.status_code == 200 and f'lang="{lang}"' in response.get_data(as_text=True)
    assert as_admin.get("/admin/orders/ST-NONE-NONE").status_code == 404
    assert as_admin.post(f"/admin/orders/{paid.number}/parts/{2**40}/refund", data={}).status_code == 404


def test_admin_pages_refuse_others(app, shop, stub, paid):
    owner = client_for(app, shop.owner)
    assert owner.get("/admin/orders").status_code == 403
    assert owner.get(f"/admin/orders/{paid.number}").status_code == 403
    part = paid.parts[0]
    assert owner.post(f"/admin/orders/{paid.number}/parts/{part.id}/refund", data={"reason": "x"}).status_code == 403


def test_a_refund_form_for_a_part_of_another_order_is_not_found(app, client, login, shop, stub, paid):
    admin = make_user(is_admin=True)
    other = make_order(shop.buyer, [(shop.product, 1)], payment_method="cod")
    db.session.commit()
    as_admin = client_for(app, admin)
    response = as_admin.post(f"/admin/orders/{other.number}/parts/{paid.parts[0].id}/refund", data={"reason": "x"})
    assert response.status_code == 404 and not stub.refunds


def test_cancelling_a_paid_part_refunds_it(app, shop, stub, paid):
    part = paid.parts[0]
    orders.cancel_part(part, shop.owner, "Out of stock, sorry", by_buyer=False)
    db.session.commit()
    db.session.expire_all()
    assert part.status == REFUNDED and part.refunded_centimes == part.total_centimes
    assert shop.product.stock == 5
    (stripe_refund,) = stub.refunds.values()
    assert stripe_refund["amount"] == part.total_centimes
    assert db.session.scalars(select(Refund.reason)).one() == "Out of stock, sorry"


def test_cancelling_a_paid_part_while_stripe_is_down_is_refused(app, shop, stub, paid):
    part = paid.parts[0]
    with stub.unreachable(), pytest.raises(PaymentError):
        orders.cancel_part(part, shop.owner, "Out of stock", by_buyer=False)
    db.session.rollback()
    db.session.expire_all()
    assert part.status == CONFIRMED and part.refunded_centimes == 0 and shop.product.stock == 3
    assert not stub.refunds


def test_multi_cooperative_order_refunds_each_part_on_its_own(app, client, login, shop, stub):
    coop_b = make_coop(delivery_fee_centimes=0)
    honey = make_product(coop_b, price_centimes=5000, stock=3)
    db.session.commit()
    order = card_order(shop.buyer, [(shop.product, 1), (honey, 1)])
    stub.complete(start_payment(client, login, order), send_webhook=True)
    db.session.expire_all()
    part_a, part_b = order.parts
    orders.cancel_part(part_b, None, "Sold out", by_buyer=False)
    db.session.commit()
    db.session.expire_all()
    assert part_b.status == REFUNDED and part_a.status == CONFIRMED
    assert order.payment_status == "paid"
    assert stub.payment_intents[order.stripe_payment_intent]["amount_refunded"] == 5000
    assert part_a.status == CONFIRMED and part_b.status != CANCELLED


def test_the_same_refund_sent_twice_at_once_refunds_once(app, shop, stub, paid):
    import threading

    owners = [client_for(app, shop.owner) for _ in range(2)]
    part = paid.parts[0]
    barrier, statuses = threading.Barrier(2), []

    def submit(owner):
        with app.app_context():
            barrier.wait()
            form = {"amount": "10", "reason": "Late", "seen": "0"}
            statuses.append(owner.post(_refund_url(shop.coop.slug, part), data=form).status_code)

    threads = [threading.Thread(target=submit, args=(o,)) for o in owners]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert statuses == [302, 302]
    db.session.expire_all()
    assert part.refunded_centimes == 1000 and len(stub.refunds) == 1
    assert len(db.session.scalars(select(Refund)).all()) == 1
