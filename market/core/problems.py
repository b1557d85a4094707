"""Errors of the JSON API as RFC 9457 problem details (`application/problem+json`): `type`, `title`,
`status`, `detail` in the caller's language, and for invalid input an `errors` list of
{`pointer`, `detail`} (`pointer`: a JSON Pointer into the body, or `#/query/<name>` and `#/header/<name>`
for parameters). The HTML error pages and the API share the messages (market/core/errors.py)."""

from __future__ import annotations

from flask import Response, current_app, json, request
from werkzeug.http import HTTP_STATUS_CODES

PROBLEM_JSON = "application/problem+json"


def problem(status: int, detail: str, kind: str | None = None, errors: list[dict] | None = None,
            headers: dict | None = None, **extra) -> Response:  # fmt: skip
    """A problem response. `kind` names a problem type the API documents (its `type` is then
    `/api/v1/docs#problem-<kind>`); without one the type is `about:blank` and the title the HTTP one."""
    body = {
        "type": f"{request.script_root}/api/v1/docs#problem-{kind}" if kind else "about:blank",
        "title": HTTP_STATUS_CODES.get(status, "Error"),
        "status": status,
        "detail": str(detail),
        "instance": request.path,
        **extra,
    }
    if errors:
        body["errors"] = errors
    response = current_app.response_class(json.dumps(body, ensure_ascii=False), status=status, mimetype=PROBLEM_JSON)
    response.headers["Content-Language"] = _language()
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _language() -> str:
    from market.core.i18n import current_language

    return current_language()


class Problem(Exception):
    """Raised anywhere in an API request; the API's error handler turns it into `problem(...)`."""

    def __init__(self, status: int, detail, kind: str | None = None, errors: list[dict] | None = None,
                 headers: dict | None = None, **extra):  # fmt: skip
        super().__init__(str(detail))
        self.status, self.detail, self.kind, self.errors, self.headers, self.extra = (
            status, detail, kind, errors, headers, extra)  # fmt: skip

    def response(self) -> Response:
        return problem(self.status, self.detail, self.kind, self.errors, self.headers, **self.extra)
