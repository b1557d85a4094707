"""Shared fixtures: one migrated database per run (SQLite, or PostgreSQL from TEST_DATABASE_URL),
emptied after every test; a fresh app per test with its own search index and upload folders."""

from __future__ import annotations

import os
import re

import pytest
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import create_engine, text

from market import create_app
from market.config import normalise_database_url
from market.core import pagination
from market.extensions import db, limiter
from market.search import places as search_places
from market.search import services as search_services
from market.search.index import get_index

# The PostgreSQL run in CI is the production profile: every app under test also uses Redis (cache, job
# queue, rate limits). The SQLite run is the embedded default, with no Redis.
PRODUCTION_PROFILE = bool(os.environ.get("TEST_DATABASE_URL") and os.environ.get("TEST_REDIS_URL"))

# Reference tables filled by migrations: kept between tests.
REFERENCE_TABLES = {"regions", "categories", "label_types", "alembic_version"}


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        url = normalise_database_url(url)
        _reset_postgres(url)
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "migrate", "TESTING": True})
    with app.app_context():
        upgrade()
        db.engine.dispose()
    return url


@pytest.fixture(scope="session")
def is_postgres(database_url) -> bool:
    return database_url.startswith("postgresql")


def _empty_tables() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables) if t.name not in REFERENCE_TABLES]
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables) + " RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


class IsolatedClient(FlaskClient):
    """Each request runs in an app context of its own, as in production (fresh `g`, its own session);
    afterwards the test's session forgets what it had loaded, so it reads what the request committed."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        db.session.expire_all()
        return response


def make_test_app(database_url: str, tmp_path, **overrides):
    config = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "test-secret-key",
        "TESTING": True,
        "WTF_CSRF_ENABLED": False,
        "SEARCH_INDEX_DIR": str(tmp_path / "index"),
        "UPLOAD_DIR": str(tmp_path / "uploads"),
        "PRIVATE_DIR": str(tmp_path / "private"),
        "RATELIMIT_ENABLED": False,
        "FRAGMENT_TTL": 0,
        "LOG_EMAILS": False,
        "SERVER_NAME_FOR_EMAILS": "http://localhost",
    }
    config.update(overrides)
    app = create_app(config)
    app.test_client_class = IsolatedClient
    return app


@pytest.fixture
def app(database_url, tmp_path, request):
    overrides = getattr(request, "param", None) or {}
    marker = request.node.get_closest_marker("app_config")
    if marker:
        overrides.update(marker.kwargs)
    if PRODUCTION_PROFILE or request.node.get_closest_marker("redis"):
        overrides.setdefault("REDIS_URL", request.getfixturevalue("redis_url"))
    app = make_test_app(database_url, tmp_path, **overrides)
    limiter.reset()
    pagination._counts.clear()
    search_services.clear_caches()
    search_places.clear()
    with app.app_context():
        get_index(app).rebuild()  # an empty index in the test's tmp_path; changes reach it as in production
        yield app
        db.session.remove()
        _empty_tables()
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def login(client):
    def do_login(user, password="correct horse battery"):
        response = client.post("/account/login", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)
        return response

    return do_login


CSRF_RE = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"')


def csrf_token_from(html: str) -> str:
    match = CSRF_RE.search(html)
    assert match, "no CSRF token in the page"
    return match.group(1) or match.group(2)


def pytest_configure(config):
    config.addinivalue_line("markers", "app_config(**overrides): configuration for the app fixture")
    config.addinivalue_line("markers", "redis: the app fixture uses the test's private Redis (REDIS_URL)")


# ------------------------------------------------------------------------------ services on loopback


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    """A Redis of the test run's own on a free loopback port (so tests never touch the machine's data),
    or TEST_REDIS_URL when set. A machine without redis-server fails here, with how to get it."""
    import shutil
    import subprocess
    import time

    from redis import Redis

    url = os.environ.get("TEST_REDIS_URL")
    process = None
    if not url:
        binary = shutil.which("redis-server")
        if not binary:
            pytest.fail("redis-server not found: install it (apt-get install redis-server) or set TEST_REDIS_URL")
        port = _free_port()
        workdir = tmp_path_factory.mktemp("redis")
        process = subprocess.Popen(  # noqa: S603 - our own test service
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
    client = Redis.from_url(url)
    for _ in range(100):
        try:
            client.ping()
            break
        except Exception:  # noqa: BLE001 - still starting
            time.sleep(0.05)
    client.close()
    yield url
    if process is not None:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_url(redis_server):
    """The test's Redis, emptied before and after the test."""
    from redis import Redis

    client = Redis.from_url(redis_server)
    client.flushdb()
    yield redis_server
    client.flushdb()
    client.close()


@pytest.fixture(scope="session")
def s3_server():
    """moto's S3 server on a free loopback port: a real HTTP S3 API for the object-storage tests."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_config(s3_server, monkeypatch):
    """App settings for a fresh bucket on the moto server (credentials are moto's dummies, from the env)."""
    import uuid

    import boto3

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    bucket = f"souk-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1").create_bucket(Bucket=bucket)
    return {"S3_BUCKET": bucket, "S3_ENDPOINT_URL": s3_server, "S3_REGION": "us-east-1"}
