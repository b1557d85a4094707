"""Imports every area's models so that SQLAlchemy and Alembic see the whole schema."""

from market.accounts.models import PasswordResetToken, User
from market.catalog.models import (
    LabelClaim,
    LabelType,
    Product,
    ProductPhoto,
    ProductReport,
    ProductVariant,
    Review,
)
from market.coops.models import Cooperative, CoopPhoto, Invitation, Membership
from market.core.models import AuditEntry, Category, OutboxEmail, Region, ReportExport
from market.events.models import (
    AllocationRun,
    Application,
    Event,
    EventStock,
    EventStop,
    Stand,
    StandAssignment,
    StandSale,
)
from market.orders.models import CartItem, CoopOrder, LedgerEntry, Order, OrderEvent, OrderLine
from market.payments.models import Refund, StripeEvent
from market.search.models import SearchOutbox

__all__ = [
    "AllocationRun",
    "Application",
    "AuditEntry",
    "CartItem",
    "Category",
    "CoopOrder",
    "CoopPhoto",
    "Cooperative",
    "Event",
    "EventStock",
    "EventStop",
    "Invitation",
    "LabelClaim",
    "LabelType",
    "LedgerEntry",
    "Membership",
    "Order",
    "OrderEvent",
    "OrderLine",
    "OutboxEmail",
    "PasswordResetToken",
    "Product",
    "ProductPhoto",
    "ProductReport",
    "ProductVariant",
    "Refund",
    "Region",
    "ReportExport",
    "Review",
    "SearchOutbox",
    "Stand",
    "StandAssignment",
    "StandSale",
    "StripeEvent",
    "User",
]
