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


def submit(form: FlaskForm, action: Callable[[], object], errors: tuple[type[Exception], ...],
           field: str | None = None):  # fmt: skip
    """The shape of a form page's POST: check the form, call one service, commit. Returns the action's
    result when committed, else None; a rule error (with a `field` attribute naming the form field, or
    `field` by default) is shown under that field, or at the top of the page when the form has none."""
    if not form.validate_on_submit():
        return None
    try:
        result = action()
    except errors as exc:
        db.session.rollback()
        target = getattr(form, getattr(exc, "field", None) or field or "", None)
        if target is not None and hasattr(target, "errors"):
            target.errors.append(str(exc))
        else:
            flash(str(exc), "error")
        return None
    db.session.commit()
    return True if result is None else result


def page_status(form: FlaskForm) -> int:
    """200 for a form shown, 422 for one sent back with errors."""
    return 422 if form.is_submitted() else 200
