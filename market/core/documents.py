"""Private documents (label certificates): PDF or picture, validated by content, never served publicly.

A picture is re-encoded like any upload; a PDF is kept as sent once its structure looks like a PDF.
Files live in PRIVATE_DIR, outside the public media folder, and are sent only through a view that
checks permissions."""

from __future__ import annotations

import secrets
from pathlib import Path

from flask import current_app
from flask_babel import lazy_gettext as _l

from market.core.images import InvalidImage, decode_image, read_upload

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


def private_root() -> Path:
    return Path(current_app.config["PRIVATE_DIR"])


def store_document(file, kind: str) -> tuple[str, str]:
    """Returns (key, type) with type "pdf" or "jpg"."""
    data = read_upload(file, MAX_DOCUMENT_BYTES)
    key = f"{kind}/{secrets.token_hex(12)}"
    target = private_root() / key
    target.parent.mkdir(parents=True, exist_ok=True)
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:] or b"obj" not in data:
            raise InvalidImage(_l("This PDF file is damaged or incomplete."))
        Path(f"{target}.pdf").write_bytes(data)
        return key, "pdf"
    try:
        image = decode_image(data, min_side=200)
    except InvalidImage as exc:
        raise InvalidImage(_l("Send the certificate as a PDF file or a clear photo (JPEG, PNG or WebP).")) from exc
    image.convert("RGB").save(f"{target}.jpg", "JPEG", quality=88)
    return key, "jpg"


def document_path(key: str, doc_type: str) -> Path:
    return private_root() / f"{key}.{doc_type}"
