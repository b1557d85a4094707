"""At a fair where the network drops: two members of a cooperative sell from two phones. Both open the stand
page online, lose the network, keep selling (the sales wait on each phone, and the page opens again with no
network), then the network returns: every accepted sale is recorded once, the one sale beyond the stock set
aside is refused and the seller sees why, in their language, and nothing waits any more."""

from __future__ import annotations

import pytest
from flask_babel import gettext as _
from playwright.sync_api import expect
from sqlalchemy import func, select

from market.events import stand_sales
from market.events.models import EventStock, StandSale
from market.extensions import db
from tests.browser.conftest import ARTIFACTS
from tests.browser.test_cooperative_journey import sign_in
from tests.events.test_stand_sales import _event
from tests.factories import add_member, make_product, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

SYNC_TIMEOUT = 20_000  # ms: sending a handful of sales one by one, with the page's refresh afterwards


@pytest.fixture
def phones(browser, live_server, request):
    """Two phones (browser contexts, 390 px wide); a screenshot of each when the test fails."""
    contexts = []

    def open_phone(lang):
        context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844},
                                      locale="ar-MA" if lang == "ar" else "fr-MA")  # fmt: skip
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(10_000)
        return context, page

    yield open_phone
    failed = getattr(request.node, "rep_call", None)
    for n, context in enumerate(contexts):
        if failed is not None and failed.failed and context.pages:
            ARTIFACTS.mkdir(exist_ok=True)
            context.pages[0].screenshot(path=str(ARTIFACTS / f"{request.node.name}-phone{n}.png"), full_page=True)
        context.close()


def sell(page, product_id, quantity, double_tap=False):
    page.select_option("#sale-line", str(product_id))
    page.fill("#sale-quantity", str(quantity))
    button = page.locator("form.stand-sale-form button[type=submit]")
    button.dblclick() if double_tap else button.click()


