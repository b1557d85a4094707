"""Per-process caches of rendered HTML: fragments (product grids, the home page's sections) and whole
public pages for anonymous visitors.

Public pages are read far more often than products change. Both caches keep an entry FRAGMENT_TTL
seconds, so a change reaches public pages within that time; signed-in visitors (the cooperative editing
its products) always see the live page. Carts, forms and back-office pages are never cached. Cached
HTML holds no user data: what differs between visitors (CSRF token, cart counter) is a placeholder
filled in for each request."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps

from flask import Response, current_app, g, make_response, request, session
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from market.core.i18n import current_language

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
        _pages.clear()


# ------------------------------------------------------------------------------------------ whole pages

MAX_PAGES = 500
_pages: OrderedDict[tuple, tuple[float, str]] = OrderedDict()
CSRF_PLACEHOLDER = "\x00csrf:shared-page\x00"
# Parts of a page that differ between anonymous visitors, by name: a function rendering the part for
# the current request. The area that owns the data registers it (orders registers the cart counter).
_personal_parts: dict[str, Callable[[], str]] = {}


def register_personal_part(name: str, render: Callable[[], str]) -> None:
    _personal_parts[name] = render


def personal_part(name: str) -> Markup:
    """Template global: the part itself, or its placeholder while a shared page is being rendered."""
    if g.get("shared_page"):
        return Markup(f"\x00part:{name}\x00")  # noqa: S704 - constant text
    return Markup(_personal_parts[name]())  # noqa: S704 - the part escapes its own values


def page_is_cacheable() -> bool:
    """Anonymous GETs with no message waiting: the page is the same for every such visitor."""
    return (
        current_app.config["FRAGMENT_TTL"] > 0
        and request.method == "GET"
        and not current_user.is_authenticated
        and "_flashes" not in session
    )


def cached_page(view: Callable) -> Callable:
    """Serve anonymous visitors a page rendered once per FRAGMENT_TTL seconds by this process.

    The page is rendered with placeholders for its CSRF token and personal parts; each visitor gets a
    copy with their own values. Signed-in visitors, visitors with a flashed message, and any answer
    other than a 200 HTML page go through the view as usual."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if not page_is_cacheable():
            return view(*args, **kwargs)
        key = (request.host, request.full_path, current_language())
        now = time.monotonic()
        with _lock:
            hit = _pages.get(key)
            if hit and hit[0] > now:
                _pages.move_to_end(key)
                return _personalise(hit[1])
        g.shared_page = True
        g.csrf_token = CSRF_PLACEHOLDER  # flask_wtf's generate_csrf returns g.csrf_token when set
        try:
            response = make_response(view(*args, **kwargs))
        finally:
            g.pop("shared_page", None)
            g.pop("csrf_token", None)
        if response.status_code != 200 or response.mimetype != "text/html" or response.is_streamed:
            return response
        html = response.get_data(as_text=True)
        with _lock:
            _pages[key] = (now + current_app.config["FRAGMENT_TTL"], html)
            _pages.move_to_end(key)
            while len(_pages) > MAX_PAGES:
                _pages.popitem(last=False)
        return _personalise(html)

    return wrapper


def _personalise(html: str) -> Response:
    if CSRF_PLACEHOLDER in html:
        html = html.replace(CSRF_PLACEHOLDER, generate_csrf())
    for name, render in _personal_parts.items():
        placeholder = f"\x00part:{name}\x00"
        if placeholder in html:
            html = html.replace(placeholder, render())
    return current_app.response_class(html, mimetype="text/html")
