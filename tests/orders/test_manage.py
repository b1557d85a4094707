"""A cooperative's orders back office through the test client: list, one order and its actions, packing
slip, sales summary, payout ledger and its CSV, delivery and payment settings."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from flask import url_for
from sqlalchemy import select

from market.core.i18n import format_money
from market.core.models import OutboxEmail
from market.extensions import db
from market.orders import reports, services
from market.orders.models import CANCELLED, CONFIRMED, DELIVERED, PREPARING, SHIPPED, CoopOrder
from tests.factories import add_member, make_coop, make_order, make_product, make_user


@pytest.fixture
def shop(app):
    """An owner's cooperative with two products, and a buyer."""
    owner, buyer = make_user(name="Aicha", locale="en"), make_user(name="Fatima")
    coop = make_coop(owner=owner)
    honey = make_product(
        coop, price_centimes=5000, stock=10, sku="HONEY-250", name_fr="Miel de thym", name_en="Thyme honey"
    )
    oil = make_product(
        coop, price_centimes=12050, stock=10, sku="ARGAN-100", name_fr="Huile d'argan", name_en="Cosmetic argan"
    )
    db.session.commit()
    return owner, buyer, coop, honey, oil


def orders_url(coop, suffix=""):
    return f"/manage/{coop.slug}/orders{suffix}"


def paid_card_order(buyer, items):
    order = make_order(buyer, items, payment_method="card")
    services.confirm_payment(order, "pi_test")
    return order


def text_of(response) -> str:
    return response.get_data(as_text=True)


# -- list ------------------------------------------------------------------------------------------


def test_list_shows_confirmed_parts_but_not_unpaid_card_orders(client, login, shop):
    owner, buyer, coop, honey, oil = shop
    cod = make_order(buyer, [(honey, 2), (oil, 1)])
    card = paid_card_order(buyer, [(oil, 1)])
    unpaid = make_order(buyer, [(honey, 1)], payment_method="card")
    released = make_order(buyer, [(honey, 1)], payment_method="card")
    services.release_order(released, "reservation expired")
    db.session.commit()
    login(owner)

    page = text_of(client.get(orders_url(coop)))
    assert cod.number in page and card.number in page
    assert unpaid.number not in page
    assert "Fatima Zahra" in page and "Agadir" in page
    assert "Cash on delivery" in page and "Card, paid" in page
    assert format_money(cod.parts[0].total_centimes, "en") in page
    assert '<td data-label="Items">3</td>' in page

    everything = text_of(client.get(orders_url(coop, "?status=all")))
    cancelled = text_of(client.get(orders_url(coop, "?status=cancelled")))
    assert unpaid.number not in everything and released.number not in everything
    assert released.number not in cancelled  # never reached the cooperative
    assert client.get(orders_url(coop, f"/{unpaid.parts[0].id}")).status_code == 404


