"""Personal access tokens: made and revoked in the back office and the account page, shown once, kept
hashed, limited by their scope and by their maker's role at each use."""

import hashlib

from sqlalchemy import select

from market.accounts.models import ApiToken
from market.extensions import db
from tests.api.helpers import bearer, make_token
from tests.factories import add_member, make_coop, make_user


def _secret_from(html: str) -> str:
    start = html.index('id="new-token"')
    value = html.index('value="', start) + len('value="')
    return html[value : html.index('"', value)]


def test_a_manager_makes_a_token_sees_it_once_and_revokes_it(client, login):
    owner = make_user(email="owner@coop.ma")
    coop = make_coop(owner=owner)
    db.session.commit()
    login(owner)
    made = client.post(f"/manage/{coop.slug}/api-tokens?lang=fr", data={"name": "Tableur de stock", "scope": "write"})
    html = made.get_data(as_text=True)
    assert made.status_code == 200 and "Copiez ce jeton maintenant" in html
    assert made.headers["Cache-Control"] == "private, no-store"
    secret = _secret_from(html)
    assert secret.startswith("st_") and len(secret) > 40
    row = db.session.scalar(select(ApiToken))
    assert row.token_hash == hashlib.sha256(secret.encode()).hexdigest() and secret not in (row.prefix, row.name)
    listing = client.get(f"/manage/{coop.slug}/api-tokens?lang=fr").get_data(as_text=True)
    assert secret not in listing and "Tableur de stock" in listing and f"{secret[:10]}…" in listing

    assert client.get("/api/v1/coop", headers=bearer(secret)).get_json()["slug"] == coop.slug
    client.post(f"/manage/{coop.slug}/api-tokens/revoke", data={"item_id": row.id})
    refused = client.get("/api/v1/coop", headers=bearer(secret, "fr"))
    assert refused.status_code == 401 and refused.headers["WWW-Authenticate"].startswith("Bearer")
    assert refused.get_json()["detail"].startswith("Ce jeton d’API n’est pas valide")


def test_the_token_pages_refuse_bad_input_and_other_peoples_tokens(client, login):
    owner, stranger = make_user(), make_user()
    coop, other = make_coop(owner=owner), make_coop(owner=stranger)
    db.session.commit()
    foreign = make_token(stranger, other)
    login(owner)
    for data in ({"name": "", "scope": "write"}, {"name": "x" * 81, "scope": "read"}, {"name": "ok", "scope": "admin"}):
        assert client.post(f"/manage/{coop.slug}/api-tokens", data=data).status_code == 200
    assert db.session.scalar(select(db.func.count(ApiToken.id))) == 1  # only the stranger's
    foreign_id = db.session.scalar(select(ApiToken.id))
    client.post(f"/manage/{coop.slug}/api-tokens/revoke", data={"item_id": foreign_id})
    assert client.get("/api/v1/coop", headers=bearer(foreign)).status_code == 200  # still alive
    assert client.get(f"/manage/{other.slug}/api-tokens").status_code == 403


def test_scope_role_and_membership_are_checked_at_each_use(client):
    owner, staff = make_user(), make_user()
    coop = make_coop(owner=owner)
    membership = add_member(coop, staff, "staff")
    db.session.commit()
    reader, staff_token = make_token(owner, coop, scope="read"), make_token(staff, coop, scope="write")

    assert client.get("/api/v1/coop/products", headers=bearer(reader)).status_code == 200
    refused = client.put("/api/v1/coop/stock", json={"items": [{"sku": "A", "stock": 1}]}, headers=bearer(reader, "fr"))
    assert refused.status_code == 403 and refused.get_json()["detail"] == "Ce jeton ne peut que lire."

    assert client.get("/api/v1/coop/orders", headers=bearer(staff_token)).status_code == 200  # staff handle orders
    products = client.get("/api/v1/coop/products", headers=bearer(staff_token, "fr"))
    assert (
        products.status_code == 403
        and products.get_json()["detail"] == "Votre rôle dans la coopérative ne le permet pas."
    )

    db.session.delete(membership)
    db.session.commit()
    assert client.get("/api/v1/coop/orders", headers=bearer(staff_token)).status_code == 401  # she left


def test_malformed_authorization_is_a_401_never_a_500(client):
    for header in (
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer st_" + "x" * 200,
        "st_abc",
        "Bearer \u00e9\u00e9",
    ):
        response = client.get("/api/v1/products", headers={"Authorization": header})
        assert response.status_code == 401, header
        assert response.mimetype == "application/problem+json"


def test_a_buyer_makes_her_own_token_in_the_account_page(client, login):
    buyer = make_user()
    db.session.commit()
    login(buyer)
    assert "Jetons d’API" in client.get("/account/profile?lang=fr").get_data(as_text=True)
    html = client.post("/account/api-tokens", data={"name": "Mon appli", "scope": "write"}).get_data(as_text=True)
    secret = _secret_from(html)
    assert client.get("/api/v1/cart", headers=bearer(secret)).status_code == 200
    assert client.get("/api/v1/coop", headers=bearer(secret)).status_code == 401  # not a cooperative's token
    row = db.session.scalar(select(ApiToken))
    client.post("/account/api-tokens/revoke", data={"item_id": row.id})
    assert client.get("/api/v1/cart", headers=bearer(secret)).status_code == 401
