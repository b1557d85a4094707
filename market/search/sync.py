"""Keep the index in step with the database: every committed change to a product, its variants, its
cooperative or a label claim is written to the index right after the commit. (Photos are not indexed:
results are read from the database, and the cover picture is a column of the product itself.)

Listening to the ORM (rather than asking every service to remember to reindex) catches every path that
changes those rows: the dashboard, imports, the admin's decisions, the daily label sweep. Search reads
catalog and coops; they never import search (DESIGN: imports go one way)."""

from __future__ import annotations

import logging

from flask import current_app, has_app_context
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from market.catalog.models import LabelClaim, Product, ProductVariant
from market.coops.models import Cooperative
from market.search.index import get_index, reading_session
from market.search.services import forget_cooperatives

log = logging.getLogger(__name__)
_installed = False


def _touched(session: Session) -> tuple[set[int], set[int]]:
    info = session.info
    return info.setdefault("search_products", set()), info.setdefault("search_coops", set())


def _after_flush(session: Session, _context) -> None:
    products, coops = _touched(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Product):
            products.add(obj.id)
        elif isinstance(obj, ProductVariant):
            products.add(obj.product_id)
        elif isinstance(obj, Cooperative | LabelClaim):
            coops.add(obj.id if isinstance(obj, Cooperative) else obj.cooperative_id)


def _after_commit(session: Session) -> None:
    products = session.info.pop("search_products", set())
    coops = session.info.pop("search_coops", set())
    if not (products or coops) or not has_app_context():
        return
    try:
        if coops:
            forget_cooperatives()
            with reading_session() as reader:
                products |= set(reader.scalars(select(Product.id).where(Product.cooperative_id.in_(coops))))
        products.discard(None)
        get_index(current_app).update(products)
    except Exception:
        # The database change stands; `search check` (or the next writer, for queued ids) repairs the index.
        log.exception("search: could not index %d product(s) after a commit", len(products))


def _after_rollback(session: Session) -> None:
    session.info.pop("search_products", None)
    session.info.pop("search_coops", None)


def install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_soft_rollback", lambda session, _previous: _after_rollback(session))
    _installed = True
