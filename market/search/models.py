"""The search outbox: which products changed, written in the same transaction as the change, so that
every host can bring its own index up to date from the database (market/search/outbox.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer
from sqlalchemy.orm import Mapped, mapped_column

from market.core.models import UTCDateTime, utcnow
from market.extensions import db


class SearchOutbox(db.Model):
    """One changed product, or one changed cooperative (its products are read when the row is applied).

    No foreign keys: a deleted product must still be recorded, so that every index removes it."""

    __tablename__ = "search_outbox"

    # BIGINT on PostgreSQL (ids only grow, pruning never reuses them); SQLite's rowid is already 64-bit.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    product_id: Mapped[int | None] = mapped_column(Integer)
    cooperative_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
