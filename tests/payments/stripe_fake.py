"""The Stripe side of tests/stripe_stub.py: Stripe's API as our code calls it (checkout sessions,
refunds, listing), the hosted payment page, and the HTTP handler serving both. `StripeStub` mixes
`FakeStripeAPI` in; tests use the stub, not this module."""

from __future__ import annotations

import html
import json
import re
import secrets
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qsl, urlsplit


def new_id(prefix: str) -> str:
    return f"{prefix}_test_{secrets.token_hex(12)}"


def parse_nested(pairs) -> dict:
    """Stripe's form encoding: `a[b][0][c]=1` -> {"a": {"b": [{"c": "1"}]}} (`a[]=x` appends)."""
    root: dict = {}
    for key, value in pairs:
        parts = [key.split("[", 1)[0], *re.findall(r"\[([^\]]*)\]", key)]
        node = root
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            if part == "":
                part = str(len(node))
            if last:
                node[part] = value
            else:
                node = node.setdefault(part, {})
    return _lists(root)


def _lists(node):
    if isinstance(node, dict):
        if node and all(k.isdigit() for k in node):
            return [_lists(node[k]) for k in sorted(node, key=int)]
        return {k: _lists(v) for k, v in node.items()}
    return node


class StripeHTTPError(Exception):
    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None):  # fmt: skip
        super().__init__(message)
        self.status, self.body = status, {"error": {"type": kind, "message": message, "code": code, "param": param}}


