"""A small per-process cache of rendered HTML fragments (product grids, the home page's sections).

Listing pages are read far more often than products change, and their grids cost most of the page's
time. A fragment is kept FRAGMENT_TTL seconds, so a change reaches listings within that time; product
pages, carts and back-office pages are never cached. Fragments hold no user data and no CSRF token."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from flask import current_app
from markupsafe import Markup

MAX_ENTRIES = 2_000
_entries: OrderedDict[tuple, tuple[float, Markup]] = OrderedDict()
_lock = threading.Lock()


def cached_fragment(key: tuple, render: Callable[[], str]) -> Markup:
    ttl = current_app.config["FRAGMENT_TTL"]
    if ttl <= 0:
        return Markup(render())  # noqa: S704 - rendered by our own autoescaping templates
    now = time.monotonic()
    with _lock:
        hit = _entries.get(key)
        if hit and hit[0] > now:
            _entries.move_to_end(key)
            return hit[1]
    html = Markup(render())  # noqa: S704 - rendered by our own autoescaping templates
    with _lock:
        _entries[key] = (now + ttl, html)
        _entries.move_to_end(key)
        while len(_entries) > MAX_ENTRIES:
            _entries.popitem(last=False)
    return html


def clear() -> None:
    with _lock:
        _entries.clear()
