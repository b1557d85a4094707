"""Error pages in the visitor's language (JSON under /api/); never a bare 500 from bad input."""

from flask import Flask, abort, render_template, request
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

from market.core.problems import problem
from market.extensions import db


def _messages():
    return {
        400: _("The request could not be understood. Please check what you entered and try again."),
        403: _("You do not have access to this page."),
        404: _("We could not find this page."),
        405: _("This action is not allowed here."),
        413: _("The file or form you sent is too large."),
        429: _("Too many attempts. Please wait a moment and try again."),
        500: _("Something went wrong on our side. Please try again in a moment."),
    }


def message_for(code: int) -> str:
    return _messages().get(code) or _messages()[500 if code >= 500 else 400]


def _render(code: int, message: str | None = None, headers=None):
    message = message or message_for(code)
    if request.path.startswith("/api/"):
        return problem(code, message, headers=headers)
    return render_template("errors/error.html", code=code, message=message), code, headers or {}


def _has_nul(values) -> bool:
    return any("\x00" in value for value in values if isinstance(value, str))


def _every_value(multidict):
    # MultiDict.values() gives only the first value of each name: ?coop=a&coop=%00 must be seen too.
    return (value for values in multidict.listvalues() for value in values)


def register_error_handlers(app: Flask) -> None:
    @app.before_request
    def refuse_nul_bytes():
        """No text we store may hold NUL (PostgreSQL refuses it): such a request is a 400, not a 500."""
        if _has_nul(_every_value(request.args)) or _has_nul((request.view_args or {}).values()):
            abort(400)
        form_types = ("application/x-www-form-urlencoded", "multipart/form-data")
        if request.mimetype in form_types and _has_nul(_every_value(request.form)):
            abort(400)

    @app.errorhandler(CSRFError)
    def csrf_error(error):
        return _render(
            400, _("This form has expired or was sent from elsewhere. Please reload the page and try again.")
        )

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        if error.code is None or error.code < 400:
            return error
        # Allow (405), Retry-After (429), WWW-Authenticate (401) go with the error page too.
        kept = {k: v for k, v in error.get_headers() if k.lower() in ("allow", "retry-after", "www-authenticate")}
        return _render(error.code, headers=kept)

    @app.errorhandler(InternalServerError)
    def server_error(error):
        db.session.rollback()
        return _render(500)
