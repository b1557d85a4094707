"""Product rules for a cooperative's back office (and its API tokens): create, edit, variants, photos,
publish, delete, stock levels by SKU."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from market.catalog.exceptions import CatalogError
from market.catalog.models import Product, ProductPhoto, ProductVariant
from market.config import LANGUAGES
from market.coops.models import Cooperative
from market.core.models import Category
from market.core.pagination import paginate
from market.core.text import slugify
from market.extensions import db

MAX_PHOTOS = 8
LOW_STOCK = 5
MAX_STOCK = 1_000_000  # as the product form allows
# A product's texts in every language of the site: name_ar ... description_zgh.
TEXT_FIELDS = tuple(f"{field}_{lang}" for field in ("name", "description") for lang in LANGUAGES)


@dataclass
class VariantData:
    label: str
    sku: str
    price_centimes: int
    stock: int


def product_of(coop: Cooperative, product_id: int) -> Product | None:
    """A product only through its cooperative: another cooperative's id is simply not found."""
    return db.session.scalar(select(Product).where(Product.id == product_id, Product.cooperative_id == coop.id))


def products_of(coop: Cooperative) -> list[Product]:
    return list(
        db.session.scalars(select(Product).where(Product.cooperative_id == coop.id).order_by(Product.stock, Product.id))
    )


def products_page(coop: Cooperative, page: int, per_page: int):
    """All the cooperative's products (published or not), oldest first, with their variants."""
    query = (select(Product).where(Product.cooperative_id == coop.id).order_by(Product.id)
             .options(selectinload(Product.variants), joinedload(Product.category)))  # fmt: skip
    return paginate(query, page, per_page)


def stock_levels(coop: Cooperative) -> list[tuple[str, Product, ProductVariant | None]]:
    """Every SKU of the cooperative: (sku, product, variant or None)."""
    rows = []
    for product in db.session.scalars(select(Product).where(Product.cooperative_id == coop.id)
                                      .options(selectinload(Product.variants)).order_by(Product.id)):  # fmt: skip
        rows.append((product.sku, product, None))
        rows.extend((variant.sku, product, variant) for variant in product.variants)
    return rows


def set_stock_levels(coop: Cooperative, levels: list[tuple[str, int]]):
    """Set the stock of several SKUs (a product's or a variant's, any case) at once: all of them or, if
    one is not the cooperative's, none. Returns the rows changed, as `stock_levels` gives them."""
    by_sku = {sku.upper(): (sku, product, variant) for sku, product, variant in stock_levels(coop)}
    unknown = [sku for sku, _stock in levels if sku.upper() not in by_sku]
    if unknown:
        raise CatalogError(_l("Your cooperative has no product with the SKU %(sku)s.", sku=", ".join(unknown[:5])),
                           field="sku")  # fmt: skip
    changed = []
    for sku, stock in levels:
        if not 0 <= stock <= MAX_STOCK:
            raise CatalogError(_l("Stock must be between 0 and %(max)d.", max=MAX_STOCK), field="stock")
        row = by_sku[sku.upper()]
        (row[2] or row[1]).stock = stock
        changed.append(row)
    db.session.flush()
    return changed


def skus_in_use(coop: Cooperative, except_product: Product | None = None) -> set[str]:
    exclude = except_product.id if except_product is not None and except_product.id else -1
    product_skus = select(Product.sku).where(Product.cooperative_id == coop.id, Product.id != exclude)
    variant_skus = (
        select(ProductVariant.sku).join(Product).where(Product.cooperative_id == coop.id, Product.id != exclude)
    )
    return {s.upper() for s in db.session.scalars(product_skus.union(variant_skus))}


def save_product(coop: Cooperative, product: Product | None, data: dict, variants: list[VariantData]) -> Product:
    """Create (product=None) or update a product with its variants; SKUs are unique within the cooperative."""
    if not (data.get("name_ar") or data.get("name_fr")):
        raise CatalogError(_l("Give the product a name in Arabic or in French."), field="name_fr")
    category = db.session.get(Category, data["category_id"])
    if category is None:
        raise CatalogError(_l("Choose a category."), field="category_id")
    taken = skus_in_use(coop, product)
    all_skus = [data["sku"].upper()] + [v.sku.upper() for v in variants]
    if len(set(all_skus)) != len(all_skus) or taken.intersection(all_skus):
        raise CatalogError(_l("This SKU is already used by another product of your cooperative."), field="sku")
    if product is None:
        product = Product(cooperative_id=coop.id)
        db.session.add(product)
    for field in (*TEXT_FIELDS, "sku", "price_centimes", "stock", "unit", "weight_g", "is_published"):
        if field in data:
            setattr(product, field, data[field])
    product.category_id = category.id
    product.slug = slugify(product.name_fr or product.name_en or "") or "produit"
    existing = {v.sku.upper(): v for v in product.variants}
    product.variants = []
    for position, item in enumerate(variants):
        variant = existing.get(item.sku.upper()) or ProductVariant()
        variant.label, variant.sku = item.label, item.sku
        variant.price_centimes, variant.stock, variant.position = item.price_centimes, item.stock, position
        product.variants.append(variant)
    db.session.flush()
    return product


def set_published(product: Product, published: bool) -> None:
    product.is_published = published
    db.session.flush()


def delete_product(product: Product) -> None:
    db.session.delete(product)
    db.session.flush()


def add_photo(product: Product, image_key: str) -> ProductPhoto:
    if len(product.photos) >= MAX_PHOTOS:
        raise CatalogError(_l("A product has at most %(num)d photos.", num=MAX_PHOTOS), field="photo")
    photo = ProductPhoto(image=image_key, position=len(product.photos))
    product.photos.append(photo)
    _sync_cover(product)
    db.session.flush()
    return photo


def remove_photo(product: Product, photo_id: int) -> None:
    photo = next((p for p in product.photos if p.id == photo_id), None)
    if photo is None:
        raise CatalogError(_l("This photo does not belong to the product."))
    product.photos.remove(photo)
    for position, remaining in enumerate(product.photos):
        remaining.position = position
    _sync_cover(product)
    db.session.flush()


def _sync_cover(product: Product) -> None:
    # Listings show `product.image` without loading the photos: it is the first photo's key.
    product.image = product.photos[0].image if product.photos else None
