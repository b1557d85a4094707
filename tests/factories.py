"""Small builders for test data; each flushes and returns the row."""

from __future__ import annotations

import itertools

from sqlalchemy import select

from market.accounts.services import register_user
from market.catalog.models import Product
from market.coops.models import Cooperative, Membership
from market.core.models import Category, Region
from market.extensions import db

PASSWORD = "correct horse battery"
_counter = itertools.count(1)


def make_user(email=None, password=PASSWORD, name="Test User", locale="fr", **attrs):
    user = register_user(email or f"user{next(_counter)}@example.com", password, name, locale)
    for key, value in attrs.items():
        setattr(user, key, value)
    db.session.flush()
    return user


def region(slug="souss-massa") -> Region:
    return db.session.scalar(select(Region).where(Region.slug == slug))


def category(slug="oils") -> Category:
    return db.session.scalar(select(Category).where(Category.slug == slug))


def make_coop(slug=None, status="approved", region_slug="souss-massa", owner=None, **attrs):
    n = next(_counter)
    coop = Cooperative(
        slug=slug or f"coop-{n}",
        name_ar=attrs.pop("name_ar", f"تعاونية {n}"),
        name_fr=attrs.pop("name_fr", f"Coopérative {n}"),
        name_en=attrs.pop("name_en", f"Cooperative {n}"),
        region_id=region(region_slug).id,
        city=attrs.pop("city", "Taroudant"),
        status=status,
        **attrs,
    )
    db.session.add(coop)
    db.session.flush()
    if owner is not None:
        add_member(coop, owner, "owner")
    return coop


def add_member(coop, user, role):
    membership = Membership(cooperative_id=coop.id, user_id=user.id, role=role)
    db.session.add(membership)
    db.session.flush()
    db.session.expire(user, ["memberships"])
    return membership


def make_product(coop, category_slug="oils", published=True, **attrs):
    n = next(_counter)
    product = Product(
        cooperative_id=coop.id,
        category_id=category(category_slug).id,
        sku=attrs.pop("sku", f"SKU-{n}"),
        slug=attrs.pop("slug", f"product-{n}"),
        name_ar=attrs.pop("name_ar", f"منتج {n}"),
        name_fr=attrs.pop("name_fr", f"Produit {n}"),
        name_en=attrs.pop("name_en", f"Product {n}"),
        price_centimes=attrs.pop("price_centimes", 12050),
        stock=attrs.pop("stock", 10),
        is_published=published,
        **attrs,
    )
    db.session.add(product)
    db.session.flush()
    return product


def make_order(buyer, items, payment_method="cod", delivery="home", card_available=True, token=None):
    """An order placed through the real service: `items` are (product, quantity) or (product, variant,
    quantity) tuples. Stock is reserved as at checkout; the caller commits."""
    from market.orders import services
    from market.orders.cart import CartLine, CoopGroup

    groups: dict[int, CoopGroup] = {}
    for item in items:
        product, variant, quantity = item if len(item) == 3 else (item[0], None, item[1])
        group = groups.setdefault(product.cooperative_id, CoopGroup(product.cooperative))
        group.lines.append(CartLine(product, quantity, variant))
    address = services.Address("Fatima Zahra", "+212612345678", "12 rue des Orangers", "agadir", "80000")
    deliveries = {coop_id: services.Delivery(delivery, "") for coop_id in groups}
    return services.place_order(
        buyer, list(groups.values()), address, deliveries, payment_method,
        token or f"token-{next(_counter)}", "fr", card_available,
    )  # fmt: skip
