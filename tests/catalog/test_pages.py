from market.extensions import db
from tests.factories import make_coop, make_product


def test_home_shows_featured_cooperatives_and_products(client):
    coop = make_coop(name_fr="Coopérative Tifaout", featured=True)
    make_product(coop, name_fr="Huile d'argan culinaire", featured=True)
    db.session.commit()
    html = client.get("/?lang=fr").get_data(as_text=True)
    assert "Coopérative Tifaout" in html
    assert "Huile d&#39;argan culinaire" in html
    assert "120,50\u00a0MAD" in html


def test_hidden_things_stay_hidden(client):
    pending = make_coop(status="pending", name_fr="Coopérative En Attente")
    suspended = make_coop(status="suspended")
    approved = make_coop()
    hidden_product = make_product(approved, published=False, name_fr="Brouillon secret")
    pending_product = make_product(pending, name_fr="Produit en attente")
    db.session.commit()
    html = client.get("/").get_data(as_text=True)
    assert "Coopérative En Attente" not in html and "Brouillon secret" not in html
    assert client.get(f"/c/{pending.slug}").status_code == 404
    assert client.get(f"/c/{suspended.slug}").status_code == 404
    assert client.get(f"/p/{hidden_product.id}-{hidden_product.slug}").status_code == 404
    assert client.get(f"/p/{pending_product.id}-{pending_product.slug}").status_code == 404
    assert "Produit en attente" not in client.get("/search?q=attente").get_data(as_text=True)


def test_product_page_and_canonical_slug(client):
    coop = make_coop(brand_color="#f3c96b")
    product = make_product(coop, slug="miel-de-thym", stock=3, unit="500 g")
    db.session.commit()
    wrong = client.get(f"/p/{product.id}-whatever")
    assert wrong.status_code == 301
    assert wrong.headers["Location"].endswith(f"/p/{product.id}-miel-de-thym")
    html = client.get(f"/p/{product.id}-miel-de-thym?lang=fr").get_data(as_text=True)
    assert "Plus que 3 en stock" in html
    assert "--brand-text: #1d1d1b" in html  # dark text on a light brand colour


def test_category_listing_sorts_and_paginates(client):
    coop = make_coop()
    for price in (3000, 1000, 2000):
        make_product(coop, category_slug="honey", price_centimes=price)
    make_product(coop, category_slug="oils", name_fr="Pas du miel")
    db.session.commit()
    html = client.get("/category/honey?sort=price_asc&lang=fr").get_data(as_text=True)
    assert "3 produits" in html and "Pas du miel" not in html
    assert html.index("10,00") < html.index("20,00") < html.index("30,00")
    assert client.get("/category/honey?sort=bogus&page=999").status_code == 200
    assert client.get("/category/unknown").status_code == 404


def test_storefront_and_directory(client):
    coop = make_coop(name_fr="Coopérative Amal", region_slug="oriental", women_led=True, story_fr="Notre histoire.")
    make_product(coop, name_fr="Couscous d'orge")
    make_coop(name_fr="Coopérative Ailleurs", region_slug="souss-massa")
    db.session.commit()
    html = client.get(f"/c/{coop.slug}?lang=fr").get_data(as_text=True)
    assert "Coopérative Amal" in html and "Notre histoire." in html and "Dirigée par des femmes" in html
    directory = client.get("/cooperatives?region=oriental").get_data(as_text=True)
    assert "Coopérative Amal" in directory and "Coopérative Ailleurs" not in directory


def test_database_search_matches_every_language(client):
    coop = make_coop(name_fr="Coopérative Tissaliwine", city="Taliouine")
    saffron = make_product(coop, name_ar="زعفران حر", name_fr="Safran pur", name_en="Pure saffron")
    db.session.commit()
    for query in ("safran", "saffron", "زعفران", "taliouine", "tissaliwine"):
        # The product's link: its name may be cut by <mark> where the query matched.
        html = client.get(f"/search?q={query}&lang=fr").get_data(as_text=True)
        assert f'href="/p/{saffron.id}-{saffron.slug}"' in html, query
    empty = client.get("/search?q=introuvable&lang=fr").get_data(as_text=True)
    assert "Aucun produit ne correspond à votre recherche." in empty


def test_city_shows_in_arabic_on_arabic_pages(client):
    coop = make_coop(city="Taliouine", city_ar="تالوين", featured=True)
    make_product(coop)
    db.session.commit()
    assert "تالوين" in client.get(f"/c/{coop.slug}?lang=ar").get_data(as_text=True)
    assert "تالوين" in client.get("/?lang=ar").get_data(as_text=True)
    assert "تالوين" not in client.get("/?lang=fr").get_data(as_text=True)
