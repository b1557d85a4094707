"""CSV import and export of products: `coop,sku,category,name_ar,...,price,stock,unit,labels`.

All or nothing: every row is checked first, and a file with any bad row imports nothing and lists every
bad row with its line number (the header is line 1). Re-importing updates products by (coop, sku).
Labels named in the file become claims awaiting an admin's verification, unless the operator verifies."""

from __future__ import annotations

import csv
import io

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from market.catalog.models import LabelClaim, LabelType, Product
from market.catalog.money import centimes_to_text, parse_price
from market.catalog.products import TEXT_FIELDS
from market.coops.models import Cooperative
from market.core.csvfiles import ImportReport, read_csv
from market.core.models import Category, utcnow
from market.core.text import slugify
from market.extensions import db

# Names and descriptions in every language of the site (name_zgh, description_zgh: Tamazight in Tifinagh).
# Only the required columns must be present: a file made before Tamazight was added still imports.
COLUMNS = ["coop", "sku", "category", *TEXT_FIELDS, "price", "stock", "unit", "labels"]
REQUIRED_COLUMNS = {"coop", "sku", "category", "price", "stock"}
MAX_ROWS = 50_000
LENGTHS = {"sku": 64, "unit": 40, **{name: 200 for name in TEXT_FIELDS if name.startswith("name_")}}


def import_products(data: bytes | str, only_coop: Cooperative | None = None, verify_labels: bool = False, actor=None):
    report = ImportReport()
    parsed = read_csv(data)
    if parsed is None:
        report.errors.append((1, str(_l("The file must be UTF-8 text (CSV)."))))
        return report
    header, rows = parsed
    missing = REQUIRED_COLUMNS - set(header)
    unknown = set(header) - set(COLUMNS)
    if missing or unknown:
        report.errors.append((1, str(_l("The header must be: %(columns)s.", columns=",".join(COLUMNS)))))
        return report
    if len(rows) > MAX_ROWS:
        report.errors.append((1, str(_l("At most %(num)d rows per file.", num=MAX_ROWS))))
        return report

    coops = {c.slug: c for c in db.session.scalars(select(Cooperative))}
    categories = {c.slug: c for c in db.session.scalars(select(Category))}
    label_types = {t.code: t for t in db.session.scalars(select(LabelType))}
    checked: list[tuple[Cooperative, dict, int, list[LabelType]]] = []
    seen: set[tuple[int, str]] = set()
    for line, raw in enumerate(rows, start=2):
        row = {k.strip(): (v or "").strip() for k, v in raw.items() if k is not None}
        if None in raw:
            report.errors.append((line, str(_l("This row has more values than the header."))))
            continue
        problems = []
        coop = coops.get(row.get("coop", ""))
        if coop is None:
            problems.append(_l("unknown cooperative “%(value)s”", value=row.get("coop", "")))
        elif only_coop is not None and coop.id != only_coop.id:
            problems.append(_l("this file may only contain products of %(slug)s", slug=only_coop.slug))
        if not row.get("sku"):
            problems.append(_l("the SKU is missing"))
        for name, limit in LENGTHS.items():
            if len(row.get(name, "")) > limit:
                problems.append(_l("%(column)s is longer than %(num)d characters", column=name, num=limit))
        if row.get("category") not in categories:
            problems.append(_l("unknown category “%(value)s”", value=row.get("category", "")))
        if not (row.get("name_ar") or row.get("name_fr")):
            problems.append(_l("a name in Arabic or in French is required"))
        price = parse_price(row.get("price"))
        if price is None:
            problems.append(_l("the price “%(value)s” is not a price in MAD like 120.50", value=row.get("price", "")))
        stock = row.get("stock", "")
        if not stock.isdigit() or len(stock) > 7:
            problems.append(_l("the stock “%(value)s” is not a whole number ≥ 0", value=stock))
        codes = [c.strip().upper() for c in row.get("labels", "").split(";") if c.strip()]
        bad_codes = [c for c in codes if c not in label_types]
        if bad_codes:
            problems.append(_l("unknown label(s): %(codes)s", codes=", ".join(bad_codes)))
        if coop is not None and row.get("sku"):
            key = (coop.id, row["sku"].upper())
            if key in seen:
                problems.append(_l("the SKU %(sku)s appears twice for this cooperative", sku=row["sku"]))
            seen.add(key)
        if problems:
            report.errors.append((line, "; ".join(str(p) for p in problems)))
            continue
        row["price_centimes"], row["stock_int"] = price, int(stock)
        checked.append((coop, row, line, [label_types[c] for c in codes]))
    if report.errors:
        return report
    _apply(checked, categories, report, verify_labels, actor)
    return report


def _apply(checked, categories, report: ImportReport, verify_labels: bool, actor) -> None:
    coop_ids = {coop.id for coop, *_ in checked}
    existing = {
        (p.cooperative_id, p.sku.upper()): p
        for p in db.session.scalars(select(Product).where(Product.cooperative_id.in_(coop_ids)))
    }
    claims = {
        (c.cooperative_id, c.label_type_id): c
        for c in db.session.scalars(
            select(LabelClaim)
            .where(LabelClaim.cooperative_id.in_(coop_ids), LabelClaim.status.in_(("pending", "verified")))
            .options(selectinload(LabelClaim.products))
        )
    }
    wanted_labels: dict[tuple[int, int], list[Product]] = {}
    for coop, row, _line, labels in checked:
        product = existing.get((coop.id, row["sku"].upper()))
        if product is None:
            product = Product(cooperative_id=coop.id, sku=row["sku"], is_published=True)
            db.session.add(product)
            report.created += 1
        else:
            report.updated += 1
        product.category_id = categories[row["category"]].id
        for name in (*TEXT_FIELDS, "unit"):
            if name in row:
                setattr(product, name, row[name] or None)
        product.price_centimes, product.stock = row["price_centimes"], row["stock_int"]
        product.slug = slugify(product.name_fr or product.name_en or "") or "produit"
        for label_type in labels:
            wanted_labels.setdefault((coop.id, label_type.id), []).append(product)
    db.session.flush()
    for (coop_id, type_id), products in wanted_labels.items():
        claim = claims.get((coop_id, type_id))
        if claim is None:
            claim = LabelClaim(cooperative_id=coop_id, label_type_id=type_id, status="pending", issuer=None)
            db.session.add(claim)
            report.claims += 1
        if verify_labels and claim.status == "pending":
            claim.status = "verified"
            claim.reviewed_at = utcnow()
            claim.reviewed_by_id = getattr(actor, "id", None)
            claim.reason = "CSV import --verify-labels"
        have = {p.id for p in claim.products}
        claim.products.extend(p for p in products if p.id not in have)
    db.session.flush()


def export_products(coop: Cooperative | None = None) -> str:
    query = (
        select(Product)
        .join(Product.cooperative)
        .options(selectinload(Product.label_claims).joinedload(LabelClaim.label_type), selectinload(Product.category))
        .order_by(Cooperative.slug, Product.sku)
    )
    if coop is not None:
        query = query.where(Product.cooperative_id == coop.id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for product in db.session.scalars(query):
        codes = sorted({c.label_type.code for c in product.label_claims if c.status in ("pending", "verified")})
        writer.writerow(
            [
                product.cooperative.slug, product.sku, product.category.slug,
                *(getattr(product, name) or "" for name in TEXT_FIELDS),
                centimes_to_text(product.price_centimes), product.stock, product.unit or "", ";".join(codes),
            ]
        )  # fmt: skip
    return out.getvalue()
