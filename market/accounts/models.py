from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash

from market.core.models import TimestampMixin, UTCDateTime
from market.extensions import db


class User(UserMixin, TimestampMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stored normalised (see services.normalise_email), so uniqueness holds regardless of case.
    email: Mapped[str] = mapped_column(db.String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(db.String(255))
    display_name: Mapped[str] = mapped_column(db.String(80))
    locale: Mapped[str] = mapped_column(db.String(5), default="fr")
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_organiser: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    # Changing it logs out every "remember me" cookie and session (see get_id).
    session_token: Mapped[str] = mapped_column(db.String(64))
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    @property
    def is_active(self) -> bool:  # Flask-Login
        return self.active

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    def set_password(self, password: str) -> None:
        # Werkzeug 3 defaults to scrypt (n=2**15, r=8, p=1).
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def coop_role(self, coop_id: int) -> str | None:
        for membership in self.memberships:
            if membership.cooperative_id == coop_id:
                return membership.role
        return None

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class PasswordResetToken(TimestampMixin, db.Model):
    """One-time reset tokens; only a SHA-256 of the token is stored."""

    __tablename__ = "password_reset_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(db.String(64), unique=True)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = db.relationship()


class ApiToken(TimestampMixin, db.Model):
    """A personal access token for /api/v1. Only its SHA-256 is kept (the secret is shown once): a token is
    32 random bytes, so a fast hash is enough, as for GitHub's. With `cooperative_id` it acts for that one
    cooperative with its creator's role there at each use; without, for its creator as a buyer. `scope` is
    "read" or "write"."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(db.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    cooperative_id: Mapped[int | None] = mapped_column(db.ForeignKey("cooperatives.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(db.String(80))
    scope: Mapped[str] = mapped_column(db.String(5))
    token_hash: Mapped[str] = mapped_column(db.String(64), unique=True)
    prefix: Mapped[str] = mapped_column(db.String(12))  # the first characters, to tell tokens apart in lists
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = db.relationship()
    cooperative = db.relationship("Cooperative")
