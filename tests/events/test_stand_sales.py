"""Stand sales: stock set aside for an event, cash sales recorded from phones, voids, and counting back
after the event, through the services and through the stand page."""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from flask_babel import force_locale
from sqlalchemy import delete, func, select

from market.catalog.models import Product, ProductVariant
from market.coops.models import Cooperative
from market.core.models import AuditEntry
from market.events import applications, stand_sales
from market.events.models import Event, EventStock, StandAssignment, StandSale
from market.events.services import EventError
from market.extensions import db
from tests.conftest import csrf_token_from, make_test_app
from tests.events.test_applications import _open_fair
from tests.factories import add_member, category, make_coop, make_product, make_user

TOKEN = "t" * 16


@contextmanager
def refused(pattern: str):
    """The service refuses with an EventError whose message, read in English, matches `pattern` (the
    messages are translated; outside a request the app's default language is French)."""
    with pytest.raises(EventError) as caught:
        yield caught
    with force_locale("en"):
        message = str(caught.value)
    assert re.search(pattern, message), message


def _token(n) -> str:
    return f"sale-token-{n:08d}"


def _with_stand(event, owner=None):
    """A cooperative whose accepted application was given a stand at the event's (first) stop."""
    owner = owner or make_user()
    coop = make_coop(owner=owner)
    status, event.status = event.status, "open"  # applied while applications were open
    application = applications.apply(event, coop, {"category_id": category("oils").id, "min_area": 4})
    applications.decide(application, "accept")
    event.status = status
    stop = event.stops[0]
    taken = {a.stand_id for a in db.session.scalars(select(StandAssignment))}
    stand = next(s for s in stop.stands if s.id not in taken)
    db.session.add(StandAssignment(stop_id=stop.id, stand_id=stand.id, application_id=application.id))
    db.session.flush()
    return coop, owner


def _event(status="running"):
    """An event taking place today (Africa/Casablanca), in the given status."""
    event = _open_fair(make_user(is_organiser=True))
    coop, owner = _with_stand(event)
    today = stand_sales.local_today()
    event.starts_on, event.ends_on = today - timedelta(days=1), today + timedelta(days=1)
    event.status = status
    db.session.commit()
    return event, coop, owner


def _set_status(event, status, ends_in_days=None):
    event.status = status
    if ends_in_days is not None:
        event.ends_on = stand_sales.local_today() + timedelta(days=ends_in_days)
    db.session.commit()


def _stock(event, product, variant=None) -> EventStock:
    db.session.expire_all()
    return stand_sales._stock_row(event, product.id, variant.id if variant else None)


# --- Services -----------------------------------------------------------------------------------------


def test_events_a_cooperative_may_sell_at(app):
    event, coop, _owner = _event("published")
    other_event = _open_fair(make_user(is_organiser=True))
    _set_status(other_event, "published")
    without = make_coop()
    assert stand_sales.stand_events(coop) == [event]
    assert stand_sales.stand_events(without) == []
    assert stand_sales.has_stand(event, coop) and not stand_sales.has_stand(other_event, coop)
    _set_status(event, "allocating")  # proposals are not stands yet
    assert stand_sales.stand_events(coop) == []
    _set_status(event, "closed")
    assert stand_sales.stand_events(coop, ("published", "running", "closed")) == [event]


def test_setting_aside_takes_online_stock_and_more_can_be_added(app):
    event, coop, owner = _event("published")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 4, owner)
    db.session.commit()
    assert db.session.get(Product, oil.id).stock == 6
    stand_sales.set_aside(event, coop, oil, 3, owner)  # more, later
    db.session.commit()
    row = _stock(event, oil)
    assert (row.set_aside, row.sold, row.returned) == (7, 0, None)
    assert db.session.get(Product, oil.id).stock == 3
    with refused("Only 3 left in online stock"):
        stand_sales.set_aside(event, coop, oil, 4, owner)
    db.session.rollback()
    for bad in (0, -2, 10_001, "3", 2.5, True, None):
        with pytest.raises(EventError):
            stand_sales.set_aside(event, coop, oil, bad, owner)
        db.session.rollback()
    assert db.session.get(Product, oil.id).stock == 3 and _stock(event, oil).set_aside == 7
    assert db.session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == "stand.set_aside")) == 2


