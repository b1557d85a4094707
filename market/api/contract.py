"""The API's contract: one SpecTree instance checks requests and answers against the pydantic models of
market/api/schemas.py and writes the OpenAPI 3.1 document from the routes it decorates. Invalid input
becomes a 422 problem in the caller's language; an answer that breaks its own schema is a bug, logged,
and a 500 problem (the Schemathesis run in the tests is there to find those first)."""

from __future__ import annotations

import copy
import logging

from flask import current_app, url_for
from flask_babel import gettext as _
from pydantic import ValidationError
from spectree import Response as Responses
from spectree import SecurityScheme, SecuritySchemeData, SpecTree
from spectree.plugins.flask_plugin import FlaskPlugin

from market.api import schemas
from market.core.problems import Problem

log = logging.getLogger(__name__)

TOKEN = {"token": []}
SESSION = {"session": []}


def _messages(error: dict) -> str:
    kind, context = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind == "extra_forbidden":
        return _("This field is not part of the request.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Enter a whole number.")
    if kind in ("bool_parsing", "bool_type"):
        return _("Enter true or false.")
    if kind in ("greater_than_equal", "greater_than"):
        return _("Enter a number of at least %(min)s.", min=context.get("ge", context.get("gt")))
    if kind in ("less_than_equal", "less_than"):
        return _("Enter a number of at most %(max)s.", max=context.get("le", context.get("lt")))
    if kind == "string_too_long":
        return _("At most %(num)s characters.", num=context.get("max_length"))
    if kind == "string_too_short":
        return _("At least %(num)s characters.", num=context.get("min_length"))
    if kind == "too_long":
        return _("At most %(num)s items.", num=context.get("max_length"))
    if kind == "too_short":
        return _("At least %(num)s items.", num=context.get("min_length"))
    if kind in ("literal_error", "enum"):
        return _("Choose one of: %(values)s.", values=context.get("expected", ""))
    if kind in ("string_type", "string_pattern_mismatch"):
        return _("This text is not in the expected form.")
    if kind in ("date_parsing", "date_from_datetime_parsing", "date_type"):
        return _("Enter a date as YYYY-MM-DD.")
    if kind in ("list_type", "model_type", "dict_type", "model_attributes_type"):
        return _("This value does not have the expected type.")
    return _("This value is not valid.")


def field_errors(errors: list[dict], where: str) -> list[dict]:
    """Pydantic's errors as RFC 9457 `errors` entries: a JSON pointer and a message in the page's language."""
    prefix = {"json": "#", "form": "#", "query": "#/query", "headers": "#/header"}.get(where, "#")
    return [{"pointer": "/".join([prefix, *(str(part) for part in error.get("loc", ()))]), "detail": _messages(error)}
            for error in errors[:50]]  # fmt: skip


def _declared(request) -> dict:
    view = current_app.view_functions.get(request.endpoint)
    return getattr(view, "_api_inputs", {})


def _where(request, error) -> str:
    """Which part of the request a validation error is about: pydantic titles it with the model's name."""
    return _declared(request).get(getattr(error, "title", ""), "json")


def refuse_invalid_request(request, _response, error, _instance, _adapter) -> None:
    """SpecTree's `before` hook: the request failed validation, so nothing runs; say why."""
    if error is None:
        context = getattr(request, "context", None)
        if "form" in _declared(request).values() and (context is None or context.form is None):
            raise Problem(415, _("Send the form as multipart/form-data."), kind="validation")
        if "json" in _declared(request).values():
            # SpecTree reads a missing body, `null` or `[]` as {}: a body must be a JSON object.
            if not request.is_json:
                raise Problem(415, _("Send a JSON object (Content-Type: application/json)."), kind="validation")
            if context is None or not isinstance(request.get_json(silent=True), dict):
                raise Problem(
                    422,
                    _("Send a JSON object (Content-Type: application/json)."),
                    kind="validation",
                    errors=[{"pointer": "#", "detail": _("Send a JSON object (Content-Type: application/json).")}],
                )
        return
    errors = field_errors(error.errors(include_context=True), _where(request, error))
    if any(item["pointer"] == "#" for item in errors):  # the body itself: not JSON, or not an object
        errors = [{"pointer": "#", "detail": _("Send a JSON object (Content-Type: application/json).")}]
    raise Problem(422, _("Some values are not valid: see errors."), kind="validation", errors=errors)


