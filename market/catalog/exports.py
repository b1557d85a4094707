"""The catalogue's report for the background exports (market/core/exports.py): a cooperative's products
in the CSV import format."""

from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _
from sqlalchemy import select

from market.catalog.importing import export_products
from market.coops.models import Cooperative
from market.core import exports
from market.core.i18n import localized
from market.core.permissions import can
from market.extensions import db


def coop_from_form(form) -> dict:
    slug = str(form.get("coop", ""))[:80]
    coop = db.session.scalar(select(Cooperative).where(Cooperative.slug == slug)) if slug else None
    if coop is None:
        raise exports.ExportRefused(_("This cooperative does not exist."))
    return {"coop_id": coop.id}


def coop_of(params) -> Cooperative | None:
    return db.session.get(Cooperative, int(params.get("coop_id", 0)))


def may_manage(user, params) -> bool:
    return can(user, "coop.manage", coop_of(params))


def _build(params, user):
    coop = coop_of(params)
    return f"{coop.slug}-products.csv", export_products(coop)


exports.register(
    "catalog.products",
    allowed=may_manage,
    parse=coop_from_form,
    build=_build,
    title=lambda params: _("Products of %(name)s", name=localized(coop_of(params), "name")),
    back=lambda params: url_for("catalog.import_catalog", slug=coop_of(params).slug),
)
