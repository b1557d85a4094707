"""Signals by which a lower area asks a higher one to act, so imports keep going one way (DESIGN.md).

- `part_cancelled(coop_order, actor)`: orders cancelled a cooperative's part; payments refunds what
  was paid for it by card (raising PaymentError rolls the cancellation back).
- `reservation_expiring(order)`: orders is about to release an unpaid order's stock; payments asks
  Stripe first (a paid session confirms the order; an open one is expired; if Stripe cannot be
  reached it raises `KeepReservation` and the stock stays reserved for the next sweep).
"""

from blinker import Namespace

signals = Namespace()

part_cancelled = signals.signal("part-cancelled")
reservation_expiring = signals.signal("reservation-expiring")


class KeepReservation(Exception):
    """Raised by a `reservation_expiring` receiver when it cannot tell whether the order was paid."""


# `cooperative_appearances(app, cooperative_id=…)`: asked by the storefront and the product pages (catalog);
# events answers with the list of the cooperative's coming stands at fairs and markets (`Appearance`s).
# Catalog shows them without importing events, which sits beside it (DESIGN.md).
cooperative_appearances = signals.signal("cooperative-appearances")
