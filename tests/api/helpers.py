"""Tokens and headers for the API tests."""

from __future__ import annotations

from market.accounts import tokens
from market.extensions import db


def make_token(user, coop=None, scope="write", name="test tool") -> str:
    _row, secret = tokens.create_token(user, name, scope, coop)
    db.session.commit()
    return secret


def bearer(secret: str, lang: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {secret}"}
    if lang:
        headers["Accept-Language"] = lang
    return headers
