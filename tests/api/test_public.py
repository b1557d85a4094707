"""Public resources: what a visitor may see on the site, in the asked language, and nothing more."""

from datetime import date, timedelta

import pytest

from market.catalog.models import LabelClaim, LabelType, ProductVariant
from market.extensions import db
from tests.events.test_public import _published_fair
from tests.factories import make_coop, make_product


def test_products_list_filters_pages_and_shows_only_what_is_on_sale(client):
    coop_a = make_coop(slug="argan-tiout", name_fr="Argan Tiout", women_led=True)
    coop_b = make_coop(slug="miel-atlas", name_fr="Miel Atlas")
    pending = make_coop(slug="pending-coop", status="pending")
    oils = [make_product(coop_a, name_fr=f"Huile d'argan {n}") for n in range(3)]
    honey = make_product(coop_b, category_slug="honey", name_fr="Miel de thym")
    make_product(coop_a, published=False, name_fr="Brouillon")
    make_product(coop_a, blocked_reason="copie", name_fr="Bloqué")
    make_product(pending, name_fr="En attente")
    db.session.commit()

    everything = client.get("/api/v1/products?lang=fr").get_json()
    assert {item["id"] for item in everything["items"]} == {p.id for p in [*oils, honey]}
    assert everything["pagination"]["total"] == 4

    only_a = client.get("/api/v1/products?coop=argan-tiout&per_page=2&lang=fr").get_json()
    assert [i["cooperative"]["slug"] for i in only_a["items"]] == ["argan-tiout"] * 2
    assert only_a["pagination"] == {
        "page": 1,
        "per_page": 2,
        "total": 3,
        "pages": 2,
        "next": "http://localhost/api/v1/products?coop=argan-tiout&per_page=2&lang=fr&page=2",
    }
    second = client.get(only_a["pagination"]["next"].removeprefix("http://localhost")).get_json()
    assert len(second["items"]) == 1 and second["pagination"]["next"] is None

    assert [i["id"] for i in client.get("/api/v1/products?category=honey").get_json()["items"]] == [honey.id]
    assert [i["id"] for i in client.get("/api/v1/products?q=thym&lang=fr").get_json()["items"]] == [honey.id]
    women = client.get("/api/v1/products?women=true").get_json()
    assert {i["cooperative"]["slug"] for i in women["items"]} == {"argan-tiout"}
    assert client.get("/api/v1/products?price=0-50").get_json()["items"] == []


def test_a_product_with_its_variants_verified_labels_and_fallback_texts(client):
    coop = make_coop(slug="amlou-coop")
    product = make_product(coop, name_ar="أملو", name_fr="Amlou", name_en=None, description_fr="Pâte d'amandes")
    product.variants = [
        ProductVariant(label="250 g", sku="AML-250", price_centimes=6000, stock=0, position=0),
        ProductVariant(label="500 g", sku="AML-500", price_centimes=11000, stock=4, position=1),
    ]
    igp = db.session.scalar(db.select(LabelType).where(LabelType.code == "IGP"))
    today = date.today()
    db.session.add(
        LabelClaim(
            cooperative_id=coop.id,
            label_type_id=igp.id,
            status="verified",
            certificate_number="IGP-7",
            issuer="ONSSA",
            valid_from=today - timedelta(days=10),
            valid_until=today + timedelta(days=300),
        )
    )
    db.session.add(
        LabelClaim(cooperative_id=coop.id, label_type_id=igp.id + 1, status="pending", certificate_number="X")
    )
    hidden = make_product(coop, published=False)
    db.session.commit()

    english = client.get(f"/api/v1/products/{product.id}", headers={"Accept-Language": "en"}).get_json()
    assert english["name"] == "Amlou"  # no English name: French, as on the page
    assert english["description"] == "Pâte d'amandes"
    assert [(v["sku"], v["in_stock"], v["price"]["centimes"]) for v in english["variants"]] == [
        ("AML-250", False, 6000),
        ("AML-500", True, 11000),
    ]
    assert [(label["code"], label["certificate_number"]) for label in english["labels"]] == [("IGP", "IGP-7")]
    assert english["rating"] == {"average": None, "count": 0}
    arabic = client.get(f"/api/v1/products/{product.id}?lang=ar").get_json()
    assert arabic["name"] == "أملو" and arabic["price"]["formatted"].startswith("\u200f120,50")

    for path in (f"/api/v1/products/{hidden.id}", "/api/v1/products/999999", f"/api/v1/products/{hidden.id}/reviews"):
        response = client.get(path)
        assert response.status_code == 404 and response.mimetype == "application/problem+json"


