"""A cooperative connects a tool of its own: makes a token in the back office, reads it once, uses it
against the API (its stock changes on the site), then revokes it; and the API's docs page reads in
Arabic and French."""

import pytest
from playwright.sync_api import expect

from market.extensions import db
from tests.browser.test_cooperative_journey import sign_in
from tests.factories import make_coop, make_product, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

NAMES = {"ar": ("رموز الوصول إلى API", "إبطال"), "fr": ("Jetons d’API", "Révoquer")}


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_cooperative_connects_its_stock_sheet_and_disconnects_it(page, live_app, live_server, lang):
    owner = make_user(email=f"api.{lang}@example.ma", locale=lang)
    coop = make_coop(slug=f"api-coop-{lang}", owner=owner)
    product = make_product(coop, sku=f"AMLOU-{lang}", stock=4, name_fr="Amlou", name_ar="أملو")
    db.session.commit()
    tokens_title, revoke = NAMES[lang]

    sign_in(page, owner.email, lang)
    page.goto(f"/manage/{coop.slug}/?lang={lang}")
    page.get_by_role("link", name=tokens_title).click()
    expect(page.locator("h1")).to_have_text(tokens_title)
    page.fill("input[name=name]", "Google Sheets")
    page.select_option("select[name=scope]", "write")
    page.locator("form.stack-form button[type=submit]").click()
    secret = page.locator("#new-token").input_value()
    assert secret.startswith("st_")
    page.goto(f"/manage/{coop.slug}/api-tokens?lang={lang}")
    expect(page.locator("#new-token")).to_have_count(0)  # shown once
    expect(page.locator("table")).to_contain_text("Google Sheets")

    api = page.context.request
    auth = {"Authorization": f"Bearer {secret}", "Accept-Language": lang}
    assert api.get(f"{live_server.url}/api/v1/coop", headers=auth).json()["slug"] == coop.slug
    changed = api.put(f"{live_server.url}/api/v1/coop/stock", headers=auth,
                      data={"items": [{"sku": product.sku, "stock": 0}]})  # fmt: skip
    assert changed.status == 200
    page.goto(f"/p/{product.id}-{product.slug}?lang={lang}")
    expect(page.locator("form.add-to-cart button[type=submit]")).to_have_count(0)  # sold out on the site at once

    page.goto(f"/manage/{coop.slug}/api-tokens?lang={lang}")
    page.get_by_role("button", name=f"{revoke} Google Sheets").click()
    expect(page.locator(".flash-success")).to_be_visible()
    refused = api.get(f"{live_server.url}/api/v1/coop", headers=auth)
    assert refused.status == 401 and refused.headers["content-type"] == "application/problem+json"
    assert (
        refused.json()["detail"]
        != "This API token is not valid: check it, or make a new one (it may have been revoked)."
    )


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_api_docs_page(page, live_app, lang):
    page.goto(f"/api/v1/docs?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    expect(page.locator("#problem-validation")).to_be_visible()
    expect(page.locator("#tag-Cooperative")).to_be_visible()
    page.get_by_role("link", name="openapi.json").click()
    assert page.url.endswith("/api/v1/openapi.json")
