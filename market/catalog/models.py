from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text
from sqlalchemy.orm import Mapped, mapped_column

from market.coops.models import Cooperative
from market.core.models import Category, TimestampMixin, UTCDateTime
from market.extensions import db

PUBLIC = text("is_published AND blocked_reason IS NULL")


class Product(TimestampMixin, db.Model):
    __tablename__ = "products"
    __table_args__ = (
        db.UniqueConstraint("cooperative_id", "sku"),
        db.CheckConstraint("price_centimes >= 0", name="price_not_negative"),
        db.CheckConstraint("stock >= 0", name="stock_not_negative"),
        # Partial indexes on what buyers may see, in the order each listing reads them (scanned backwards
        # for "newest first"): home's featured products, a category by date or price, a storefront, related.
        db.Index("ix_products_public_featured", "featured", "created_at", "id", postgresql_where=PUBLIC,
                 sqlite_where=PUBLIC),
        db.Index("ix_products_public_category_date", "category_id", "created_at", "id", postgresql_where=PUBLIC,
                 sqlite_where=PUBLIC),
        db.Index("ix_products_public_category_price", "category_id", "price_centimes", "id", postgresql_where=PUBLIC,
                 sqlite_where=PUBLIC),
        db.Index("ix_products_public_category_featured", "category_id", "featured", "id", postgresql_where=PUBLIC,
                 sqlite_where=PUBLIC),
        db.Index("ix_products_public_storefront", "cooperative_id", "featured", "created_at", "id",
                 postgresql_where=PUBLIC, sqlite_where=PUBLIC),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(db.ForeignKey("categories.id"))
    sku: Mapped[str] = mapped_column(db.String(64))
    slug: Mapped[str] = mapped_column(db.String(120))
    name_ar: Mapped[str | None] = mapped_column(db.String(200))
    name_fr: Mapped[str | None] = mapped_column(db.String(200))
    name_en: Mapped[str | None] = mapped_column(db.String(200))
    name_zgh: Mapped[str | None] = mapped_column(db.String(200))
    description_ar: Mapped[str | None] = mapped_column(db.Text)
    description_fr: Mapped[str | None] = mapped_column(db.Text)
    description_en: Mapped[str | None] = mapped_column(db.Text)
    description_zgh: Mapped[str | None] = mapped_column(db.Text)
    price_centimes: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)
    unit: Mapped[str | None] = mapped_column(db.String(40))
    weight_g: Mapped[int | None]
    is_published: Mapped[bool] = mapped_column(default=False)
    image: Mapped[str | None] = mapped_column(db.String(200))
    featured: Mapped[bool] = mapped_column(default=False)
    # Set by an admin who takes the product down; it stays hidden until an admin lifts it.
    blocked_reason: Mapped[str | None] = mapped_column(db.Text)

    cooperative: Mapped[Cooperative] = db.relationship(backref="products")
    category: Mapped[Category] = db.relationship()
    variants: Mapped[list[ProductVariant]] = db.relationship(
        back_populates="product", order_by="ProductVariant.position", cascade="all, delete-orphan"
    )
    photos: Mapped[list[ProductPhoto]] = db.relationship(
        back_populates="product", order_by="ProductPhoto.position", cascade="all, delete-orphan"
    )

    @property
    def is_public(self) -> bool:
        return self.is_published and self.blocked_reason is None and self.cooperative.status == "approved"

    @property
    def in_stock(self) -> bool:
        return self.stock > 0

    def __repr__(self) -> str:
        return f"<Product {self.sku}>"


