"""A cooperative's delivery and payment settings, which checkout reads and copies onto each new order."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from market.extensions import db
from market.orders.exceptions import OrderError

MAX_DELIVERY_FEE_CENTIMES = 100_000  # 1,000 MAD
MAX_DELIVERY_DAYS = 60
MIN_PICKUP_ADDRESS = 10


class SettingsError(OrderError):
    """A setting breaks a rule; `field` names the form field the message belongs to."""

    def __init__(self, message, field: str):
        super().__init__(message)
        self.field = field


def update_delivery_settings(
    coop,
    *,
    delivery_fee_centimes: int,
    delivery_days: int,
    pickup_enabled: bool,
    pickup_address: str | None,
    cod_enabled: bool,
) -> None:
    """Home delivery is always offered; pickup needs an address buyers can find. Flushes, never commits."""
    if not 0 <= delivery_fee_centimes <= MAX_DELIVERY_FEE_CENTIMES:
        raise SettingsError(_l("The delivery fee must be between 0 and 1000 MAD."), "delivery_fee")
    if not 0 <= delivery_days <= MAX_DELIVERY_DAYS:
        raise SettingsError(_l("The delivery time must be between 0 and 60 days."), "delivery_days")
    lines = (" ".join(line.split()) for line in (pickup_address or "").splitlines())
    address = "\n".join(line for line in lines if line)[:300] or None
    if pickup_enabled and len(address or "") < MIN_PICKUP_ADDRESS:
        raise SettingsError(
            _l("Give the pickup address (street, neighbourhood, town) so buyers can find you."), "pickup_address"
        )
    coop.delivery_fee_centimes = delivery_fee_centimes
    coop.delivery_days = delivery_days
    coop.pickup_enabled = pickup_enabled
    coop.pickup_address = address
    coop.cod_enabled = cod_enabled
    db.session.flush()
