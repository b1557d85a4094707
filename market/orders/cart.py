"""The cart: an anonymous visitor's lives in the session, a signed-in buyer's in the database
(`cart_items`, so it follows the account); at sign-in the first joins the second. Grouped by cooperative
when shown.

Only ids and quantities are stored; prices and availability are always read from the database, and a
product that became unavailable stays in the cart, flagged, until the buyer removes it. Changes flush;
the view commits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from flask import has_request_context, session
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from market.catalog.models import Product, ProductVariant
from market.coops.models import Cooperative
from market.extensions import db
from market.orders.models import CartItem

SESSION_KEY = "cart"
MAX_QUANTITY = 99
MAX_LINES = 100


class CartError(ValueError):
    pass


KEY = re.compile(r"^([0-9]{1,12})(?::([0-9]{1,12}))?$")


def line_key(product_id: int, variant_id: int | None = None) -> str:
    return f"{product_id}:{variant_id}" if variant_id else str(product_id)


def parse_key(key: str) -> tuple[int, int | None] | None:
    match = KEY.match(key) if isinstance(key, str) else None
    if match is None:
        return None
    return int(match[1]), (int(match[2]) if match[2] else None)


@dataclass
class CartLine:
    product: Product
    quantity: int
    variant: ProductVariant | None = None
    problem: str | None = None

    @property
    def key(self) -> str:
        return line_key(self.product.id, self.variant.id if self.variant else None)

    @property
    def unit_price_centimes(self) -> int:
        return (self.variant or self.product).price_centimes

    @property
    def stock(self) -> int:
        return (self.variant or self.product).stock

    @property
    def total_centimes(self) -> int:
        return self.unit_price_centimes * self.quantity


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
    return {k: v for k, v in raw.items() if parse_key(k) and isinstance(v, int) and v > 0}


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


def _add_line(key: str, quantity: int, stock: int) -> None:
    """Add `quantity` to one line without rewriting the whole cart. For an account the increment is one
    guarded UPDATE, so two devices adding the same product at once both count, and the stock is checked
    against the quantity as it is in the database, not as it was read."""
    user_id = _account_id()
    if user_id is None:
        cart = _session_cart()
        cart[key] = cart.get(key, 0) + quantity
        session[SESSION_KEY] = cart
        return
    if _increment(user_id, key, quantity, stock):
        return
    product_id, variant_id = parse_key(key)
    try:
        with db.session.begin_nested():  # a savepoint: a line added meanwhile by another request fails alone
            db.session.add(CartItem(user_id=user_id, line_key=key, product_id=product_id, variant_id=variant_id,
                                    quantity=quantity))  # fmt: skip
    except IntegrityError:
        if not _increment(user_id, key, quantity, stock):
            raise CartError(_l("Only %(num)d left in stock.", num=stock)) from None


def _increment(user_id: int, key: str, quantity: int, stock: int) -> bool:
    """True when the line existed and had room for `quantity` more; an existing line without room raises."""
    line = (CartItem.user_id == user_id, CartItem.line_key == key)
    bumped = db.session.execute(
        update(CartItem).where(*line, CartItem.quantity + quantity <= stock)
        .values(quantity=CartItem.quantity + quantity).execution_options(synchronize_session=False)
    )  # fmt: skip
    if bumped.rowcount:
        return True
    if db.session.scalar(select(CartItem.id).where(*line)) is not None:
        raise CartError(_l("Only %(num)d left in stock.", num=stock))
    return False


def _save_account_cart(user_id: int, cart: dict[str, int]) -> None:
    rows = {row.line_key: row for row in db.session.scalars(select(CartItem).where(CartItem.user_id == user_id))}
    for key, row in rows.items():
        if key not in cart:
            db.session.delete(row)
    for key, quantity in cart.items():
        if key in rows:
            rows[key].quantity = quantity
        else:
            product_id, variant_id = parse_key(key)
            db.session.add(
                CartItem(user_id=user_id, line_key=key, product_id=product_id, variant_id=variant_id, quantity=quantity)
            )
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
    known = set(db.session.scalars(select(Product.id).where(Product.id.in_([parse_key(k)[0] for k in anonymous]))))
    variants = set(db.session.scalars(select(ProductVariant.id).where(
        ProductVariant.id.in_([v for _p, v in map(parse_key, anonymous) if v]))))  # fmt: skip
    merged = dict(existing)
    for key, quantity in anonymous.items():
        product_id, variant_id = parse_key(key)
        if product_id not in known or (variant_id and variant_id not in variants):
            continue  # deleted since: nothing to show
        if key not in merged and len(merged) >= MAX_LINES:
            break
        merged[key] = min(MAX_QUANTITY, merged.get(key, 0) + quantity)
    _save_account_cart(user_id, merged)
    return len(anonymous)


def _available(product_id: int, variant_id: int | None) -> tuple[Product, ProductVariant | None]:
    query = select(Product).where(Product.id == product_id).options(joinedload(Product.cooperative))
    product = db.session.scalar(query)
    if product is None or not product.is_public:
        raise CartError(_l("This product is no longer available."))
    variant = None
    if variant_id is not None:
        variant = db.session.get(ProductVariant, variant_id)
        if variant is None or variant.product_id != product.id:
            raise CartError(_l("This product is no longer available."))
    elif product.stock == 0 and product.variants:
        raise CartError(_l("Choose a variant."))
    return product, variant


def add(product_id: int, quantity: int, variant_id: int | None = None) -> Product:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))
    product, variant = _available(product_id, variant_id)
    stock = (variant or product).stock
    key = line_key(product_id, variant_id)
    cart = _stored()
    new_quantity = cart.get(key, 0) + quantity
    if new_quantity > stock:
        raise CartError(_l("Only %(num)d left in stock.", num=stock))
    if key not in cart and len(cart) >= MAX_LINES:
        raise CartError(_l("Your cart is full."))
    _add_line(key, quantity, stock)
    return product


def set_quantity(key: str, quantity: int) -> None:
    cart = _stored()
    parsed = parse_key(key)
    if parsed is None or key not in cart:
        raise CartError(_l("This product is not in your cart."))
    if quantity == 0:
        cart.pop(key)
    else:
        if not 1 <= quantity <= MAX_QUANTITY:
            raise CartError(_l("Choose a quantity between 1 and %(max)d.", max=MAX_QUANTITY))
        product, variant = _available(*parsed)
        stock = (variant or product).stock
        if quantity > stock:
            raise CartError(_l("Only %(num)d left in stock.", num=stock))
        cart[key] = quantity
    _save(cart)


def remove_keys(keys: set[str]) -> None:
    """Take ordered lines out of the cart (what was added meanwhile, e.g. on another device, stays)."""
    user_id = _account_id()
    if user_id is None:
        session[SESSION_KEY] = {k: q for k, q in _session_cart().items() if k not in keys}
        return
    db.session.execute(delete(CartItem).where(CartItem.user_id == user_id, CartItem.line_key.in_(keys)))


def contents() -> list[CoopGroup]:
    """The cart grouped by cooperative, with every product (and variant) loaded in one query each."""
    cart = {parse_key(k): v for k, v in _stored().items()}
    cart.pop(None, None)
    if not cart:
        return []
    query = select(Product).where(Product.id.in_({p for p, _v in cart})).options(joinedload(Product.cooperative))
    products = {p.id: p for p in db.session.scalars(query)}
    variant_ids = {v for _p, v in cart if v}
    variants = {v.id: v for v in db.session.scalars(
        select(ProductVariant).where(ProductVariant.id.in_(variant_ids)))} if variant_ids else {}  # fmt: skip
    groups: dict[int, CoopGroup] = {}
    for (product_id, variant_id), quantity in sorted(cart.items(), key=lambda item: (item[0][0], item[0][1] or 0)):
        product = products.get(product_id)
        variant = variants.get(variant_id) if variant_id else None
        if product is None or (variant_id and (variant is None or variant.product_id != product_id)):
            continue  # deleted since: nothing left to show
        line = CartLine(product, quantity, variant)
        if not product.is_public:
            line.problem = _l("No longer available")
        elif line.stock == 0:
            line.problem = _l("Sold out")
        elif quantity > line.stock:
            line.problem = _l("Only %(num)d left in stock.", num=line.stock)
        group = groups.setdefault(product.cooperative_id, CoopGroup(product.cooperative))
        group.lines.append(line)
    return sorted(groups.values(), key=lambda g: g.cooperative.id)


def total_centimes(groups: list[CoopGroup]) -> int:
    return sum(group.subtotal_centimes for group in groups)
