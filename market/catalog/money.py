"""Prices typed by people ("120.50", "120,5", "١٢٠") into integer centimes, never through floats."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_PRICE_CENTIMES = 100_000_000  # 1,000,000 MAD
_PRICE = re.compile(r"^\d{1,7}([.,]\d{1,2})?$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")


def parse_price(text: str | None) -> int | None:
    """Centimes for a price in MAD, or None when it is not a valid price."""
    cleaned = (text or "").strip().translate(_DIGITS).replace("\u00a0", "").replace(" ", "")
    if not _PRICE.match(cleaned):
        return None
    try:
        centimes = int(Decimal(cleaned.replace(",", ".")) * 100)
    except InvalidOperation:
        return None
    return centimes if 0 < centimes <= MAX_PRICE_CENTIMES else None


def centimes_to_text(centimes: int) -> str:
    """12050 -> "120.50" (the import/export format)."""
    return f"{centimes // 100}.{centimes % 100:02d}"