def test_setting_aside_is_refused_without_a_stand_for_others_products_and_after_the_event(app):
    event, coop, owner = _event("published")
    stranger = make_coop()
    theirs = make_product(stranger, stock=10)
    mine = make_product(coop, stock=10)
    with refused("products"):
        stand_sales.set_aside(event, coop, theirs, 1, owner)
    with refused("no stand"):
        stand_sales.set_aside(event, stranger, theirs, 1, owner)
    _set_status(event, "closed")
    with refused("before and during"):
        stand_sales.set_aside(event, coop, mine, 1, owner)
    db.session.rollback()
    assert db.session.get(Product, theirs.id).stock == 10 and db.session.get(Product, mine.id).stock == 10


def test_variants_keep_their_own_stock_at_the_stand(app):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=2, price_centimes=9000)
    small = ProductVariant(product_id=oil.id, label="250 ml", sku="OIL-250", price_centimes=6000, stock=5)
    large = ProductVariant(product_id=oil.id, label="1 l", sku="OIL-1L", price_centimes=20000, stock=1)
    db.session.add_all([small, large])
    db.session.flush()
    stand_sales.set_aside(event, coop, oil, 3, owner, variant=small)
    stand_sales.set_aside(event, coop, oil, 2, owner)  # the product itself, apart from its variants
    db.session.commit()
    assert (db.session.get(ProductVariant, small.id).stock, db.session.get(Product, oil.id).stock) == (2, 0)
    with refused("Only 1 left"):
        stand_sales.set_aside(event, coop, oil, 2, owner, variant=large)
    db.session.rollback()
    sale = stand_sales.record_sale(event, coop, oil, 3, 6000, owner, _token(1), variant=small)
    db.session.commit()
    assert sale.variant_id == small.id and sale.event_stock_id == _stock(event, oil, small).id
    with refused("Only 0 left"):
        stand_sales.record_sale(event, coop, oil, 1, 6000, owner, _token(2), variant=small)
    db.session.rollback()
    with refused("Nothing of this product"):
        stand_sales.record_sale(event, coop, oil, 1, 20000, owner, _token(3), variant=large)
    db.session.rollback()
    assert _stock(event, oil).sold == 0 and _stock(event, oil, small).sold == 3
    other = make_product(coop)
    stray = ProductVariant(product_id=other.id, label="x", sku="X-1", price_centimes=100, stock=5)
    db.session.add(stray)
    db.session.flush()
    with refused("products"):  # a variant of another product
        stand_sales.set_aside(event, coop, oil, 1, owner, variant=stray)


def test_selling_takes_from_the_set_aside_and_never_beyond(app):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10, category_slug="honey")
    stand_sales.set_aside(event, coop, oil, 5, owner)
    sale = stand_sales.record_sale(event, coop, oil, 3, 11000, owner, _token(1))
    db.session.commit()
    assert (sale.quantity, sale.unit_price_centimes, sale.recorded_by_id) == (3, 11000, owner.id)
    assert sale.category_id == category("honey").id
    with refused("Only 2 left at the stand"):
        stand_sales.record_sale(event, coop, oil, 3, 11000, owner, _token(2))
    db.session.rollback()
    for quantity, price in ((0, 100), (-1, 100), (10_001, 100), ("2", 100), (1, -1), (1, 10**12), (1, "5")):
        with pytest.raises(EventError):
            stand_sales.record_sale(event, coop, oil, quantity, price, owner, _token(3))
        db.session.rollback()
    for token in ("", "short", "x" * 41, "bad token with spaces", None):
        with refused("expired"):
            stand_sales.record_sale(event, coop, oil, 1, 100, owner, token)
    stand_sales.record_sale(event, coop, oil, 2, 0, owner, _token(4))  # a gift leaves the stand too
    db.session.commit()
    row = _stock(event, oil)
    assert (row.set_aside, row.sold) == (5, 5)
    assert db.session.get(Product, oil.id).stock == 5  # online stock untouched by stand sales
    assert stand_sales.totals(event, coop) == stand_sales.Totals(units=5, centimes=33000)


