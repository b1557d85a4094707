class OrderError(Exception):
    """An order rule was broken; the message is translatable and shown to the user."""


class SoldOut(OrderError):
    """Not enough stock left for a line of the order (nothing of the order was kept)."""
