class AccountError(Exception):
    """A rule of the accounts area was broken; the message is translatable and shown to the user."""


class EmailTaken(AccountError):
    pass


class InvalidResetToken(AccountError):
    pass
