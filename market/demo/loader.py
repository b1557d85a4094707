"""`flask demo load`: a believable marketplace in one step. Safe to run again: rows are upserted by
slug, email or (cooperative, SKU), and pictures already drawn are kept. Tamazight texts come from
market/demo/tamazight.py, beside the three languages of market/demo/data.py."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

from sqlalchemy import select

from market.accounts import services as accounts
from market.accounts.models import User
from market.catalog.models import Product, ProductPhoto
from market.coops.models import Cooperative, Membership
from market.core.images import image_exists, store_image
from market.core.models import Category, Region, utcnow
from market.core.text import slugify
from market.demo import pictures, tamazight
from market.demo.data import COOPERATIVES, PRODUCT_FAMILIES
from market.demo.events import load_demo_events
from market.extensions import db

DEMO_PASSWORD = "tadamon-demo"  # documented in the README; demo accounts only
DEMO_DOMAIN = "demo.souk-tadamon.ma"
PEOPLE = [
    # email local part, display name, locale, role
    ("admin", "Admin Souk Tadamon", "fr", "admin"),
    ("organiser", "Nadia Organisatrice", "fr", "organiser"),
    ("amina", "أمينة", "ar", "buyer"),
    ("julien", "Julien", "fr", "buyer"),
    ("sarah", "Sarah", "en", "buyer"),
]
PICTURES_PER_FAMILY = 3
PENDING_COOPS = 2  # the last ones wait for an admin's verification


def _stable_int(*parts) -> int:
    return int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _user(email: str, name: str, locale: str) -> User:
    user = accounts.find_user_by_email(email)
    if user is None:
        user = accounts.register_user(email, DEMO_PASSWORD, name, locale)
    return user


def _picture(key: str, draw) -> str:
    if not image_exists(key):
        store_image(draw(), kind="demo", key=key)
    return key


def _upsert(model, lookup: dict, values: dict):
    row = db.session.scalar(select(model).filter_by(**lookup))
    if row is None:
        row = model(**lookup)
        db.session.add(row)
    for name, value in values.items():
        setattr(row, name, value)
    return row


def load_demo(echo=print) -> str:
    regions = {r.slug: r for r in db.session.scalars(select(Region))}
    categories = {c.slug: c for c in db.session.scalars(select(Category))}
    if len(regions) != 12 or not categories:
        raise RuntimeError("reference data missing: run `flask db upgrade` first")

    for local, name, locale, role in PEOPLE:
        user = _user(f"{local}@{DEMO_DOMAIN}", name, locale)
        user.is_admin = role == "admin"
        user.is_organiser = role == "organiser"

    echo("Drawing pictures (first run only)…")
    family_pictures = {
        slug: [
            _picture(f"demo/{slug}-{n}", lambda f=family, n=n: pictures.product_picture(f["hue"], f["shape"], n))
            for n in range(PICTURES_PER_FAMILY)
        ]
        for slug, family in PRODUCT_FAMILIES.items()
    }

    now = utcnow()
    product_count = 0
    for index, data in enumerate(COOPERATIVES):
        slug = data["slug"]
        status = "pending" if index >= len(COOPERATIVES) - PENDING_COOPS else "approved"
        initial = data["name_fr"].replace("Coopérative", "").replace("Union", "").strip(" d'’")[:1] or "S"
        coop = _upsert(
            Cooperative,
            {"slug": slug},
            {
                "name_ar": data["name_ar"],
                "name_fr": data["name_fr"],
                "name_en": data.get("name_en"),
                "legal_form": data.get("legal_form", "cooperative"),
                "registration_number": f"{data['founded']}/{100 + index}",
                "ice": f"{_stable_int(slug, 'ice') % 10**15:015d}",
                "region_id": regions[data["region"]].id,
                "province": data.get("province"),
                "city": data["city"],
                "city_ar": data.get("city_ar"),
                "sector": data.get("sector"),
                "founded_on": date(data["founded"], 1 + index % 12, 1 + index % 27),
                "members_count": data["members"],
                "women_members_count": data["women_members"],
                "women_led": data["women_led"],
                "youth": data["youth"],
                "phone": data.get("phone"),
                "email": f"contact@{slug}.{DEMO_DOMAIN}",
                "status": status,
                "story_ar": data["story_ar"],
                "story_fr": data["story_fr"],
                "story_en": data["story_en"],
                **tamazight.cooperative_texts(slug),
                "brand_color": data["brand_color"].lower(),
                "featured": index < 6,
                "logo": _picture(
                    f"demo/logo-{slug}", lambda d=data, i=initial: pictures.logo_picture(d["brand_color"], i)
                ),
                "banner": _picture(
                    f"demo/banner-{slug}", lambda d=data, i=index: pictures.banner_picture(d["brand_color"], i)
                ),
            },
        )
        db.session.flush()
        owner = _user(f"{slug}@{DEMO_DOMAIN}", data["name_fr"], "ar" if index % 2 else "fr")
        _upsert(Membership, {"user_id": owner.id, "cooperative_id": coop.id}, {"role": "owner"})

        for family_slug in data["families"]:
            family = PRODUCT_FAMILIES[family_slug]
            for position, item in enumerate(family["products"]):
                # Each cooperative prices a little differently (±12%), like real ones.
                variation = 0.88 + (_stable_int(slug, item["key"]) % 25) / 100
                price = int(round(item["price_mad"] * variation * 100 / 50)) * 50  # round to 0.50 MAD
                product = _upsert(
                    Product,
                    {"cooperative_id": coop.id, "sku": item["key"].upper()[:64]},
                    {
                        "category_id": categories[family["category"]].id,
                        "slug": slugify(item["name_fr"]) or item["key"],
                        "name_ar": item["name_ar"],
                        "name_fr": item["name_fr"],
                        "name_en": item["name_en"],
                        "description_ar": item["description_ar"],
                        "description_fr": item["description_fr"],
                        "description_en": item["description_en"],
                        **tamazight.product_texts(item["key"]),
                        "price_centimes": max(price, 1000),
                        "stock": item["stock"],
                        "unit": item["unit"],
                        "weight_g": item["weight_g"],
                        "is_published": True,
                        "image": family_pictures[family_slug][_stable_int(slug, item["key"]) % PICTURES_PER_FAMILY],
                        "featured": position == 0 and index % 5 == 0,
                        "created_at": now - timedelta(hours=_stable_int(slug, item["key"], "age") % 2000),
                    },
                )
                if not product.photos:
                    product.photos.append(ProductPhoto(image=product.image, position=0))
                product_count += 1
    db.session.flush()
    approved = db.session.scalars(
        select(Cooperative).where(Cooperative.status == "approved", Cooperative.email.like(f"%@%.{DEMO_DOMAIN}"))
        .order_by(Cooperative.id)
    ).all()  # fmt: skip
    organiser = db.session.scalar(select(User).where(User.email == f"organiser@{DEMO_DOMAIN}"))
    load_demo_events(organiser, approved, {slug: region.id for slug, region in regions.items()})
    db.session.commit()
    return (
        f"Demo marketplace ready: {len(COOPERATIVES)} cooperatives, {product_count} products, a published fair"
        " and a mobile market taking applications.\n"
        f"Demo accounts (password: {DEMO_PASSWORD}):\n"
        + "\n".join(f"  {local}@{DEMO_DOMAIN}  ({role})" for local, _, _, role in PEOPLE)
        + f"\n  <cooperative-slug>@{DEMO_DOMAIN}  (owner of that cooperative,"
        + f" e.g. {COOPERATIVES[0]['slug']}@{DEMO_DOMAIN})"
    )