def test_cooperatives_are_the_verified_ones(client):
    make_coop(slug="zitoun", name_fr="Zitoun", region_slug="fes-meknes", story_fr="<p>Oliviers</p>")
    make_coop(slug="attente", status="pending")
    db.session.commit()
    listing = client.get("/api/v1/cooperatives?lang=fr").get_json()
    assert [c["slug"] for c in listing["items"]] == ["zitoun"]
    assert client.get("/api/v1/cooperatives?region=souss-massa").get_json()["items"] == []
    one = client.get("/api/v1/cooperatives/zitoun?lang=fr").get_json()
    assert one["region"] == {"slug": "fes-meknes", "name": "Fès-Meknès"} and one["story"] == "<p>Oliviers</p>"
    assert client.get("/api/v1/cooperatives/attente").status_code == 404


def test_events_with_their_stops_plans_and_participants(client):
    event, coops = _published_fair()
    listing = client.get("/api/v1/events?lang=fr").get_json()
    assert [e["slug"] for e in listing["coming"]] == [event.slug]
    detail = client.get(f"/api/v1/events/{event.slug}?lang=fr").get_json()
    stands = detail["stops"][0]["stands"]
    assert len(stands) == 8
    taken = {s["cooperative"]["slug"] for s in stands if s["cooperative"]}
    assert taken == {c.slug for c in coops} == {p["slug"] for p in detail["participants"]}
    assert detail["opening_hours"] == "10:00–20:00"


def test_reference_data_in_every_language(client):
    categories = client.get("/api/v1/categories?lang=zgh").get_json()["categories"]
    assert categories[0] == {"slug": "oils", "name": categories[0]["name"], "parent": None}
    assert len(categories) == 12 and all(c["name"] for c in categories)
    labels = client.get("/api/v1/labels?lang=fr").get_json()["labels"]
    assert {label["code"] for label in labels} >= {"IGP", "AOP"}


def test_a_list_costs_the_same_queries_whatever_its_size(client):
    """Found by benchmarks/api.py: each category on a page cost a query of its own."""
    from tests.catalog.test_query_counts import queries

    slugs = ["oils", "honey", "spices-herbs", "dates-nuts", "cereals-couscous"]
    coop = make_coop()
    for n in range(3):
        make_product(coop, category_slug=slugs[n])
    db.session.commit()
    small = queries(client, "/api/v1/products?lang=fr&per_page=50")
    for n in range(30):
        make_product(make_coop(), category_slug=slugs[n % len(slugs)])
    db.session.commit()
    assert queries(client, "/api/v1/products?lang=fr&per_page=50") <= small + 1
    assert client.get("/api/v1/products?per_page=10").get_json()["pagination"]["total"] == 33


@pytest.mark.app_config(FRAGMENT_TTL=30)
def test_cached_reads_are_purged_by_a_change_made_through_the_api(client):
    from market.core import fragments
    from tests.api.helpers import bearer, make_token
    from tests.factories import make_user

    fragments.clear()
    owner = make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop, price_centimes=5000)
    db.session.commit()
    token = make_token(owner, coop)
    url = f"/api/v1/products/{product.id}?lang=fr"
    assert client.get(url).get_json()["price"]["centimes"] == 5000
    before = fragments.cache_stats()["pages"]["hits"]
    assert client.get(url).get_json()["price"]["centimes"] == 5000
    assert fragments.cache_stats()["pages"]["hits"] == before + 1  # served from the cache
    assert (
        client.patch(f"/api/v1/coop/products/{product.id}", json={"price": "42"}, headers=bearer(token)).status_code
        == 200
    )
    assert client.get(url).get_json()["price"]["centimes"] == 4200  # at once
    assert client.get(f"/p/{product.id}-{product.slug}?lang=fr").status_code == 200
    fragments.clear()
