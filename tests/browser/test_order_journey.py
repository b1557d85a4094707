"""A buyer fills one cart from three cooperatives, pays by card (on the Stripe stand-in's page) and, for a
second order, in cash on delivery; each cooperative sees only its own part and ships it; the buyer follows
the progress and reviews a delivered product, which then shows on the product page."""

import re

import pytest
from playwright.sync_api import expect

from market.extensions import db
from tests.browser.test_cooperative_journey import sign_in, sign_out
from tests.factories import make_coop, make_product, make_user
from tests.stripe_stub import stripe_stub, stripe_stub_server  # noqa: F401  (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.fixture
def card_payments(live_server, live_app, stripe_stub):  # noqa: F811
    stripe_stub.use_app(live_app, webhook_url=live_server.url + "/payments/stripe/webhook")
    yield stripe_stub
    live_app.config.update(STRIPE_SECRET_KEY="", STRIPE_WEBHOOK_SECRET="", STRIPE_API_BASE="")


def add_to_cart(page, product, lang):
    page.goto(f"/p/{product.id}-{product.slug}?lang={lang}")
    page.locator("form.add-to-cart button[type=submit]").click()
    expect(page.locator(".flash-success")).to_be_visible()


def fill_address(page):
    page.fill("input[name=full_name]", "Fatima Zahra Amrani")
    page.fill("input[name=phone]", "06 61 23 45 67")
    page.fill("input[name=address]", "Douar Tamaloukt, commune Imouzzer")
    page.select_option("select[name=city]", "agadir")


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_three_cooperatives_card_and_cash_ship_and_review(page, browser, live_server, live_app, card_payments, lang):
    buyer = make_user(email=f"buyer.{lang}@example.ma", name="Fatima", locale=lang)
    owners = [make_user(email=f"owner{i}.{lang}@example.ma", name=f"Owner {i}", locale=lang) for i in range(3)]
    coops = [
        make_coop(owner=owners[0], slug=f"argan-{lang}", name_fr="Coopérative Argan Tamri", name_ar="تعاونية أركان",
                  delivery_fee_centimes=2500),
        make_coop(owner=owners[1], slug=f"miel-{lang}", name_fr="Coopérative Miel du Souss", name_ar="تعاونية العسل",
                  delivery_fee_centimes=3000),
        make_coop(owner=owners[2], slug=f"safran-{lang}", name_fr="Coopérative Safran Taliouine",
                  name_ar="تعاونية الزعفران", pickup_address="Taliouine, route d’Agadir"),
    ]  # fmt: skip
    oil = make_product(coops[0], name_fr="Huile d’argan", name_ar="زيت أركان", price_centimes=15000, stock=10)
    honey = make_product(coops[1], name_fr="Miel de thym", name_ar="عسل الزعتر", price_centimes=9000, stock=5)
    saffron = make_product(coops[2], name_fr="Safran en filaments", name_ar="زعفران", price_centimes=6000, stock=5)
    db.session.commit()

    # 1. One cart from three cooperatives, grouped by cooperative.
    sign_in(page, buyer.email, lang)
    for product in (oil, honey, saffron):
        add_to_cart(page, product, lang)
    page.goto(f"/cart?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    expect(page.locator("section.cart-group")).to_have_count(3)

    # 2. Checkout: home delivery for two, pickup for the saffron; card; the total is shown before paying.
    page.locator("a[href='/checkout']").click()
    fill_address(page)
    page.check(f"input[name=delivery-{coops[2].id}][value=pickup]")
    page.check("input[name=payment_method][value=card]")
    page.locator("form.checkout-form button[type=submit]").click()
    expect(page.locator(".grand-total")).to_contain_text("355")  # 150 + 90 + 60 + 25 + 30 delivery
    page.locator("button[name=step][value=confirm]").click()

    # 3. Stripe's page (the stand-in): pay; the webhook confirms the order; the success page says so.
    expect(page.locator("#total")).to_contain_text("355.00")
    page.locator("#pay").click()
    expect(page.locator(".payment-paid")).to_be_visible()
    page.locator(".payment-result a.button").click()
    card_number = re.search(r"ST-[0-9A-Z]{4}-[0-9A-Z]{4}", page.locator("h1").inner_text())[0]
    expect(page.locator("section.order-part")).to_have_count(3)

    # 4. A second order, cash on delivery, from the honey cooperative only.
    add_to_cart(page, honey, lang)
    page.goto(f"/checkout?lang={lang}")
    fill_address(page)
    page.check("input[name=payment_method][value=cod]")
    page.locator("form.checkout-form button[type=submit]").click()
    page.locator("button[name=step][value=confirm]").click()
    expect(page.locator(".flash-success")).to_contain_text("ST-")
    cash_number = re.search(r"ST-[0-9A-Z]{4}-[0-9A-Z]{4}", page.locator("h1").inner_text())[0]
    sign_out(page)

    # 5. Each cooperative sees only its own part, and ships it.
    for owner, coop, product, others in (
        (owners[0], coops[0], oil, (honey, saffron)),
        (owners[1], coops[1], honey, (oil, saffron)),
    ):
        sign_in(page, owner.email, lang)
        page.goto(f"/manage/{coop.slug}/orders?lang={lang}")
        expect(page.locator("main")).to_contain_text(card_number)
        if coop is coops[1]:
            expect(page.locator("main")).to_contain_text(cash_number)
        page.locator(f"a:has-text('{card_number}')").click()
        main = page.locator("main")
        expect(main).to_contain_text(product.name_ar if lang == "ar" else product.name_fr)
        for other in others:
            expect(main).not_to_contain_text(other.name_ar if lang == "ar" else other.name_fr)
        page.fill("#tracking", "Amana RR123456789MA")
        page.locator("form:has(input[value=shipped]) button").click()
        expect(page.locator(".flash-success")).to_be_visible()
        if coop is coops[0]:
            page.locator("form:has(input[value=delivered]) button").click()
            expect(page.locator(".flash-success")).to_be_visible()
        sign_out(page)

    # 6. The buyer follows the progress and reviews the delivered argan oil.
    sign_in(page, buyer.email, lang)
    page.goto(f"/orders/{card_number}?lang={lang}")
    parts = page.locator("section.order-part")
    expect(parts.nth(0).locator(".badge")).to_have_class(re.compile("status-delivered"))
    expect(parts.nth(1).locator(".badge")).to_have_class(re.compile("status-shipped"))
    expect(parts.nth(1)).to_contain_text("Amana RR123456789MA")
    expect(parts.nth(2).locator(".badge")).to_have_class(re.compile("status-confirmed"))
    parts.nth(0).locator("details summary").first.click()
    parts.nth(0).locator("input[name=rating][value='5']").check()
    review_text = "زيت ممتاز وعطر جميل، شكرا" if lang == "ar" else "Huile excellente, parfum magnifique, merci !"
    parts.nth(0).locator("textarea[name=text]").fill(review_text)
    parts.nth(0).locator("form button[type=submit]").click()
    expect(page.locator(".flash-success")).to_be_visible()
    page.goto(f"/p/{oil.id}-{oil.slug}?lang={lang}")
    expect(page.locator("main")).to_contain_text(review_text)
