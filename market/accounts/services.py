"""Account rules: registration, authentication, password reset, roles. Services flush, never commit."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta
from functools import lru_cache

from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from werkzeug.security import check_password_hash, generate_password_hash

from market.accounts.exceptions import EmailTaken, InvalidResetToken
from market.accounts.models import PasswordResetToken, User
from market.config import LANGUAGES
from market.core.mail import queue_email
from market.core.models import utcnow
from market.extensions import db


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A real hash to check against when the email is unknown, so timing does not reveal accounts."""
    return generate_password_hash(secrets.token_hex(8), method="scrypt")


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def register_user(email: str, password: str, display_name: str, locale: str = "fr") -> User:
    email = normalise_email(email)
    if db.session.scalar(select(func.count()).select_from(User).where(User.email == email)):
        raise EmailTaken(_l("An account with this email already exists."))
    user = User(
        email=email,
        display_name=display_name.strip(),
        locale=locale if locale in LANGUAGES else "fr",
        session_token=secrets.token_hex(16),
    )
    user.set_password(password)
    db.session.add(user)
    db.session.flush()
    return user


def authenticate(email: str, password: str) -> User | None:
    user = find_user_by_email(email)
    if user is None:
        check_password_hash(_dummy_hash(), password or "")
        return None
    if not user.active or not user.check_password(password or ""):
        return None
    user.last_login_at = utcnow()
    return user


def load_user_from_session(session_id: str) -> User | None:
    """Flask-Login's user loader: `<id>:<session_token>`; a changed token invalidates old cookies."""
    user_id, _, token = (session_id or "").partition(":")
    if not user_id.isdigit() or not token:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not secrets.compare_digest(user.session_token, token):
        return None
    return user


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def request_password_reset(email: str) -> None:
    """Email a one-time link if the account exists; say nothing either way (no account discovery)."""
    user = find_user_by_email(email)
    if user is None or not user.active:
        return
    token = secrets.token_urlsafe(32)
    hours = current_app.config["PASSWORD_RESET_HOURS"]
    db.session.add(
        PasswordResetToken(user_id=user.id, token_hash=_hash_token(token), expires_at=utcnow() + timedelta(hours=hours))
    )
    link = current_app.config["SERVER_NAME_FOR_EMAILS"].rstrip("/") + url_for("accounts.reset_password", token=token)
    queue_email(user.email, "password_reset", user.locale, user=user, link=link, hours=hours)
    db.session.flush()


def _valid_token(token: str) -> PasswordResetToken:
    if not token or len(token) > 200:
        raise InvalidResetToken(_l("This reset link is invalid or has expired. Ask for a new one."))
    record = db.session.scalar(select(PasswordResetToken).where(PasswordResetToken.token_hash == _hash_token(token)))
    if record is None or record.used_at is not None or record.expires_at <= utcnow():
        raise InvalidResetToken(_l("This reset link is invalid or has expired. Ask for a new one."))
    return record


def check_reset_token(token: str) -> User:
    return _valid_token(token).user


def reset_password(token: str, new_password: str) -> User:
    record = _valid_token(token)
    record.used_at = utcnow()
    user = record.user
    user.set_password(new_password)
    # Every other session and remember-me cookie of this account stops working.
    user.session_token = secrets.token_hex(16)
    # Other outstanding links die too.
    for other in db.session.scalars(
        select(PasswordResetToken).where(PasswordResetToken.user_id == user.id, PasswordResetToken.used_at.is_(None))
    ):
        other.used_at = record.used_at
    db.session.flush()
    return user


def set_locale(user: User, locale: str) -> None:
    if locale in LANGUAGES:
        user.locale = locale
        db.session.flush()


def make_admin(email: str, password: str | None, display_name: str = "Admin") -> tuple[User, bool]:
    """Promote an existing account, or create one. Returns (user, created)."""
    user = find_user_by_email(email)
    created = user is None
    if created:
        if not password:
            raise ValueError("a password is needed to create a new account")
        user = register_user(email, password, display_name)
    user.is_admin = True
    db.session.flush()
    return user, created