def test_a_resent_sale_is_recorded_once(app):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    first = stand_sales.record_sale(event, coop, oil, 2, 5000, owner, _token(7))
    db.session.commit()
    again = stand_sales.record_sale(event, coop, oil, 2, 5000, owner, _token(7))
    db.session.commit()
    assert again.id == first.id
    assert _stock(event, oil).sold == 2 and db.session.scalar(select(func.count(StandSale.id))) == 1
    # The same token with other values is an old page sent again: refused, never taken for the first sale.
    with refused("already used"):
        stand_sales.record_sale(event, coop, oil, 1, 5000, owner, _token(7))
    _set_status(event, "closed")  # a resend arriving after the close still finds its sale
    assert stand_sales.record_sale(event, coop, oil, 2, 5000, owner, _token(7)).id == first.id


def test_a_sale_outside_the_running_event_is_refused(app):
    event, coop, owner = _event("published")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    db.session.commit()
    with refused("only while the event is running"):
        stand_sales.record_sale(event, coop, oil, 1, 100, owner, _token(1))
    _set_status(event, "running", ends_in_days=-1)  # still running, but past its last day
    with refused("only while the event is running"):
        stand_sales.record_sale(event, coop, oil, 1, 100, owner, _token(2))
    _set_status(event, "closed")
    with refused("only while the event is running"):
        stand_sales.record_sale(event, coop, oil, 1, 100, owner, _token(3))
    db.session.rollback()
    assert _stock(event, oil).sold == 0 and db.session.scalar(select(func.count(StandSale.id))) == 0


def test_another_cooperatives_product_cannot_be_sold(app):
    event, coop, owner = _event("running")
    rival, rival_owner = _with_stand(event)
    theirs = make_product(rival, stock=10)
    stand_sales.set_aside(event, rival, theirs, 5, rival_owner)
    db.session.commit()
    with refused("products"):
        stand_sales.record_sale(event, coop, theirs, 1, 100, owner, _token(1))
    with refused("products"):
        stand_sales.find_line(coop, theirs.id)
    with refused("products"):
        stand_sales.find_line(coop, 987654)
    assert _stock(event, theirs).sold == 0


def test_voiding_gives_the_units_back_and_keeps_the_sale(app):
    event, coop, owner = _event("running")
    staff = make_user()
    add_member(coop, staff, "staff")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 4, owner)
    sale = stand_sales.record_sale(event, coop, oil, 3, 5000, owner, _token(1))
    db.session.commit()
    stand_sales.void_sale(sale, staff)
    db.session.commit()
    sale = db.session.get(StandSale, sale.id)
    assert sale.voided_at is not None and sale.voided_by_id == staff.id
    assert _stock(event, oil).sold == 0
    with refused("already been voided"):
        stand_sales.void_sale(sale, staff)
    assert stand_sales.totals(event, coop) == stand_sales.Totals(0, 0)
    assert [s.id for s in stand_sales.sales(event, coop, stand_sales.local_today())] == [sale.id]
    other = stand_sales.record_sale(event, coop, oil, 1, 5000, owner, _token(2))
    db.session.commit()
    _set_status(event, "closed")
    with refused("only while the event is running"):
        stand_sales.void_sale(other, staff)
    assert db.session.scalar(select(func.count(StandSale.id))) == 2


