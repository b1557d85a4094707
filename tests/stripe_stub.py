"""An in-process stand-in for the part of Stripe's API that market/payments/stripe_api.py uses, with a
hosted payment page a browser can use (stripe-mock is a Go binary we cannot install; see
DEPENDENCIES.md).

It speaks like Stripe: form-encoded requests with nested keys (`line_items[0][price_data][unit_amount]`),
JSON answers, `Authorization: Bearer <key>`, Idempotency-Key (the same key and parameters give the
same answer; the same key with other parameters is an `idempotency_error`), Stripe's error shapes.
Events are signed with `stripe.WebhookSignature.generate_signature_header`, exactly as Stripe signs.

Use from a test module (fixtures registered by importing them in a conftest.py):

    from tests.stripe_stub import stripe_stub, stripe_stub_server  # noqa: F401  (in conftest.py)

    def test_something(app, client, stripe_stub):
        stripe_stub.use_app(app)        # sets STRIPE_* config; webhooks go through app.test_client()
        ...
        stripe_stub.complete(session_id, send_webhook=True)

With a live server: `stripe_stub.use_app(live_app, webhook_url=live_server.url + "/payments/stripe/webhook")`.
"""

from __future__ import annotations

import http.client
import json
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import stripe

from tests.payments.stripe_fake import FakeStripeAPI, StripeHTTPError, StubHandler, new_id, parse_nested

__all__ = ["Delivery", "StripeHTTPError", "StripeStub", "parse_nested", "stripe_stub", "stripe_stub_server"]

SECRET_KEY = "sk_test_stub"
WEBHOOK_SECRET = "whsec_test_stub"
WEBHOOK_PATH = "/payments/stripe/webhook"


@dataclass
class Delivery:
    """One webhook delivery: the event, the exact body and headers sent, and our app's answer."""

    event: dict
    payload: bytes
    headers: dict
    status: int
    body: str = ""


