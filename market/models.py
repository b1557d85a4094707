"""Imports every area's models so that SQLAlchemy and Alembic see the whole schema."""

from market.accounts.models import PasswordResetToken, User
from market.catalog.models import Category, Product
from market.coops.models import Cooperative, Membership
from market.core.models import OutboxEmail, Region

__all__ = ["Category", "Cooperative", "Membership", "OutboxEmail", "PasswordResetToken", "Product", "Region", "User"]
