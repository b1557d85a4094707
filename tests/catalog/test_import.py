from flask_babel import force_locale
from sqlalchemy import func, select

from market.catalog.importing import COLUMNS, export_products, import_products
from market.catalog.models import LabelClaim, Product
from market.extensions import db
from tests.factories import make_coop, make_user

HEADER = ",".join(COLUMNS)


def row(coop="tifaout", sku="ARG-1", category="oils", price="120.50", stock="10", labels="", name_fr="Huile"):
    names = f"زيت,{name_fr},Oil,ⴰⵣⵉⵜ"  # ar, fr, en, zgh
    descriptions = "وصف,Description,Description,ⴰⴳⵍⴰⵎ"
    return f"{coop},{sku},{category},{names},{descriptions},{price},{stock},250 ml,{labels}"


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


def test_good_file_imports_and_reimport_updates(app):
    make_coop(slug="tifaout")
    data = "\n".join([HEADER, row(labels="IGP;BIO"), row(sku="ARG-2", labels="IGP")])
    report = import_products(data)
    assert report.ok and (report.created, report.updated, report.claims) == (2, 0, 2)
    claims = db.session.scalars(select(LabelClaim)).all()
    assert {c.status for c in claims} == {"pending"}
    assert sorted(len(c.products) for c in claims) == [1, 2]
    again = import_products("\n".join([HEADER, row(price="99", labels="IGP")]))
    assert (again.created, again.updated, again.claims) == (0, 1, 0)
    assert db.session.scalar(select(Product).where(Product.sku == "ARG-1")).price_centimes == 9900


def test_bad_file_imports_nothing_and_lists_every_bad_row(app):
    make_coop(slug="tifaout")
    data = "\n".join(
        [
            HEADER,
            row(),
            row(coop="nowhere", sku="A"),
            row(sku="B", category="toys", price="12.345", stock="-1", labels="XYZ"),
            row(sku="ARG-1"),
        ]
    )
    with force_locale("en"):
        report = import_products(data)
    assert not report.ok
    lines = dict(report.errors)
    assert set(lines) == {3, 4, 5}
    assert "unknown cooperative" in lines[3]
    assert "unknown category" in lines[4] and "price" in lines[4] and "stock" in lines[4] and "XYZ" in lines[4]
    assert "appears twice" in lines[5]
    assert count(Product) == 0


def test_a_file_made_before_tamazight_still_imports_and_tamazight_round_trips(app):
    coop = make_coop(slug="tifaout")
    old_columns = [c for c in COLUMNS if not c.endswith("_zgh")]
    old_row = "tifaout,ARG-1,oils,زيت,Huile,Oil,وصف,Description,Description,120.50,10,250 ml,"
    report = import_products("\n".join([",".join(old_columns), old_row]))
    assert report.ok and report.created == 1
    product = db.session.scalar(select(Product))
    assert (product.name_fr, product.name_zgh, product.description_zgh) == ("Huile", None, None)
    assert import_products("\n".join([HEADER, row()])).updated == 1
    assert (product.name_zgh, product.description_zgh) == ("ⴰⵣⵉⵜ", "ⴰⴳⵍⴰⵎ")
    exported = export_products(coop).splitlines()
    assert "name_zgh" in exported[0].split(",") and ",ⴰⵣⵉⵜ," in exported[1] and ",ⴰⴳⵍⴰⵎ," in exported[1]
    too_long = row().replace("ⴰⵣⵉⵜ", "ⵣ" * 201)
    with force_locale("en"):
        refused = import_products("\n".join([HEADER, too_long]))
    assert not refused.ok and "name_zgh" in refused.errors[0][1]
    assert product.name_zgh == "ⴰⵣⵉⵜ"


def test_wrong_header_and_encoding(app):
    assert import_products("a,b,c\n1,2,3").errors[0][0] == 1
    assert import_products("coop,sku\n".encode("utf-16")).errors[0][0] == 1


def test_verify_labels_flag_and_export_roundtrip(app):
    coop = make_coop(slug="tifaout")
    import_products("\n".join([HEADER, row(labels="ONSSA")]), verify_labels=True)
    assert db.session.scalar(select(LabelClaim)).status == "verified"
    exported = export_products(coop)
    assert exported.splitlines()[0] == HEADER
    assert exported.splitlines()[1].startswith("tifaout,ARG-1,oils,") and exported.splitlines()[1].endswith(",ONSSA")
    assert import_products(exported).updated == 1


def test_dashboard_upload_only_for_own_products(client, login):
    owner = make_user()
    mine = make_coop(slug="mine", owner=owner)
    make_coop(slug="theirs")
    db.session.commit()
    login(owner)
    data = "\n".join([HEADER, row(coop="mine"), row(coop="theirs", sku="X")]).encode()
    from tests.images import upload

    response = client.post(
        f"/manage/{mine.slug}/import?lang=fr", data={"file": upload(data, "p.csv")}, content_type="multipart/form-data"
    )
    html = response.get_data(as_text=True)
    assert "Ligne 3 :" in html and count(Product) == 0
    export = client.get(f"/manage/{mine.slug}/export.csv")
    assert export.status_code == 200 and export.mimetype == "text/csv"


def test_ten_thousand_rows_import(app):
    """Correctness at size; the time is measured by benchmarks/catalog_import.py."""
    make_coop(slug="tifaout")
    rows = [HEADER] + [row(sku=f"SKU-{i}", labels="BIO" if i % 10 == 0 else "") for i in range(10_000)]
    report = import_products("\n".join(rows))
    db.session.commit()
    assert report.ok and report.created == 10_000
    assert len(db.session.scalar(select(LabelClaim)).products) == 1_000
