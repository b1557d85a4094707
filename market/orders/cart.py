"""The cart: an anonymous visitor's lives in the session, a signed-in buyer's in the database
(`cart_items`, so it follows the account); at sign-in the first joins the second. Grouped by cooperative
when shown.

Only ids and quantities are stored; prices and availability are always read from the database, and a
product that became unavailable stays in the cart, flagged, until the buyer removes it. Changes flush;
the view commits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import has_request_context, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload

from market.catalog.models import Product
from market.coops.models import Cooperative
from market.extensions import db
from market.orders.models import CartItem

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


def _account_id() -> int | None:
    if has_request_context() and current_user.is_authenticated:
        return current_user.id
    return None


def _session_cart() -> dict[str, int]:
    raw = session.get(SESSION_KEY)
    if not isinstance(raw, dict):
        return {}
    return {k: v for k, v in raw.items() if isinstance(k, str) and k.isdigit() and isinstance(v, int)}


def _stored() -> dict[str, int]:
    user_id = _account_id()
    if user_id is None:
        return _session_cart()
    rows = db.session.execute(select(CartItem.line_key, CartItem.quantity).where(CartItem.user_id == user_id))
    return {key: quantity for key, quantity in rows}


def _save(cart: dict[str, int]) -> None:
    user_id = _account_id()
    if user_id is None:
        session[SESSION_KEY] = cart
        return
    _save_account_cart(user_id, cart)


def _save_account_cart(user_id: int, cart: dict[str, int]) -> None:
    rows = {row.line_key: row for row in db.session.scalars(select(CartItem).where(CartItem.user_id == user_id))}
    for key, row in rows.items():
        if key not in cart:
            db.session.delete(row)
    for key, quantity in cart.items():
        if key in rows:
            rows[key].quantity = quantity
        else:
            db.session.add(CartItem(user_id=user_id, line_key=key, product_id=int(key), quantity=quantity))
    db.session.flush()


def item_count() -> int:
    user_id = _account_id()
    if user_id is None:
        return sum(_session_cart().values())
    query = select(func.coalesce(func.sum(CartItem.quantity), 0)).where(CartItem.user_id == user_id)
    return int(db.session.scalar(query) or 0)


def merge_into_account(user_id: int) -> int:
    """Add the session's cart to the account's (quantities add up, to at most MAX_QUANTITY a line; a
    line over the stock stays, flagged, for the buyer to decide). Returns the lines merged."""
    anonymous = _session_cart()
    session.pop(SESSION_KEY, None)
    if not anonymous:
        return 0
    existing = {k: q for k, q in db.session.execute(
        select(CartItem.line_key, CartItem.quantity).where(CartItem.user_id == user_id))}  # fmt: skip
    known = set(db.session.scalars(select(Product.id).where(Product.id.in_([int(k) for k in anonymous]))))
    merged = dict(existing)
    for key, quantity in anonymous.items():
        if int(key) not in known:
            continue  # deleted since: nothing to show
        if key not in merged and len(merged) >= MAX_LINES:
            break
        merged[key] = min(MAX_QUANTITY, merged.get(key, 0) + quantity)
    _save_account_cart(user_id, merged)
    return len(anonymous)


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
    _save(cart)
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
    _save(cart)


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
