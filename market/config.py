"""Configuration: safe defaults, overridden by environment variables (and a `.env` file).

Secrets never live in the code: SECRET_KEY comes from the environment or is generated once
and kept in the instance folder.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

# zgh: Standard Moroccan Tamazight, in Tifinagh (left to right).
LANGUAGES = ("ar", "fr", "en", "zgh")
RTL_LANGUAGES = frozenset({"ar"})


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _instance_secret_key(instance_path: Path) -> str:
    """Read the instance's secret key, creating it (readable by its owner only) on first use."""
    path = instance_path / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_hex(32)
    instance_path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def normalise_database_url(url: str) -> str:
    """Accept the `postgres://` and `postgresql://` forms hosting providers hand out; use psycopg 3."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the configuration dict from defaults, the environment and explicit overrides."""
    env = os.environ
    instance = Path(instance_path)
    overrides = dict(overrides or {})

    database_url = overrides.pop("DATABASE_URL", None) or env.get("DATABASE_URL")
    if not database_url:
        instance.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{instance / 'souk.sqlite3'}"

    secret_key = overrides.get("SECRET_KEY") or env.get("SECRET_KEY") or _instance_secret_key(instance)

    config = {
        "SECRET_KEY": secret_key,
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        "SEARCH_INDEX_DIR": env.get("SEARCH_INDEX_DIR") or str(instance / "search-index"),
        # Search outbox rows are kept this long; a host whose index is older than the oldest row rebuilds it.
        "SEARCH_OUTBOX_KEEP_HOURS": float(env.get("SEARCH_OUTBOX_KEEP_HOURS") or 24),
        "UPLOAD_DIR": env.get("UPLOAD_DIR") or str(instance / "uploads"),
        "PRIVATE_DIR": env.get("PRIVATE_DIR") or str(instance / "private"),
        "STRIPE_SECRET_KEY": env.get("STRIPE_SECRET_KEY", ""),
        "STRIPE_WEBHOOK_SECRET": env.get("STRIPE_WEBHOOK_SECRET", ""),
        # Tests and local development point the real stripe library at a stand-in server.
        "STRIPE_API_BASE": env.get("STRIPE_API_BASE", ""),
        "STRIPE_MAX_NETWORK_RETRIES": int(env.get("STRIPE_MAX_NETWORK_RETRIES") or 2),
        # Card orders keep their stock this long while the buyer pays (Stripe's minimum session life).
        "ORDER_RESERVATION_MINUTES": int(env.get("ORDER_RESERVATION_MINUTES") or 30),
        "PLATFORM_COMMISSION_PERCENT": float(env.get("PLATFORM_COMMISSION_PERCENT") or 0),
        # Redis: with it, the page cache, the job queue and rate limits are shared by every worker and host;
        # without it (the embedded default) each process caches for itself and background work runs inline.
        "REDIS_URL": env.get("REDIS_URL", ""),
        # The job queue (with REDIS_URL): a job's time limit, and the pauses in seconds before each retry.
        "JOBS_TIMEOUT": int(env.get("JOBS_TIMEOUT") or 600),
        "JOBS_RETRY_INTERVALS": [int(i) for i in (env.get("JOBS_RETRY_INTERVALS") or "30,120,600").split(",")],
        # Seconds a mail worker holds the emails it claimed; a dead worker's emails go out after it.
        "MAIL_SEND_LEASE": int(env.get("MAIL_SEND_LEASE") or 900),
        # Object storage: a local folder by default; S3-compatible storage when S3_BUCKET is set.
        "S3_BUCKET": env.get("S3_BUCKET", ""),
        "S3_ENDPOINT_URL": env.get("S3_ENDPOINT_URL", ""),
        "S3_REGION": env.get("S3_REGION") or "us-east-1",
        "S3_PREFIX": env.get("S3_PREFIX", ""),
        # Structured logs: one JSON object a line (with the request id) when true.
        "LOG_JSON": _bool(env.get("LOG_JSON")),
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": int(env.get("MAIL_PORT") or 587),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": _bool(env.get("MAIL_USE_TLS"), True),
        "MAIL_DEFAULT_SENDER": env.get("MAIL_DEFAULT_SENDER", "Souk Tadamon <no-reply@souk-tadamon.ma>"),
        "SERVER_NAME_FOR_EMAILS": env.get("PUBLIC_URL", "http://127.0.0.1:8000"),
        # Uploads are photos and certificates; anything larger is refused with a 413 page.
        "MAX_CONTENT_LENGTH": int(env.get("MAX_CONTENT_LENGTH") or 16 * 1024 * 1024),
        "BABEL_DEFAULT_LOCALE": "fr",
        "BABEL_DEFAULT_TIMEZONE": "Africa/Casablanca",
        "BABEL_TRANSLATION_DIRECTORIES": str(Path(__file__).parent / "translations"),
        "LANGUAGES": LANGUAGES,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool(env.get("SESSION_COOKIE_SECURE")),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_SECURE": _bool(env.get("SESSION_COOKIE_SECURE")),
        "WTF_CSRF_TIME_LIMIT": None,  # tied to the session instead: slow connections fill forms slowly
        "RATELIMIT_ENABLED": _bool(env.get("RATELIMIT_ENABLED"), True),
        "RATELIMIT_STORAGE_URI": env.get("REDIS_URL") or "memory://",
        "RATELIMIT_HEADERS_ENABLED": True,
        # Per API token (or per address without one); Flask-Limiter's notation.
        "API_RATE_LIMIT": env.get("API_RATE_LIMIT") or "600/minute;20000/day",
        "PASSWORD_RESET_HOURS": 2,
        "FRAGMENT_TTL": int(env.get("FRAGMENT_TTL") or 30),
        "LOG_EMAILS": True,
    }
    config.update(overrides)
    return config
