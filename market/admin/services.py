"""What the admin pages read: the platform's counters."""

from __future__ import annotations

from sqlalchemy import func, select

from market.accounts.models import User
from market.catalog.models import LabelClaim, Product, ProductReport
from market.coops.models import Cooperative
from market.core.models import OutboxEmail
from market.extensions import db


def _count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


def platform_stats() -> dict[str, int]:
    return {
        "users": _count(User),
        "coops_pending": _count(Cooperative, Cooperative.status == "pending"),
        "coops_approved": _count(Cooperative, Cooperative.status == "approved"),
        "products": _count(Product, Product.is_published),
        "claims_pending": _count(LabelClaim, LabelClaim.status == "pending"),
        "reports_open": _count(ProductReport, ProductReport.status == "open"),
        "emails_pending": _count(OutboxEmail, OutboxEmail.status == "pending"),
    }
