"""/healthz, /readyz, request ids and structured logs."""

from __future__ import annotations

import json
import logging

import pytest

from market.core.request_log import JsonFormatter, RequestIdFilter
from market.extensions import db
from tests.conftest import _free_port
from tests.conftest import make_test_app as _make_test_app

_apps = []


def make_test_app(*args, **kwargs):
    app = _make_test_app(*args, **kwargs)
    _apps.append(app)
    return app


@pytest.fixture(autouse=True)
def _close_other_apps():
    """Apps built here besides the fixture's must give their connections back (PostgreSQL's TRUNCATE
    between tests waits for them, and an unclosed one is a ResourceWarning)."""
    yield
    while _apps:
        with _apps.pop().app_context():
            db.session.remove()
            db.engine.dispose()


def test_healthz_answers_without_touching_services(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_readyz_checks_the_database(client, is_postgres):
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json
    assert body["status"] == "ready"
    assert body["checks"]["database"] == {
        "ok": True,
        "detail": "postgresql" if is_postgres else "sqlite",
        "ms": body["checks"]["database"]["ms"],
    }
    assert response.headers["Cache-Control"] == "no-store"


def test_readyz_checks_redis_when_configured(app, database_url, tmp_path, redis_url):
    with_redis = make_test_app(database_url, tmp_path / "r", REDIS_URL=redis_url)
    response = with_redis.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"]["redis"]["ok"] is True
    assert response.json["checks"]["redis"]["detail"] == "ok"


def test_readyz_says_redis_is_not_configured_in_the_embedded_default(app, database_url, tmp_path):
    embedded = make_test_app(database_url, tmp_path / "embedded", REDIS_URL="")
    assert embedded.test_client().get("/readyz").json["checks"]["redis"] == {"ok": True, "configured": False}


def test_readyz_is_503_when_redis_is_down(app, database_url, tmp_path):
    down = make_test_app(database_url, tmp_path / "down", REDIS_URL=f"redis://127.0.0.1:{_free_port()}/0")
    response = down.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert response.json["checks"]["redis"] == {"ok": False, "error": "ConnectionError"}
    assert response.json["checks"]["database"]["ok"] is True


def test_readyz_is_503_when_the_database_is_down(app, tmp_path):
    closed = f"postgresql://postgres@127.0.0.1:{_free_port()}/nothing"
    down = make_test_app(closed, tmp_path / "nodb")
    response = down.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["database"]["ok"] is False


def test_request_id_is_made_or_taken_from_a_sane_proxy_header(client):
    made = client.get("/healthz").headers["X-Request-ID"]
    assert len(made) == 32
    assert client.get("/healthz", headers={"X-Request-ID": "proxy-abc-123456"}).headers["X-Request-ID"] == (
        "proxy-abc-123456"
    )
    # A header that could forge log lines or is absurdly long is replaced, not echoed.
    for bad in ("evil line<script>", "x" * 500, "short"):
        echoed = client.get("/healthz", headers={"X-Request-ID": bad}).headers["X-Request-ID"]
        assert echoed != bad and len(echoed) == 32


def test_access_line_carries_the_request_id(client, caplog):
    caplog.set_level(logging.INFO, logger="market.access")
    response = client.get("/healthz", headers={"X-Request-ID": "trace-0001-abcd"})
    assert response.status_code == 200
    records = [r for r in caplog.records if r.name == "market.access"]
    assert records, "no access line logged"
    record = records[-1]
    assert record.getMessage() == "GET /healthz 200"
    assert record.status == 200 and record.path == "/healthz"
    line = json.loads(JsonFormatter().format(_filtered(record)))
    assert line["request_id"] == "trace-0001-abcd"
    assert line["status"] == 200 and line["method"] == "GET" and line["duration_ms"] >= 0


def _filtered(record):
    RequestIdFilter().filter(record)
    return record


def test_json_lines_outside_a_request_and_with_an_exception():
    record = logging.LogRecord("market.x", logging.ERROR, __file__, 1, "failed %s", ("thing",), None)
    try:
        raise ValueError("boom")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    line = json.loads(JsonFormatter().format(_filtered(record)))
    assert line["message"] == "failed thing"
    assert line["request_id"] == "-"
    assert line["level"] == "ERROR"
    assert "ValueError: boom" in line["exception"]


def test_readyz_checks_the_search_index_and_the_storage(client):
    checks = client.get("/readyz").json["checks"]
    assert checks["search"]["ok"] is True and checks["search"]["detail"].startswith("lag ")
    assert checks["storage"]["ok"] is True and checks["storage"]["detail"] in {"LocalStorage", "S3Storage"}


def test_readyz_says_when_the_search_index_cannot_be_opened(app, database_url, tmp_path):
    # A new host has no index yet: its searches answer from the database meanwhile, so it stays ready.
    new_host = make_test_app(database_url, tmp_path / "new-host")
    response = new_host.test_client().get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"]["search"]["detail"].startswith("index not reachable")


def test_readyz_is_503_when_the_bucket_cannot_be_reached(app, database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    down = make_test_app(
        database_url, tmp_path / "s3down", S3_BUCKET="nowhere", S3_ENDPOINT_URL=f"http://127.0.0.1:{_free_port()}"
    )
    response = down.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["storage"] == {"ok": False, "error": "StorageUnavailable"}
