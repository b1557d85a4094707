from sqlalchemy import select

from market.extensions import db
from market.orders import services
from market.orders.exceptions import OrderError, SoldOut
from market.orders.models import CANCELLED, CONFIRMED, PENDING_PAYMENT, LedgerEntry
from tests.factories import make_coop, make_order, make_product, make_user


def test_cash_order_takes_stock_and_is_confirmed_per_cooperative(app):
    buyer = make_user()
    coop_a, coop_b = make_coop(delivery_fee_centimes=2500), make_coop(delivery_fee_centimes=4000)
    honey = make_product(coop_a, price_centimes=5000, stock=3)
    oil = make_product(coop_b, price_centimes=12000, stock=10)
    order = make_order(buyer, [(honey, 2), (oil, 1)])
    db.session.commit()
    assert [p.status for p in order.parts] == [CONFIRMED, CONFIRMED]
    assert order.items_centimes == 22000 and order.delivery_centimes == 6500 and order.total_centimes == 28500
    db.session.refresh(honey)
    assert honey.stock == 1
    assert order.number.startswith("ST-") and len(order.number) == 12
    assert [e.status for e in order.parts[0].events] == [CONFIRMED]


def test_sold_out_line_keeps_nothing(app):
    buyer = make_user()
    coop = make_coop()
    honey, oil = make_product(coop, stock=5), make_product(coop, stock=1)
    db.session.commit()
    try:
        make_order(buyer, [(honey, 2), (oil, 2)])
    except SoldOut:
        db.session.rollback()
    else:
        raise AssertionError("sold out not detected")
    db.session.refresh(honey)
    assert honey.stock == 5
    assert db.session.scalar(select(db.func.count()).select_from(services.Order)) == 0


def test_same_checkout_token_makes_one_order(app):
    buyer = make_user()
    product = make_product(make_coop(), stock=5)
    first = make_order(buyer, [(product, 1)], token="same")
    second = make_order(buyer, [(product, 1)], token="same")
    assert first is second
    db.session.refresh(product)
    assert product.stock == 4


def test_transitions_are_enforced_and_cancel_returns_stock(app):
    buyer, owner = make_user(), make_user()
    product = make_product(make_coop(owner=owner), stock=5)
    order = make_order(buyer, [(product, 2)])
    part = order.parts[0]
    try:
        services.advance(part, "delivered", owner)
    except OrderError as exc:
        assert "Confirmed" in str(exc) or "Confirmée" in str(exc) or "“" in str(exc)
    else:
        raise AssertionError("confirmed -> delivered allowed")
    services.advance(part, "shipped", owner, "Amana 123")
    try:
        services.cancel_part(part, owner, "no stock", by_buyer=False)
    except OrderError:
        pass
    else:
        raise AssertionError("cancel after shipping allowed")
    services.advance(part, "delivered", owner)
    entries = db.session.scalars(select(LedgerEntry.kind)).all()
    assert sorted(entries) == ["collected", "sale"]  # commission 0 % writes no entry

    other = make_order(buyer, [(product, 1)])
    services.cancel_part(other.parts[0], owner, "Broken jar", by_buyer=False)
    db.session.refresh(product)
    assert product.stock == 3 - 1 + 1
    assert other.parts[0].status == CANCELLED and other.parts[0].cancel_reason == "Broken jar"


def test_card_order_reservation_expires_and_stock_returns(app):
    from datetime import timedelta

    from market.core.models import utcnow

    buyer = make_user()
    product = make_product(make_coop(), stock=5)
    order = make_order(buyer, [(product, 3)], payment_method="card")
    db.session.commit()
    assert order.parts[0].status == PENDING_PAYMENT and order.reserved_until is not None
    assert services.release_expired() == 0
    assert services.release_expired(utcnow() + timedelta(minutes=31)) == 1
    db.session.commit()
    db.session.refresh(product)
    assert product.stock == 5 and order.parts[0].status == CANCELLED
    # a very late payment takes the stock again when it is still there
    assert services.confirm_payment(order, "pi_late") is True
    db.session.refresh(product)
    assert product.stock == 2 and order.parts[0].status == CONFIRMED


def test_full_refund_before_shipping_gives_the_stock_back_and_commission_never_drifts(app):
    from market.orders.models import REFUNDED

    app.config["PLATFORM_COMMISSION_PERCENT"] = 5
    buyer = make_user()
    product = make_product(make_coop(delivery_fee_centimes=0), stock=5, price_centimes=100)
    order = make_order(buyer, [(product, 1)], payment_method="card")
    services.confirm_payment(order, "pi_1")
    part = order.parts[0]
    services.mark_refunded(part, 50)
    services.mark_refunded(part, 50)
    db.session.commit()
    db.session.refresh(product)
    assert part.status == REFUNDED and product.stock == 5
    kinds = db.session.scalars(select(LedgerEntry.amount_centimes)).all()
    assert sum(kinds) == 0  # +100 sale, -5 commission, -100 refunded, +5 commission given back


def test_buyer_and_cooperative_cancelling_at_once_return_the_stock_once(app, database_url, tmp_path):
    import threading

    from tests.conftest import make_test_app

    buyer, owner = make_user(), make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop, stock=5)
    order = make_order(buyer, [(product, 2)])
    db.session.commit()
    part_id, ids = order.parts[0].id, {"buyer": buyer.id, "owner": owner.id}
    other_app = make_test_app(database_url, tmp_path)
    start, outcomes = threading.Barrier(2), []

    def cancel(who):
        from market.accounts.models import User
        from market.orders.models import CoopOrder

        with other_app.app_context():
            part = db.session.get(CoopOrder, part_id)
            actor = db.session.get(User, ids[who])
            start.wait()
            try:
                services.cancel_part(part, actor, "Out of stock", by_buyer=who == "buyer")
                db.session.commit()
                outcomes.append("cancelled")
            except OrderError:
                db.session.rollback()
                outcomes.append("refused")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=cancel, args=(who,)) for who in ("buyer", "owner")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with other_app.app_context():
        db.engine.dispose()
    db.session.expire_all()
    assert sorted(outcomes) == ["cancelled", "refused"]
    assert db.session.get(type(product), product.id).stock == 5
    assert [e.status for e in db.session.get(type(order.parts[0]), part_id).events] == [CONFIRMED, CANCELLED]
