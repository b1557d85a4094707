from datetime import date, timedelta

from sqlalchemy import select

from market.catalog import labels
from market.catalog.models import LabelClaim, LabelType, Product, ProductReport
from market.catalog.money import parse_price
from market.core.models import AuditEntry
from market.extensions import db
from tests.factories import add_member, make_coop, make_product, make_user
from tests.images import PDF, SVG, png_bytes, upload


def test_parse_price():
    assert parse_price("120.50") == 12050
    assert parse_price("120,5") == 12050
    assert parse_price("١٢٠") == 12000
    assert parse_price(" 7 ") == 700
    for bad in ("", "abc", "-5", "0", "1.234", "1e3", "99999999"):
        assert parse_price(bad) is None, bad


def product_data(**overrides):
    data = {
        "name_ar": "زيت أركان",
        "name_fr": "Huile d’argan",
        "category_id": "",
        "sku": "ARG-250",
        "price": "120.50",
        "stock": "12",
        "unit": "250 ml",
        "is_published": "y",
        "variants-0-title": "500 ml",
        "variants-0-sku": "ARG-500",
        "variants-0-price": "220",
        "variants-0-stock": "4",
        "variants-1-title": "",
        "variants-1-sku": "",
        "variants-1-price": "",
    }
    data.update(overrides)
    return data


def category_id(slug="oils"):
    from tests.factories import category

    return str(category(slug).id)


def test_manager_creates_edits_publishes_and_deletes_a_product(client, login):
    manager = make_user()
    coop = make_coop()
    add_member(coop, manager, "manager")
    db.session.commit()
    login(manager)
    response = client.post(f"/manage/{coop.slug}/products/new", data=product_data(category_id=category_id()))
    assert response.status_code == 302, response.get_data(as_text=True)
    product = db.session.scalar(select(Product))
    assert (product.price_centimes, product.stock, product.slug) == (12050, 12, "huile-d-argan")
    assert [(v.label, v.sku, v.price_centimes, v.stock) for v in product.variants] == [("500 ml", "ARG-500", 22000, 4)]

    page = client.get(f"/p/{product.id}-{product.slug}?lang=fr").get_data(as_text=True)
    assert "500 ml" in page and "220,00" in page
    assert '"@type": "Product"' in page and '"priceCurrency": "MAD"' in page and 'property="og:title"' in page

    photo = client.post(
        f"/manage/{coop.slug}/products/{product.id}/photos",
        data={"photo": upload(png_bytes((800, 800)), "photo.png")},
        content_type="multipart/form-data",
    )
    assert photo.status_code == 302
    db.session.refresh(product)
    assert product.image and len(product.photos) == 1

    client.post(f"/manage/{coop.slug}/products/{product.id}/publish", data={})
    db.session.refresh(product)
    assert not product.is_published
    assert client.get(f"/p/{product.id}-{product.slug}").status_code == 404
    client.post(f"/manage/{coop.slug}/products/{product.id}/delete")
    assert db.session.scalar(select(Product)) is None


def test_product_errors_are_shown_and_change_nothing(client, login):
    owner = make_user()
    coop = make_coop(owner=owner)
    make_product(coop, sku="TAKEN")
    db.session.commit()
    login(owner)
    cases = [
        (product_data(category_id=category_id(), sku="taken"), "Cette référence (SKU) est déjà utilisée"),
        (product_data(category_id=category_id(), price="12,345"), "Indiquez le prix en dirhams, par exemple 120.50."),
        (product_data(category_id=category_id(), name_ar="", name_fr=""), "un nom en arabe ou en français"),
        (product_data(category_id=category_id(), **{"variants-0-sku": "ARG-250"}), "Cette référence (SKU) est déjà"),
        (product_data(category_id=category_id(), **{"variants-0-price": ""}), "variante"),
        (product_data(category_id="999999"), "N&#39;est pas un choix valide"),
    ]
    for data, message in cases:
        response = client.post(f"/manage/{coop.slug}/products/new?lang=fr", data=data)
        assert response.status_code == 200
        assert message in response.get_data(as_text=True), message
    assert db.session.scalar(select(db.func.count()).select_from(Product)) == 1


