"""What we keep of Stripe: each webhook event id (so each is handled once) and each refund."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped, mapped_column

from market.core.models import TimestampMixin, UTCDateTime, utcnow
from market.extensions import db


class StripeEvent(db.Model):
    __tablename__ = "stripe_events"

    id: Mapped[str] = mapped_column(db.String(255), primary_key=True)  # Stripe's evt_...
    type: Mapped[str] = mapped_column(db.String(80))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Refund(TimestampMixin, db.Model):
    """A refund of (part of) a cooperative's part of an order; by card through Stripe, or recorded for
    cash on delivery."""

    __tablename__ = "refunds"
    __table_args__ = (db.CheckConstraint("amount_centimes > 0", name="refund_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    coop_order_id: Mapped[int] = mapped_column(db.ForeignKey("coop_orders.id", ondelete="CASCADE"), index=True)
    amount_centimes: Mapped[int]
    reason: Mapped[str | None] = mapped_column(db.String(500))
    stripe_refund_id: Mapped[str | None] = mapped_column(db.String(255), unique=True)
    actor_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))

    coop_order = db.relationship("CoopOrder")
