"""Cached HTML for public pages: fragments (product grids, the home page's sections) and whole pages for
anonymous visitors, kept FRAGMENT_TTL seconds at most and purged as soon as what they show changes.

Each fragment and page names what it depends on with tags: `cached_fragment(key, render, tags=...)`,
or `depends_on(...)` called while it renders (a page also depends on the tags of the fragments it
holds). After a commit, `market.core.invalidation` purges the tags of the rows that changed, so a
product's new price is on its page, its category and the home page at the very next request. The
areas name their tags (`market.catalog.cache_tags`, `market.coops.cache_tags`...).

Where the entries live is `market.core.cache`'s business: with REDIS_URL, in Redis, shared by every
worker and host (a change is seen at once everywhere); without, in this process (a change is seen at
once by this process, and by the others within the TTL).

Signed-in visitors (the cooperative editing its products) always get the live page. Carts, forms and
back-office pages are never cached. Cached HTML holds no user data: what differs between visitors
(CSRF token, cart counter) is a placeholder filled in for each request."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import contextmanager
from functools import wraps

from flask import Flask, Response, current_app, g, has_app_context, make_response, request, session
from flask_login import current_user
from flask_wtf.csrf import generate_csrf
from markupsafe import Markup

from market.core.cache import LOCAL, page_cache
from market.core.i18n import current_language

# ------------------------------------------------------------------------------------------ tags


@contextmanager
def _collecting():
    """Gather the tags named while a page or fragment renders (nested: a fragment's go to its page too)."""
    stack = g.setdefault("cache_tag_stack", [])
    tags: set[str] = set()
    stack.append(tags)
    try:
        yield tags
    finally:
        stack.pop()


def depends_on(*tags: str) -> None:
    """Declare that the page or fragment being rendered shows data purged under these tags."""
    for collected in g.get("cache_tag_stack", ()):
        collected.update(tags)


def _generation(cache) -> int | None:
    # The purge number before the request read its rows: what it stores is stale if a purge comes later.
    if "cache_generation" not in g:
        g.cache_generation = cache.generation()
    return g.cache_generation


# ------------------------------------------------------------------------------------------ fragments


def cached_fragment(key: tuple, render: Callable[[], str], tags: Iterable[str] = ()) -> Markup:
    ttl = current_app.config["FRAGMENT_TTL"]
    depends_on(*tags)
    if ttl <= 0:
        return Markup(render())  # noqa: S704 - rendered by our own autoescaping templates
    cache = page_cache()
    generation = _generation(cache)
    hit, _now = cache.lookup("fragment", key)
    if hit is not None:
        depends_on(*hit.tags)
        return Markup(hit.html)  # noqa: S704 - rendered by our own autoescaping templates
    with _collecting() as collected:
        html = Markup(render())  # noqa: S704 - rendered by our own autoescaping templates
    depends_on(*collected)
    if generation is not None:
        cache.store("fragment", key, str(html), {*tags, *collected}, generation, ttl)
    return html


def clear() -> None:
    """Forget every cached page and fragment: this process's, and Redis's when called in an app."""
    LOCAL.clear()
    if has_app_context() and current_app.config.get("REDIS_URL"):
        page_cache().clear()


def cache_stats(app: Flask | None = None) -> dict:
    """Hits, misses and entries per kind, with hit ratios: shared by every host with Redis, else this
    process's own. `errors` counts Redis failures seen by this process (each was served as a miss)."""
    cache = page_cache(app or current_app)
    counts = cache.stats()
    result: dict = {"backend": cache.name, "purges": counts["purges"], "errors": counts["errors"]}
    for kind in ("page", "fragment"):
        hits, misses = counts[f"{kind}_hits"], counts[f"{kind}_misses"]
        result[kind + "s"] = {
            "hits": hits,
            "misses": misses,
            "entries": counts[f"{kind}_entries"],
            "hit_ratio": round(hits / (hits + misses), 4) if hits + misses else None,
        }
    return result


# ------------------------------------------------------------------------------------------ whole pages

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
    """Serve anonymous visitors a page rendered once, until a purge of its tags or FRAGMENT_TTL.

    The page is rendered with placeholders for its CSRF token and personal parts; each visitor gets a
    copy with their own values. Signed-in visitors, visitors with a flashed message, and any answer
    other than a 200 HTML page go through the view as usual."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_app.config["FRAGMENT_TTL"] <= 0:
            return view(*args, **kwargs)
        cache = page_cache()
        if not page_is_cacheable():
            g.cache_generation = cache.generation()  # before the view reads its rows (see _generation)
            return view(*args, **kwargs)
        key = (request.host, request.full_path, current_language())
        hit, generation = cache.lookup("page", key)
        if hit is not None:
            return _personalise(hit.html)
        g.cache_generation = generation
        g.shared_page = True
        g.csrf_token = CSRF_PLACEHOLDER  # flask_wtf's generate_csrf returns g.csrf_token when set
        try:
            with _collecting() as tags:
                response = make_response(view(*args, **kwargs))
        finally:
            g.pop("shared_page", None)
            g.pop("csrf_token", None)
        if response.status_code != 200 or response.mimetype != "text/html" or response.is_streamed:
            return response
        html = response.get_data(as_text=True)
        if generation is not None:
            cache.store("page", key, html, tags, generation, current_app.config["FRAGMENT_TTL"])
        return _personalise(html)

    return wrapper


def cached_json(view: Callable) -> Callable:
    """`cached_page` for a JSON answer that is the same for every caller (the API's public reads): kept
    once per URL and language, under the tags the view names with `depends_on`, until a purge of one of
    them or FRAGMENT_TTL. Only 200 JSON answers are kept."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        ttl = current_app.config["FRAGMENT_TTL"]
        if ttl <= 0 or request.method != "GET":
            return view(*args, **kwargs)
        cache = page_cache()
        key = ("json", request.host, request.full_path, current_language())
        hit, generation = cache.lookup("page", key)
        if hit is not None:
            return current_app.response_class(hit.html, mimetype="application/json")
        g.cache_generation = generation
        with _collecting() as tags:
            response = make_response(view(*args, **kwargs))
        if response.status_code == 200 and response.mimetype == "application/json" and generation is not None:
            cache.store("page", key, response.get_data(as_text=True), tags, generation, ttl)
        return response

    return wrapper


def _personalise(html: str) -> Response:
    if CSRF_PLACEHOLDER in html:
        html = html.replace(CSRF_PLACEHOLDER, generate_csrf())
    for name, render in _personal_parts.items():
        placeholder = f"\x00part:{name}\x00"
        if placeholder in html:
            html = html.replace(placeholder, render())
    return current_app.response_class(html, mimetype="text/html")
