"""The cart: kept in the session (anonymous visitors too), grouped by cooperative when shown.

Only ids and quantities are stored; prices and availability are always read from the database, and a
product that became unavailable stays in the cart, flagged, until the buyer removes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import session
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from market.catalog.models import Product
from market.coops.models import Cooperative
from market.extensions import db

SESSION_KEY = "cart"
MAX_QUANTITY = 99
MAX_LINES = 100


class CartError(ValueError):
    pass


@dataclass
class CartLine:
    product: Product
    quantity: int
    problem: str | None = None

    @property
    def total_centimes(self) -> int:
        return self.product.price_centimes * self.quantity


@dataclass
class CoopGroup:
    cooperative: Cooperative
    lines: list[CartLine] = field(default_factory=list)

    @property
    def subtotal_centimes(self) -> int:
        return sum(line.total_centimes for line in self.lines if line.problem is None)


def _stored() -> dict[str, int]:
    raw = session.get(SESSION_KEY)
    return dict(raw) if isinstance(raw, dict) else {}


def item_count() -> int:
    return sum(q for q in _stored().values() if isinstance(q, int))


def _available_product(product_id: int) -> Product:
    product = db.session.get(Product, product_id)
    if product is None or not product.is_public:
        raise CartError(_l("This product is no longer available."))
    return product


def add(product_id: int, quantity: int) -> Product:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))
    product = _available_product(product_id)
    cart = _stored()
    new_quantity = cart.get(str(product_id), 0) + quantity
    if new_quantity > product.stock:
        raise CartError(_l("Only %(num)d left in stock.", num=product.stock))
    if str(product_id) not in cart and len(cart) >= MAX_LINES:
        raise CartError(_l("Your cart is full."))
    cart[str(product_id)] = new_quantity
    session[SESSION_KEY] = cart
    return product


def set_quantity(product_id: int, quantity: int) -> None:
    cart = _stored()
    if str(product_id) not in cart:
        raise CartError(_l("This product is not in your cart."))
    if quantity == 0:
        cart.pop(str(product_id))
    else:
        if not 1 <= quantity <= MAX_QUANTITY:
            raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))
        product = _available_product(product_id)
        if quantity > product.stock:
            raise CartError(_l("Only %(num)d left in stock.", num=product.stock))
        cart[str(product_id)] = quantity
    session[SESSION_KEY] = cart


def contents() -> list[CoopGroup]:
    """The cart grouped by cooperative, with every product loaded in one query."""
    cart = {int(k): v for k, v in _stored().items() if k.isdigit() and isinstance(v, int)}
    if not cart:
        return []
    products = db.session.scalars(
        select(Product).where(Product.id.in_(cart)).options(joinedload(Product.cooperative))
    ).all()
    groups: dict[int, CoopGroup] = {}
    for product in sorted(products, key=lambda p: (p.cooperative_id, p.id)):
        quantity = cart[product.id]
        problem = None
        if not product.is_public:
            problem = _l("No longer available")
        elif product.stock == 0:
            problem = _l("Sold out")
        elif quantity > product.stock:
            problem = _l("Only %(num)d left in stock.", num=product.stock)
        group = groups.setdefault(product.cooperative_id, CoopGroup(product.cooperative))
        group.lines.append(CartLine(product, quantity, problem))
    return list(groups.values())


def total_centimes(groups: list[CoopGroup]) -> int:
    return sum(group.subtotal_centimes for group in groups)
