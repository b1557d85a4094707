"""Buyers report products; admins take a product down (with a reason the cooperative reads) or restore it."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from market.catalog.exceptions import CatalogError
from market.catalog.models import Product, ProductReport
from market.core import audit
from market.core.mail import queue_email
from market.extensions import db


def report_product(product: Product, reporter, reason: str) -> ProductReport:
    report = ProductReport(product_id=product.id, reporter_id=getattr(reporter, "id", None), reason=reason.strip())
    db.session.add(report)
    db.session.flush()
    return report


def open_reports() -> list[ProductReport]:
    query = (
        select(ProductReport)
        .where(ProductReport.status == "open")
        .options(joinedload(ProductReport.product).joinedload(Product.cooperative))
        .order_by(ProductReport.created_at)
    )
    return list(db.session.scalars(query))


def moderate(admin, product: Product, decision: str, reason: str | None) -> None:
    reason = (reason or "").strip() or None
    if decision == "block":
        if not reason:
            raise CatalogError(_l("Give a reason: the cooperative will read it."), field="reason")
        product.blocked_reason = reason
        for member in product.cooperative.memberships:
            if member.role in ("owner", "manager"):
                queue_email(member.user.email, "product_blocked", member.user.locale, product=product, reason=reason)
    elif decision == "restore":
        product.blocked_reason = None
    elif decision != "dismiss":
        raise CatalogError(_l("This decision is not possible for a cooperative in this state."))
    for report in db.session.scalars(
        select(ProductReport).where(ProductReport.product_id == product.id, ProductReport.status == "open")
    ):
        report.status = "closed"
    audit.record(admin, f"product.{decision}", product, f"{product.sku} — {product.cooperative.name_fr}", reason)
    db.session.flush()
