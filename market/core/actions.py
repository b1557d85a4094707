"""The shape every small back-office POST shares: check the form, call one service, then commit and
say so — or roll back and say why, in the user's language. Views then just redirect."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash
from flask_wtf import FlaskForm

from market.extensions import db


def perform(
    form: FlaskForm,
    action: Callable[[], object],
    success: str,
    invalid: str,
    errors: tuple[type[Exception], ...],
    after_commit: Callable[[], object] | None = None,
) -> bool:
    """Returns True when the action was committed. `errors` are the area's rule errors, whose messages
    are shown to the user; anything else is a bug and propagates."""
    if not form.validate_on_submit():
        flash(invalid, "error")
        return False
    try:
        action()
    except errors as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return False
    db.session.commit()
    if after_commit is not None:
        after_commit()
    flash(success, "success")
    return True
