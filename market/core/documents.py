"""Private documents (label certificates): PDF or picture, validated by content, never served publicly.

A picture is re-encoded like any upload; a PDF is kept as sent once its structure looks like a PDF.
Files live in the private namespace of the app's storage (PRIVATE_DIR by default, a private prefix of the
bucket under S3), apart from the public pictures, and are sent only through a view that checks
permissions (market/catalog/manage.py `send_certificate`)."""

from __future__ import annotations

import contextlib
import io
import secrets

from flask_babel import lazy_gettext as _l

from market.core.images import InvalidImage, decode_image, read_upload
from market.core.storage import PRIVATE, StorageUnavailable, current_storage

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
CONTENT_TYPES = {"pdf": "application/pdf", "jpg": "image/jpeg"}


def store_document(file, kind: str) -> tuple[str, str]:
    """Returns (key, type) with type "pdf" or "jpg". Raises InvalidImage for a bad file and
    StorageUnavailable when it cannot be written."""
    data = read_upload(file, MAX_DOCUMENT_BYTES)
    key = f"{kind}/{secrets.token_hex(12)}"
    if data.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:] or b"obj" not in data:
            raise InvalidImage(_l("This PDF file is damaged or incomplete."))
        doc_type = "pdf"
    else:
        try:
            image = decode_image(data, min_side=200)
        except InvalidImage as exc:
            raise InvalidImage(_l("Send the certificate as a PDF file or a clear photo (JPEG, PNG or WebP).")) from exc
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, "JPEG", quality=88)
        data, doc_type = buffer.getvalue(), "jpg"
    current_storage().put(PRIVATE, document_name(key, doc_type), data, CONTENT_TYPES[doc_type])
    return key, doc_type


def document_name(key: str, doc_type: str) -> str:
    """The object's name in the private namespace (the file name under PRIVATE_DIR)."""
    return f"{key}.{doc_type}"


def forget_document(document: tuple[str, str]) -> None:
    """Best effort, for a document stored by a request that then failed: no orphan left behind."""
    with contextlib.suppress(StorageUnavailable):
        current_storage().delete(PRIVATE, document_name(*document))


def send_document(key: str, doc_type: str, download_name: str):
    """The private file as a response; callers have checked permissions. Never cached, never sniffed."""
    response = current_storage().send(
        PRIVATE, document_name(key, doc_type), mimetype=CONTENT_TYPES[doc_type], download_name=download_name
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'"
    return response
