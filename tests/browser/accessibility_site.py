"""The marketplace the accessibility scan looks at (tests/browser/accessibility.py): cooperatives with
pictures and brand colours, a verified label, orders with a review, a published fair with its plan, and a
fair running today where a cooperative sells at its stand. Built through the services, as users would."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from market.catalog import labels
from market.catalog.models import LabelType, ProductPhoto
from market.core.images import store_image
from market.demo import pictures
from market.events import allocating, applications, services, stand_sales
from market.events.floorplan import GridSpec
from market.extensions import db
from market.orders import reviews
from market.orders import services as orders
from market.search.index import get_index
from tests.factories import category, make_coop, make_order, make_product, make_user, region


@dataclass
class Site:
    """What build_site made: the people who sign in, and the slugs and ids the page list needs."""

    emails: dict[str, str]
    coop: str
    pending_coop_id: int
    product_id: int
    product_slug: str
    category: str
    label_code: str
    order_number: str
    part_id: int
    fair: str
    fair_stop_id: int
    market: str
    cart_paths: list[str]  # product pages whose product the buyer puts in the cart


def _picture(key: str, image) -> str:
    return store_image(image, kind="a11y", key=key)


def build_site(app) -> Site:
    """Cooperatives with pictures, a verified label, an order with a review, a published fair with its plan
    and a fair running today where the cooperative has a stand, stock set aside and a sale. Commits."""
    today = stand_sales.local_today()
    admin = make_user(email="admin@a11y.example.ma", name="Admin", is_admin=True)
    organiser = make_user(email="organiser@a11y.example.ma", name="Nadia", is_organiser=True)
    owner = make_user(email="owner@a11y.example.ma", name="Hafsa")
    buyer = make_user(email="buyer@a11y.example.ma", name="Fatima Zahra")
    others = [make_user(email=f"coop{i}@a11y.example.ma") for i in range(3)]

    argan = make_coop(
        slug="argan-tamri", owner=owner, name_ar="تعاونية أركان تامري", name_fr="Coopérative Argan Tamri",
        name_en="Tamri Argan Cooperative", women_led=True, brand_color="#1f6f5c", members_count=30,
        women_members_count=30, story_fr="Trente femmes de Tamri pressent l’huile d’argan à la main.",
        story_ar="ثلاثون امرأة من تامري يعصرن زيت الأركان يدويا.", story_en="Thirty women of Tamri press argan oil.",
        phone="0612345678", email="contact@argan.example.ma",
        logo=_picture("a11y/logo-argan", pictures.logo_picture("#1f6f5c", "A")),
        banner=_picture("a11y/banner-argan", pictures.banner_picture("#1f6f5c", 1)),
    )  # fmt: skip
    honey = make_coop(
        slug="miel-souss", owner=others[0], name_fr="Coopérative Miel du Souss", name_ar="تعاونية عسل سوس",
        name_en="Souss Honey Cooperative", brand_color="#f2c94c", youth=True,
        logo=_picture("a11y/logo-miel", pictures.logo_picture("#f2c94c", "M")),
    )  # fmt: skip
    saffron = make_coop(slug="safran-taliouine", owner=others[1], name_fr="Coopérative Safran Taliouine",
                        name_ar="تعاونية زعفران تاليوين", brand_color="#7a1f3d", women_led=True)  # fmt: skip
    carpets = make_coop(slug="tapis-atlas", owner=others[2], name_fr="Coopérative Tapis de l’Atlas",
                        name_ar="تعاونية زرابي الأطلس", region_slug="draa-tafilalet",
                        brand_color="#2d4a8a")  # fmt: skip
    pending = make_coop(slug="en-attente", status="pending", name_fr="Coopérative en attente",
                        registration_number="2024/9", ice="001234567000089")  # fmt: skip

    catalogue = [
        (argan, "oils", "Huile d’argan alimentaire", "زيت أركان غذائي", "Culinary argan oil", 15000, 42, "bottle"),
        (argan, "cosmetics", "Huile d’argan cosmétique", "زيت أركان تجميلي", "Cosmetic argan oil", 12000, 3, "bottle"),
        (argan, "preserves-spreads", "Amlou aux amandes", "أملو باللوز", "Almond amlou", 8000, 0, "jar"),
        (honey, "honey", "Miel de thym", "عسل الزعتر", "Thyme honey", 9000, 12, "jar"),
        (saffron, "spices-herbs", "Safran en filaments", "زعفران", "Saffron threads", 6000, 8, "box"),
        (carpets, "carpets-textiles", "Tapis Azilal", "زربية أزيلال", "Azilal rug", 250000, 1, "rug"),
    ]
    products = []
    for n, (coop, kind, fr, ar, en, price, stock, shape) in enumerate(catalogue):
        image = _picture(f"a11y/product-{n}", pictures.product_picture(30 + 40 * n, shape, n))
        product = make_product(
            coop, category_slug=kind, name_fr=fr, name_ar=ar, name_en=en, price_centimes=price, stock=stock,
            slug=f"produit-{n}", image=image, unit="250 ml", weight_g=300,
            description_fr=f"{fr} : pressé et mis en bouteille par la coopérative.",
            description_ar=f"{ar}: من إنتاج التعاونية.", description_en=f"{en}, made by the cooperative.",
        )  # fmt: skip
        product.photos.append(ProductPhoto(image=image, position=0))
        products.append(product)
    oil = products[0]

    # A verified label on the oil, shown on its page and the storefront.
    label_type = db.session.scalars(select(LabelType).order_by(LabelType.id)).first()
    valid = {"certificate_number": "IGP-2024-17", "valid_until": today + timedelta(days=300)}
    claim = labels.claim_label(argan, label_type.id, [oil], valid, None)
    labels.review_claim(admin, claim, "verify", None)
    labels.claim_label(argan, label_type.id, [products[1]], {"certificate_number": "IGP-2025-3"}, None)

    # An order delivered and reviewed, and one waiting to be prepared.
    delivered = make_order(buyer, [(oil, 2), (products[3], 1)])
    for part in delivered.parts:
        orders.advance(part, "preparing", owner)
        orders.advance(part, "shipped", owner, "AMANA-123")
        orders.advance(part, "delivered", owner)
    line = next(line for part in delivered.parts for line in part.lines if line.product_id == oil.id)
    review = reviews.add_review(buyer, line, 5, "Une huile parfumée, bien emballée, livrée en trois jours.")
    reviews.reply(review, argan, owner, "Merci Fatima Zahra !")
    waiting = make_order(buyer, [(oil, 1), (products[1], 1)])
    part = next(p for p in waiting.parts if p.cooperative_id == argan.id)

    # A published fair: its plan drawn, applications accepted, stands allocated by the solver.
    fair = services.save_event(None, {
        "kind": "regional_fair", "title_fr": "Salon régional de Souss-Massa", "title_ar": "المعرض الجهوي لسوس ماسة",
        "title_en": "Souss-Massa regional fair", "description_fr": "Quatre jours avec les coopératives de la région.",
        "description_ar": "أربعة أيام مع تعاونيات الجهة.", "region_id": region("souss-massa").id, "town": "Agadir",
        "venue": "Parc des expositions", "address": "Avenue Mohammed V, Agadir",
        "starts_on": today + timedelta(days=30), "ends_on": today + timedelta(days=33), "opening_hours": "10:00–20:00",
        "applications_open_on": today - timedelta(days=10), "applications_close_on": today + timedelta(days=10),
        "stand_fee_centimes": 30000, "women_led_min_share": 40, "no_adjacent_same_category": True,
        "target_participants": 6, "target_sales_centimes": 2_000_000,
    }, organiser)  # fmt: skip
    services.generate_plan(fair.stops[0], GridSpec(rows=2, columns=6, block_columns=3))
    services.set_status(fair, "open")
    for coop, kind in ((argan, "oils"), (honey, "honey"), (saffron, "spices-herbs"), (carpets, "carpets-textiles")):
        application = applications.apply(fair, coop, {"category_id": category(kind).id, "min_area": 9,
                                                      "preferred_zones": ["food"]}, today=today)  # fmt: skip
        applications.decide(application, "accept")
    services.set_status(fair, "allocating")
    allocating.allocate(fair.stops[0], organiser)
    services.set_status(fair, "published")

    # A market running today, where the cooperative sells at its stand.
    market = services.save_event(None, {
        "kind": "regional_fair", "title_fr": "Marché des coopératives d’Agadir", "title_ar": "سوق التعاونيات بأكادير",
        "title_en": "Agadir cooperatives market", "region_id": region("souss-massa").id, "town": "Agadir",
        "venue": "Place Al Amal", "starts_on": today + timedelta(days=5), "ends_on": today + timedelta(days=6),
        "applications_open_on": today - timedelta(days=3), "applications_close_on": today + timedelta(days=2),
        "target_participants": 3, "target_sales_centimes": 500_000,
    }, organiser)  # fmt: skip
    services.generate_plan(market.stops[0], GridSpec(rows=1, columns=4))
    services.set_status(market, "open")
    for coop, kind in ((argan, "oils"), (honey, "honey")):
        application = applications.apply(market, coop, {"category_id": category(kind).id, "min_area": 4},
                                         today=today)  # fmt: skip
        applications.decide(application, "accept")
    services.set_status(market, "allocating")
    allocating.allocate(market.stops[0], organiser)
    services.set_status(market, "published")
    stand_sales.set_aside(market, argan, oil, 10, owner)
    stand_sales.set_aside(market, argan, products[1], 2, owner)
    services.set_status(market, "running")
    market.starts_on = market.stops[0].starts_on = today - timedelta(days=1)
    market.ends_on = market.stops[0].ends_on = today + timedelta(days=1)
    stand_sales.record_sale(market, argan, oil, 2, oil.price_centimes, owner, "a11y-sale-000000001")
    db.session.commit()
    get_index(app).rebuild()

    return Site(
        emails={"buyer": buyer.email, "coop": owner.email, "organiser": organiser.email, "admin": admin.email},
        coop=argan.slug, pending_coop_id=pending.id, product_id=oil.id, product_slug=oil.slug,
        category="oils", label_code=label_type.code, order_number=delivered.number, part_id=part.id,
        fair=fair.slug, fair_stop_id=fair.stops[0].id, market=market.slug,
        cart_paths=[f"/p/{p.id}-{p.slug}?lang=fr" for p in (oil, products[3])],
    )  # fmt: skip
