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
    client.post("/cart/update", data={"line": str(product.id), "quantity": 0})
    assert "Votre panier est vide." in client.get("/cart?lang=fr").get_data(as_text=True)


def test_anonymous_cart_joins_the_account_cart_at_sign_in(app, client, login):
    from market.orders.models import CartItem
    from tests.factories import make_user

    coop = make_coop()
    honey = make_product(coop, stock=3, name_fr="Miel")
    oil = make_product(coop, stock=10, name_fr="Huile")
    buyer = make_user(email="buyer@example.ma")
    db.session.commit()
    db.session.add(CartItem(user_id=buyer.id, line_key=str(honey.id), product_id=honey.id, quantity=2))
    db.session.commit()  # left in the account's cart on another device

    client.post("/cart/add", data={"product_id": honey.id, "quantity": 2})
    client.post("/cart/add", data={"product_id": oil.id, "quantity": 1})
    login(buyer)
    lines = {row.product_id: row.quantity for row in db.session.scalars(db.select(CartItem))}
    assert lines == {honey.id: 4, oil.id: 1}  # quantities add up
    html = client.get("/cart?lang=fr").get_data(as_text=True)
    assert "Plus que 3 en stock." in html  # 4 honeys > 3 in stock: flagged, not dropped
    assert ">5</span>" in html  # the header counter

    # Signed in, changes go to the account's cart; another device sees them.
    client.post("/cart/update", data={"line": str(honey.id), "quantity": 3})
    other = app.test_client()
    other.post("/account/login", data={"email": buyer.email, "password": "correct horse battery"})
    assert ">4</span>" in other.get("/cart?lang=fr").get_data(as_text=True)

    # Signed out, the visitor's cart is empty again; it is all there at the next sign-in.
    client.post("/account/logout")
    assert ">0</span>" in client.get("/cart?lang=fr").get_data(as_text=True)
    login(buyer)
    assert ">4</span>" in client.get("/cart?lang=fr").get_data(as_text=True)


def test_a_product_deleted_before_sign_in_is_not_merged(client, login):
    from tests.factories import make_user

    coop = make_coop()
    gone = make_product(coop, stock=3)
    buyer = make_user(email="buyer2@example.ma")
    db.session.commit()
    client.post("/cart/add", data={"product_id": gone.id, "quantity": 1})
    db.session.delete(gone)
    db.session.commit()
    login(buyer)
    assert ">0</span>" in client.get("/cart?lang=fr").get_data(as_text=True)


def test_variants_are_separate_cart_lines_with_their_own_price_and_stock(client):
    from market.catalog.models import ProductVariant

    coop = make_coop()
    oil = make_product(coop, price_centimes=9000, stock=5, name_fr="Huile")
    big = ProductVariant(product_id=oil.id, label="1 L", sku="OIL-1L", price_centimes=16000, stock=1)
    db.session.add(big)
    db.session.commit()
    client.post("/cart/add", data={"product_id": oil.id, "quantity": 2})
    client.post("/cart/add", data={"product_id": oil.id, "variant_id": big.id, "quantity": 1})
    too_many = client.post("/cart/add?lang=fr", data={"product_id": oil.id, "variant_id": big.id, "quantity": 1},
                           follow_redirects=True)  # fmt: skip
    assert "Plus que 1 en stock." in too_many.get_data(as_text=True)
    html = client.get("/cart?lang=fr").get_data(as_text=True)
    assert "1 L" in html and "160,00\u00a0MAD" in html and "340,00\u00a0MAD" in html  # 2 × 90 + 160
    client.post("/cart/update", data={"line": f"{oil.id}:{big.id}", "quantity": 0})
    assert "1 L" not in client.get("/cart").get_data(as_text=True)
    other = make_product(coop)
    db.session.commit()
    response = client.post("/cart/add?lang=fr", data={"product_id": other.id, "variant_id": big.id, "quantity": 1},
                           follow_redirects=True)  # fmt: skip
    assert "plus disponible" in response.get_data(as_text=True)


def test_two_devices_adding_the_same_product_at_once_both_count(client, login, monkeypatch):
    """The second request read the cart before the first one's line was committed (CI once had two
    browser tabs of one buyer do this and PostgreSQL refused the second line: a 500). Both additions
    count, and the stock is checked against the line as it is in the database."""
    from market.orders import cart
    from market.orders.models import CartItem
    from tests.factories import make_user

    coop = make_coop()
    honey = make_product(coop, stock=5, name_fr="Miel")
    buyer = make_user(email="two-tabs@example.ma")
    db.session.commit()
    login(buyer)
    db.session.add(CartItem(user_id=buyer.id, line_key=str(honey.id), product_id=honey.id, quantity=2))
    db.session.commit()  # the other tab's line, committed after this request read the cart
    monkeypatch.setattr(cart, "_stored", lambda: {})

    added = client.post("/cart/add?lang=fr", data={"product_id": honey.id, "quantity": 2}, follow_redirects=True)
    assert added.status_code == 200 and "Ajouté à votre panier." in added.get_data(as_text=True)
    assert db.session.scalar(db.select(CartItem.quantity).where(CartItem.user_id == buyer.id)) == 4

    refused = client.post("/cart/add?lang=fr", data={"product_id": honey.id, "quantity": 2}, follow_redirects=True)
    assert refused.status_code == 200 and "Plus que 5 en stock." in refused.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(db.select(CartItem.quantity).where(CartItem.user_id == buyer.id)) == 4
