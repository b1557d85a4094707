"""Structured logs: every line carries the request id, and with LOG_JSON one JSON object a line.

The request id comes from the proxy's `X-Request-ID` when it is a sane token (so one id follows a request
from the proxy through every host's logs), or is made here; it is sent back in the response header. Each
request also logs one access line (method, path, status, duration) at INFO."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import uuid
from datetime import UTC, datetime

from flask import Flask, g, has_request_context, request

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")
access_log = logging.getLogger("market.access")


def current_request_id() -> str | None:
    return g.get("request_id") if has_request_context() else None


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id() or "-"
        return True


# Attributes every LogRecord has: the rest are the `extra=` fields a caller added, kept in the JSON.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "request_id"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        entry.update({k: v for k, v in vars(record).items() if k not in _STANDARD and not k.startswith("_")})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


TEXT_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


def configure_logging(app: Flask) -> None:
    """One handler on the root logger (gunicorn workers, CLI and job workers alike)."""
    if not app.testing:
        root = logging.getLogger()
        if not any(getattr(h, "_souk", False) for h in root.handlers):
            handler = logging.StreamHandler(sys.stderr)
            handler._souk = True
            root.addHandler(handler)
            root.setLevel(logging.INFO)
        for handler in root.handlers:
            if getattr(handler, "_souk", False):
                handler.setFormatter(JsonFormatter() if app.config["LOG_JSON"] else logging.Formatter(TEXT_FORMAT))
                if not any(isinstance(f, RequestIdFilter) for f in handler.filters):
                    handler.addFilter(RequestIdFilter())
        # Flask's own handler would print every app.logger line a second time.
        app.logger.propagate = True
        app.logger.handlers.clear()

    @app.before_request
    def assign_request_id():
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        g.request_id = incoming if _SANE_ID.match(incoming) else uuid.uuid4().hex
        g.request_started = time.perf_counter()

    @app.after_request
    def log_request(response):
        request_id = g.get("request_id")
        if request_id:
            response.headers[REQUEST_ID_HEADER] = request_id
            elapsed = (time.perf_counter() - g.get("request_started", time.perf_counter())) * 1000
            access_log.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "request_id": request_id,
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": round(elapsed, 1),
                },
            )
        return response