def report_invalid_response(request, _response, error, _instance, _adapter) -> None:
    if error is not None:
        log.error("api answer breaks its schema", extra={"path": request.path, "errors": str(error)[:2000]})
        raise Problem(500, _("Something went wrong on our side. Please try again in a moment."))


class _Plugin(FlaskPlugin):
    """SpecTree's Flask plugin, refusing an invalid request with our problem document at once: its own
    error answer echoes the input, which cannot be written as JSON when it holds an uploaded file."""

    def request_validation(self, request, query, json, form, headers, cookies):
        try:
            super().request_validation(request, query, json, form, headers, cookies)
        except ValidationError as error:
            refuse_invalid_request(request, None, error, None, None)


spec = SpecTree(
    "flask",
    backend=_Plugin,
    title="Souk Tadamon API",
    version="1.0.0",
    mode="strict",
    annotations=True,
    before=refuse_invalid_request,
    after=report_invalid_response,
    validation_error_status=422,
    naming_strategy=lambda model: model.__name__,
    nested_naming_strategy=lambda _parent, child: child,
    security_schemes=[
        SecurityScheme(
            name="token",
            data=SecuritySchemeData(
                type="http",
                scheme="bearer",
                description="A personal access token (st_…), made in the back office "
                "(a cooperative's) or in the account page (a buyer's).",
            ),
        ),
        SecurityScheme(
            name="session",
            data=SecuritySchemeData(
                type="apiKey",
                field_in="cookie",
                name="session",
                description="The site's own session (the browser); "
                "writes also need the page's CSRF token in an X-CSRFToken header.",
            ),
        ),
    ],  # fmt: skip
)


def route(ok=None, status: int = 200, also: tuple[int, ...] = (), errors=(), tags=(), security=None, **kwargs):
    """`spec.validate` with the API's conventions: `ok` is the success model for `status` (and the `also`
    statuses), `errors` more problem statuses than those documented for all (400, 401, 403, 404, 406,
    409, 415, 422 and 429)."""
    responses = {f"HTTP_{code}": ok for code in (status, *also)}
    for code in {400, 401, 403, 404, 406, 409, 415, 422, 429, *errors}:
        responses[f"HTTP_{code}"] = schemas.Problem
    models = {name: kwargs.pop(name) for name in ("query", "json", "form", "headers") if name in kwargs}

    def decorate(view):
        view._api_inputs = {model.__name__: name for name, model in models.items()}
        return spec.validate(resp=Responses(**responses), tags=tags, security=security, **models, **kwargs)(view)

    return decorate


_document: dict = {}


def document() -> dict:
    """The OpenAPI document of this app (built once per process), with the problem media type, 304s,
    the API's servers, and each operation's language parameter."""
    if not _document:
        raw = copy.deepcopy(spec.spec)
        _polish(raw)
        _document.update(raw)
    result = copy.deepcopy(_document)
    result["servers"] = [{"url": url_for("catalog.home", _external=True).rstrip("/")}]
    return result


def _polish(doc: dict) -> None:
    doc["info"]["description"] = (
        "Souk Tadamon's public API: the catalogue of Morocco's cooperatives, events, a buyer's cart and orders, "
        "and a cooperative's products, stock, orders and labels. Texts come in the language asked for "
        "(`?lang=` or Accept-Language: ar, fr, en, zgh). Errors are RFC 9457 problem details. Reads carry an "
        "ETag; send it back in If-None-Match to get a 304. Limits per token (or per address without one) "
        "answer 429 with Retry-After."
    )
    schemas_ = doc["components"]["schemas"]
    schemas_.pop("ValidationError", None)
    schemas_.pop("ValidationErrorElement", None)
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            responses = operation["responses"]
            for response in list(responses.values()):
                content = response.get("content", {})
                if "application/json" in content and content["application/json"]["schema"].get("$ref", "").endswith(
                    ("/Problem", "/ValidationError")
                ):
                    response["content"] = {
                        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }
            if method == "get":
                responses["304"] = {"description": "Not Modified: the ETag sent in If-None-Match still matches."}
                responses[next(code for code in responses if code.startswith("2"))]["headers"] = {
                    "ETag": {"schema": {"type": "string"}, "description": "Send it in If-None-Match next time."}
                }
            for code in ("429",):
                responses[code]["headers"] = {"Retry-After": {"schema": {"type": "string"}}}
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "path" and path.count("{") and parameter["schema"].get("type") == "integer":
                    parameter["schema"].update({"minimum": 1, "maximum": 2**31 - 1})
