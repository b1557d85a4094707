"""The one module that talks to Stripe (DESIGN.md rule 5): everything else calls these functions, which
take and return plain dicts and turn every Stripe failure into a PaymentError with a message a buyer
or a cooperative can read.

Amounts are integer centimes of MAD, which is also what Stripe expects (MAD has two decimals). Every
call that creates something carries an idempotency key, so a double click or a retried request never
creates a second session or a second refund.
"""

from __future__ import annotations

import logging
import threading
from contextlib import contextmanager
from datetime import datetime

import stripe
from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from market.core.i18n import localized
from market.orders import services as orders_services
from market.payments.exceptions import InvalidSignature, PaymentError, PaymentNotFound, PaymentUnavailable

log = logging.getLogger(__name__)

CURRENCY = "mad"
MAX_LINE_ITEMS = 100  # Stripe's limit for one Checkout Session
# Checkout's own languages: it has no Arabic, so Arabic-speaking buyers get the browser's choice.
CHECKOUT_LOCALES = {"fr": "fr", "en": "en"}
NOT_CONFIGURED = _l("Card payments are not available at the moment. Please choose another payment method.")
REFUSED = _l("The card payment service refused this operation. Please contact us if it happens again.")

# One client per configuration (the stand-in server in tests, Stripe in production): it keeps its
# HTTP connections between requests.
_clients: dict[tuple, stripe.StripeClient] = {}
_clients_lock = threading.Lock()


def card_payments_enabled() -> bool:
    return orders_services.card_payments_enabled()


def _client() -> stripe.StripeClient:
    config = current_app.config
    key = config.get("STRIPE_SECRET_KEY") or ""
    if not key:
        raise PaymentError(NOT_CONFIGURED)
    base = config.get("STRIPE_API_BASE") or ""
    retries = config["STRIPE_MAX_NETWORK_RETRIES"]
    cache_key = (key, base, retries)
    with _clients_lock:
        client = _clients.get(cache_key)
        if client is None:
            client = stripe.StripeClient(
                key,
                base_addresses={"api": base} if base else None,
                max_network_retries=retries,  # safe: every POST we make carries an idempotency key
                http_client=stripe.RequestsClient(timeout=(5, 30)),  # never hold a request for 80 s
            )
            _clients[cache_key] = client
    return client


@contextmanager
def _calling(what: str):
    try:
        yield
    except (stripe.APIConnectionError, stripe.APIError, stripe.RateLimitError) as exc:
        log.warning("Stripe could not be reached (%s): %s", what, exc)
        raise PaymentUnavailable() from exc
    except (stripe.AuthenticationError, stripe.PermissionError) as exc:
        log.error("Stripe refused our API key (%s): %s", what, exc)
        raise PaymentError(NOT_CONFIGURED) from exc
    except stripe.InvalidRequestError as exc:
        log.warning("Stripe refused %s: %s", what, exc)
        raise (PaymentNotFound if exc.code == "resource_missing" else PaymentError)(REFUSED) from exc
    except stripe.StripeError as exc:
        log.warning("Stripe refused %s: %s", what, exc)
        raise PaymentError(REFUSED) from exc


def _plain(obj) -> dict:
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


def _line_name(line, locale: str) -> str:
    name = localized(line, "name", locale) or line.sku
    return (f"{name} – {line.variant_label}" if line.variant_label else name)[:250]


def _line_items(order) -> list[dict]:
    """One item per order line (in the buyer's language) and one per cooperative's delivery fee."""
    items = []
    with force_locale(order.locale):
        for part in order.parts:
            for line in part.lines:
                items.append(_item(_line_name(line, order.locale), line.unit_price_centimes, line.quantity))
            if part.delivery_fee_centimes > 0:
                coop = localized(part.cooperative, "name", order.locale) or part.cooperative_name
                items.append(_item(_("Delivery by %(coop)s", coop=coop)[:250], part.delivery_fee_centimes, 1))
        if len(items) > MAX_LINE_ITEMS:
            items = [_item(_("Order %(number)s", number=order.number), order.total_centimes, 1)]
    return items


