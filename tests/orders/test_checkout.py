import re

from sqlalchemy import select

from market.core.models import OutboxEmail
from market.extensions import db
from market.orders.models import CartItem, CoopOrder, Order
from tests.factories import make_coop, make_product, make_user

ADDRESS = {"full_name": "Fatima Zahra", "phone": "06 12 34 56 78", "address": "12 rue des Orangers, Talborjt",
           "city": "agadir", "postal_code": "80000"}  # fmt: skip


def _token(html: str) -> str:
    return re.search(r'name="checkout_token" type="hidden" value="([^"]+)"', html)[1]


def _shop(client, login, *products, quantity=1):
    buyer = make_user(email=f"buyer{products[0].id}@example.ma")
    db.session.commit()
    login(buyer)
    for product in products:
        assert client.post("/cart/add", data={"product_id": product.id, "quantity": quantity}).status_code == 302
    return buyer


def _confirm(client, data, lang="fr"):
    """Review, then confirm with the total the review showed (as the page's hidden field carries it)."""
    review = client.post(f"/checkout?lang={lang}", data=dict(data, step="review")).get_data(as_text=True)
    total = re.search(r'name="expected_total" value="(\d+)"', review)[1]
    return client.post(f"/checkout?lang={lang}", data=dict(data, step="confirm", expected_total=total))


def _form(groups_coops, token, step, payment="cod", **overrides):
    data = dict(ADDRESS, payment_method=payment, checkout_token=token, step=step, **overrides)
    for coop in groups_coops:
        data.setdefault(f"delivery-{coop.id}", "home")
    return data


def test_checkout_review_then_confirm_places_one_order_per_cart(client, login):
    coop_a = make_coop(name_fr="Coop Argan", delivery_fee_centimes=2500, delivery_days=2)
    coop_b = make_coop(name_fr="Coop Miel", delivery_fee_centimes=3000, pickup_address="Douar Imi n'Tanout")
    oil = make_product(coop_a, price_centimes=15000, stock=4, name_fr="Huile d’argan")
    honey = make_product(coop_b, price_centimes=9000, stock=2, name_fr="Miel de thym")
    db.session.commit()
    buyer = _shop(client, login, oil, honey)

    page = client.get("/checkout?lang=fr").get_data(as_text=True)
    assert (
        "Coop Argan" in page
        and "Coop Miel" in page
        and ("Paiement à la livraison" in page or "Cash on delivery" in page)
    )
    assert "Carte" not in page  # no Stripe keys: card payment is hidden
    token = _token(page)

    data = _form([coop_a, coop_b], token, "review", **{f"delivery-{coop_b.id}": "pickup", f"note-{coop_b.id}": "Merci"})
    review = client.post("/checkout?lang=fr", data=data).get_data(as_text=True)
    assert "Total à payer" in review and "265,00\u00a0MAD" in review  # 150 + 90 + 25 delivery, pickup free
    assert db.session.scalar(select(db.func.count(Order.id))) == 0  # nothing is made by the review

    assert 'name="expected_total" value="26500"' in review
    data.update(step="confirm", expected_total="26500")
    response = client.post("/checkout?lang=fr", data=data)
    assert response.status_code == 302
    again = client.post("/checkout?lang=fr", data=data)  # a double click
    assert again.status_code == 302
    orders = db.session.scalars(select(Order)).all()
    assert len(orders) == 1
    order = orders[0]
    assert response.location.endswith(f"/orders/{order.number}")
    assert order.total_centimes == 26500 and order.phone == "+212612345678" and order.payment_status == "cod"
    parts = {part.cooperative_id: part for part in order.parts}
    assert parts[coop_b.id].delivery_method == "pickup" and parts[coop_b.id].note == "Merci"
    assert parts[coop_a.id].lead_time_days == 2 and parts[coop_a.id].status == "confirmed"
    db.session.refresh(oil)
    assert oil.stock == 3
    assert db.session.scalar(select(db.func.count(CartItem.id)).where(CartItem.user_id == buyer.id)) == 0
    assert db.session.scalar(select(db.func.count(OutboxEmail.id)).where(OutboxEmail.to == buyer.email)) == 1

    detail = client.get(f"/orders/{order.number}?lang=ar").get_data(as_text=True)
    assert order.number in detail and 'dir="rtl"' in detail
    history = client.get("/orders?lang=fr").get_data(as_text=True)
    assert order.number in history