def test_uploads_are_validated_by_content(client, login):
    owner = make_user()
    coop = make_coop(owner=owner)
    product = make_product(coop)
    db.session.commit()
    login(owner)
    for data, name in (
        (SVG, "x.jpg"),
        (b"not an image at all", "x.png"),
        (PDF, "x.png"),
        (png_bytes((50, 50)), "x.png"),
    ):
        client.post(
            f"/manage/{coop.slug}/products/{product.id}/photos",
            data={"photo": upload(data, name)},
            content_type="multipart/form-data",
        )
    db.session.refresh(product)
    assert product.photos == []


def test_label_claim_verification_badge_and_expiry(client, login, app):
    owner = make_user()
    admin = make_user(is_admin=True)
    coop = make_coop(owner=owner)
    product = make_product(coop, slug="safran")
    other = make_product(coop, slug="miel")
    db.session.commit()
    igp = db.session.scalar(select(LabelType).where(LabelType.code == "IGP"))
    login(owner)
    until = date.today() + timedelta(days=200)
    response = client.post(
        f"/manage/{coop.slug}/labels/new",
        data={
            "label_type_id": igp.id,
            "product_ids": [product.id],
            "certificate_number": "IGP-2024-117",
            "issuer": "Ministère de l'Agriculture",
            "valid_from": "2024-01-01",
            "valid_until": until.isoformat(),
            "document": upload(PDF, "certificat.pdf"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    claim = db.session.scalar(select(LabelClaim))
    assert claim.status == "pending" and claim.document_type == "pdf"
    assert "IGP-2024-117" not in client.get(f"/p/{product.id}-safran").get_data(as_text=True)  # not yet verified
    # The certificate is private: its cooperative and admins only.
    own_view = client.get(f"/manage/{coop.slug}/labels/{claim.id}/certificate")
    own_view.close()
    assert own_view.status_code == 200
    client.post("/account/logout")
    assert client.get(f"/manage/{coop.slug}/labels/{claim.id}/certificate").status_code == 302
    assert client.get(f"/admin/labels/{claim.id}/certificate").status_code == 302

    login(admin)
    certificate = client.get(f"/admin/labels/{claim.id}/certificate")
    certificate.close()
    assert certificate.status_code == 200 and certificate.headers["Cache-Control"] == "private, no-store"
    client.post("/admin/labels", data={"claim_id": claim.id, "decision": "verify"})
    db.session.refresh(claim)
    assert claim.status == "verified"
    page = client.get(f"/p/{product.id}-safran?lang=fr").get_data(as_text=True)
    assert "IGP-2024-117" in page and "Vérifié par Souk Tadamon" in page
    assert "IGP-2024-117" not in client.get(f"/p/{other.id}-miel").get_data(as_text=True)  # another product
    assert db.session.scalar(select(AuditEntry).where(AuditEntry.action == "label.verify")) is not None

    # Expiry: the badge disappears by itself the day after the end date; the sweep marks and reminds.
    assert labels.visible_labels(product)
    claim.valid_until = date.today() - timedelta(days=1)
    db.session.commit()
    assert labels.visible_labels(product) == []
    assert "IGP-2024-117" not in client.get(f"/p/{product.id}-safran").get_data(as_text=True)
    assert labels.sweep() == (1, 0)
    assert claim.status == "expired"


def test_expiry_reminder_30_days_before(app):
    coop = make_coop(owner=make_user(email="owner@example.ma"))
    bio = db.session.scalar(select(LabelType).where(LabelType.code == "BIO"))
    claim = labels.claim_label(
        coop, bio.id, [], {"valid_from": date(2024, 1, 1), "valid_until": date.today() + timedelta(days=20)}, None
    )
    claim.status = "verified"
    assert labels.sweep() == (0, 1)
    assert labels.sweep() == (0, 0)  # once


def test_admin_takes_down_a_reported_product(client, login):
    coop = make_coop(owner=make_user())
    product = make_product(coop, slug="x")
    admin = make_user(is_admin=True)
    db.session.commit()
    client.post(f"/p/{product.id}/report", data={"reason": "Étiquette BIO sans certificat"})
    assert db.session.scalar(select(ProductReport)).status == "open"
    login(admin)
    client.post(f"/admin/products/{product.id}/moderate", data={"decision": "block", "reason": "Label non prouvé"})
    db.session.refresh(product)
    assert product.blocked_reason == "Label non prouvé"
    assert client.get(f"/p/{product.id}-x").status_code == 404
    assert "Label non prouvé" in client.get("/admin/audit").get_data(as_text=True)