class FakeStripeAPI:
    """Stripe's answers; the state (sessions, payment_intents, refunds...) lives on the StripeStub."""

    def _refresh(self, session: dict) -> dict:
        if session["status"] == "open" and session["expires_at"] <= time.time():
            session.update(status="expired", url=None)
        return session

    def _payment_intent(self, session: dict) -> str:
        pi = new_id("pi")
        metadata = (session.get("_payment_intent_data") or {}).get("metadata") or {}
        self.payment_intents[pi] = {"id": pi, "object": "payment_intent", "amount": session["amount_total"],
                                    "currency": "mad", "amount_refunded": 0, "status": "processing",
                                    "latest_charge": new_id("ch"), "metadata": metadata}  # fmt: skip
        return pi

    def api(self, method: str, path: str, params: dict, idempotency_key: str | None) -> tuple[int, dict]:
        with self.lock:
            self.calls.append((method, path, params))
            if method == "POST" and idempotency_key:
                fingerprint = (path, json.dumps(params, sort_keys=True))
                known = self._idempotent.get(idempotency_key)
                if known is not None:
                    if known[0] != fingerprint:
                        raise StripeHTTPError(400, "Keys for idempotent requests can only be used with the same "
                                              "parameters they were first used with.", "idempotency_error")  # fmt: skip
                    return known[1], json.loads(known[2])
            status, body = self._route(method, path, params)
            if method == "POST" and idempotency_key:
                self._idempotent[idempotency_key] = (fingerprint, status, json.dumps(body))
            return status, body

    def _route(self, method: str, path: str, params: dict) -> tuple[int, dict]:
        if path == "/v1/checkout/sessions":
            return (200, self._create_session(params)) if method == "POST" else (200, self._list_sessions(params))
        match = re.fullmatch(r"/v1/checkout/sessions/([^/]+)(/expire)?", path)
        if match:
            session = self.sessions.get(match[1])
            if session is None:
                raise StripeHTTPError(404, f"No such checkout.session: '{match[1]}'", code="resource_missing")
            self._refresh(session)
            if match[2] and method == "POST":
                if session["status"] != "open":
                    raise StripeHTTPError(400, 'Only Checkout Sessions with a status in ["open"] can be expired. '
                                          f'This Checkout Session has a status of "{session["status"]}".')  # fmt: skip
                session.update(status="expired", url=None)
            return 200, self._public(session)
        if path == "/v1/refunds" and method == "POST":
            return 200, self._refund(params)
        raise StripeHTTPError(404, f"Unrecognized request URL ({method}: {path}).")

    @staticmethod
    def _public(session: dict) -> dict:
        return {k: v for k, v in session.items() if not k.startswith("_")}

    def _create_session(self, params: dict) -> dict:
        now = int(time.time())
        items = params.get("line_items")
        if params.get("mode") != "payment" or not isinstance(items, list) or not items:
            raise StripeHTTPError(400, "mode=payment and line_items are required.", param="line_items")
        if not params.get("success_url"):
            raise StripeHTTPError(400, "Missing required param: success_url.", param="success_url")
        total = 0
        for i, item in enumerate(items):
            price = item.get("price_data") or {}
            try:
                unit, quantity = int(price["unit_amount"]), int(item["quantity"])
            except (KeyError, ValueError) as exc:
                raise StripeHTTPError(400, f"Invalid line_items[{i}].", param=f"line_items[{i}]") from exc
            named = bool((price.get("product_data") or {}).get("name"))
            if price.get("currency") != "mad" or unit < 0 or quantity < 1 or not named:
                raise StripeHTTPError(400, f"Invalid line_items[{i}].", param=f"line_items[{i}]")
            total += unit * quantity
        expires_at = int(params.get("expires_at") or now + 24 * 3600)
        if not now + 30 * 60 <= expires_at <= now + 24 * 3600:
            raise StripeHTTPError(400, "The `expires_at` timestamp must be between 30 minutes and 24 hours from "
                                  "Checkout Session creation.", param="expires_at")  # fmt: skip
        session_id = new_id("cs")
        session = {"id": session_id, "object": "checkout.session", "mode": "payment", "status": "open",
                   "payment_status": "unpaid", "amount_total": total, "amount_subtotal": total, "currency": "mad",
                   "client_reference_id": params.get("client_reference_id"),
                   "customer_email": params.get("customer_email"), "metadata": params.get("metadata") or {},
                   "locale": params.get("locale"), "created": now, "expires_at": expires_at,
                   "success_url": params["success_url"], "cancel_url": params.get("cancel_url"),
                   "url": f"{self.url}/pay/{session_id}", "payment_intent": None, "livemode": False,
                   "_payment_intent_data": params.get("payment_intent_data") or {}}  # fmt: skip
        self.sessions[session_id] = session
        self.line_items[session_id] = items
        return self._public(session)

    def _list_sessions(self, params: dict) -> dict:
        created = params.get("created") or {}
        since = int(created.get("gte", 0)) if isinstance(created, dict) else 0
        rows = sorted((s for s in self.sessions.values() if s["created"] >= since),
                      key=lambda s: (s["created"], s["id"]), reverse=True)  # fmt: skip
        after = params.get("starting_after")
        if after:
            ids = [s["id"] for s in rows]
            rows = rows[ids.index(after) + 1 :] if after in ids else []
        limit = min(max(int(params.get("limit") or 10), 1), 100)
        data = [self._public(self._refresh(s)) for s in rows[:limit]]
        return {"object": "list", "url": "/v1/checkout/sessions", "has_more": len(rows) > limit, "data": data}

    def _refund(self, params: dict) -> dict:
        with self.lock:
            pi = self.payment_intents.get(params.get("payment_intent") or "")
            if pi is None or pi["status"] != "succeeded":
                raise StripeHTTPError(400, f"No such payment_intent: '{params.get('payment_intent')}'",
                                      code="resource_missing", param="payment_intent")  # fmt: skip
            left = pi["amount"] - pi["amount_refunded"]
            amount = int(params.get("amount") or left)
            if amount <= 0 or amount > left:
                raise StripeHTTPError(400, f"Refund amount ({amount}) is greater than unrefunded amount on charge "
                                      f"({left})", code="amount_too_large", param="amount")  # fmt: skip
            pi["amount_refunded"] += amount
            refund = {"id": new_id("re"), "object": "refund", "amount": amount, "currency": "mad",
                      "payment_intent": pi["id"], "charge": pi["latest_charge"], "status": "succeeded",
                      "metadata": params.get("metadata") or {}, "created": int(time.time())}  # fmt: skip
            self.refunds[refund["id"]] = refund
        if self.refund_webhooks:
            self._in_background("charge.refunded", self.charge(pi["id"]), 0.2)
        return refund

    # ---- the hosted payment page ----------------------------------------------------------------
    def page(self, session_id: str, message: str = "") -> tuple[int, str]:
        with self.lock:
            session = self.sessions.get(session_id)
            if session is None:
                return 404, _html("Not found", "<p>This payment page does not exist.</p>")
            self._refresh(session)
            items = self.line_items[session_id]
        if session["status"] != "open":
            back = f'<p><a href="{html.escape(session["cancel_url"] or "/")}">Back to the shop</a></p>'
            return 410, _html("Expired", f"<p>This payment page is {session['status']}.</p>{back}")
        rows = "".join(
            f"<li>{html.escape(i['price_data']['product_data']['name'])} × {i['quantity']}: "
            f"{int(i['price_data']['unit_amount']) * int(i['quantity']) / 100:.2f} MAD</li>"
            for i in items
        )
        body = (f"{message}<ul>{rows}</ul><p id='total'>Total: {session['amount_total'] / 100:.2f} MAD</p>"
                f"<form method='post'><button type='submit' name='action' value='pay' id='pay'>Pay</button> "
                f"<button type='submit' name='action' value='decline' id='decline'>Decline card</button></form>"
                f"<p><a id='cancel' href='{html.escape(session['cancel_url'] or '/')}'>Cancel</a></p>")  # fmt: skip
        return 200, _html("Stripe stub checkout", body)

    def press(self, session_id: str, action: str) -> tuple[int, str, str | None]:
        """The hosted page's form: (status, html, redirect location)."""
        with self.lock:
            session = self.sessions.get(session_id)
            state = self._refresh(session)["status"] if session else None
        if state is None or state == "expired":
            return (*self.page(session_id), None)
        if action == "decline" and state == "open":
            pi = self.fail_payment(session_id, send_webhook=False)
            self._after_page("payment_intent.payment_failed", pi)
            return (*self.page(session_id, "<p id='declined' role='alert'>Your card was declined.</p>"), None)
        session = self.complete(session_id)
        if state == "open":
            self._after_page("checkout.session.completed", session)
        return 303, "", session["success_url"].replace("{CHECKOUT_SESSION_ID}", session_id)

    def _after_page(self, kind: str, obj: dict) -> None:
        if self.webhook_mode == "send":
            try:
                self.send_event(kind, obj)
            except Exception as exc:  # noqa: BLE001 (the browser still goes on, as with Stripe)
                self.errors.append(exc)
        elif self.webhook_mode == "delay":
            self._in_background(kind, obj, self.webhook_delay)


