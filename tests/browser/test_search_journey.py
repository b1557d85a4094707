"""A buyer searches in Arabic and in French: suggestions as they type, results, facets, sorting, a typo."""

import re

import pytest
from playwright.sync_api import expect

from market.extensions import db
from market.search.index import get_index
from tests.factories import make_coop, make_product

# See test_cooperative_journey.py: the development server's file-handle warning is not the app's.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def build_catalogue(app):
    women = make_coop(slug="tifawin", name_fr="Coopérative Tifawin", name_ar="تعاونية تيفاوين", women_led=True)
    men = make_coop(slug="atlas", name_fr="Coopérative de l'Atlas", name_ar="تعاونية الأطلس", women_led=False)
    make_product(women, "honey", slug="miel-thym", name_ar="عسل الزعتر", name_fr="Miel de thym",
                 price_centimes=25000, stock=5)  # fmt: skip
    make_product(men, "honey", slug="miel-euphorbe", name_ar="عسل الدغموس", name_fr="Miel d’euphorbe",
                 price_centimes=30000, stock=5)  # fmt: skip
    make_product(women, "oils", slug="huile-argan", name_ar="زيت الأركان", name_fr="Huile d’argan",
                 price_centimes=18000, stock=5)  # fmt: skip
    db.session.commit()
    get_index(app).rebuild()


def test_search_in_arabic_with_suggestions_facets_and_sorting(page, live_app):
    build_catalogue(live_app)
    page.goto("/?lang=ar")
    box = page.locator("#header-q")
    box.fill("عس")
    suggestions = page.locator("ul.suggestions")
    expect(suggestions).to_be_visible()
    expect(suggestions.get_by_role("option").first).to_contain_text("عسل")
    box.fill("عســل")  # with a tatweel
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    cards = page.locator(".search-results .product-card")
    expect(cards).to_have_count(2)
    expect(page.locator(".product-card mark").first).to_be_visible()  # the matched word is highlighted
    page.locator("summary").filter(has_text=re.compile(".")).first.click()  # the filters drawer on a phone
    women = page.locator("#facet-more .facet-link").first
    expect(women).to_contain_text("1")
    women.click()
    expect(page).to_have_url(re.compile(r"women=1"))
    expect(cards).to_have_count(1)
    expect(cards.first).to_contain_text("عسل الزعتر")
    page.goto(page.url.replace("women=1", "women=0") + "&sort=price_desc")
    expect(cards.first).to_contain_text("عسل الدغموس")  # 300 MAD before 250 MAD


def test_typo_in_french_offers_a_correction(page, live_app):
    build_catalogue(live_app)
    page.goto("/search?q=hyilr&lang=fr")
    expect(page.locator(".empty-state")).to_be_visible()
    page.locator(".did-you-mean a").click()
    expect(page.locator(".search-results .product-card")).to_have_count(1)
    expect(page.locator(".product-card h3")).to_contain_text("Huile")
    # The header box is a plain GET form underneath (what works without script): submitting searches.
    page.fill("#header-q", "safran")
    page.locator("form.search-form button").click()
    expect(page.locator(".empty-state")).to_be_visible()
