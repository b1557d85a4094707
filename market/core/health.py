"""Liveness and readiness for load balancers and orchestrators.

`/healthz` answers as long as the process serves requests (a restart is the cure when it does not).
`/readyz` checks what a request needs from outside the process: the database, Redis when configured, and
object storage. A host that is not ready answers 503 and the proxy sends its visitors elsewhere. Areas
add their own checks through `register_readiness_check` (search registers its index's)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from flask import Blueprint, current_app
from sqlalchemy import text

from market.core.redis import get_redis
from market.extensions import db

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)

# name -> check(app) returning a short detail string, or raising when the dependency is unusable
_checks: dict[str, Callable] = {}


def register_readiness_check(name: str, check: Callable) -> None:
    _checks[name] = check


def _database(app) -> str:
    db.session.execute(text("SELECT 1"))
    return db.engine.dialect.name


def _redis(app) -> str | None:
    client = get_redis(app)
    if client is None:
        return None  # not configured: the embedded default needs none
    client.ping()
    return "ok"


def _storage(app) -> str:
    from market.core.storage import storage_for

    storage = storage_for(app)
    storage.exists("public", "readyz-probe")  # raises StorageUnavailable when the bucket cannot be reached
    return type(storage).__name__


register_readiness_check("database", _database)
register_readiness_check("redis", _redis)
register_readiness_check("storage", _storage)


def readiness(app) -> tuple[bool, dict]:
    results, ready = {}, True
    for name, check in _checks.items():
        started = time.perf_counter()
        try:
            detail = check(app)
        except Exception as exc:  # noqa: BLE001 - any failure makes the host not ready; the reason is shown
            ready = False
            log.warning("readiness: %s failed: %s", name, exc)
            results[name] = {"ok": False, "error": type(exc).__name__}
            if name == "database":
                db.session.rollback()
            continue
        if detail is None:
            results[name] = {"ok": True, "configured": False}
        else:
            results[name] = {"ok": True, "detail": detail, "ms": round((time.perf_counter() - started) * 1000, 1)}
    return ready, results


@bp.route("/healthz")
def health():
    return {"status": "ok"}


@bp.route("/readyz")
def ready():
    is_ready, checks = readiness(current_app)
    body = {"status": "ready" if is_ready else "unavailable", "checks": checks}
    return body, 200 if is_ready else 503, {"Cache-Control": "no-store"}
