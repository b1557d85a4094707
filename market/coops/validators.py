"""Moroccan identifiers: phone numbers (stored in E.164) and the ICE (company identifier)."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[\s.\-()/]")
# After the +212 prefix: 9 digits, starting with 5 (landline), 6 or 7 (mobile), 8 (VoIP/landline).
_NATIONAL = re.compile(r"^[5-8]\d{8}$")
ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def normalise_phone(raw: str) -> str | None:
    """`06 12 34 56 78`, `+212 612-345678`, `00212612345678`, `٠٦١٢٣٤٥٦٧٨` -> `+212612345678`; None if invalid."""
    digits = _SEPARATORS.sub("", (raw or "").translate(ARABIC_DIGITS))
    if digits.startswith("+212"):
        national = digits[4:]
    elif digits.startswith("00212"):
        national = digits[5:]
    elif digits.startswith("212") and len(digits) == 12:
        national = digits[3:]
    elif digits.startswith("0") and len(digits) == 10:
        national = digits[1:]
    else:
        return None
    national = national.removeprefix("0") if len(national) == 10 else national
    return f"+212{national}" if _NATIONAL.match(national) else None


def normalise_ice(raw: str) -> str | None:
    """The ICE is 15 digits (9 for the company, 4 for the establishment, 2 control digits)."""
    digits = _SEPARATORS.sub("", (raw or "").translate(ARABIC_DIGITS))
    return digits if re.fullmatch(r"\d{15}", digits) else None
