"""The search index's part of /readyz: whether this host's index opens, and its lag in outbox rows.

Reported, not fatal: a host without a usable index (a new host, or one being rebuilt) still answers
every search correctly from the database while its index is rebuilt in the background, so taking it out
of the proxy would only turn a slower search into no page at all. A broken database or Redis is fatal."""

from __future__ import annotations

from market.core.health import register_readiness_check


def _search(app) -> str:
    from market.search.index import status

    with app.app_context():
        state = status(app)
    if not state.reachable:
        return "index not reachable: searching the database until it is rebuilt"
    detail = f"lag {state.lag}"
    if state.behind or state.rebuilding:
        detail += ", rebuilding" if state.rebuilding else ", rebuild due"
    return detail


def install() -> None:
    register_readiness_check("search", _search)
