from sqlalchemy import func, select

from market.catalog.models import Product
from market.coops.models import Cooperative
from market.core.images import upload_root
from market.extensions import db


def count(model, *where):
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def test_demo_load_is_complete_and_idempotent(runner, client):
    first = runner.invoke(args=["demo", "load"])
    assert first.exit_code == 0, first.output
    assert "admin@demo.souk-tadamon.ma" in first.output and "tadamon-demo" in first.output
    coops, products = count(Cooperative), count(Product)
    assert coops == 40
    assert 280 <= products <= 340
    regions = db.session.scalar(select(func.count(func.distinct(Cooperative.region_id))))
    assert regions == 12
    assert count(Cooperative, Cooperative.women_led.is_(True)) >= 10
    assert count(Cooperative, Cooperative.youth.is_(True)) >= 4
    assert count(Product, Product.name_ar.is_(None)) == 0
    assert count(Product, Product.name_en.is_(None)) == 0
    product = db.session.scalar(select(Product).limit(1))
    assert (upload_root() / f"{product.image}-320.jpg").exists()

    second = runner.invoke(args=["demo", "load"])
    assert second.exit_code == 0, second.output
    assert (count(Cooperative), count(Product)) == (coops, products)

    # The demo accounts work and the pages render with pictures.
    response = client.post("/account/login", data={"email": "admin@demo.souk-tadamon.ma", "password": "tadamon-demo"})
    assert response.status_code == 302
    html = client.get("/?lang=ar").get_data(as_text=True)
    assert "/media/demo/" in html
    assert client.get("/admin/").status_code == 200

    # A published fair (allocated within its rules) and a mobile market taking applications.
    from market.events import allocating
    from market.events.models import Event, StandAssignment

    fair = db.session.scalar(select(Event).where(Event.kind == "regional_fair"))
    market = db.session.scalar(select(Event).where(Event.kind == "mobile_market"))
    assert fair.status == "published" and market.status == "open" and len(market.stops) == 3
    assert count(StandAssignment) >= 15 and allocating.check(fair.stops[0]) == []
    assert count(Event) == 2  # loading again made no second copy
    assert client.get(f"/events/{fair.slug}?lang=fr").status_code == 200
