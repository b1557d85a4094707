"""Reading query parameters defensively: a page number is always a small positive integer."""

from flask import request

MAX_PAGE = 10_000
# Primary keys fit PostgreSQL's INTEGER: routes use <int(min=1, max=MAX_ID):...> so larger ids are a 404.
MAX_ID = 2**31 - 1


def page_arg(name: str = "page") -> int:
    value = request.args.get(name, "1")
    if not value.isdigit() or len(value) > 6:
        return 1
    return min(max(int(value), 1), MAX_PAGE)


def id_arg(name: str) -> int | None:
    """An id from the query string (a filter), or None when absent or not a valid id."""
    value = request.args.get(name, "")
    if not (value.isascii() and value.isdigit()) or len(value) > 10:
        return None
    return int(value) if 0 < int(value) <= MAX_ID else None