def _html(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><h1>{title}</h1>{body}</body></html>")  # fmt: skip


class StubHandler(BaseHTTPRequestHandler):
    stub: FakeStripeAPI
    protocol_version = "HTTP/1.0"

    def log_message(self, format, *args):  # noqa: A002 (quiet: the tests read stub.calls instead)
        pass

    def _reply(self, status: int, body: str | bytes, content_type="application/json", headers=None) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _handle(self, method: str) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        if parts.path.startswith("/pay/"):
            return self._page(method, parts.path[len("/pay/") :], body)
        if self.stub.offline:
            self.close_connection = True
            return None  # no answer at all: the client sees the connection drop
        if self.headers.get("Authorization") != f"Bearer {self.stub.secret_key}":
            return self._reply(401, json.dumps({"error": {"type": "invalid_request_error",
                                                          "message": "Invalid API Key provided"}}))  # fmt: skip
        params = parse_nested(parse_qsl(body if method == "POST" else parts.query, keep_blank_values=True))
        try:
            status, answer = self.stub.api(method, parts.path, params, self.headers.get("Idempotency-Key"))
        except StripeHTTPError as exc:
            status, answer = exc.status, exc.body
        return self._reply(status, json.dumps(answer), headers={"Request-Id": new_id("req")})

    def _page(self, method: str, session_id: str, body: str) -> None:
        if method == "GET":
            status, page = self.stub.page(session_id)
            return self._reply(status, page, "text/html; charset=utf-8")
        action = dict(parse_qsl(body)).get("action", "pay")
        status, page, location = self.stub.press(session_id, action)
        if location:
            return self._reply(303, "", "text/plain", {"Location": location})
        return self._reply(status, page, "text/html; charset=utf-8")

    def do_GET(self):  # noqa: N802
        self._handle("GET")

    def do_POST(self):  # noqa: N802
        self._handle("POST")
