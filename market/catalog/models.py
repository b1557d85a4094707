from __future__ import annotations

from sqlalchemy.orm import Mapped, mapped_column

from market.coops.models import Cooperative
from market.core.models import TimestampMixin
from market.extensions import db


class Category(db.Model):
    """The fixed taxonomy (reference data, filled by migration); sub-categories point to a parent."""

    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(db.String(40), unique=True)
    parent_id: Mapped[int | None] = mapped_column(db.ForeignKey("categories.id"))
    position: Mapped[int] = mapped_column(default=0)
    name_ar: Mapped[str] = mapped_column(db.String(120))
    name_fr: Mapped[str] = mapped_column(db.String(120))
    name_en: Mapped[str] = mapped_column(db.String(120))

    def __repr__(self) -> str:
        return f"<Category {self.slug}>"


class Product(TimestampMixin, db.Model):
    __tablename__ = "products"
    __table_args__ = (
        db.UniqueConstraint("cooperative_id", "sku"),
        db.CheckConstraint("price_centimes >= 0", name="price_not_negative"),
        db.CheckConstraint("stock >= 0", name="stock_not_negative"),
        db.Index("ix_products_listing", "is_published", "category_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cooperative_id: Mapped[int] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    category_id: Mapped[int] = mapped_column(db.ForeignKey("categories.id"))
    sku: Mapped[str] = mapped_column(db.String(64))
    slug: Mapped[str] = mapped_column(db.String(120))
    name_ar: Mapped[str | None] = mapped_column(db.String(200))
    name_fr: Mapped[str | None] = mapped_column(db.String(200))
    name_en: Mapped[str | None] = mapped_column(db.String(200))
    description_ar: Mapped[str | None] = mapped_column(db.Text)
    description_fr: Mapped[str | None] = mapped_column(db.Text)
    description_en: Mapped[str | None] = mapped_column(db.Text)
    price_centimes: Mapped[int]
    stock: Mapped[int] = mapped_column(default=0)
    unit: Mapped[str | None] = mapped_column(db.String(40))
    weight_g: Mapped[int | None]
    is_published: Mapped[bool] = mapped_column(default=False)
    image: Mapped[str | None] = mapped_column(db.String(200))
    featured: Mapped[bool] = mapped_column(default=False)

    cooperative: Mapped[Cooperative] = db.relationship(backref="products")
    category: Mapped[Category] = db.relationship()

    @property
    def in_stock(self) -> bool:
        return self.stock > 0

    def __repr__(self) -> str:
        return f"<Product {self.sku}>"
