"""What every /api/v1 request goes through, in one place: who is calling (a token, or the site's session
with its CSRF token for writes), the rate limit per token, problem details for every error, and ETags
with If-None-Match on reads."""

from __future__ import annotations

import hashlib

from flask import current_app, g, request
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from market.accounts import tokens
from market.accounts.models import ApiToken
from market.api import bp
from market.core.errors import message_for
from market.core.permissions import can
from market.core.problems import Problem, problem
from market.extensions import csrf, db, limiter

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
MAX_ID = 2**31 - 1
BEARER = 'Bearer realm="souk-tadamon"'


def rate_key() -> str:
    """Flask-Limiter counts per token (its hash: the limiter runs before we look the token up), else per
    address. A made-up token gets its own bucket, but is refused at once by `authenticate`."""
    header = request.headers.get("Authorization", "")
    if header:
        return "api-token:" + hashlib.sha256(header.encode()).hexdigest()[:24]
    return "api-addr:" + (get_remote_address() or "")


limiter.limit(lambda: current_app.config["API_RATE_LIMIT"], key_func=rate_key)(bp)


def _act_as(user) -> None:
    # Flask-Login's current user for this request only (no session cookie is written): the services
    # the site uses (cart, checkout, permissions) then see the token's person as they see a signed-in one.
    g._login_user = user


@bp.before_request
def refuse_impossible_input() -> None:
    """An id no row can have (the columns are 32-bit) is not found, and no text we could store holds a
    NUL (PostgreSQL refuses it), before any database sees them. (Query strings and forms: core.errors.)"""
    for value in (request.view_args or {}).values():
        if isinstance(value, int) and not 0 < value <= MAX_ID:
            raise Problem(404, message_for(404), kind="not-found")
    if request.is_json and _holds_nul(request.get_json(silent=True)):
        raise Problem(422, _("Text may not contain a NUL character."), kind="validation")


def _holds_nul(value, depth: int = 0) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if depth > 20:
        return False
    if isinstance(value, dict):
        return any(_holds_nul(k, depth + 1) or _holds_nul(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(item, depth + 1) for item in value)
    return False


@bp.before_request
def authenticate() -> None:
    g.api_token = None
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _sep, secret = header.strip().partition(" ")
        token = tokens.authenticate(secret.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            raise Problem(
                401,
                _("This API token is not valid: check it, or make a new one (it may have been revoked)."),
                kind="token",
                headers={"WWW-Authenticate": BEARER + ', error="invalid_token"'},
            )
        if db.session.dirty:
            db.session.commit()  # its last use, noted now and then
        g.api_token = token
        _act_as(token.user)
    elif request.method not in SAFE_METHODS and current_user.is_authenticated:
        csrf.protect()  # a page's script writes with its session and its CSRF token (X-CSRFToken)


def caller_token() -> ApiToken | None:
    return g.get("api_token")


def need_buyer():
    """The buyer calling: the session's person, or a buyer's token (a cooperative's token is not a buyer)."""
    token = caller_token()
    if token is None and not current_user.is_authenticated:
        raise Problem(401, _("Sign in, or send a buyer's API token."), kind="token",
                      headers={"WWW-Authenticate": BEARER})  # fmt: skip
    if token is not None and token.cooperative_id is not None:
        raise Problem(403, _("A cooperative's token cannot act as a buyer."), kind="scope")
    if request.method not in SAFE_METHODS and token is not None and token.scope != "write":
        raise Problem(403, _("This token may only read."), kind="scope")
    return current_user


def need_cooperative(permission: str):
    """The cooperative of the calling token, if its maker's role there grants `permission` now and, for a
    change, the token may write. The cooperative is the token's: no route takes another one's slug."""
    token = caller_token()
    if token is None or token.cooperative_id is None:
        raise Problem(401, _("Send a cooperative's API token (made in its back office)."), kind="token",
                      headers={"WWW-Authenticate": BEARER})  # fmt: skip
    if request.method not in SAFE_METHODS and token.scope != "write":
        raise Problem(403, _("This token may only read."), kind="scope")
    coop = token.cooperative
    if not can(token.user, permission, coop):
        raise Problem(403, _("Your role in the cooperative does not allow this."), kind="role")
    return coop


@bp.errorhandler(Problem)
def problem_raised(error: Problem):
    db.session.rollback()
    return error.response()


@bp.errorhandler(CSRFError)
def csrf_refused(_error):
    return problem(400, _("Send the page's CSRF token in an X-CSRFToken header, or use an API token."), kind="csrf")


@bp.errorhandler(HTTPException)
def http_error(error: HTTPException):
    if error.code is None or error.code < 400:
        return error
    kept = {k: v for k, v in error.get_headers() if k.lower() in ("allow", "retry-after", "www-authenticate")}
    return problem(error.code, message_for(error.code), headers=kept)


@bp.after_request
def conditional(response):
    """Reads carry an ETag (a hash of the body, so it changes with the language too); If-None-Match
    then gets a 304 without the body."""
    response.vary.update(("Accept-Language", "Authorization", "Cookie"))
    if request.method in ("GET", "HEAD") and response.status_code == 200 and response.is_json:
        response.add_etag()
        public = g.get("api_token") is None and not current_user.is_authenticated
        response.headers["Cache-Control"] = "public, no-cache" if public else "private, no-cache"
        response.make_conditional(request)
    return response
