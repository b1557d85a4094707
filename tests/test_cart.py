from market.extensions import db
from tests.factories import make_coop, make_product


def test_cart_groups_by_cooperative_and_checks_stock(client):
    coop_a, coop_b = make_coop(name_fr="Coop A"), make_coop(name_fr="Coop B")
    honey = make_product(coop_a, price_centimes=5000, stock=3, name_fr="Miel")
    oil = make_product(coop_b, price_centimes=12000, stock=10, name_fr="Huile")
    db.session.commit()

    assert client.post("/cart/add", data={"product_id": honey.id, "quantity": 2}).status_code == 302
    client.post("/cart/add", data={"product_id": oil.id, "quantity": 1})
    too_many = client.post("/cart/add?lang=fr", data={"product_id": honey.id, "quantity": 2}, follow_redirects=True)
    assert "Plus que 3 en stock." in too_many.get_data(as_text=True)

    html = client.get("/cart?lang=fr").get_data(as_text=True)
    assert html.index("Coop A") < html.index("Coop B")
    assert "100,00\u00a0MAD" in html  # 2 × 50 MAD
    assert "220,00\u00a0MAD" in html  # total
    assert 'class="cart-count"' in html and ">3</span>" in html


def test_unavailable_products_are_flagged_not_dropped(client):
    coop = make_coop()
    product = make_product(coop, stock=5, name_fr="Amlou")
    db.session.commit()
    client.post("/cart/add", data={"product_id": product.id, "quantity": 2})
    product.is_published = False
    db.session.commit()
    html = client.get("/cart?lang=fr").get_data(as_text=True)
    assert "Amlou" in html and "Plus disponible" in html
    assert "Total : <strong>0,00\u00a0MAD" in html or "0,00\u00a0MAD" in html


def test_cart_refuses_bad_quantities_and_hidden_products(client):
    coop = make_coop()
    product = make_product(coop, stock=5)
    hidden = make_product(coop, published=False)
    db.session.commit()
    for quantity in ("0", "-1", "100", "abc", ""):
        response = client.post("/cart/add?lang=fr", data={"product_id": product.id, "quantity": quantity})
        assert response.status_code == 302
    assert "Choisissez une quantité entre 1 et 99." in client.get("/cart?lang=fr").get_data(as_text=True)
    client.post("/cart/add", data={"product_id": hidden.id, "quantity": 1})
    assert "Ce produit n’est plus disponible." in client.get("/cart?lang=fr").get_data(as_text=True)
    client.post("/cart/add", data={"product_id": product.id, "quantity": 1})
    client.post("/cart/update", data={"product_id": product.id, "quantity": 0})
    assert "Votre panier est vide." in client.get("/cart?lang=fr").get_data(as_text=True)
