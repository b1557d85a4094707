"""A cooperative's colours: text on its brand colour must stay readable (WCAG AA, 4.5:1)."""

from __future__ import annotations

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
DARK_TEXT, LIGHT_TEXT = "#1d1d1b", "#ffffff"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_text_colour(background: str) -> str:
    """Dark or white text, whichever contrasts more with `background` (an invalid colour gets dark text)."""
    if not background or not HEX_COLOUR.match(background):
        return DARK_TEXT
    best = max((DARK_TEXT, LIGHT_TEXT), key=lambda text: contrast_ratio(background, text))
    # Pure black or white always reaches 4.58:1; our softer ink may not on mid-tones.
    if contrast_ratio(background, best) < 4.5:
        return "#000000"
    return best
