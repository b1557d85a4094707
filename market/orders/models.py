"""A signed-in buyer's cart, kept in the database so it follows the account across devices and
sessions (an anonymous visitor's cart lives in the session and joins this one at sign-in)."""

from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from market.core.models import TimestampMixin
from market.extensions import db


class CartItem(TimestampMixin, db.Model):
    __tablename__ = "cart_items"
    __table_args__ = (db.UniqueConstraint("user_id", "line_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # "<product id>" (the same key as in the session cart); one line per product.
    line_key: Mapped[str] = mapped_column(db.String(40))
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int]