def test_status_tabs_filter_and_count(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    orders = [make_order(buyer, [(honey, 1)]) for _ in range(4)]
    services.advance(orders[1].parts[0], PREPARING, owner)
    services.advance(orders[2].parts[0], SHIPPED, owner, "Amana 1")
    services.cancel_part(orders[3].parts[0], owner, "Out of jars", by_buyer=False)
    db.session.commit()
    login(owner)

    default = text_of(client.get(orders_url(coop)))
    assert orders[0].number in default and orders[1].number in default
    assert orders[2].number not in default and orders[3].number not in default
    assert '<span class="count">2</span>' in default  # to prepare
    assert '<span class="count">4</span>' in default  # all

    shipped = text_of(client.get(orders_url(coop, "?status=shipped")))
    assert orders[2].number in shipped and orders[0].number not in shipped
    cancelled = text_of(client.get(orders_url(coop, "?status=cancelled")))
    assert orders[3].number in cancelled and orders[2].number not in cancelled
    odd = text_of(client.get(orders_url(coop, "?status=<script>&page=abc")))
    assert orders[0].number in odd and orders[2].number not in odd  # unknown tab: the default one


def test_list_paginates_newest_first(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    honey.stock = 100
    db.session.flush()
    orders = [make_order(buyer, [(honey, 1)]) for _ in range(reports.PER_PAGE + 2)]
    db.session.commit()
    login(owner)
    first = text_of(client.get(orders_url(coop)))
    assert orders[-1].number in first and orders[0].number not in first
    assert "?status=to_prepare&amp;page=2" in first or "page=2&amp;status=to_prepare" in first
    second = text_of(client.get(orders_url(coop, "?status=to_prepare&page=2")))
    assert orders[0].number in second and orders[-1].number not in second


# -- who may see what ------------------------------------------------------------------------------


def test_other_cooperatives_see_nothing(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    other_owner = make_user(locale="en")
    other = make_coop(owner=other_owner)
    theirs = make_product(other, sku="OTHER-1", name_fr="Amlou")
    order = make_order(buyer, [(honey, 1), (theirs, 1)])  # one order, a part for each cooperative
    db.session.commit()
    mine, their_part = order.parts[0], order.parts[1]

    login(other_owner)
    assert client.get(orders_url(coop)).status_code == 403
    assert client.get(orders_url(coop, f"/{mine.id}")).status_code == 403
    assert client.get(f"/manage/{coop.slug}/sales").status_code == 403
    # Under its own slug, another cooperative's part id is not found, and cannot be acted on.
    assert client.get(orders_url(other, f"/{mine.id}")).status_code == 404
    assert client.get(orders_url(other, f"/{mine.id}/packing-slip")).status_code == 404
    assert client.post(orders_url(other, f"/{mine.id}/status"), data={"status": "preparing"}).status_code == 404
    assert client.post(orders_url(other, f"/{mine.id}/cancel"), data={"reason": "not mine"}).status_code == 404
    assert client.get(orders_url(other, "/99999999999")).status_code == 404
    db.session.refresh(mine)
    assert mine.status == CONFIRMED

    # Its own part of the shared order shows none of the other cooperative's lines.
    page = text_of(client.get(orders_url(other, f"/{their_part.id}")))
    assert "OTHER-1" in page and "HONEY-250" not in page and "Thyme honey" not in page
    assert format_money(order.total_centimes, "en") not in page


def test_staff_handle_orders_but_not_settings_or_sales(client, login, shop):
    _owner, buyer, coop, honey, _oil = shop
    staff = make_user(locale="en")
    add_member(coop, staff, "staff")
    order = make_order(buyer, [(honey, 1)])
    db.session.commit()
    login(staff)
    part_url = orders_url(coop, f"/{order.parts[0].id}")
    assert client.get(orders_url(coop)).status_code == 200
    assert client.get(part_url).status_code == 200
    assert client.get(part_url + "/packing-slip").status_code == 200
    assert client.post(part_url + "/status", data={"status": "preparing"}).status_code == 302
    assert client.get(f"/manage/{coop.slug}/delivery").status_code == 403
    assert client.post(f"/manage/{coop.slug}/delivery", data={"delivery_fee": "0"}).status_code == 403
    assert client.get(f"/manage/{coop.slug}/sales").status_code == 403
    assert client.get(f"/manage/{coop.slug}/ledger.csv").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, shop):
    coop = shop[2]
    response = client.get(orders_url(coop))
    assert response.status_code == 302 and "/account/login" in response.headers["Location"]


# -- one order -------------------------------------------------------------------------------------


def test_order_page_shows_lines_address_note_and_local_history(app, client, login, shop):
    owner, buyer, coop, honey, oil = shop
    order = make_order(buyer, [(honey, 2), (oil, 1)])
    part = order.parts[0]
    part.note = "Appelez avant de venir"
    part.events[0].created_at = datetime(2025, 6, 10, 23, 30, tzinfo=UTC)  # 00:30 on 11 June in Casablanca
    db.session.commit()
    login(owner)
    page = text_of(client.get(orders_url(coop, f"/{part.id}")))
    for text in ("Thyme honey", "HONEY-250", "ARGAN-100", "12 rue des Orangers", "80000", "Agadir",
                 'href="tel:+212612345678"', "Appelez avant de venir", "6/11/25, 12:30"):  # fmt: skip
        assert text in page, text
    assert format_money(part.total_centimes, "en") in page
    assert 'name="status" value="preparing"' in page and 'name="tracking"' in page
    assert 'name="reason"' in page and "csrf_token" in page
    assert "orders-manage.css" in page


def test_ship_with_tracking_is_in_the_history_and_emails_the_buyer(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    order = make_order(buyer, [(honey, 1)])
    db.session.commit()
    part_url = orders_url(coop, f"/{order.parts[0].id}")
    login(owner)
    assert client.post(part_url + "/status", data={"status": "preparing"}).status_code == 302
    response = client.post(part_url + "/status", data={"status": "shipped", "tracking": "Amana RR123MA"})
    assert response.status_code == 302 and response.headers["Location"].endswith(part_url)

    part = db.session.get(CoopOrder, order.parts[0].id)
    assert part.status == SHIPPED and part.tracking == "Amana RR123MA"
    assert [(e.status, e.note) for e in part.events][-1] == (SHIPPED, "Amana RR123MA")
    email = db.session.scalar(
        select(OutboxEmail).where(OutboxEmail.to == buyer.email, OutboxEmail.body.contains("RR123MA"))
    )
    assert email is not None and order.number in email.subject and email.status == "sent"

    page = text_of(client.get(part_url))
    assert "Amana RR123MA" in page
    assert 'name="status" value="delivered"' in page and 'name="reason"' not in page  # no cancelling now
    client.post(part_url + "/status", data={"status": "delivered"})
    assert db.session.get(CoopOrder, part.id).status == DELIVERED


def test_illegal_transitions_show_the_rule_and_change_nothing(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    order = make_order(buyer, [(honey, 1)])
    db.session.commit()
    part_url = orders_url(coop, f"/{order.parts[0].id}")
    login(owner)
    page = text_of(client.post(part_url + "/status", data={"status": "delivered"}, follow_redirects=True))
    assert "This order cannot go from “Confirmed” to “Delivered”." in page
    page = text_of(client.post(part_url + "/status", data={"status": "refunded"}, follow_redirects=True))
    assert "Unknown status." in page
    page = text_of(client.post(part_url + "/status", data={}, follow_redirects=True))
    assert "Choose the order&#39;s new status" in page
    assert db.session.get(CoopOrder, order.parts[0].id).status == CONFIRMED

    client.post(part_url + "/status", data={"status": "shipped"})
    page = text_of(client.post(part_url + "/cancel", data={"reason": "Too late"}, follow_redirects=True))
    assert "This order can no longer be cancelled" in page
    assert db.session.get(CoopOrder, order.parts[0].id).status == SHIPPED


def test_cancel_needs_a_reason_and_returns_the_stock(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    order = make_order(buyer, [(honey, 3)])
    db.session.commit()
    part_url = orders_url(coop, f"/{order.parts[0].id}")
    login(owner)
    page = text_of(client.post(part_url + "/cancel", data={"reason": "  "}, follow_redirects=True))
    assert "Give the buyer a reason for the cancellation" in page
    db.session.refresh(honey)
    assert honey.stock == 7 and db.session.get(CoopOrder, order.parts[0].id).status == CONFIRMED

    reason = {"reason": "Jars broken in the storm"}
    page = text_of(client.post(part_url + "/cancel", data=reason, follow_redirects=True))
    assert "The order has been cancelled" in page and "Jars broken in the storm" in page
    db.session.refresh(honey)
    part = db.session.get(CoopOrder, order.parts[0].id)
    assert honey.stock == 10 and part.status == CANCELLED and part.cancel_reason == "Jars broken in the storm"
    to_buyer = select(OutboxEmail).where(OutboxEmail.to == buyer.email, OutboxEmail.subject.contains(order.number))
    assert db.session.scalar(to_buyer.where(OutboxEmail.body.contains("Jars broken"))) is not None


def test_refund_form_is_offered_to_managers_when_payments_can_refund(app, client, login, shop):
    owner, buyer, coop, _honey, oil = shop
    staff = make_user(locale="en")
    add_member(coop, staff, "staff")
    card = paid_card_order(buyer, [(oil, 1)])
    cod = make_order(buyer, [(oil, 1)])
    db.session.commit()
    with app.test_request_context():
        action = url_for("payments.refund_part", slug=coop.slug, part_id=card.parts[0].id)
    card_url = orders_url(coop, f"/{card.parts[0].id}")

    login(owner)
    page = text_of(client.get(card_url))
    assert f'action="{action}"' in page and "Refunded so far" in page
    for name in ('name="amount"', 'name="reason"', 'name="seen" value="0"'):
        assert name in page, name
    assert 'name="amount"' not in text_of(client.get(orders_url(coop, f"/{cod.parts[0].id}")))

    client.post("/account/logout")
    login(staff)
    page = text_of(client.get(card_url))
    assert "Refunded so far" in page and 'name="amount"' not in page  # refunds are for managers


def test_packing_slip(client, login, shop):
    owner, buyer, coop, honey, oil = shop
    order = make_order(buyer, [(honey, 2), (oil, 1)])
    order.parts[0].note = "Sans sac plastique"
    card = paid_card_order(buyer, [(oil, 1)])
    db.session.commit()
    login(owner)
    page = text_of(client.get(orders_url(coop, f"/{order.parts[0].id}/packing-slip")))
    expected = (order.number, coop.name_en, "HONEY-250", "ARGAN-100", 'class="checkbox"', "12 rue des Orangers",
                "+212612345678", "Sans sac plastique", "js/print.js", "data-print")  # fmt: skip
    for text in expected:
        assert text in page, text
    assert format_money(order.parts[0].total_centimes, "en") in page  # cash to collect
    assert 'class="manage-nav"' not in page and "<script>" not in page
    card_slip = text_of(client.get(orders_url(coop, f"/{card.parts[0].id}/packing-slip")))
    assert "Paid by card: nothing to collect." in card_slip


# -- sales -----------------------------------------------------------------------------------------


def _sold(buyer, product, quantity, created_at, status=None, actor=None):
    order = make_order(buyer, [(product, quantity)])
    part = order.parts[0]
    if status == CANCELLED:
        services.cancel_part(part, actor, "No more stock", by_buyer=False)
    elif status:
        for step in (SHIPPED, DELIVERED)[: 1 + (status == DELIVERED)] if status != PREPARING else (PREPARING,):
            services.advance(part, step, actor)
    part.created_at = created_at
    return part


def test_sales_summary_buckets_by_local_day_and_month(app, shop):
    owner, buyer, coop, honey, oil = shop
    honey.stock = oil.stock = 100
    db.session.flush()
    now = datetime(2025, 6, 20, 12, 0, tzinfo=UTC)
    _sold(buyer, honey, 2, datetime(2025, 6, 10, 23, 30, tzinfo=UTC))  # 11 June in Casablanca
    _sold(buyer, oil, 1, datetime(2025, 6, 20, 9, 0, tzinfo=UTC), SHIPPED, owner)
    _sold(buyer, honey, 1, datetime(2025, 5, 31, 23, 30, tzinfo=UTC), DELIVERED, owner)  # 1 June locally
    _sold(buyer, honey, 5, datetime(2025, 6, 12, 10, 0, tzinfo=UTC), CANCELLED, owner)  # not a sale
    _sold(buyer, oil, 4, datetime(2025, 3, 10, 23, 30, tzinfo=UTC))  # 10 March (UTC+0 in Ramadan)
    _sold(buyer, oil, 1, datetime(2024, 5, 1, 10, 0, tzinfo=UTC))  # before the 12 months
    unpaid = make_order(buyer, [(oil, 1)], payment_method="card")
    unpaid.parts[0].created_at = datetime(2025, 6, 15, tzinfo=UTC)
    db.session.commit()

    with app.test_request_context():
        month = reports.sales_summary(coop, "30d", now=now)
        year = reports.sales_summary(coop, "12m", now=now)
    assert len(month.buckets) == 30 and month.buckets[-1].start.isoformat() == "2025-06-20"
    by_day = {b.start.isoformat(): (b.orders, b.units, b.sales_centimes) for b in month.buckets if b.orders}
    fee = coop.delivery_fee_centimes
    assert by_day == {
        "2025-06-01": (1, 1, 5000 + fee),
        "2025-06-11": (1, 2, 10000 + fee),
        "2025-06-20": (1, 1, 12050 + fee),
    }
    assert (month.orders, month.units, month.sales_centimes) == (3, 4, 27050 + 3 * fee)
    assert month.refunds_centimes == 0 and month.net_centimes == month.sales_centimes  # 0 % commission
    assert [(row.name_fr, row.units) for row in month.best_sellers] == [("Miel de thym", 3), ("Huile d'argan", 1)]

    assert len(year.buckets) == 12 and year.buckets[0].start.isoformat() == "2024-07-01"
    by_month = {b.start.isoformat(): (b.orders, b.units) for b in year.buckets if b.orders}
    assert by_month == {"2025-03-01": (1, 4), "2025-06-01": (3, 4)}
    assert [(row.name_fr, row.units) for row in year.best_sellers] == [("Huile d'argan", 5), ("Miel de thym", 3)]


@pytest.mark.app_config(PLATFORM_COMMISSION_PERCENT=10.0)
def test_sales_page_totals_chart_and_refunds(client, login, shop):
    owner, buyer, coop, honey, oil = shop
    now = datetime.now(UTC)
    _sold(buyer, honey, 2, now - timedelta(days=1))
    old = _sold(buyer, oil, 1, now - timedelta(days=45))
    old.refunded_centimes = 2000  # a partial refund recorded on it
    db.session.commit()
    login(owner)

    page = text_of(client.get(f"/manage/{coop.slug}/sales"))
    assert "Sales per day over the last 30 days" in page
    assert page.count('class="chart-bar"') == 30 and 'role="img"' in page and "<title>" in page
    assert format_money(10000 + coop.delivery_fee_centimes, "en") in page
    assert "Thyme honey" in page and "Cosmetic argan" not in page
    assert "Show the figures as a table" in page

    page = text_of(client.get(f"/manage/{coop.slug}/sales?period=90d"))
    assert page.count('class="chart-bar"') == 90 and "Cosmetic argan" in page
    assert format_money(2000, "en") in page  # refunds
    # commission: 10 % of each part's products, less the refunded share of the second
    total_old = 12050 + coop.delivery_fee_centimes
    commission = 1000 + 1205 - round(1205 * 2000 / total_old)
    assert format_money(commission, "en") in page
    net = 10000 + 12050 + 2 * coop.delivery_fee_centimes - 2000 - commission
    assert format_money(net, "en") in page

    page = text_of(client.get(f"/manage/{coop.slug}/sales?period=12m"))
    assert page.count('class="chart-bar"') == 12 and "Sales per month over the last 12 months" in page
    assert client.get(f"/manage/{coop.slug}/sales?period=forever").status_code == 200


def test_sales_chart_runs_right_to_left_in_arabic(client, login, shop):
    owner, buyer, coop, honey, _oil = shop
    owner.locale = "ar"
    _sold(buyer, honey, 1, datetime.now(UTC))
    db.session.commit()
    login(owner)
    page = text_of(client.get(f"/manage/{coop.slug}/sales"))
    assert 'dir="rtl"' in page
    # Today's bar is the last bucket: at the start (left edge) of the chart when read right to left.
    assert '<rect x="1" y="2.0" width="8" height="98.0" class="chart-bar">' in page


# -- payout ledger ---------------------------------------------------------------------------------


def _rows(response):
    return list(csv.reader(io.StringIO(response.get_data(as_text=True))))


@pytest.mark.app_config(PLATFORM_COMMISSION_PERCENT=10.0)
def test_ledger_csv_for_a_delivered_cash_order_and_a_paid_card_order(client, login, shop):
    owner, buyer, coop, honey, oil = shop
    cod = make_order(buyer, [(oil, 2)])
    services.advance(cod.parts[0], SHIPPED, owner)
    services.advance(cod.parts[0], DELIVERED, owner)
    card = paid_card_order(buyer, [(honey, 1)])
    other = make_coop()
    paid_card_order(buyer, [(make_product(other, price_centimes=9900), 1)])  # another cooperative's money
    db.session.commit()
    login(owner)
    with client.application.test_request_context():
        today = reports.local_today()
    start, end = (today - timedelta(days=1)).isoformat(), today.isoformat()

    response = client.get(f"/manage/{coop.slug}/ledger.csv?start={start}&end={end}")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and f"{coop.slug}-ledger-{start}-{end}.csv" in disposition
    rows = _rows(response)
    assert rows[0] == ["date", "order", "kind", "amount_mad"]
    fee = coop.delivery_fee_centimes
    cod_total, card_total = 24100 + fee, 5000 + fee
    got = sorted((number, kind, amount) for _date, number, kind, amount in rows[1:-1])
    assert got == sorted([
        (cod.number, "sale", f"{cod_total / 100:.2f}"),
        (cod.number, "collected", f"{-cod_total / 100:.2f}"),
        (cod.number, "commission", "-24.10"),
        (card.number, "sale", f"{card_total / 100:.2f}"),
        (card.number, "commission", "-5.00"),
    ])  # fmt: skip
    assert rows[-1] == ["", "", "balance", f"{(card_total - 2410 - 500) / 100:.2f}"]

    page = text_of(client.get(f"/manage/{coop.slug}/sales?start={start}&end={end}"))
    assert cod.number in page and card.number in page
    assert format_money(card_total - 2410 - 500, "en") in page
    assert 'name="kind" value="orders.ledger"' in page  # "Download as CSV" asks for a background export

    # A period before both orders is empty, but still a file with its balance.
    empty = _rows(client.get(f"/manage/{coop.slug}/ledger.csv?start=2024-01-01&end=2024-01-31"))
    assert empty == [["date", "order", "kind", "amount_mad"], ["", "", "balance", "0.00"]]
    assert len(_rows(client.get(f"/manage/{coop.slug}/ledger.csv?month={today.strftime('%Y-%m')}"))) == 7


@pytest.mark.parametrize(
    "query, message",
    [
        ("start=2025-13-01&end=2025-12-31", "Enter the dates as YYYY-MM-DD"),
        ("start=yesterday&end=today", "Enter the dates as YYYY-MM-DD"),
        ("start=2025-02-01", "Enter the dates as YYYY-MM-DD"),
        ("start=9999-12-31&end=9999-12-31", "Enter the dates as YYYY-MM-DD"),
        ("start=2025-03-01&end=2025-02-01", "The start date must be before the end date."),
        ("month=2025-1", "Choose a month from the list."),
        ("month=0000-00", "Choose a month from the list."),
    ],
)
def test_bad_ledger_dates_give_a_message_not_an_error(client, login, shop, query, message):
    owner, _buyer, coop, _honey, _oil = shop
    login(owner)
    page = client.get(f"/manage/{coop.slug}/sales?{query}")
    assert page.status_code == 200 and message in text_of(page)
    response = client.get(f"/manage/{coop.slug}/ledger.csv?{query}")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/manage/{coop.slug}/sales")
    assert message in text_of(client.get(response.headers["Location"]))


# -- delivery and payment settings -----------------------------------------------------------------


def settings(**overrides):
    data = {"delivery_fee": "25,50", "delivery_days": "4", "pickup_enabled": "y",
            "pickup_address": "Douar Tighanimine, route de Tafraout, Taroudant", "cod_enabled": "y"}  # fmt: skip
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def delivery_settings(coop):
    return coop.delivery_fee_centimes, coop.delivery_days, coop.pickup_enabled, coop.cod_enabled


def test_manager_saves_delivery_settings(client, login, shop):
    _owner, _buyer, coop, _honey, _oil = shop
    manager = make_user(locale="en")
    add_member(coop, manager, "manager")
    db.session.commit()
    login(manager)
    page = text_of(client.get(f"/manage/{coop.slug}/delivery"))
    assert 'value="30.00"' in page and "csrf_token" in page and "orders-manage.css" in page

    response = client.post(f"/manage/{coop.slug}/delivery", data=settings())
    assert response.status_code == 302
    db.session.refresh(coop)
    assert delivery_settings(coop) == (2550, 4, True, True)
    assert coop.pickup_address == "Douar Tighanimine, route de Tafraout, Taroudant"

    free = settings(delivery_fee="٠", delivery_days="٠", pickup_enabled=None, cod_enabled=None)  # Arabic-Indic zeros
    client.post(f"/manage/{coop.slug}/delivery", data=free)
    db.session.refresh(coop)
    assert delivery_settings(coop) == (0, 0, False, False)


@pytest.mark.parametrize(
    "overrides, message",
    [
        ({"delivery_fee": "abc"}, "Enter an amount in MAD between 0 and 1000"),
        ({"delivery_fee": "1000.01"}, "Enter an amount in MAD between 0 and 1000"),
        ({"delivery_fee": "-5"}, "Enter an amount in MAD between 0 and 1000"),
        ({"delivery_fee": None}, "This field is required."),
        ({"delivery_days": "61"}, "Number must be between 0 and 60."),
        ({"delivery_days": "two"}, "Not a valid integer value."),
        ({"pickup_address": ""}, "Give the pickup address"),
        ({"pickup_address": "x" * 301}, "Field cannot be longer than 300 characters."),
    ],
)
def test_bad_delivery_settings_are_explained_and_change_nothing(client, login, shop, overrides, message):
    owner, _buyer, coop, _honey, _oil = shop
    login(owner)
    response = client.post(f"/manage/{coop.slug}/delivery", data=settings(**overrides))
    assert response.status_code == 200 and message in text_of(response)
    db.session.refresh(coop)
    assert (coop.delivery_fee_centimes, coop.delivery_days, coop.pickup_address) == (3000, 3, None)
