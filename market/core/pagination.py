"""Pagination whose total can come from a short-lived cache: counting 10,000 rows on every page view of a
category costs more than the page itself, and a count a minute old is fine for "1,234 products"."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from market.extensions import db

COUNT_TTL_SECONDS = 60
_counts: dict[tuple, tuple[float, int]] = {}
_lock = threading.Lock()


@dataclass
class Page:
    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.pages

    @property
    def prev_num(self) -> int:
        return self.page - 1

    @property
    def next_num(self) -> int:
        return self.page + 1


def count_rows(query: Select, cache_key: tuple | None = None) -> int:
    if cache_key is not None:
        with _lock:
            cached = _counts.get(cache_key)
        if cached and cached[0] > time.monotonic():
            return cached[1]
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    if cache_key is not None:
        with _lock:
            if len(_counts) > 10_000:
                _counts.clear()
            _counts[cache_key] = (time.monotonic() + COUNT_TTL_SECONDS, total)
    return total


def paginate(query: Select, page: int, per_page: int, cache_key: tuple | None = None) -> Page:
    """One query for the rows, and a count that is cached under `cache_key` when given."""
    items = list(db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)).unique())
    # When the whole list fits on the first page, its length is the count.
    total = len(items) if page == 1 and len(items) < per_page else count_rows(query, cache_key)
    return Page(items=items, page=page, per_page=per_page, total=total)