@dataclass
class StripeStub(FakeStripeAPI):
    secret_key: str = SECRET_KEY
    webhook_secret: str = WEBHOOK_SECRET
    sessions: dict = field(default_factory=dict)
    line_items: dict = field(default_factory=dict)
    payment_intents: dict = field(default_factory=dict)
    refunds: dict = field(default_factory=dict)
    calls: list = field(default_factory=list)  # (method, path, params) of every API request
    deliveries: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # failures in background deliveries
    webhook_url: str | None = None
    deliver: object = None  # callable(payload: bytes, headers: dict) -> (status, body); wins over webhook_url
    webhook_mode: str = "send"  # what the hosted page does after paying: "send" | "delay" | "skip"
    webhook_delay: float = 1.0
    refund_webhooks: bool = False  # send charge.refunded (in the background) after API refunds
    offline: bool = False  # API requests get their connection closed without an answer
    url: str = ""

    def __post_init__(self):
        self.lock = threading.RLock()
        self._idempotent: dict = {}
        self._server = None
        self._thread = None

    # ---- life -----------------------------------------------------------------------------------
    def start(self) -> StripeStub:
        stub = self

        class Handler(StubHandler):
            pass

        Handler.stub = stub
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = None

    def reset(self) -> None:
        with self.lock:
            for attr in ("sessions", "line_items", "payment_intents", "refunds", "_idempotent"):
                getattr(self, attr).clear()
            self.calls.clear()
            self.deliveries.clear()
            self.errors.clear()
            self.webhook_url, self.deliver = None, None
            self.webhook_mode, self.webhook_delay = "send", 1.0
            self.refund_webhooks = self.offline = False

    def use_app(self, app, webhook_url: str | None = None) -> StripeStub:
        """Point the app at this stub. Webhooks go to `webhook_url` (a live server), else through the
        app's test client."""
        app.config.update(STRIPE_SECRET_KEY=self.secret_key, STRIPE_WEBHOOK_SECRET=self.webhook_secret,
                          STRIPE_API_BASE=self.url, STRIPE_MAX_NETWORK_RETRIES=0)  # fmt: skip
        self.webhook_url = webhook_url
        self.deliver = None if webhook_url else _test_client_delivery(app)
        return self

    @contextmanager
    def unreachable(self):
        self.offline = True
        try:
            yield self
        finally:
            self.offline = False

    # ---- what a test does to Stripe's side ------------------------------------------------------
    def session(self, session_id: str) -> dict:
        with self.lock:
            return self._public(self._refresh(self.sessions[session_id]))

    def complete(self, session_id: str, send_webhook: bool = False, payment_status: str = "paid") -> dict:
        """The buyer paid on Stripe's page."""
        with self.lock:
            session = self._refresh(self.sessions[session_id])
            if session["status"] == "open":
                pi = session["payment_intent"] or self._payment_intent(session)
                session.update(status="complete", payment_status=payment_status, payment_intent=pi, url=None)
                self.payment_intents[pi]["status"] = "succeeded" if payment_status == "paid" else "processing"
            session = self._public(session)
        if send_webhook:
            self.send_event("checkout.session.completed", session)
        return session

    def expire(self, session_id: str, send_webhook: bool = False) -> dict:
        with self.lock:
            session = self.sessions[session_id]
            if session["status"] == "open":
                session.update(status="expired", url=None)
            session = self._public(session)
        if send_webhook:
            self.send_event("checkout.session.expired", session)
        return session

    def fail_payment(self, session_id: str, send_webhook: bool = True) -> dict:
        """A card was declined on the session's page (the session stays open, as on Stripe)."""
        with self.lock:
            session = self.sessions[session_id]
            pi = self.payment_intents[session["payment_intent"] or self._payment_intent(session)]
            session["payment_intent"] = pi["id"]
            pi["status"] = "requires_payment_method"
            pi = dict(pi)
        if send_webhook:
            self.send_event("payment_intent.payment_failed", pi)
        return pi

    def dashboard_refund(self, payment_intent: str, amount: int | None = None, send_webhook: bool = True) -> dict:
        """A refund made by hand in Stripe's dashboard; Stripe then sends charge.refunded."""
        refund = self._refund({"payment_intent": payment_intent, **({"amount": str(amount)} if amount else {})})
        if send_webhook:
            self.send_event("charge.refunded", self.charge(payment_intent))
        return refund

    def charge(self, payment_intent: str) -> dict:
        with self.lock:
            pi = self.payment_intents[payment_intent]
            return {"id": pi["latest_charge"], "object": "charge", "amount": pi["amount"], "currency": "mad",
                    "amount_refunded": pi["amount_refunded"], "refunded": pi["amount_refunded"] >= pi["amount"],
                    "payment_intent": pi["id"], "paid": True, "status": "succeeded", "metadata": {}}  # fmt: skip

    def pay(self, session_id: str, action: str = "pay") -> tuple[int, str | None]:
        """Press the hosted page's button as a browser would: (status, Location)."""
        parts = urlsplit(self.url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            conn.request("POST", f"/pay/{session_id}", body=f"action={action}",
                         headers={"Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
            response = conn.getresponse()
            response.read()
            return response.status, response.getheader("Location")
        finally:
            conn.close()

    # ---- events ---------------------------------------------------------------------------------
    def make_event(self, kind: str, obj: dict) -> dict:
        return {"id": new_id("evt"), "object": "event", "api_version": stripe.api_version, "created": int(time.time()),
                "type": kind, "livemode": False, "pending_webhooks": 1, "data": {"object": obj},
                "request": {"id": None, "idempotency_key": None}}  # fmt: skip

    def send_event(self, kind: str, obj: dict, **options) -> Delivery:
        return self.resend(self.make_event(kind, obj), **options)

    def resend(self, event: dict, timestamp: int | None = None, secret: str | None = None,
               signature: str | None = None) -> Delivery:  # fmt: skip
        """Deliver (again) an event, signed now or at `timestamp`, with our secret or `secret`."""
        payload = json.dumps(event, separators=(",", ":"))
        header = signature if signature is not None else stripe.WebhookSignature.generate_signature_header(
            payload, secret or self.webhook_secret, timestamp
        )  # fmt: skip
        headers = {"Content-Type": "application/json; charset=utf-8", "Stripe-Signature": header}
        status, body = self._post_webhook(payload.encode(), headers)
        delivery = Delivery(event, payload.encode(), headers, status, body)
        with self.lock:
            self.deliveries.append(delivery)
        return delivery

    def _post_webhook(self, payload: bytes, headers: dict) -> tuple[int, str]:
        if self.deliver is not None:
            return self.deliver(payload, headers)
        if not self.webhook_url:
            raise RuntimeError("the Stripe stub has no webhook target: call use_app() or set webhook_url")
        if not self.webhook_url.startswith(("http://", "https://")):
            raise RuntimeError(f"not an HTTP webhook URL: {self.webhook_url}")
        request = urllib.request.Request(self.webhook_url, data=payload, headers=headers, method="POST")  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (checked just above)
                return response.status, response.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    def _in_background(self, kind: str, obj: dict, delay: float) -> None:
        def run():
            time.sleep(delay)
            try:
                self.send_event(kind, obj)
            except Exception as exc:  # noqa: BLE001 (kept for the test to see, never raised in a thread)
                self.errors.append(exc)

        threading.Thread(target=run, daemon=True).start()


def _test_client_delivery(app):
    from flask import has_app_context

    client = app.test_client()

    def deliver(payload: bytes, headers: dict) -> tuple[int, str]:
        if has_app_context():  # the test's own thread: the test client refreshes the test's session
            response = client.post(WEBHOOK_PATH, data=payload, headers=headers)
        else:  # the stub's thread (its hosted page): a context of its own
            with app.app_context():
                response = client.post(WEBHOOK_PATH, data=payload, headers=headers)
        return response.status_code, response.get_data(as_text=True)

    return deliver


@pytest.fixture(scope="session")
def stripe_stub_server():
    stub = StripeStub().start()
    yield stub
    stub.stop()


@pytest.fixture
def stripe_stub(stripe_stub_server):
    """The stub, emptied before and after the test (the server itself lives for the whole run)."""
    stripe_stub_server.reset()
    yield stripe_stub_server
    stripe_stub_server.reset()
