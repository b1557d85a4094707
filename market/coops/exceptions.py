class CoopError(Exception):
    """A cooperative rule was broken; the message is translatable and shown to the user."""