def _item(name: str, unit_amount: int, quantity: int) -> dict:
    return {
        "price_data": {"currency": CURRENCY, "unit_amount": unit_amount, "product_data": {"name": name}},
        "quantity": quantity,
    }


def create_checkout_session(order, success_url: str, cancel_url: str, expires_at: datetime) -> dict:
    """A Checkout Session for the whole order. The idempotency key is the order's: asked twice with the
    same parameters (a double click), Stripe answers with the same session."""
    params = {
        "mode": "payment",
        "line_items": _line_items(order),
        "client_reference_id": order.number,
        "customer_email": order.email,
        "metadata": {"order_number": order.number},
        "payment_intent_data": {"metadata": {"order_number": order.number}},
        "locale": CHECKOUT_LOCALES.get(order.locale, "auto"),
        "success_url": success_url,
        "cancel_url": cancel_url,
        "expires_at": int(expires_at.timestamp()),
    }
    # A double click sends the very same parameters (see services._reservation_for_session) and gets the
    # one session back; a later attempt whose first call never reached us has another expiry, hence its own
    # key (Stripe refuses a key reused with different parameters).
    key = f"checkout-{order.number}-{params['expires_at']}"
    with _calling("checkout session"):
        session = _client().v1.checkout.sessions.create(params=params, options={"idempotency_key": key})
    return _plain(session)


def retrieve_session(session_id: str) -> dict:
    with _calling("retrieve session"):
        return _plain(_client().v1.checkout.sessions.retrieve(session_id))


def expire_session(session_id: str) -> dict:
    """Close an open session so nobody can pay it any more; returns the session in its final state
    (which may be `complete` if the buyer paid meanwhile)."""
    try:
        with _calling("expire session"):
            return _plain(_client().v1.checkout.sessions.expire(session_id))
    except PaymentUnavailable:
        raise
    except PaymentError:
        session = retrieve_session(session_id)  # no longer open: say what it became
        if session.get("status") == "open":
            raise
        return session


def list_recent_sessions(created_since: datetime, max_pages: int = 10) -> list[dict]:
    """Sessions created since then, newest first (Stripe pages them by 100)."""
    sessions: list[dict] = []
    params: dict = {"created": {"gte": int(created_since.timestamp())}, "limit": 100}
    for _page in range(max_pages):
        with _calling("list sessions"):
            page = _plain(_client().v1.checkout.sessions.list(params=params))
        sessions.extend(page.get("data") or [])
        if not page.get("has_more") or not sessions:
            break
        params["starting_after"] = sessions[-1]["id"]
    return sessions


def create_refund(payment_intent: str, amount: int | None, idempotency_key: str, metadata: dict) -> dict:
    """Refund `amount` centimes of a payment (all that is left of it when None)."""
    params: dict = {"payment_intent": payment_intent, "metadata": metadata}
    if amount is not None:
        params["amount"] = amount
    with _calling("refund"):
        refund = _plain(_client().v1.refunds.create(params=params, options={"idempotency_key": idempotency_key}))
    if refund.get("status") in ("failed", "canceled"):
        log.warning("Stripe refund %s ended %s", refund.get("id"), refund.get("status"))
        raise PaymentError(REFUSED)
    return refund


def construct_event(payload: bytes, signature_header: str | None) -> dict:
    """The event Stripe sent, once its signature (and its age: 5 minutes at most) is verified."""
    config = current_app.config
    secret = config.get("STRIPE_WEBHOOK_SECRET") or ""
    if not secret:
        raise InvalidSignature("no webhook secret is configured")
    try:
        event = stripe.Webhook.construct_event(
            payload, signature_header, secret, api_key=config.get("STRIPE_SECRET_KEY") or None
        )
        return _plain(event)
    except (stripe.SignatureVerificationError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise InvalidSignature(str(exc)) from exc
