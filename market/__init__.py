"""Souk Tadamon: the application factory."""

from __future__ import annotations

import os

from dotenv import load_dotenv
from flask import Flask


def create_app(config: dict | None = None) -> Flask:
    load_dotenv(os.path.join(os.getcwd(), ".env"), override=False)
    app = Flask(
        __name__,
        instance_path=os.environ.get("INSTANCE_PATH") or os.path.join(os.getcwd(), "instance"),
        template_folder="../templates",
        static_folder="../static",
    )
    from market.config import load_config

    app.config.update(load_config(app.instance_path, config))

    from market.core.request_log import configure_logging

    configure_logging(app)
    _init_extensions(app)
    _register_blueprints(app)
    _register_cli(app)

    from market.core.errors import register_error_handlers
    from market.core.templating import register_template_helpers

    register_error_handlers(app)
    register_template_helpers(app)
    return app


def _init_extensions(app: Flask) -> None:
    from market.accounts.services import load_user_from_session
    from market.core.i18n import cache_wtforms_translations, select_locale
    from market.extensions import babel, csrf, db, limiter, login_manager, migrate

    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(os.path.dirname(__file__), "..", "migrations"))
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    cache_wtforms_translations()
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message_category = "info"
    from flask_babel import lazy_gettext

    login_manager.login_message = lazy_gettext("Please sign in to open this page.")
    login_manager.user_loader(load_user_from_session)

    # Every model must be imported for Alembic's autogenerate and for relationship strings.
    from market import models  # noqa: F401
    from market.search import index, sync

    index.init_app(app)
    sync.install()
    from market.search import readiness

    readiness.install()
    # The page cache is purged after each commit by what changed; each area says which pages show what.
    from market.catalog import cache_tags as _catalog_tags  # noqa: F401
    from market.coops import cache_tags as _coops_tags  # noqa: F401
    from market.core import invalidation
    from market.events import cache_tags as _events_tags  # noqa: F401

    invalidation.install()
    # Each area registers the CSV reports it builds in the background (market/core/exports.py).
    from market.catalog import exports as _catalog_exports  # noqa: F401
    from market.events import exports as _events_exports  # noqa: F401
    from market.orders import exports as _orders_exports  # noqa: F401


def _register_blueprints(app: Flask) -> None:
    from market import accounts, admin, api, catalog, coops, events, orders, payments, search
    from market.accounts import views as _accounts_views  # noqa: F401
    from market.admin import jobs as _admin_jobs  # noqa: F401
    from market.admin import orders as _admin_orders  # noqa: F401
    from market.admin import reviews as _admin_reviews  # noqa: F401
    from market.admin import views as _admin_views  # noqa: F401
    from market.api import views as _api_views  # noqa: F401
    from market.catalog import manage as _catalog_manage  # noqa: F401
    from market.catalog import views as _catalog_views  # noqa: F401
    from market.coops import manage as _coops_manage  # noqa: F401
    from market.coops import views as _coops_views  # noqa: F401
    from market.core import export_views as _export_views  # noqa: F401
    from market.core import health
    from market.core import views as core_views
    from market.events import organise as _events_organise  # noqa: F401
    from market.events import organise_plan as _events_plan  # noqa: F401
    from market.events import organise_stops as _events_stops  # noqa: F401
    from market.events import participate as _events_participate  # noqa: F401
    from market.events import public as _events_public  # noqa: F401
    from market.events import report_views as _events_report  # noqa: F401
    from market.events import stand_sales_views as _events_sales  # noqa: F401
    from market.orders import account as _orders_account  # noqa: F401
    from market.orders import checkout as _orders_checkout  # noqa: F401
    from market.orders import manage as _orders_manage  # noqa: F401
    from market.orders import reviews_views as _orders_reviews  # noqa: F401
    from market.orders import views as _orders_views  # noqa: F401
    from market.payments import views as _payments_views  # noqa: F401
    from market.search import views as _search_views  # noqa: F401

    app.register_blueprint(core_views.bp)
    app.register_blueprint(health.bp)
    for area in (accounts, coops, catalog, search, orders, payments, events, admin, api):
        app.register_blueprint(area.bp)


def _register_cli(app: Flask) -> None:
    from market.accounts.cli import users_cli
    from market.catalog.cli import catalog_cli
    from market.coops.cli import coops_cli
    from market.core.cache_cli import cache_cli
    from market.core.cli import mail_cli
    from market.core.storage_cli import storage_cli
    from market.demo.cli import demo_cli
    from market.events.cli import events_cli
    from market.jobs.cli import jobs_cli
    from market.orders.cli import orders_cli
    from market.payments.cli import payments_cli
    from market.search.cli import search_cli

    for group in (
        users_cli,
        coops_cli,
        catalog_cli,
        mail_cli,
        cache_cli,
        storage_cli,
        demo_cli,
        search_cli,
        orders_cli,
        payments_cli,
        events_cli,
        jobs_cli,
    ):
        app.cli.add_command(group)
