"""Keep every host's index in step with the database: a commit that touches a product, its variants, its
cooperative or a label claim also writes their ids into `search_outbox`, in the same transaction; after the
commit the process that made it drains the outbox into its own index (other hosts and processes drain it
from their searches: outbox.py). Photos are not indexed: results are read from the database, and the
cover picture is a column of the product itself.

Listening to the ORM (rather than asking every service to remember to reindex) catches every path that
changes those rows: the dashboard, imports, the admin's decisions, the daily label sweep. Search reads
catalog and coops; they never import search (DESIGN: imports go one way)."""

from __future__ import annotations

import logging

from flask import current_app, has_app_context
from sqlalchemy import event, insert
from sqlalchemy.orm import Session

from market.catalog.models import LabelClaim, Product, ProductVariant
from market.coops.models import Cooperative
from market.core.models import utcnow
from market.search.index import get_index
from market.search.models import SearchOutbox
from market.search.outbox import DrainBusy

log = logging.getLogger(__name__)
_installed = False
AFTER_COMMIT_WAIT = 2.0  # seconds the committing process waits for another drainer before leaving it to them


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


def _before_commit(session: Session) -> None:
    """Write the outbox rows inside the transaction being committed (after its last flush)."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    products = session.info.pop("search_products", set()) - {None}
    coops = session.info.pop("search_coops", set()) - {None}
    if not (products or coops):
        return
    now = utcnow()
    rows = [{"product_id": pid, "cooperative_id": None, "created_at": now} for pid in sorted(products)]
    rows += [{"product_id": None, "cooperative_id": cid, "created_at": now} for cid in sorted(coops)]
    # Core, not the ORM: no flush, no autoflush, no events; the same connection and transaction.
    session.connection().execute(insert(SearchOutbox.__table__), rows)
    session.info["search_outbox_written"] = True


def _after_commit(session: Session) -> None:
    if not session.info.pop("search_outbox_written", False) or not has_app_context():
        return
    try:
        get_index(current_app).outbox.catch_up(current_app._get_current_object(), wait=AFTER_COMMIT_WAIT)
    except DrainBusy:
        pass  # another process of this host is draining or rebuilding: it applies these rows too
    except Exception:
        # The change and its outbox rows are committed: the next drain (any search here) applies them.
        log.exception("search: could not apply the outbox after a commit")


def _after_rollback(session: Session, previous) -> None:
    if previous.parent is None:  # a savepoint's rollback keeps what the outer transaction touched
        for key in ("search_products", "search_coops", "search_outbox_written"):
            session.info.pop(key, None)


def install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "before_commit", _before_commit)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_soft_rollback", _after_rollback)
    _installed = True
