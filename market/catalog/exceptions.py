class CatalogError(Exception):
    """A catalogue rule was broken; `field` names the form field the message belongs to, if any."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field
