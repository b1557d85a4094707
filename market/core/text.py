"""Text helpers shared by every area."""

from __future__ import annotations

import re
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 80) -> str:
    """ASCII slug for URLs ("Huile d'argan" -> "huile-d-argan"); empty when nothing Latin remains."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    # Drop accents (combining marks); any other non-ASCII character (’, —, Arabic letters) separates words.
    bare = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return _NON_SLUG.sub("-", bare.lower()).strip("-")[:max_length].rstrip("-")
