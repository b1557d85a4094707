"""Imports every area's models so that SQLAlchemy and Alembic see the whole schema."""

from market.accounts.models import PasswordResetToken, User
from market.catalog.models import (
    LabelClaim,
    LabelType,
    Product,
    ProductPhoto,
    ProductReport,
    ProductVariant,
)
from market.coops.models import Cooperative, CoopPhoto, Invitation, Membership
from market.core.models import AuditEntry, Category, OutboxEmail, Region
from market.orders.models import CartItem

__all__ = [
    "AuditEntry",
    "CartItem",
    "Category",
    "CoopPhoto",
    "Cooperative",
    "Invitation",
    "LabelClaim",
    "LabelType",
    "Membership",
    "OutboxEmail",
    "PasswordResetToken",
    "Product",
    "ProductPhoto",
    "ProductReport",
    "ProductVariant",
    "Region",
    "User",
]
