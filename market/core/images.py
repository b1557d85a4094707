"""Images: decoded and re-encoded by Pillow (so only pixels are ever served), in a few widths.

An image is stored under a key (`<kind>/<random>`) as `<key>-<width>.jpg` objects in the public namespace
of the app's storage (UPLOAD_DIR by default, see market/core/storage.py).
"""

from __future__ import annotations

import contextlib
import io
import secrets
from pathlib import Path

from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from PIL import Image, ImageOps, UnidentifiedImageError

from market.core.storage import PUBLIC, StorageUnavailable, current_storage

WIDTHS = (320, 640, 1024)
MAX_PIXELS = 40_000_000  # decompression-bomb guard: Pillow refuses anything bigger
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_UPLOAD_BYTES = 10 * 1024 * 1024


class InvalidImage(ValueError):
    """The message is translatable and shown next to the upload field."""


def read_upload(file, max_bytes: int = MAX_UPLOAD_BYTES) -> bytes:
    data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InvalidImage(_l("The file is larger than %(mb)d MB.", mb=max_bytes // (1024 * 1024)))
    if not data:
        raise InvalidImage(_l("The file is empty."))
    return data


def decode_image(data: bytes, min_side: int = 64) -> Image.Image:
    """Accept a picture only if Pillow decodes it (the content decides, never the file name)."""
    head = data[:512].lstrip().lower()
    if head.startswith((b"<?xml", b"<svg", b"<!doctype svg")) or b"<svg" in head:
        raise InvalidImage(_l("SVG files are not accepted: send a JPEG, PNG or WebP picture."))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as exc:
        raise InvalidImage(_l("This file is not a picture we can read: send a JPEG, PNG or WebP picture.")) from exc
    if image.format not in ACCEPTED_FORMATS:
        raise InvalidImage(_l("This file is not a picture we can read: send a JPEG, PNG or WebP picture."))
    if min(image.size) < min_side:
        raise InvalidImage(_l("The picture is too small: at least %(px)d pixels on each side.", px=min_side))
    return image


def store_upload(file, kind: str, min_side: int = 64) -> str:
    """Validate an uploaded picture and store it re-encoded in every width; returns its key."""
    return store_image(decode_image(read_upload(file), min_side=min_side), kind)


def upload_root() -> Path:
    """The local public folder (the local backend's; tests and tools that look at files on disk)."""
    return Path(current_app.config["UPLOAD_DIR"])


def store_image(image: Image.Image, kind: str, key: str | None = None) -> str:
    """Write `image` in every width no larger than itself; returns its key. Raises StorageUnavailable
    (after removing the widths already written) when the storage cannot take them."""
    key = key or f"{kind}/{secrets.token_hex(8)}"
    image = ImageOps.exif_transpose(image).convert("RGB")
    storage = current_storage()
    widths = [w for w in WIDTHS if w <= image.width] or [image.width]
    written = []
    try:
        for width in widths:
            copy = image.copy()
            copy.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
            buffer = io.BytesIO()
            # No exif= argument: the re-encoded file carries no metadata.
            copy.save(buffer, "JPEG", quality=82, optimize=True, progressive=True)
            storage.put(PUBLIC, f"{key}-{width}.jpg", buffer.getvalue(), "image/jpeg")
            written.append(width)
    except StorageUnavailable:
        _forget(key, written)
        raise
    return key


def _forget(key: str, widths: list[int]) -> None:
    """Best effort: a half-written picture is no use to anyone."""
    for width in widths:
        with contextlib.suppress(StorageUnavailable):
            current_storage().delete(PUBLIC, f"{key}-{width}.jpg")


def image_exists(key: str, width: int = 320) -> bool:
    return current_storage().exists(PUBLIC, f"{key}-{width}.jpg")


def image_url(key: str | None, width: int = 640) -> str:
    if not key:
        return url_for("static", filename="img/placeholder.svg")
    # Built by hand, not with url_for: a listing page asks for ~100 of these (see benchmarks/pages.py).
    return f"{_media_prefix()}{key}-{width}.jpg"


def _media_prefix() -> str:
    prefix = current_app.extensions.get("media_prefix")
    if prefix is None:
        prefix = current_app.extensions["media_prefix"] = url_for("core.media", filename="x")[:-1]
    return prefix


def image_srcset(key: str | None) -> str:
    if not key:
        return ""
    return ", ".join(f"{image_url(key, w)} {w}w" for w in WIDTHS)
