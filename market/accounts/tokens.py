"""Personal access tokens for the API: made in the back office (a cooperative's) or in the account page
(a buyer's), shown once, kept as a SHA-256, revocable. What a token may do is decided at each use:
its scope (read or write), and for a cooperative's token its creator's role there now — a member who
left takes her tokens' rights with her."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from market.accounts.exceptions import AccountError
from market.accounts.models import ApiToken, User
from market.core.models import utcnow
from market.extensions import db

PREFIX = "st_"
SCOPES = ("read", "write")
MAX_ACTIVE = 20  # per person and cooperative (or per buyer): enough for a few tools, not a leak per script
LAST_USED_EVERY = timedelta(minutes=5)  # a read-only request writes at most this often


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(user: User, name: str, scope: str, cooperative=None) -> tuple[ApiToken, str]:
    """The new token and its secret (shown once; only its hash is stored)."""
    name = (name or "").strip()
    if not 1 <= len(name) <= 80:
        raise AccountError(_l("Give the token a name of at most 80 characters."))
    if scope not in SCOPES:
        raise AccountError(_l("Choose what the token may do: read, or read and write."))
    if len(active_tokens(user=user, cooperative=cooperative, own_only=True)) >= MAX_ACTIVE:
        raise AccountError(_l("You have %(num)d active tokens: revoke one first.", num=MAX_ACTIVE))
    secret = PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user_id=user.id, cooperative_id=cooperative.id if cooperative is not None else None,
                     name=name, scope=scope, token_hash=_hash(secret), prefix=secret[:10])  # fmt: skip
    db.session.add(token)
    db.session.flush()
    return token, secret


def active_tokens(user: User | None = None, cooperative=None, own_only: bool = False) -> list[ApiToken]:
    """A cooperative's tokens (all its members', or `user`'s only), or a buyer's own tokens."""
    query = select(ApiToken).where(ApiToken.revoked_at.is_(None)).order_by(ApiToken.created_at.desc(), ApiToken.id)
    if cooperative is not None:
        query = query.where(ApiToken.cooperative_id == cooperative.id)
        if own_only:
            query = query.where(ApiToken.user_id == user.id)
    else:
        query = query.where(ApiToken.cooperative_id.is_(None), ApiToken.user_id == user.id)
    return list(db.session.scalars(query))


def revoke_token(token_id: int, user: User, cooperative=None) -> ApiToken:
    """Revoke one of the cooperative's tokens (any member's: the back office decides who may), or one of
    the buyer's own. Another's id is simply not found."""
    token = next((t for t in active_tokens(user=user, cooperative=cooperative) if t.id == token_id), None)
    if token is None:
        raise AccountError(_l("This token does not exist or is already revoked."))
    token.revoked_at = utcnow()
    db.session.flush()
    return token


def authenticate(secret: str) -> ApiToken | None:
    """The live token with this secret, or None (unknown, revoked, its person disabled, or no longer a
    member of its cooperative). Notes the use now and then (the caller commits)."""
    if not isinstance(secret, str) or not secret.startswith(PREFIX) or len(secret) > 100:
        return None
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == _hash(secret)))
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    if token.cooperative_id is not None and token.user.coop_role(token.cooperative_id) is None:
        return None
    now = utcnow()
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_EVERY:
        token.last_used_at = now
    return token
