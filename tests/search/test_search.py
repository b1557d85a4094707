"""Search through the index: languages, typos, phrases, facets, sorting, suggestions, the API, and the
index following every change to products, cooperatives and labels."""

from datetime import date, timedelta

import pytest

from market.catalog.models import LabelClaim, ProductVariant
from market.extensions import db
from market.search.index import get_index
from tests.factories import make_coop, make_product


@pytest.fixture
def catalogue(app):
    souss = make_coop(slug="tifawin", name_fr="Coopérative Tifawin", name_ar="تعاونية تيفاوين",
                      region_slug="souss-massa", women_led=True, city="Taroudant", city_ar="تارودانت")  # fmt: skip
    atlas = make_coop(slug="atlas-miel", name_fr="Miel de l'Atlas", name_ar="عسل الأطلس",
                      region_slug="beni-mellal-khenifra", women_led=False, city="Azilal")  # fmt: skip
    products = {
        "argan": make_product(souss, "oils", slug="argan", name_ar="زيت الأركان البلدي", name_fr="Huile d'argan bio",
                              name_en="Organic argan oil", price_centimes=18000, stock=4,
                              description_fr="Huile d'argan pressée à froid par les femmes de Taroudant."),
        "amlou": make_product(souss, "preserves-spreads", slug="amlou", name_ar="أملو باللوز",
                              name_fr="Amlou aux amandes", name_en="Almond amlou", price_centimes=9000, stock=0),
        "honey": make_product(atlas, "honey", slug="thyme-honey", name_ar="عسل الزعتر", name_fr="Miel de thym",
                              name_en="Thyme honey", price_centimes=25000, stock=10),
        "saffron": make_product(atlas, "spices-herbs", slug="saffron", name_ar="زعفران تالوين",
                                name_fr="Safran de Taliouine", name_en="Taliouine saffron", price_centimes=6000,
                                stock=3),
    }  # fmt: skip
    db.session.commit()
    return products


def search(client, **args):
    response = client.get("/api/v1/search", query_string=args)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()


def names(data):
    return [r["name"] for r in data["results"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("زيت اركان", "argan"), ("huile d argan", "argan"), ("argan oil", "argan"), ("عســل", "honey"),
        ("safrann", "saffron"), ("miels", "honey"), ("Taroudant", "argan"), ("تارودانت", "argan"),
        ("amandes", "amlou"), ("Tifawin", "argan"), ("الزعتر", "honey"), ("honeys", "honey"),
    ],
)  # fmt: skip
def test_queries_in_every_language_find_the_product(client, catalogue, query, expected):
    data = search(client, q=query, lang="en")
    assert data["results"], query
    assert data["results"][0]["url"].startswith(f"/p/{catalogue[expected].id}-")


def test_api_shape_and_facets(client, catalogue):
    data = search(client, q="", lang="fr", per_page=2)
    assert data["total"] == 4 and data["page"] == 1 and data["per_page"] == 2 and len(data["results"]) == 2
    first = data["results"][0]
    assert set(first) >= {"sku", "name", "price", "currency", "cooperative", "url", "image"}
    assert first["currency"] == "MAD" and set(first["cooperative"]) == {"slug", "name"}
    cats = {f["value"]: f["count"] for f in data["facets"]["category"]}
    assert cats == {"oils": 1, "preserves-spreads": 1, "honey": 1, "spices-herbs": 1}
    # Combined filters: women-led AND in stock -> only the argan oil; each facet counts without its own filter.
    data = search(client, women=1, in_stock=1)
    assert [r["url"].split("-")[0] for r in data["results"]] == [f"/p/{catalogue['argan'].id}"]
    assert data["facets"]["women"][0]["count"] == 1  # in stock: argan (women-led) and honey, saffron (not)
    assert data["facets"]["in_stock"][0]["count"] == 1  # women-led: argan (in stock) and amlou (not)
    data = search(client, region="beni-mellal-khenifra", price="0-50,50-100", lang="en")
    assert names(data) == ["Taliouine saffron"]
    regions = {f["value"]: f["count"] for f in data["facets"]["region"]}
    assert regions == {"souss-massa": 1, "beni-mellal-khenifra": 1}  # region facet ignores its own filter