def test_reconciling_returns_what_is_counted_once_and_shows_the_shortfall(app):
    event, coop, owner = _event("running")
    oil, honey = make_product(coop, stock=10), make_product(coop, stock=8)
    oil_row = stand_sales.set_aside(event, coop, oil, 6, owner)
    honey_row = stand_sales.set_aside(event, coop, honey, 2, owner)
    stand_sales.record_sale(event, coop, oil, 2, 5000, owner, _token(1))
    db.session.commit()
    with refused("after the event"):
        stand_sales.reconcile(event, coop, {oil_row.id: 4}, owner)
    _set_status(event, "running", ends_in_days=-1)  # the organiser has not closed it yet: counting may start
    with refused("more than"):
        stand_sales.reconcile(event, coop, {oil_row.id: 7}, owner)
    for bad in ({oil_row.id: -1}, {oil_row.id: "3"}, {987654: 1}, {}):
        with pytest.raises(EventError):
            stand_sales.reconcile(event, coop, bad, owner)
    done = stand_sales.reconcile(event, coop, {oil_row.id: 3, honey_row.id: 2}, owner)
    db.session.commit()
    assert len(done) == 2
    assert db.session.get(Product, oil.id).stock == 4 + 3 and db.session.get(Product, honey.id).stock == 6 + 2
    oil_row = _stock(event, oil)
    assert (oil_row.returned, stand_sales.shortfall(oil_row)) == (3, 1)  # 6 set aside, 2 sold, 3 counted
    assert stand_sales.shortfall(_stock(event, honey)) == 0
    with refused("already been reconciled"):
        stand_sales.reconcile(event, coop, {oil_row.id: 3, honey_row.id: 2}, owner)
    db.session.rollback()
    _set_status(event, "closed")
    with refused("already been reconciled"):
        stand_sales.reconcile(event, coop, {oil_row.id: 3}, owner)
    assert db.session.get(Product, oil.id).stock == 7 and db.session.get(Product, honey.id).stock == 8


def test_another_cooperatives_stock_cannot_be_reconciled(app):
    event, coop, owner = _event("running")
    rival, rival_owner = _with_stand(event)
    theirs = stand_sales.set_aside(event, rival, make_product(rival, stock=5), 5, rival_owner)
    _set_status(event, "closed")
    with refused("products"):
        stand_sales.reconcile(event, coop, {theirs.id: 5}, owner)
    assert _stock(event, theirs.product).returned is None


def _at_once(app_, count, action):
    """`count` threads run `action(n)` at the same moment, each in its own app context and connection;
    returns "ok" (committed) or "refused" (EventError) for each."""
    start, results = threading.Barrier(count), []

    def run(n):
        with app_.app_context():
            try:
                start.wait()
                action(n)
                db.session.commit()
                results.append("ok")
            except EventError:
                db.session.rollback()
                results.append("refused")
            finally:
                db.session.remove()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    with app_.app_context():
        db.engine.dispose()
    return results


def _racing_app(database_url, tmp_path, is_postgres, connections):
    options = {"pool_size": connections, "max_overflow": 0, "pool_timeout": 120,
               **({} if is_postgres else {"connect_args": {"timeout": 120}})}  # fmt: skip
    return make_test_app(database_url, tmp_path, SQLALCHEMY_ENGINE_OPTIONS=options)


class _Actor:
    def __init__(self, user_id):
        self.id = user_id


def test_phones_selling_at_the_same_moment_never_oversell(app, database_url, tmp_path, is_postgres):
    sellers, units = (40, 25) if is_postgres else (16, 10)
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=units + 5)
    stand_sales.set_aside(event, coop, oil, units, owner)
    db.session.commit()
    ids, actor = (event.id, coop.id, oil.id), _Actor(owner.id)

    def sell(n):  # a phone: the same event, cooperative and product, its own form
        event_, coop_, product = (
            db.session.get(Event, ids[0]),
            db.session.get(Cooperative, ids[1]),
            db.session.get(Product, ids[2]),
        )
        stand_sales.record_sale(event_, coop_, product, 1, 1000, actor, _token(n))

    results = _at_once(_racing_app(database_url, tmp_path, is_postgres, sellers), sellers, sell)
    assert len(results) == sellers
    assert results.count("ok") == units and results.count("refused") == sellers - units
    row = _stock(event, oil)
    assert (row.set_aside, row.sold) == (units, units)
    assert db.session.scalar(select(func.sum(StandSale.quantity))) == units
    assert db.session.get(Product, oil.id).stock == 5


