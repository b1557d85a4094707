"""The payments area's errors.

`PaymentError` is an `OrderError`, so that the orders views, which already roll back and show an
OrderError's message, do the same when a refund asked for by a cancellation fails (orders does not
import payments: see market/signals.py)."""

from flask_babel import lazy_gettext as _l

from market.orders.exceptions import OrderError

UNREACHABLE = _l("The card payment service cannot be reached. Please try again in a few minutes.")


class PaymentError(OrderError):
    """Stripe could not do what we asked; the message is translatable and shown to the user."""

    def __init__(self, message=UNREACHABLE):
        super().__init__(message)


class PaymentUnavailable(PaymentError):
    """Stripe did not answer (network, timeout, its own error): nothing is known to have happened."""


class PaymentNotFound(PaymentError):
    """Stripe does not know the session or payment we asked about (so it cannot be paid either)."""


class InvalidSignature(Exception):
    """A webhook whose Stripe-Signature header is missing, wrong or too old."""