def test_sorting_and_pagination(client, catalogue):
    prices = [r["price"] for r in search(client, sort="price_asc")["results"]]
    assert prices == sorted(prices) and len(prices) == 4
    prices = [r["price"] for r in search(client, sort="price_desc")["results"]]
    assert prices == sorted(prices, reverse=True)
    page2 = search(client, sort="price_asc", per_page=3, page=2)
    assert page2["page"] == 2 and len(page2["results"]) == 1
    html = client.get("/search?sort=price_asc&per_page=3&women=1&lang=fr").get_data(as_text=True)
    assert 'rel="next"' not in html  # two women-led products: one page
    html = client.get("/search?sort=price_asc&per_page=3&lang=fr").get_data(as_text=True)
    assert '<a rel="next" href="/search?sort=price_asc&amp;per_page=3&amp;page=2">' in html


def test_all_words_rank_first_and_phrases(client, catalogue):
    data = search(client, q="miel thym", lang="fr")
    assert data["results"][0]["name"] == "Miel de thym"
    assert search(client, q='"huile d\'argan"', lang="fr")["total"] == 1
    assert search(client, q='"argan huile"', lang="fr")["total"] == 0


def test_did_you_mean_and_empty_page(client, catalogue):
    data = search(client, q="hyilr", lang="fr")  # two edits from huile on a 5-letter word: no typo match
    assert data["total"] == 0 and data["suggestion"] == "huile"
    page = client.get("/search?q=hyilr&lang=fr").get_data(as_text=True)
    assert "huile" in page and "Essayez" in page


def test_variant_sku_and_search_by_sku(client, catalogue):
    argan = catalogue["argan"]
    db.session.add(ProductVariant(product_id=argan.id, label="1 l", sku="ARG-1L", price_centimes=32000, stock=2))
    db.session.commit()
    data = search(client, q="arg-1l")
    assert data["results"][0]["sku"] == "ARG-1L"
    assert search(client, q="argan")["results"][0]["sku"] == argan.sku


def test_changes_reach_the_index(client, catalogue):
    honey = catalogue["honey"]
    honey.is_published = False
    db.session.commit()
    assert search(client, q="thym")["total"] == 0
    honey.is_published = True
    honey.name_fr = "Miel d'euphorbe"
    db.session.commit()
    assert search(client, q="euphorbe")["total"] == 1
    coop = honey.cooperative
    coop.status = "suspended"
    db.session.commit()
    assert search(client, q="euphorbe")["total"] == 0 and search(client, q="safran")["total"] == 0
    coop.status = "approved"
    db.session.commit()
    assert search(client, q="safran")["total"] == 1
    # A verified label shows in the label facet; once expired (the sweep), it leaves it.
    claim = LabelClaim(cooperative_id=coop.id, label_type_id=1, status="verified",
                       valid_until=date.today() + timedelta(days=30))  # fmt: skip
    db.session.add(claim)
    db.session.commit()
    labels = search(client, label="IGP")
    assert labels["total"] == 2
    claim.status = "expired"
    db.session.commit()
    assert search(client, label="IGP")["total"] == 0


def test_suggestions(client, catalogue):
    data = client.get("/search/suggest?q=tif&lang=fr").get_json()
    assert data["suggestions"][0] == {"kind": "cooperative", "label": "Coopérative Tifawin", "url": "/c/tifawin"}
    data = client.get("/search/suggest?q=hui&lang=fr").get_json()
    assert {"kind": "product", "label": "Huile d'argan bio", "url": f"/p/{catalogue['argan'].id}-argan"} in data[
        "suggestions"
    ]
    data = client.get("/search/suggest?q=عس&lang=ar").get_json()
    kinds = {s["kind"] for s in data["suggestions"]}
    assert {"category", "cooperative", "product"} <= kinds
    assert client.get("/search/suggest?q=").get_json()["suggestions"] == []
    # Typed in Tifinagh or in its Latin transliteration, a Tamazight visitor is offered the category whose
    # Tamazight name it is (ⵜⴰⵎⵎⵏⵜ, honey), labelled in Tamazight; a French visitor typing Latin is not.
    for typed in ("ⵜⴰⵎⵎ", "tamm"):
        data = client.get("/search/suggest", query_string={"q": typed, "lang": "zgh"}).get_json()
        assert {"kind": "category", "label": "ⵜⴰⵎⵎⵏⵜ", "url": "/category/honey"} in data["suggestions"]
    assert not [s for s in client.get("/search/suggest?q=tamm&lang=fr").get_json()["suggestions"]
                if s["kind"] == "category"]  # fmt: skip