def test_counting_back_on_several_phones_at_once_returns_the_stock_once(app, database_url, tmp_path, is_postgres):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    row = stand_sales.set_aside(event, coop, oil, 6, owner)
    stand_sales.record_sale(event, coop, oil, 1, 1000, owner, _token(1))
    _set_status(event, "closed")
    ids, actor, row_id = (event.id, coop.id), _Actor(owner.id), row.id

    def count_back(_n):
        event_, coop_ = db.session.get(Event, ids[0]), db.session.get(Cooperative, ids[1])
        stand_sales.reconcile(event_, coop_, {row_id: 5}, actor)

    results = _at_once(_racing_app(database_url, tmp_path, is_postgres, 6), 6, count_back)
    assert sorted(results) == ["ok"] + ["refused"] * 5
    assert db.session.get(Product, oil.id).stock == 4 + 5 and _stock(event, oil).returned == 5


# --- Through the stand page ---------------------------------------------------------------------------


def _page(client, coop, event, lang="fr", **args):
    query = "&".join(f"{k}={v}" for k, v in {"lang": lang, **args}.items())
    return client.get(f"/manage/{coop.slug}/events/{event.slug}/stand?{query}")


def _sale_data(line, quantity="1", price="50", token=None, priced_for=None):
    return {"sale-line": str(line), "sale-quantity": quantity, "sale-price": price,
            "sale-client_token": token or _token(99), "sale-priced_for": priced_for or str(line)}  # fmt: skip


def test_selling_from_the_phone_page(client, login):
    event, coop, owner = _event("running")
    staff = make_user()
    add_member(coop, staff, "staff")  # any staff member sells at the stand
    oil = make_product(coop, stock=10, price_centimes=12050, name_fr="Huile argan")
    honey = make_product(coop, stock=10, price_centimes=8000, name_fr="Miel de thym")
    stand_sales.set_aside(event, coop, oil, 5, owner)
    stand_sales.set_aside(event, coop, honey, 2, owner)
    db.session.commit()
    login(staff)
    page = _page(client, coop, event).get_data(as_text=True)
    assert "Huile argan" in page and 'value="120.50"' in page and 'name="sale-client_token"' in page
    assert 'data-price="80.00"' in page
    base = f"/manage/{coop.slug}/events/{event.slug}/stand"
    response = client.post(f"{base}/sales", data=_sale_data(oil.id, "2", "110", _token(1)))
    assert response.status_code == 302 and f"line={oil.id}" in response.headers["Location"]
    sale = db.session.scalar(select(StandSale))
    assert (sale.quantity, sale.unit_price_centimes, sale.recorded_by_id) == (2, 11000, staff.id)
    # Sent again (a slow connection): still one sale.
    assert client.post(f"{base}/sales", data=_sale_data(oil.id, "2", "110", _token(1))).status_code == 302
    assert db.session.scalar(select(func.count(StandSale.id))) == 1
    # An old page (the back button) sent with other values: refused, with a fresh form to record it again.
    response = client.post(f"{base}/sales?lang=en", data=_sale_data(oil.id, "1", "110", _token(1)))
    assert response.status_code == 409 and "already used" in response.get_data(as_text=True)
    assert _token(1) not in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(StandSale.id))) == 1
    # The product changed without script, the price left as filled in for the oil: the honey's own price.
    client.post(f"{base}/sales", data=_sale_data(honey.id, "1", "120.50", _token(2), priced_for=str(oil.id)))
    assert db.session.scalar(select(StandSale).where(StandSale.product_id == honey.id)).unit_price_centimes == 8000
    # ...but a price typed for it is kept.
    client.post(f"{base}/sales", data=_sale_data(honey.id, "1", "75", _token(3), priced_for=str(oil.id)))
    assert {s.unit_price_centimes for s in db.session.scalars(select(StandSale).where(StandSale.product_id == honey.id))
            } == {8000, 7500}  # fmt: skip
    page = _page(client, coop, event).get_data(as_text=True)
    assert "Miel de thym" not in page.split('id="sale-line"')[1].split("</select>")[0]  # none left to sell
    assert "375,00" in page  # today's takings: 2 × 110 + 80 + 75
    # Void from the page.
    response = client.post(f"{base}/void?lang=en", data={"sale_id": sale.id})
    assert response.status_code == 302
    db.session.expire_all()
    assert db.session.get(StandSale, sale.id).voided_at is not None and _stock(event, oil).sold == 0
    assert client.post(f"{base}/void?lang=en", data={"sale_id": sale.id}).status_code == 302  # already voided
    assert "already been voided" in _page(client, coop, event, lang="en").get_data(as_text=True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"sale-quantity": "0"}, "from 1 to 10000"),
        ({"sale-quantity": "-3"}, "from 1 to 10000"),
        ({"sale-quantity": "99999999999999999999"}, "from 1 to 10000"),
        ({"sale-quantity": "deux"}, ""),
        ({"sale-quantity": "6"}, "Only 5 left at the stand"),
        ({"sale-price": "-5"}, "price in dirhams"),
        ({"sale-price": "abc"}, "price in dirhams"),
        ({"sale-line": "987654"}, "your cooperative"),
        ({"sale-line": "12; drop table"}, "your cooperative"),
        ({"sale-line": "99999999999"}, "your cooperative"),
        ({"sale-client_token": ""}, ""),
    ],
)
def test_bad_sales_are_refused_with_a_message_and_change_nothing(client, login, change, message):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    db.session.commit()
    login(owner)
    response = client.post(f"/manage/{coop.slug}/events/{event.slug}/stand/sales?lang=en",
                           data={**_sale_data(oil.id), **change})  # fmt: skip
    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    assert 'class="errors"' in response.get_data(as_text=True) or "flash-error" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(StandSale.id))) == 0 and _stock(event, oil).sold == 0


