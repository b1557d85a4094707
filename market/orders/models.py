"""Carts and orders.

A checkout makes one `Order` (the buyer's, with the address, the payment and a human-friendly number)
holding one `CoopOrder` per cooperative, which that cooperative fulfils on its own; `OrderLine`s copy
what was bought (names, SKU, unit price) so history survives later edits. `OrderEvent` is the
timestamped history of every status change. `LedgerEntry` is the payout ledger: what the platform owes
each cooperative (sales, refunds, commission), since card payments are collected on the platform's
account (Stripe Connect does not pay out to Morocco).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from market.core.models import TimestampMixin, UTCDateTime, utcnow
from market.extensions import db

# The statuses of a cooperative's part of an order, and who may move it where (services.transition).
PENDING_PAYMENT = "pending_payment"
CONFIRMED = "confirmed"
PREPARING = "preparing"
SHIPPED = "shipped"
DELIVERED = "delivered"
CANCELLED = "cancelled"
REFUNDED = "refunded"
COOP_ORDER_STATUSES = (PENDING_PAYMENT, CONFIRMED, PREPARING, SHIPPED, DELIVERED, CANCELLED, REFUNDED)

PAYMENT_METHODS = ("card", "cod")
DELIVERY_METHODS = ("home", "pickup")


class CartItem(TimestampMixin, db.Model):
    """A signed-in buyer's cart line, kept in the database so it follows the account across devices
    (an anonymous visitor's cart lives in the session and joins this one at sign-in)."""

    __tablename__ = "cart_items"
    __table_args__ = (db.UniqueConstraint("user_id", "line_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # "<product id>" or "<product id>:<variant id>" (the same key as in the session cart).
    line_key: Mapped[str] = mapped_column(db.String(40))
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    variant_id: Mapped[int | None] = mapped_column(db.ForeignKey("product_variants.id", ondelete="CASCADE"))
    quantity: Mapped[int]


class Order(TimestampMixin, db.Model):
    __tablename__ = "orders"
    __table_args__ = (db.CheckConstraint("total_centimes >= 0", name="order_total_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(db.String(16), unique=True)
    buyer_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # The token of the checkout form that made it: a double click or a resubmission finds this order.
    checkout_token: Mapped[str] = mapped_column(db.String(64), unique=True)
    locale: Mapped[str] = mapped_column(db.String(5), default="fr")
    email: Mapped[str] = mapped_column(db.String(254))
    full_name: Mapped[str] = mapped_column(db.String(120))
    phone: Mapped[str] = mapped_column(db.String(20))  # E.164
    address: Mapped[str] = mapped_column(db.String(300))
    city: Mapped[str] = mapped_column(db.String(80))
    postal_code: Mapped[str | None] = mapped_column(db.String(10))
    payment_method: Mapped[str] = mapped_column(db.String(8))  # card | cod
    # pending (card, not paid yet) | paid | cod (to be paid on delivery) | failed | refunded
    payment_status: Mapped[str] = mapped_column(db.String(12), default="pending")
    items_centimes: Mapped[int] = mapped_column(default=0)
    delivery_centimes: Mapped[int] = mapped_column(default=0)
    total_centimes: Mapped[int] = mapped_column(default=0)
    # While a card payment is awaited, the stock stays reserved until then.
    reserved_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    stripe_session_id: Mapped[str | None] = mapped_column(db.String(255), unique=True)
    stripe_payment_intent: Mapped[str | None] = mapped_column(db.String(255), index=True)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    buyer = db.relationship("User")
    parts: Mapped[list[CoopOrder]] = db.relationship(
        back_populates="order", order_by="CoopOrder.id", cascade="all, delete-orphan"
    )

    @property
    def refunded_centimes(self) -> int:
        return sum(part.refunded_centimes for part in self.parts)


class CoopOrder(TimestampMixin, db.Model):
    """One cooperative's part of an order: its lines, its delivery, its own status."""

    __tablename__ = "coop_orders"
    __table_args__ = (db.Index("ix_coop_orders_coop_status", "cooperative_id", "status", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(db.ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id"))
    cooperative_name: Mapped[str] = mapped_column(db.String(160))
    status: Mapped[str] = mapped_column(db.String(16), default=PENDING_PAYMENT)
    delivery_method: Mapped[str] = mapped_column(db.String(8))  # home | pickup
    delivery_fee_centimes: Mapped[int] = mapped_column(default=0)
    lead_time_days: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(db.String(500))
    items_centimes: Mapped[int] = mapped_column(default=0)
    commission_centimes: Mapped[int] = mapped_column(default=0)
    refunded_centimes: Mapped[int] = mapped_column(default=0)
    tracking: Mapped[str | None] = mapped_column(db.String(200))
    cancel_reason: Mapped[str | None] = mapped_column(db.String(500))

    order: Mapped[Order] = db.relationship(back_populates="parts")
    cooperative = db.relationship("Cooperative")
    lines: Mapped[list[OrderLine]] = db.relationship(
        back_populates="coop_order", order_by="OrderLine.id", cascade="all, delete-orphan"
    )
    events: Mapped[list[OrderEvent]] = db.relationship(
        back_populates="coop_order", order_by="OrderEvent.id", cascade="all, delete-orphan"
    )

    @property
    def total_centimes(self) -> int:
        return self.items_centimes + self.delivery_fee_centimes


class OrderLine(db.Model):
    __tablename__ = "order_lines"
    __table_args__ = (db.CheckConstraint("quantity > 0", name="line_quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    coop_order_id: Mapped[int] = mapped_column(db.ForeignKey("coop_orders.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(db.ForeignKey("products.id", ondelete="SET NULL"), index=True)
    variant_id: Mapped[int | None] = mapped_column(db.ForeignKey("product_variants.id", ondelete="SET NULL"))
    sku: Mapped[str] = mapped_column(db.String(64))
    name_ar: Mapped[str | None] = mapped_column(db.String(200))
    name_fr: Mapped[str | None] = mapped_column(db.String(200))
    name_en: Mapped[str | None] = mapped_column(db.String(200))
    name_zgh: Mapped[str | None] = mapped_column(db.String(200))
    variant_label: Mapped[str | None] = mapped_column(db.String(60))
    unit_price_centimes: Mapped[int]
    quantity: Mapped[int]

    coop_order: Mapped[CoopOrder] = db.relationship(back_populates="lines")
    product = db.relationship("Product")

    @property
    def total_centimes(self) -> int:
        return self.unit_price_centimes * self.quantity


class OrderEvent(db.Model):
    """The history of a cooperative part: each status it entered, when, by whom, and why."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    coop_order_id: Mapped[int] = mapped_column(db.ForeignKey("coop_orders.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(db.String(16))
    note: Mapped[str | None] = mapped_column(db.String(500))
    actor_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    coop_order: Mapped[CoopOrder] = db.relationship(back_populates="events")


class LedgerEntry(db.Model):
    """What the platform owes a cooperative: + a card sale, - the commission, - a refund, and for cash
    on delivery the cooperative collected the money itself (a sale and a 'collected' entry cancel out,
    the commission remains owed to the platform)."""

    __tablename__ = "ledger_entries"
    __table_args__ = (db.Index("ix_ledger_coop_date", "cooperative_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id"))
    coop_order_id: Mapped[int | None] = mapped_column(db.ForeignKey("coop_orders.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(db.String(20))  # sale | commission | refund | collected | commission_back
    amount_centimes: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    coop_order = db.relationship("CoopOrder")
