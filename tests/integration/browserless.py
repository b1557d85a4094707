"""A small HTTP client for the multi-host tests: cookies, and forms filled from the page as a browser would
(every field with its current value, then the test's changes), so a POST carries the page's CSRF token."""

from __future__ import annotations

import http.cookiejar
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser


@dataclass
class Reply:
    status: int
    url: str
    text: str
    headers: dict[str, str]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormParser(HTMLParser):
    """The fields of the form whose action matches, in document order (checkboxes only when checked)."""

    def __init__(self, action: str, page_path: str):
        super().__init__(convert_charrefs=True)
        self.action, self.page_path, self.inside, self.fields = action, page_path, False, []
        self._select: str | None = None
        self._select_first: str | None = None
        self._select_chosen = False
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            # A form without an action posts to the page itself.
            self.inside = urllib.parse.urlsplit(a.get("action") or self.page_path).path == self.action
        if not self.inside:
            return
        if tag == "input" and a.get("name"):
            kind = (a.get("type") or "text").lower()
            if kind in {"checkbox", "radio"} and "checked" not in a:
                return
            if kind in {"submit", "button", "file", "image"}:
                return
            self.fields.append((a["name"], a.get("value") or ("y" if kind == "checkbox" else "")))
        elif tag == "select" and a.get("name"):
            self._select, self._select_first, self._select_chosen = a["name"], None, False
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._select_first is None:
                self._select_first = value
            if "selected" in a and not self._select_chosen:
                self.fields.append((self._select, value))
                self._select_chosen = True
        elif tag == "textarea" and a.get("name"):
            self._textarea, self._text = a["name"], []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            if not self._select_chosen and self._select_first is not None:
                self.fields.append((self._select, self._select_first))
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea, "".join(self._text).lstrip("\n")))
            self._textarea = None


class Browserless:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect())

    def request(self, path: str, data: list[tuple[str, str]] | dict | None = None, timeout: float = 20) -> Reply:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base_url + path, data=body)  # noqa: S310 - loopback test server
        try:
            with self.opener.open(req, timeout=timeout) as response:
                return Reply(response.status, response.url, response.read().decode(), dict(response.headers))
        except urllib.error.HTTPError as error:
            return Reply(error.code, req.full_url, error.read().decode(errors="replace"), dict(error.headers))

    def get(self, path: str, follow: bool = True) -> Reply:
        """GET, following redirects on this host (a product's address moves when its name changes)."""
        reply = self.request(path)
        for _ in range(5):
            if not (follow and reply.status in {301, 302, 303, 307, 308}):
                break
            location = urllib.parse.urlsplit(reply.headers["Location"])
            reply = self.request(location.path + (f"?{location.query}" if location.query else ""))
        return reply

    def submit(self, page_path: str, action: str | None = None, changes: dict | None = None) -> Reply:
        """GET the page, fill the form posting to `action` (default: the page itself) and POST it."""
        page = self.get(page_path)
        assert page.status == 200, (page.status, page.text[:500])
        return self.submit_from(page.text, page_path, action, changes)

    def submit_from(self, html: str, page_path: str, action: str | None = None, changes: dict | None = None) -> Reply:
        """Fill and POST a form of a page already received (a review step answered to a POST)."""
        action = action or urllib.parse.urlsplit(page_path).path
        parser = FormParser(action, urllib.parse.urlsplit(page_path).path)
        parser.feed(html)
        assert parser.fields, f"no form posting to {action} on {page_path}"
        changes = dict(changes or {})
        fields = [(name, str(changes.pop(name)) if name in changes else value) for name, value in parser.fields]
        fields += [(name, str(value)) for name, value in changes.items()]
        query = urllib.parse.urlsplit(page_path).query
        return self.request(action + (f"?{query}" if query else ""), fields)

    def sign_in(self, email: str, password: str = "correct horse battery") -> None:
        reply = self.submit("/account/login", changes={"email": email, "password": password})
        assert reply.status == 302, (reply.status, reply.text[:800])