def test_another_cooperatives_product_id_is_refused_on_the_page(client, login):
    event, coop, owner = _event("running")
    rival, rival_owner = _with_stand(event)
    theirs = make_product(rival, stock=10)
    stand_sales.set_aside(event, rival, theirs, 5, rival_owner)
    db.session.commit()
    login(owner)
    base = f"/manage/{coop.slug}/events/{event.slug}/stand"
    response = client.post(f"{base}/sales?lang=en", data=_sale_data(theirs.id))
    assert response.status_code == 422 and "your cooperative" in response.get_data(as_text=True)
    response = client.post(f"{base}/stock?lang=en", data={"aside-line": str(theirs.id), "aside-quantity": "1"})
    assert response.status_code == 422 and "your cooperative" in response.get_data(as_text=True)
    # The rival's sale is never found through one's own stand.
    sale = stand_sales.record_sale(event, rival, theirs, 1, 100, rival_owner, _token(5))
    db.session.commit()
    assert client.post(f"{base}/void", data={"sale_id": sale.id}).status_code == 404
    assert "Produit" not in _page(client, coop, event).get_data(as_text=True).split('id="stock"')[1]
    assert _stock(event, theirs).sold == 1 and db.session.get(Product, theirs.id).stock == 5


def test_members_of_other_cooperatives_and_strangers_are_kept_out(client, login):
    event, coop, _owner = _event("running")
    intruder = make_user()
    make_coop(owner=intruder)
    db.session.commit()
    login(intruder)
    base = f"/manage/{coop.slug}/events/{event.slug}/stand"
    assert client.get(base).status_code == 403
    for path in ("/sales", "/void", "/stock", "/reconcile"):
        assert client.post(base + path, data={"sale_id": 1}).status_code == 403
    client.post("/account/logout")
    # A cooperative without a stand at the event finds no stand page.
    lonely_owner = make_user()
    lonely = make_coop(owner=lonely_owner)
    db.session.commit()
    login(lonely_owner)
    assert client.get(f"/manage/{lonely.slug}/events/{event.slug}/stand").status_code == 404
    assert client.get(f"/manage/{lonely.slug}/events/no-such-event/stand").status_code == 404
    assert client.get(f"/manage/{lonely.slug}/events/stands").status_code == 200


