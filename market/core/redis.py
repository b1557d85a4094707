"""One Redis client per app, from REDIS_URL: shared by the page cache, the job queue and the health check.

Without REDIS_URL (the embedded default) `get_redis()` returns None and each caller falls back to working
inside the process."""

from __future__ import annotations

from flask import Flask, current_app
from redis import Redis

# Short timeouts: a page must not hang because the cache is away; callers treat an error as a miss.
SOCKET_TIMEOUT = 0.5


def get_redis(app: Flask | None = None) -> Redis | None:
    app = app or current_app
    url = app.config.get("REDIS_URL")
    if not url:
        return None
    client = app.extensions.get("souk_redis")
    if client is None:
        client = Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT)
        app.extensions["souk_redis"] = client
    return client
