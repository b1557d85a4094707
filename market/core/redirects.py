"""Only same-site redirects: a `next` parameter can never send a user to another host."""

from __future__ import annotations

from urllib.parse import urlsplit


def safe_next(target: str | None, default: str = "/") -> str:
    if not target or len(target) > 2000:
        return default
    target = target.strip()
    # Browsers treat backslashes as slashes and ignore tabs/newlines: "/\\evil" and "/\t/evil" leave the site.
    if any(ch in target for ch in "\\\t\r\n") or not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