def test_setting_aside_and_reconciling_from_the_page(client, login):
    event, coop, owner = _event("published")
    oil = make_product(coop, stock=10, name_fr="Huile argan")
    db.session.commit()
    login(owner)
    base = f"/manage/{coop.slug}/events/{event.slug}/stand"
    page = _page(client, coop, event).get_data(as_text=True)
    assert "Huile argan (10" in page and 'name="sale-line"' not in page  # no sales before the event
    assert client.post(f"{base}/stock", data={"aside-line": str(oil.id), "aside-quantity": "4"}).status_code == 302
    assert db.session.get(Product, oil.id).stock == 6
    response = client.post(f"{base}/stock?lang=en", data={"aside-line": str(oil.id), "aside-quantity": "7"})
    assert response.status_code == 422 and "Only 6 left in online stock" in response.get_data(as_text=True)
    response = client.post(f"{base}/sales?lang=en", data=_sale_data(oil.id))
    assert response.status_code == 422 and "only while the event is running" in response.get_data(as_text=True)
    response = client.post(f"{base}/reconcile?lang=en", data={})
    assert response.status_code == 422 and "after the event" in response.get_data(as_text=True)
    _set_status(event, "running")
    client.post(f"{base}/sales", data=_sale_data(oil.id, "1", "100", _token(1)))
    _set_status(event, "closed")
    row = _stock(event, oil)
    page = _page(client, coop, event, lang="en").get_data(as_text=True)
    assert f'name="count_{row.id}"' in page and "Expected: 3" in page
    response = client.post(f"{base}/reconcile?lang=en", data={f"count_{row.id}": "-1"})
    assert response.status_code == 422
    response = client.post(f"{base}/reconcile?lang=en", data={f"count_{row.id}": "2"})
    assert response.status_code == 302
    page = _page(client, coop, event, lang="en").get_data(as_text=True)
    assert "Shortfall: 1 unit was neither sold nor counted back" in page
    assert db.session.get(Product, oil.id).stock == 8
    # The form sent twice: the stock comes back once.
    client.post(f"{base}/reconcile?lang=en", data={f"count_{row.id}": "2"})
    assert db.session.get(Product, oil.id).stock == 8
    assert "already been reconciled" in _page(client, coop, event, lang="en").get_data(as_text=True)
    response = client.post(f"{base}/stock?lang=en", data={"aside-line": str(oil.id), "aside-quantity": "1"})
    assert response.status_code == 422 and "before and during" in response.get_data(as_text=True)
    assert db.session.get(Product, oil.id).stock == 8


def test_the_largest_sales_still_add_up(client, login):
    event, coop, owner = _event("running")
    gold = make_product(coop, stock=20_000, price_centimes=100_000_000)
    stand_sales.set_aside(event, coop, gold, 10_000, owner)
    stand_sales.set_aside(event, coop, gold, 10_000, owner)
    stand_sales.record_sale(event, coop, gold, 10_000, 100_000_000, owner, _token(1))
    stand_sales.record_sale(event, coop, gold, 10_000, 100_000_000, owner, _token(2))
    db.session.commit()
    assert stand_sales.totals(event, coop) == stand_sales.Totals(20_000, 2 * 10**12)  # past 32-bit integers
    login(owner)
    assert _page(client, coop, event).status_code == 200