class ProductVariant(db.Model):
    """A size or kind of a product (250 ml / 500 ml), each with its own SKU, price and stock."""

    __tablename__ = "product_variants"
    __table_args__ = (
        db.UniqueConstraint("product_id", "sku"),
        db.CheckConstraint("price_centimes >= 0", name="variant_price_not_negative"),
        db.CheckConstraint("stock >= 0", name="variant_stock_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(db.String(60))
    sku: Mapped[str] = mapped_column(db.String(64))
    price_centimes: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)
    position: Mapped[int] = mapped_column(default=0)

    product: Mapped[Product] = db.relationship(back_populates="variants")


class ProductPhoto(db.Model):
    __tablename__ = "product_photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    image: Mapped[str] = mapped_column(db.String(200))
    position: Mapped[int] = mapped_column(default=0)

    product: Mapped[Product] = db.relationship(back_populates="photos")


class ProductReport(TimestampMixin, db.Model):
    """A buyer's report of a product (misleading, forbidden, counterfeit label...), for admins."""

    __tablename__ = "product_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"), index=True)
    reporter_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(db.Text)
    status: Mapped[str] = mapped_column(db.String(10), default="open", index=True)  # open | closed

    product: Mapped[Product] = db.relationship()


class LabelType(db.Model):
    """IGP, AOP, LA, BIO, ONSSA, FAIRTRADE (reference data, filled by migration)."""

    __tablename__ = "label_types"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(db.String(20), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    name_ar: Mapped[str] = mapped_column(db.String(160))
    name_fr: Mapped[str] = mapped_column(db.String(160))
    name_en: Mapped[str] = mapped_column(db.String(160))
    name_zgh: Mapped[str | None] = mapped_column(db.String(160))
    issuer: Mapped[str] = mapped_column(db.String(200))
    explanation_ar: Mapped[str] = mapped_column(db.Text)
    explanation_fr: Mapped[str] = mapped_column(db.Text)
    explanation_en: Mapped[str] = mapped_column(db.Text)
    explanation_zgh: Mapped[str | None] = mapped_column(db.Text)


label_claim_products = db.Table(
    "label_claim_products",
    db.Column("claim_id", db.ForeignKey("label_claims.id", ondelete="CASCADE"), primary_key=True),
    db.Column("product_id", db.ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
)


class LabelClaim(TimestampMixin, db.Model):
    """A cooperative's claim to a label, for itself (no products) or for some of its products.

    Buyers see it only when verified and not past `valid_until`; the certificate stays private."""

    __tablename__ = "label_claims"

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    label_type_id: Mapped[int] = mapped_column(db.ForeignKey("label_types.id"))
    certificate_number: Mapped[str | None] = mapped_column(db.String(80))
    issuer: Mapped[str | None] = mapped_column(db.String(200))
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None] = mapped_column(index=True)
    document: Mapped[str | None] = mapped_column(db.String(200))  # private file key
    document_type: Mapped[str | None] = mapped_column(db.String(10))  # pdf | jpg
    status: Mapped[str] = mapped_column(db.String(10), default="pending", index=True)
    reason: Mapped[str | None] = mapped_column(db.Text)
    reviewed_by_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    cooperative: Mapped[Cooperative] = db.relationship(backref="label_claims")
    label_type: Mapped[LabelType] = db.relationship(lazy="joined")
    products: Mapped[list[Product]] = db.relationship(secondary=label_claim_products, backref="label_claims")

    def is_valid_on(self, day: date) -> bool:
        return self.status == "verified" and (self.valid_until is None or self.valid_until >= day)


class Review(TimestampMixin, db.Model):
    """A buyer's rating of a product they received: one per order line (orders checks that the line was
    delivered to them); the cooperative may answer once; an admin may hide an abusive one."""

    __tablename__ = "reviews"
    __table_args__ = (
        db.CheckConstraint("rating BETWEEN 1 AND 5", name="rating_1_to_5"),
        db.Index("ix_reviews_product_visible", "product_id", "hidden_reason", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(db.ForeignKey("products.id", ondelete="CASCADE"))
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(db.ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(db.String(80))
    order_line_id: Mapped[int] = mapped_column(db.ForeignKey("order_lines.id", ondelete="CASCADE"), unique=True)
    rating: Mapped[int]
    text: Mapped[str] = mapped_column(db.Text)
    reply: Mapped[str | None] = mapped_column(db.Text)
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    hidden_reason: Mapped[str | None] = mapped_column(db.Text)

    product: Mapped[Product] = db.relationship()