def waiting(page):
    return page.locator("#stand-offline .stand-waiting-count")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_two_phones_sell_offline_and_every_sale_counts_once(phones, live_app, lang):
    event, coop, owner = _event("running")
    owner.locale = lang
    member = make_user(email=f"member.{lang}@example.ma", locale=lang)
    add_member(coop, member, "staff")
    honey = make_product(coop, stock=10, price_centimes=8000, name_fr="Miel de thym", name_ar="عسل الزعتر")
    oil = make_product(coop, stock=20, price_centimes=12050, name_fr="Huile d'argan", name_ar="زيت أركان")
    stand_sales.set_aside(event, coop, honey, 3, owner)
    stand_sales.set_aside(event, coop, oil, 10, owner)
    db.session.commit()
    honey_id, oil_id = honey.id, oil.id
    honey_name, oil_name = ("Miel de thym", "Huile d'argan") if lang == "fr" else ("عسل الزعتر", "زيت أركان")
    url = f"/manage/{coop.slug}/events/{event.slug}/stand?lang={lang}"
    with live_app.test_request_context(f"/?lang={lang}"):
        texts = {
            "online": _("Online: each sale is sent at once."),
            "offline": _("Offline: sales are kept on this phone and sent when the network returns."),
            "kept": _("Sale kept on this phone: it will be sent when the network returns."),
            "refused": _("Only %(num)d left at the stand.", num=1),
            "not_recorded": _("Not recorded:"),
        }

    # 1. Both phones open the stand page with the network; it is kept on each for offline use.
    (context_a, phone_a), (context_b, phone_b) = phones(lang), phones(lang)
    for page, user in ((phone_a, owner), (phone_b, member)):
        sign_in(page, user.email, lang)
        page.goto(url)
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
        expect(page.locator("#stand-offline")).to_have_attribute("data-offline-ready", "true")
        expect(page.locator("#stand-offline .stand-network")).to_have_text(texts["online"])
        expect(waiting(page)).to_have_text("0")

    # 2. The network drops on both. Between them they sell 4 of the 3 honey jars set aside, and oil.
    context_a.set_offline(True)
    context_b.set_offline(True)
    for page in (phone_a, phone_b):
        expect(page.locator("#stand-offline")).to_have_attribute("data-network", "offline")
        expect(page.locator("#stand-offline .stand-network")).to_have_text(texts["offline"])
    sell(phone_a, honey_id, 2)
    expect(phone_a.locator("#stand-offline .flash-info")).to_have_text(texts["kept"])
    sell(phone_a, oil_id, 1, double_tap=True)  # one sale, not two
    sell(phone_b, honey_id, 2)
    sell(phone_b, oil_id, 3)
    for page in (phone_a, phone_b):
        expect(waiting(page)).to_have_text("2")
        expect(page.locator("#stand-offline .stand-queue li.stand-pending")).to_have_count(2)
        expect(page.locator("#stand-offline .stand-queue")).to_contain_text(oil_name)
    assert db.session.scalar(select(func.count(StandSale.id))) == 0  # nothing reached the server

    # 3. Still offline, phone B's page opens again: from the copy the service worker kept (the server's page
    #    now says 11 units of oil were set aside; the kept copy, 10), with its 2 sales still waiting.
    stand_sales.set_aside(event, coop, oil, 1, owner)
    db.session.commit()
    phone_b.reload()
    oil_row = phone_b.locator("table.stand-stock tbody tr").filter(has_text=oil_name)
    expect(oil_row.locator("td").first).to_have_text("10")
    expect(waiting(phone_b)).to_have_text("2")
    expect(phone_b.locator("#stand-offline")).to_have_attribute("data-network", "offline")

    # 4. The answer to phone A's oil sale is lost on the way back: the server records it, the phone never hears.
    #    Until the test lets it through, the phone's later tries of that sale (every 30 s) fail the same way.
    lost, let_through = [], []

    def lose_the_oil_answer(route):
        body = route.request.post_data_json if route.request.method == "POST" else None
        if body and body["line"] == str(oil_id) and not let_through:
            if not lost:
                lost.append(route.fetch().json())
            route.abort("connectionreset")
        else:
            route.continue_()

    context_a.route("**/stand/sync*", lose_the_oil_answer)

    # 5. The network returns on both at once: each phone sends what waits, honey first.
    context_a.set_offline(False)
    context_b.set_offline(False)
    expect(waiting(phone_b)).to_have_text("0", timeout=SYNC_TIMEOUT)
    expect(phone_b.locator("#stand-offline")).to_have_attribute("data-network", "online")
    # Phone A stops at the lost answer and takes the network for gone; its oil sale waits for the next try.
    phone_a.wait_for_function(
        "() => { const box = document.getElementById('stand-offline');"
        " return box.dataset.waiting === '1' && box.dataset.network === 'offline'; }",
        timeout=SYNC_TIMEOUT,
    )
    assert len(lost) == 1 and lost[0]["status"] == "recorded"
    # It tries again when the page opens (also on `online` and every 30 s): the server says already recorded.
    let_through.append(True)
    phone_a.reload()
    expect(waiting(phone_a)).to_have_text("0", timeout=SYNC_TIMEOUT)
    expect(phone_a.locator("#stand-offline")).to_have_attribute("data-network", "online")

    # 6. Exactly one of the two honey sales was refused, on the phone that sent it second, with the reason.
    refused = [page.locator("#stand-offline .stand-queue li.stand-refused") for page in (phone_a, phone_b)]
    assert sum(items.count() for items in refused) == 1
    refused_on = next(items for items in refused if items.count() == 1)
    expect(refused_on).to_contain_text(texts["refused"])
    expect(refused_on).to_contain_text(texts["not_recorded"])
    expect(refused_on).to_contain_text("2 × " + honey_name)
    for page in (phone_a, phone_b):
        expect(page.locator("#stand-offline .stand-queue li.stand-pending")).to_have_count(0)

    # 7. In the database: each accepted sale once (the lost answer's sale included), the stock never beyond.
    db.session.expire_all()
    sales = list(db.session.scalars(select(StandSale)))
    assert sorted((s.product_id, s.quantity) for s in sales) == sorted([(honey_id, 2), (oil_id, 1), (oil_id, 3)])
    assert len({s.client_token for s in sales}) == 3 and lost[0]["client_token"] in {s.client_token for s in sales}
    assert {s.recorded_by_id for s in sales} == {owner.id, member.id}
    for row in db.session.scalars(select(EventStock)):
        assert 0 <= row.sold <= row.set_aside
    assert stand_sales._stock_row(event, honey_id, None).sold == 2
    assert stand_sales._stock_row(event, oil_id, None).sold == 4

    # 8. The seller dismisses the refused sale; the page, opened again, shows the three sales.
    refused_on.locator("button").click()
    for page in (phone_a, phone_b):
        expect(page.locator("#stand-offline .stand-queue li")).to_have_count(0)
        page.goto(url)
        expect(page.locator(".stand-sales li")).to_have_count(3)
        expect(waiting(page)).to_have_text("0")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_without_script_the_sale_form_posts_as_before(browser, live_server, live_app, lang):
    """No script, no service worker, no kept sales: the form posts, the page says the sale is recorded."""
    event, coop, owner = _event("running")
    owner.locale = lang
    honey = make_product(coop, stock=10, price_centimes=8000)
    stand_sales.set_aside(event, coop, honey, 3, owner)
    db.session.commit()
    context = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844},
                                  java_script_enabled=False)  # fmt: skip
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        sign_in(page, owner.email, lang)
        page.goto(f"/manage/{coop.slug}/events/{event.slug}/stand?lang={lang}")
        expect(page.locator("#stand-offline")).to_be_hidden()
        sell(page, honey.id, 2)
        expect(page.locator(".flash-success[role=status]")).to_be_visible()
        expect(page.locator(".stand-sales li")).to_have_count(1)
        sell(page, honey.id, 2)  # only 1 left: refused under the field, as before
        expect(page.locator(".errors")).to_be_visible()
        db.session.expire_all()
        assert [(s.quantity, s.recorded_by_id) for s in db.session.scalars(select(StandSale))] == [(2, owner.id)]
        assert stand_sales._stock_row(event, honey.id, None).sold == 2
    finally:
        context.close()
