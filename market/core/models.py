"""Column types and mixins shared by every area's models."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, TypeDecorator
from sqlalchemy.orm import Mapped, mapped_column

from market.extensions import db


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite keeps no zone, so we store naive UTC)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)


class Region(db.Model):
    """Morocco's 12 regions (reference data, filled by the first migration)."""

    __tablename__ = "regions"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(db.String(40), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    name_ar: Mapped[str] = mapped_column(db.String(120))
    name_fr: Mapped[str] = mapped_column(db.String(120))
    name_en: Mapped[str] = mapped_column(db.String(120))
    name_zgh: Mapped[str | None] = mapped_column(db.String(120))

    def __repr__(self) -> str:
        return f"<Region {self.slug}>"


class Category(db.Model):
    """The product taxonomy (reference data, filled by migration); sub-categories point to a parent.

    It lives in core, beside the regions, because cooperatives (their sector) and events (what an
    applicant sells) use it as well as the catalogue."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(db.String(40), unique=True)
    parent_id: Mapped[int | None] = mapped_column(db.ForeignKey("categories.id"))
    position: Mapped[int] = mapped_column(default=0)
    name_ar: Mapped[str] = mapped_column(db.String(120))
    name_fr: Mapped[str] = mapped_column(db.String(120))
    name_en: Mapped[str] = mapped_column(db.String(120))
    name_zgh: Mapped[str | None] = mapped_column(db.String(120))

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class OutboxEmail(TimestampMixin, db.Model):
    """Every email is written here first, in the same transaction as what caused it, then delivered."""

    __tablename__ = "outbox_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    to: Mapped[str] = mapped_column(db.String(254))
    subject: Mapped[str] = mapped_column(db.String(250))
    body: Mapped[str] = mapped_column(db.Text)
    locale: Mapped[str] = mapped_column(db.String(5), default="fr")
    status: Mapped[str] = mapped_column(db.String(10), default="pending", index=True)  # pending|sent|failed
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(db.String(500))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AuditEntry(db.Model):
    """Who decided what, when and why: verification decisions, suspensions, moderation."""

    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(db.String(60))  # e.g. "coop.approved", "label.rejected"
    subject_type: Mapped[str] = mapped_column(db.String(30))
    subject_id: Mapped[int]
    summary: Mapped[str] = mapped_column(db.String(250))  # what, readable without joins (a name, a code)
    reason: Mapped[str | None] = mapped_column(db.Text)

    actor = db.relationship("User")


class ReportExport(TimestampMixin, db.Model):
    """A CSV report asked for in the back office and built by a background job (`market.core.exports`):
    who asked, what (a registered kind and its parameters), and the file once it is in private storage."""

    __tablename__ = "report_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(db.String(43), unique=True)  # the URL's id: not guessable, not a count
    kind: Mapped[str] = mapped_column(db.String(40))
    params: Mapped[str] = mapped_column(db.Text, default="{}")  # JSON of plain values (ids, dates, a year)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(db.String(10), default="pending")  # pending|running|done|failed
    attempts: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str | None] = mapped_column(db.String(200))
    storage_key: Mapped[str | None] = mapped_column(db.String(200))
    size_bytes: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(db.String(500))  # for the logs and admins, never shown to users
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user = db.relationship("User")
