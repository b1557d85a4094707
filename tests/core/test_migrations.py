"""Migrations: one head; upgrade from empty, down to nothing and up again; models and migrations agree."""

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, make_url, text

from market.extensions import db
from tests.conftest import make_test_app


def test_single_head(app):
    config = app.extensions["migrate"].migrate.get_config()
    assert len(ScriptDirectory.from_config(config).get_heads()) == 1


def test_models_match_migrations(app):
    """What `flask db check` does: autogenerate against the migrated test database finds nothing."""
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), db.metadata)
    assert diff == []


@pytest.fixture
def scratch_url(database_url, tmp_path):
    """An empty database of its own: a file for SQLite, a new database on the PostgreSQL server."""
    if not database_url.startswith("postgresql"):
        yield f"sqlite:///{tmp_path / 'scratch.sqlite3'}"
        return
    name = f"souk_scratch_{uuid.uuid4().hex[:8]}"
    admin = create_engine(database_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(database_url).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_upgrade_downgrade_upgrade_from_empty(scratch_url, tmp_path):
    app = make_test_app(scratch_url, tmp_path)
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert {"users", "cooperatives", "products", "regions", "categories", "outbox_emails"} <= tables
        with db.engine.connect() as conn:
            assert conn.scalar(text("select count(*) from regions")) == 12
            assert conn.scalar(text("select count(*) from categories")) == 12
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        with db.engine.connect() as conn:
            assert conn.scalar(text("select count(*) from regions")) == 12
        db.session.remove()
        db.engine.dispose()
