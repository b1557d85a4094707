"""Regional fairs and mobile markets: the event, its stops (a mobile market travels through several
towns; a fair has one stop), the stands of each stop's floor plan, cooperatives' applications, the
allocation of stands, and stand sales taken from stock set aside for the event.

Rules of an event (shares over the cooperatives allocated) are kept as JSON in the format of the
allocation engine (`market.events.allocation`), so an event's plan exports and imports unchanged.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Mapped, mapped_column

from market.core.models import TimestampMixin, UTCDateTime, utcnow
from market.extensions import db

EVENT_KINDS = ("regional_fair", "national_fair", "mobile_market")
# draft -> open (applications) -> allocating -> published -> running -> closed
EVENT_STATUSES = ("draft", "open", "allocating", "published", "running", "closed")
APPLICATION_STATUSES = ("submitted", "accepted", "waitlisted", "rejected", "withdrawn")
ZONES = ("food", "crafts", "cosmetics", "textiles", "services")

application_stops = db.Table(
    "application_stops",
    db.Column("application_id", db.ForeignKey("event_applications.id", ondelete="CASCADE"), primary_key=True),
    db.Column("stop_id", db.ForeignKey("event_stops.id", ondelete="CASCADE"), primary_key=True),
)


class Event(TimestampMixin, db.Model):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(db.String(80), unique=True)
    kind: Mapped[str] = mapped_column(db.String(20))
    status: Mapped[str] = mapped_column(db.String(12), default="draft", index=True)
    title_ar: Mapped[str] = mapped_column(db.String(200))
    title_fr: Mapped[str] = mapped_column(db.String(200))
    title_en: Mapped[str | None] = mapped_column(db.String(200))
    title_zgh: Mapped[str | None] = mapped_column(db.String(200))
    description_ar: Mapped[str | None] = mapped_column(db.Text)
    description_fr: Mapped[str | None] = mapped_column(db.Text)
    description_en: Mapped[str | None] = mapped_column(db.Text)
    description_zgh: Mapped[str | None] = mapped_column(db.Text)
    region_id: Mapped[int | None] = mapped_column(db.ForeignKey("regions.id"))
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    opening_hours: Mapped[str | None] = mapped_column(db.String(120))  # e.g. "10:00–20:00"
    applications_open_on: Mapped[date | None]
    applications_close_on: Mapped[date | None]
    stand_fee_centimes: Mapped[int] = mapped_column(default=0)
    # {"women_led_min_share": 0.5, "youth_min_share": 0.1, "max_share_per_region": 0.3,
    #  "no_adjacent_same_category": true}; a rule left out does not apply.
    rules: Mapped[dict] = mapped_column(db.JSON, default=dict)
    organiser_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    # Targets the report compares the event with (the shares' targets are the rules above).
    target_participants: Mapped[int | None]
    target_sales_centimes: Mapped[int | None] = mapped_column(db.BigInteger)
    # Raised at each change after publication, for calendar files (RFC 5545 SEQUENCE).
    sequence: Mapped[int] = mapped_column(default=0)

    region = db.relationship("Region")
    stops: Mapped[list[EventStop]] = db.relationship(
        back_populates="event", order_by="EventStop.position", cascade="all, delete-orphan"
    )
    applications: Mapped[list[Application]] = db.relationship(back_populates="event", cascade="all, delete-orphan")


class EventStop(db.Model):
    """Where and when the event takes place; a fair has one stop, a mobile market a season of them."""

    __tablename__ = "event_stops"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(db.ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    town: Mapped[str] = mapped_column(db.String(80))
    venue: Mapped[str] = mapped_column(db.String(200))
    address: Mapped[str | None] = mapped_column(db.String(300))
    latitude: Mapped[float | None]
    longitude: Mapped[float | None]
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    event: Mapped[Event] = db.relationship(back_populates="stops")
    stands: Mapped[list[Stand]] = db.relationship(back_populates="stop", order_by="Stand.code",
                                                  cascade="all, delete-orphan")  # fmt: skip


class Stand(db.Model):
    """A rectangle of the floor plan, in metres from the plan's top-left corner (x grows along the
    reading direction's start in the drawing, which is mirrored for right-to-left pages)."""

    __tablename__ = "stands"
    __table_args__ = (
        db.UniqueConstraint("stop_id", "code"),
        db.CheckConstraint("w > 0 AND h > 0", name="stand_positive_size"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(db.ForeignKey("event_stops.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(db.String(12))
    x: Mapped[float]
    y: Mapped[float]
    w: Mapped[float]
    h: Mapped[float]
    zone: Mapped[str] = mapped_column(db.String(20), default="crafts")
    power: Mapped[bool] = mapped_column(default=False)
    corner: Mapped[bool] = mapped_column(default=False)
    covered: Mapped[bool] = mapped_column(default=True)

    stop: Mapped[EventStop] = db.relationship(back_populates="stands")

    @property
    def area(self) -> float:
        return self.w * self.h


class Application(TimestampMixin, db.Model):
    """A cooperative's application to an event (to some or all of its stops)."""

    __tablename__ = "event_applications"
    __table_args__ = (db.UniqueConstraint("event_id", "cooperative_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(db.ForeignKey("events.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(db.String(12), default="submitted")
    category_id: Mapped[int] = mapped_column(db.ForeignKey("categories.id"))  # what it mainly sells
    other_category_ids: Mapped[list] = mapped_column(db.JSON, default=list)
    needs_power: Mapped[bool] = mapped_column(default=False)
    min_area: Mapped[float] = mapped_column(default=0)
    preferred_zones: Mapped[list] = mapped_column(db.JSON, default=list)
    statement: Mapped[str | None] = mapped_column(db.Text)
    priority: Mapped[int] = mapped_column(default=1)
    decision_reason: Mapped[str | None] = mapped_column(db.Text)
    waitlist_position: Mapped[int | None]
    pinned_stand_id: Mapped[int | None] = mapped_column(db.ForeignKey("stands.id", ondelete="SET NULL"))

    event: Mapped[Event] = db.relationship(back_populates="applications")
    cooperative = db.relationship("Cooperative")
    category = db.relationship("Category")
    stops: Mapped[list[EventStop]] = db.relationship(secondary=application_stops)


class StandAssignment(db.Model):
    """Which application has which stand at a stop: proposed by the solver or placed by hand, then
    published with the event."""

    __tablename__ = "stand_assignments"
    __table_args__ = (db.UniqueConstraint("stand_id"), db.UniqueConstraint("application_id", "stop_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(db.ForeignKey("event_stops.id", ondelete="CASCADE"), index=True)
    stand_id: Mapped[int] = mapped_column(db.ForeignKey("stands.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(db.ForeignKey("event_applications.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(db.String(10), default="solver")  # solver | manual | pinned
    unassigned_reason: Mapped[str | None] = mapped_column(db.Text)

    stand: Mapped[Stand] = db.relationship()
    application: Mapped[Application] = db.relationship()


class AllocationRun(db.Model):
    """One run of the allocation engine for a stop: what it was asked and what it answered."""

    __tablename__ = "allocation_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(db.ForeignKey("event_stops.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(db.String(12))  # optimal | feasible | infeasible
    result: Mapped[dict] = mapped_column(db.JSON)
    seconds: Mapped[float] = mapped_column(default=0)
    actor_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class EventStock(db.Model):
    """Units of a product (or of one of its variants, which keep their own stock) a cooperative sets
    aside for an event: taken from online stock when set aside, what is counted back returned to it
    when the event is reconciled. One row per event and product line (product, or product + variant)."""

    __tablename__ = "event_stock"
    __table_args__ = (
        # NULLs are distinct in a unique constraint: a product without variant needs its own partial index.
        db.Index("uq_event_stock_product", "event_id", "product_id", unique=True,
                 postgresql_where=text("variant_id IS NULL"), sqlite_where=text("variant_id IS NULL")),
        db.Index("uq_event_stock_variant", "event_id", "variant_id", unique=True,
                 postgresql_where=text("variant_id IS NOT NULL"), sqlite_where=text("variant_id IS NOT NULL")),
        # What the conditional updates already guarantee, kept by the database too: never sold beyond set aside.
        db.CheckConstraint("sold >= 0 AND sold <= set_aside", name="sold_within_set_aside"),
        db.CheckConstraint("returned IS NULL OR (returned >= 0 AND returned <= set_aside)",
                           name="returned_within_set_aside"),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(db.ForeignKey("events.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"))
    variant_id: Mapped[int | None] = mapped_column(db.ForeignKey("product_variants.id", ondelete="CASCADE"))
    set_aside: Mapped[int] = mapped_column(default=0)
    sold: Mapped[int] = mapped_column(default=0)
    returned: Mapped[int | None]  # set when reconciled

    product = db.relationship("Product")
    variant = db.relationship("ProductVariant")


class StandSale(db.Model):
    """A sale at the stand, recorded from a phone (cash)."""

    __tablename__ = "stand_sales"
    __table_args__ = (db.CheckConstraint("quantity > 0", name="stand_sale_quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(db.ForeignKey("events.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(db.ForeignKey("products.id", ondelete="SET NULL"))
    variant_id: Mapped[int | None] = mapped_column(db.ForeignKey("product_variants.id", ondelete="SET NULL"))
    # The stock the units were taken from (a voided sale gives them back to it); the product's columns stay
    # for history when that row goes with a deleted product.
    event_stock_id: Mapped[int | None] = mapped_column(db.ForeignKey("event_stock.id", ondelete="SET NULL"))
    category_id: Mapped[int | None] = mapped_column(db.ForeignKey("categories.id"))
    quantity: Mapped[int]
    unit_price_centimes: Mapped[int]
    recorded_by_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # Made by the form when it is shown: a sale sent twice from a phone on a slow connection is recorded once.
    client_token: Mapped[str | None] = mapped_column(db.String(40), unique=True)
    # A sale entered by mistake is voided (kept, with who and when), never deleted.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))

    product = db.relationship("Product")
    variant = db.relationship("ProductVariant")
    recorded_by = db.relationship("User", foreign_keys=[recorded_by_id])