def test_the_page_reads_right_to_left_in_arabic_and_is_linked_from_the_events_page(client, login):
    event, coop, owner = _event("running")
    make_product(coop, stock=3)
    db.session.commit()
    login(owner)
    page = _page(client, coop, event, lang="ar").get_data(as_text=True)
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    events_page = client.get(f"/manage/{coop.slug}/events?lang=fr").get_data(as_text=True)
    assert f"/manage/{coop.slug}/events/{event.slug}/stand" in events_page
    stands = client.get(f"/manage/{coop.slug}/events/stands?lang=fr").get_data(as_text=True)
    assert f"/manage/{coop.slug}/events/{event.slug}/stand" in stands


def test_nul_bytes_are_a_clear_400(client, login):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    db.session.commit()
    login(owner)
    response = client.post(f"/manage/{coop.slug}/events/{event.slug}/stand/sales",
                           data=_sale_data(oil.id, price="5\x000"))  # fmt: skip
    assert response.status_code == 400
    assert db.session.scalar(select(func.count(StandSale.id))) == 0


@pytest.mark.app_config(WTF_CSRF_ENABLED=True)
def test_an_expired_form_changes_nothing(client):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    db.session.commit()
    token = csrf_token_from(client.get("/account/login").get_data(as_text=True))
    client.post("/account/login", data={"email": owner.email, "password": "correct horse battery", "csrf_token": token})
    page = _page(client, coop, event, lang="en").get_data(as_text=True)
    assert 'name="sale-csrf_token"' in page
    response = client.post(f"/manage/{coop.slug}/events/{event.slug}/stand/sales?lang=en",
                           data={**_sale_data(oil.id), "sale-csrf_token": "expired"})  # fmt: skip
    assert response.status_code == 400 and "expired" in response.get_data(as_text=True)
    assert db.session.scalar(select(func.count(StandSale.id))) == 0


def test_two_phones_sending_the_same_sale_at_once_record_it_once(app, database_url, tmp_path, is_postgres):
    """Both requests pass the token check before either commits: the unique token decides, and the
    request that loses answers as if it had recorded the sale."""
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 10, owner)
    db.session.commit()
    racing = _racing_app(database_url, tmp_path, is_postgres, 8)
    session_id = owner.get_id()
    pairs, start, statuses = 3, threading.Barrier(6), []
    url, line = f"/manage/{coop.slug}/events/{event.slug}/stand/sales", oil.id

    def send(n):
        client = FlaskClient(racing, use_cookies=True)
        with client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = session_id, True
        start.wait()
        response = client.post(url, data=_sale_data(line, "1", "10", _token(n // 2)))
        statuses.append(response.status_code)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(pairs * 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    with racing.app_context():
        db.engine.dispose()
    assert statuses == [302] * 6
    db.session.expire_all()
    assert db.session.scalar(select(func.count(StandSale.id))) == pairs and _stock(event, oil).sold == pairs


def test_stock_of_a_cooperative_that_loses_its_stand_comes_back(client, login):
    """Set aside, then rejected (or moved out) before the fair: the page stays reachable to count it back."""
    event, coop, owner = _event(status="published")
    oil = make_product(coop, stock=10)
    db.session.commit()
    login(owner)
    base = f"/manage/{coop.slug}/events/{event.slug}/stand"
    assert client.post(f"{base}/stock", data={"aside-line": str(oil.id), "aside-quantity": "6"}).status_code == 302
    assert db.session.get(Product, oil.id).stock == 4
    application = applications.application_of(event, coop)
    db.session.execute(delete(StandAssignment).where(StandAssignment.application_id == application.id))
    application.status = "rejected"
    db.session.commit()
    page = _page(client, coop, event, lang="en")
    assert page.status_code == 200 and "no longer has a stand" in page.get_data(as_text=True)
    assert "aside-quantity" not in page.get_data(as_text=True)  # nothing more to set aside there
    assert event.slug in client.get(f"/manage/{coop.slug}/events/stands").get_data(as_text=True)
    row = _stock(event, oil)
    assert client.post(f"{base}/reconcile", data={f"count_{row.id}": "6"}).status_code == 302
    assert db.session.get(Product, oil.id).stock == 10
    # Once it is back, the event is no longer this cooperative's business.
    assert _page(client, coop, event).status_code == 404
