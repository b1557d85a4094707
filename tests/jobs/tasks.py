"""Test-only jobs, run by real workers: they report through the test's Redis (the queue's connection)."""

from __future__ import annotations

import time

from market.core import jobs
from market.extensions import db

CALLS: list = []  # inline runs, in the test's own process


def record(value) -> str:
    CALLS.append(value)
    return value


def always_fails() -> None:
    jobs.connection().rpush("test:attempts", time.time())
    raise RuntimeError("the carrier's API said no")


def release_slowly(order_id: int, phase: str) -> bool:
    """Release an order's stock; the first attempt stops for a long while before (or after) its commit,
    long enough for the test to kill its worker there."""
    from market.orders import services
    from market.orders.models import Order

    redis = jobs.connection()
    first = redis.incr("test:release-attempts") == 1
    released = services.release_order(db.session.get(Order, order_id), "reservation expired")
    if first and phase == "before-commit":
        redis.set("test:midway", "1")
        time.sleep(30)
    db.session.commit()
    if first and phase == "after-commit":
        redis.set("test:midway", "1")
        time.sleep(30)
    return released