def test_bad_checkout_input_is_explained_and_changes_nothing(client, login):
    coop = make_coop()
    product = make_product(coop, stock=5)
    db.session.commit()
    _shop(client, login, product)
    token = _token(client.get("/checkout").get_data(as_text=True))
    bad = _form([coop], token, "confirm", phone="12345", city="atlantis", postal_code="ABCDE",
                **{f"delivery-{coop.id}": "drone"})  # fmt: skip
    response = client.post("/checkout?lang=fr", data=bad)
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "numéro de téléphone marocain" in html and "Choisissez une ville" in html
    assert "5 chiffres" in html and "livraison à domicile ou le retrait" in html
    for value in ("\x00", "x" * 5000, "\u202e" * 3):
        response = client.post("/checkout", data=_form([coop], token, "confirm", full_name=value, address=value))
        assert response.status_code in (400, 422)
    assert db.session.scalar(select(db.func.count(Order.id))) == 0
    db.session.refresh(product)
    assert product.stock == 5
    # Markup in a name is text, shown escaped to the buyer and the cooperative.
    _confirm(client, _form([coop], token, "confirm", full_name="<script>x</script>"))
    order = db.session.scalar(select(Order))
    assert order.full_name == "<script>x</script>"
    assert "<script>x</script>" not in client.get(f"/orders/{order.number}").get_data(as_text=True)


def test_sold_out_at_checkout_makes_nothing_and_says_so(client, login):
    coop = make_coop()
    product = make_product(coop, stock=2, name_fr="Safran")
    db.session.commit()
    _shop(client, login, product, quantity=2)
    token = _token(client.get("/checkout").get_data(as_text=True))
    product.stock = 1  # someone else bought one meanwhile
    db.session.commit()
    response = client.post("/checkout?lang=fr", data=_form([coop], token, "confirm"), follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "ont changé" in html or "Épuisé" in html or "Plus que 1" in html
    assert db.session.scalar(select(db.func.count(CoopOrder.id))) == 0


def test_cash_on_delivery_switched_off_by_a_cooperative(client, login):
    coop = make_coop(cod_enabled=False)
    product = make_product(coop, stock=5)
    db.session.commit()
    _shop(client, login, product)
    response = client.get("/checkout?lang=fr", follow_redirects=True)
    assert "Aucun moyen de paiement" in response.get_data(as_text=True)


def test_checkout_requires_sign_in_and_keeps_the_cart(client):
    product = make_product(make_coop(), stock=5)
    db.session.commit()
    client.post("/cart/add", data={"product_id": product.id, "quantity": 1})
    response = client.get("/checkout")
    assert response.status_code == 302 and "/account/login" in response.location


def test_buyer_cancels_before_shipping_and_reorders(client, login):
    coop = make_coop()
    product = make_product(coop, stock=5)
    db.session.commit()
    _shop(client, login, product, quantity=2)
    token = _token(client.get("/checkout").get_data(as_text=True))
    _confirm(client, _form([coop], token, "confirm"))
    order = db.session.scalar(select(Order))
    db.session.refresh(product)
    assert product.stock == 3
    assert client.post(f"/orders/{order.number}/cancel").status_code == 302
    db.session.refresh(product)
    db.session.refresh(order.parts[0])
    assert product.stock == 5 and order.parts[0].status == "cancelled"
    html = client.post(f"/orders/{order.number}/cancel?lang=fr", follow_redirects=True).get_data(as_text=True)
    assert "ne peut plus être annulée" in html
    client.post(f"/orders/{order.number}/reorder")
    assert client.get("/cart").status_code == 200
    assert db.session.scalar(select(CartItem.quantity)) == 2


def test_another_buyer_cannot_see_or_touch_an_order(client, login, app):
    from tests.factories import make_order

    owner_of_order, stranger = make_user(), make_user()
    product = make_product(make_coop(), stock=5)
    order = make_order(owner_of_order, [(product, 1)])
    db.session.commit()
    login(stranger)
    assert client.get(f"/orders/{order.number}").status_code == 404
    assert client.post(f"/orders/{order.number}/cancel").status_code == 404
    assert client.get("/orders/ST-XXXX").status_code == 404


def test_a_total_changed_after_the_review_is_shown_again_before_ordering(client, login):
    coop = make_coop(delivery_fee_centimes=2500)
    product = make_product(coop, stock=5, price_centimes=10000)
    db.session.commit()
    _shop(client, login, product)
    token = _token(client.get("/checkout").get_data(as_text=True))
    data = _form([coop], token, "confirm", expected_total="12500")
    coop.delivery_fee_centimes = 100000  # the cooperative changes its fee meanwhile
    db.session.commit()
    response = client.post("/checkout?lang=fr", data=data)
    html = response.get_data(as_text=True)
    assert response.status_code == 409 and "1\u202f100,00\u00a0MAD" in html or "1 100,00" in html
    assert db.session.scalar(select(db.func.count(Order.id))) == 0