def test_missing_index_falls_back_and_rebuilds(app, client, catalogue):
    import shutil
    import time

    index = get_index(app)
    index.forget()
    shutil.rmtree(index.path)
    page = client.get("/search?q=argan&lang=fr")
    assert page.status_code == 200 and "Huile d" in page.get_data(as_text=True)
    deadline = time.monotonic() + 20
    while index.rebuilding and time.monotonic() < deadline:
        time.sleep(0.05)
    assert search(client, q="argan oil")["total"] == 1


def test_cli_rebuild_and_check_repair_drift(app, runner, client, catalogue):
    from sqlalchemy import update

    from market.catalog.models import Product

    index = get_index(app)
    writer = index._index().writer()
    writer.delete_by_term("pid", str(catalogue["amlou"].id))  # lost from the index
    writer.commit()
    # A change that bypasses the ORM (a bulk UPDATE): the index does not hear of it.
    db.session.execute(update(Product).where(Product.id == catalogue["honey"].id).values(name_en="Carob honey"))
    db.session.commit()
    result = runner.invoke(args=["search", "check", "--dry-run"])
    assert result.exit_code == 1
    assert "missing from the index: 1; should not be there: 0; out of date: 1" in result.output
    result = runner.invoke(args=["search", "check"])
    assert result.exit_code == 0 and "Repaired" in result.output, result.output
    assert search(client, q="carob", lang="en")["total"] == 1
    assert runner.invoke(args=["search", "check"]).output.strip().endswith("The index matches the database.")
    result = runner.invoke(args=["search", "rebuild"])
    assert result.exit_code == 0 and "4 products indexed" in result.output, result.output
    assert search(client, q="")["total"] == 4


def test_damaged_index_keeps_the_site_serving(app, client, catalogue):
    import time

    index = get_index(app)
    index.forget()
    for path in index.path.glob("*.seg"):
        path.unlink()  # the table of contents names segments that are gone
    page = client.get("/search?q=argan&lang=fr")
    assert page.status_code == 200
    deadline = time.monotonic() + 20
    while index.rebuilding and time.monotonic() < deadline:
        time.sleep(0.05)
    assert search(client, q="argan oil")["total"] == 1


@pytest.mark.parametrize(
    "args",
    [
        {"q": '"'}, {"q": '""'}, {"q": '" "'}, {"q": "a" * 500}, {"q": "*"}, {"q": "???"}, {"q": "OR AND NOT"},
        {"q": "٠١٢"}, {"q": "🙂"}, {"q": "\u200f"}, {"q": "ال"}, {"q": "l'"}, {"q": "-"}, {"q": "title:argan"},
        {"q": "argan", "page": "999999999"}, {"q": "argan", "per_page": "-5"}, {"sort": "bogus"},
        {"category": "nope", "region": "nope", "coop": "nope", "label": "nope", "price": "nope"},
        {"q": "argan~3"}, {"q": "zzzzzzzzzzzzzzzzzzzz"}, {"q": '"huile d\'argan" "miel"'},
    ],
)  # fmt: skip
def test_odd_queries_never_fail(client, catalogue, args):
    for path in ("/search", "/api/v1/search", "/search/suggest"):
        response = client.get(path, query_string={**args, "lang": "ar"})
        assert response.status_code == 200, (path, args)


def test_renamed_cooperative_is_found_by_its_new_name(client, catalogue):
    assert search(client, q="Tifawin")["total"] == 2
    coop = catalogue["argan"].cooperative
    coop.name_fr = "Coopérative Tamount"
    db.session.commit()
    assert search(client, q="Tamount")["total"] == 2  # both of its products, at once
    assert search(client, q="Tifawin")["total"] == 0
    assert search(client, q='"cooperative tamount"')["total"] == 2  # a phrase in a cooperative's name
