from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped, backref, mapped_column

from market.core.models import Region, TimestampMixin, UTCDateTime
from market.extensions import db

COOP_STATUSES = ("pending", "approved", "rejected", "suspended")
LEGAL_FORMS = ("cooperative", "union", "association")


class Cooperative(TimestampMixin, db.Model):
    __tablename__ = "cooperatives"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(db.String(80), unique=True)
    name_ar: Mapped[str] = mapped_column(db.String(160))
    name_fr: Mapped[str] = mapped_column(db.String(160))
    name_en: Mapped[str | None] = mapped_column(db.String(160))
    name_zgh: Mapped[str | None] = mapped_column(db.String(160))
    legal_form: Mapped[str] = mapped_column(db.String(20), default="cooperative")
    registration_number: Mapped[str | None] = mapped_column(db.String(40))
    ice: Mapped[str | None] = mapped_column(db.String(15))
    region_id: Mapped[int] = mapped_column(db.ForeignKey("regions.id"), index=True)
    province: Mapped[str | None] = mapped_column(db.String(80))
    city: Mapped[str] = mapped_column(db.String(80))  # in Latin letters, as on the register
    city_ar: Mapped[str | None] = mapped_column(db.String(80))
    city_zgh: Mapped[str | None] = mapped_column(db.String(80))  # in Tifinagh
    sector: Mapped[str | None] = mapped_column(db.String(40))
    founded_on: Mapped[date | None]
    members_count: Mapped[int | None]
    women_members_count: Mapped[int | None]
    women_led: Mapped[bool] = mapped_column(default=False, index=True)
    youth: Mapped[bool] = mapped_column(default=False)
    phone: Mapped[str | None] = mapped_column(db.String(20))  # E.164
    email: Mapped[str | None] = mapped_column(db.String(254))
    status: Mapped[str] = mapped_column(db.String(12), default="pending", index=True)
    status_reason: Mapped[str | None] = mapped_column(db.Text)
    story_ar: Mapped[str | None] = mapped_column(db.Text)
    story_fr: Mapped[str | None] = mapped_column(db.Text)
    story_en: Mapped[str | None] = mapped_column(db.Text)
    story_zgh: Mapped[str | None] = mapped_column(db.Text)
    brand_color: Mapped[str] = mapped_column(db.String(7), default="#1f6f5c")
    logo: Mapped[str | None] = mapped_column(db.String(200))
    banner: Mapped[str | None] = mapped_column(db.String(200))
    featured: Mapped[bool] = mapped_column(default=False)
    created_by_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    # How it delivers (orders use these at checkout and copy them onto the order).
    delivery_fee_centimes: Mapped[int] = mapped_column(default=3000, server_default="3000")
    delivery_days: Mapped[int] = mapped_column(default=3, server_default="3")
    pickup_enabled: Mapped[bool] = mapped_column(default=True, server_default=db.true())
    pickup_address: Mapped[str | None] = mapped_column(db.String(300))
    cod_enabled: Mapped[bool] = mapped_column(default=True, server_default=db.true())

    region: Mapped[Region] = db.relationship(lazy="joined")

    @property
    def is_public(self) -> bool:
        return self.status == "approved"

    def __repr__(self) -> str:
        return f"<Cooperative {self.slug}>"


class CoopPhoto(TimestampMixin, db.Model):
    """The storefront's gallery."""

    __tablename__ = "coop_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    image: Mapped[str] = mapped_column(db.String(200))
    position: Mapped[int] = mapped_column(default=0)

    cooperative: Mapped[Cooperative] = db.relationship(
        backref=backref("photos", order_by="CoopPhoto.position", cascade="all, delete-orphan")
    )


class Invitation(TimestampMixin, db.Model):
    """An owner's invitation to join a cooperative; only the SHA-256 of the emailed token is kept."""

    __tablename__ = "invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(db.String(254))
    role: Mapped[str] = mapped_column(db.String(10))
    token_hash: Mapped[str] = mapped_column(db.String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    cooperative: Mapped[Cooperative] = db.relationship()


class Membership(TimestampMixin, db.Model):
    """A user's role in one cooperative: owner, manager or staff (see core.permissions)."""

    __tablename__ = "memberships"
    __table_args__ = (db.UniqueConstraint("user_id", "cooperative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(db.String(10))

    user = db.relationship("User", backref=backref("memberships", cascade="all, delete-orphan"))
    cooperative: Mapped[Cooperative] = db.relationship(backref=backref("memberships", cascade="all, delete-orphan"))
