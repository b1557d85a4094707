"""Images: decoded and re-encoded by Pillow (so only pixels are ever served), in a few widths.

An image is stored under a key (`<kind>/<random>`) as `<key>-<width>.jpg` files in UPLOAD_DIR.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import current_app, url_for
from PIL import Image, ImageOps

WIDTHS = (320, 640, 1024)
MAX_PIXELS = 40_000_000  # decompression-bomb guard: Pillow refuses anything bigger
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class InvalidImage(ValueError):
    pass


def upload_root() -> Path:
    return Path(current_app.config["UPLOAD_DIR"])


def store_image(image: Image.Image, kind: str, key: str | None = None) -> str:
    """Write `image` in every width no larger than itself; returns its key."""
    key = key or f"{kind}/{secrets.token_hex(8)}"
    image = ImageOps.exif_transpose(image).convert("RGB")
    target = upload_root() / key
    target.parent.mkdir(parents=True, exist_ok=True)
    widths = [w for w in WIDTHS if w <= image.width] or [image.width]
    for width in widths:
        copy = image.copy()
        copy.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
        # No exif= argument: the re-encoded file carries no metadata.
        copy.save(f"{target}-{width}.jpg", "JPEG", quality=82, optimize=True, progressive=True)
    return key


def available_widths(key: str) -> list[int]:
    base = upload_root() / key
    return [w for w in WIDTHS if Path(f"{base}-{w}.jpg").exists()]


def image_url(key: str | None, width: int = 640) -> str:
    if not key:
        return url_for("static", filename="img/placeholder.svg")
    return url_for("core.media", filename=f"{key}-{width}.jpg")


def image_srcset(key: str | None) -> str:
    if not key:
        return ""
    return ", ".join(f"{image_url(key, w)} {w}w" for w in WIDTHS)
