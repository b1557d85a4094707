"""The form that makes a token, shared by the account page (a buyer's tokens) and a cooperative's back
office: make it, commit, and hand back the secret to show once."""

from __future__ import annotations

from flask_login import current_user

from market.accounts import tokens
from market.accounts.exceptions import AccountError
from market.accounts.forms import ApiTokenForm
from market.extensions import db

# The page may show a secret: no cache, the browser's included, keeps it.
NO_STORE = {"Cache-Control": "private, no-store"}


def make_token_from_form(cooperative=None) -> tuple[ApiTokenForm, str | None]:
    """(the form to show next, the new secret or None)."""
    form = ApiTokenForm()
    if not form.validate_on_submit():
        return form, None
    try:
        _token, secret = tokens.create_token(current_user, form.name.data, form.scope.data, cooperative)
    except AccountError as exc:
        db.session.rollback()
        form.name.errors.append(str(exc))
        return form, None
    db.session.commit()
    return ApiTokenForm(formdata=None), secret
