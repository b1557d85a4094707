"""Purge the page cache after every commit that changes what public pages show.

One mechanism catches every write path, so that no service has to remember to purge: SQLAlchemy
session events. Each area registers, per table, a function from a row's values before and after the
change to the cache tags it touches (`market.catalog.cache_tags` for products, variants, label claims
and reviews; `market.coops.cache_tags`; `market.events.cache_tags`). Two paths feed them:

- ORM flushes (`after_flush`): every new, changed or deleted object, with its attribute history;
- bulk statements run through the session (`do_orm_execute`), such as checkout's
  `UPDATE products SET stock = stock - q`, which flush events never see: the rows they match are read
  just before and just after the statement, in the same transaction.

The tags gather in `session.info` and are purged after the outermost commit; a rollback forgets them
(a rolled-back change purges nothing). Writes that bypass the session (`db.engine` connections, raw
SQL text) are not seen: changes to public data go through the session."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping

from flask import has_app_context
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session

from market.core.cache import ALL, page_cache

log = logging.getLogger(__name__)

Row = Mapping[str, object]
RowTagger = Callable[[Row | None, Row | None], Iterable[str]]


class _Unknown:
    """An old value that was never loaded: equal to nothing, so the column counts as changed."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN = _Unknown()
BULK_ROWS_LIMIT = 1_000  # a statement matching more rows than this purges everything
_taggers: dict[str, list[RowTagger]] = {}
_installed = False


def tags_for(table: str) -> Callable[[RowTagger], RowTagger]:
    """Register `tagger(before, after)` for a table's rows: `before` is None for a new row, `after` None
    for a deleted one; a column not loaded is missing from the mapping, an old value that was never
    loaded is UNKNOWN (so it differs from the new one)."""

    def register(tagger: RowTagger) -> RowTagger:
        _taggers.setdefault(table, []).append(tagger)
        return tagger

    return register


def changed(before: Row | None, after: Row | None, ignore: Iterable[str] = ("updated_at",)) -> set[str]:
    """Columns whose value differs (every column of a new or deleted row)."""
    if before is None or after is None:
        return set(before or after or ())
    ignored = set(ignore)
    return {k for k in after if k not in ignored and k in before and before[k] != after[k]}


def touch(session: Session, tags: Iterable[str]) -> None:
    """Have these tags purged when the session's transaction commits."""
    session.info.setdefault("cache_tags", set()).update(tags)


def _tag_row(session: Session, table: str, before: Row | None, after: Row | None) -> None:
    for tagger in _taggers.get(table, ()):
        touch(session, tagger(before, after))


def _values(obj, before: bool) -> dict[str, object]:
    """The object's loaded column values, now or (from the attribute history) before this flush."""
    state = inspect(obj)
    values = {}
    for prop in state.mapper.column_attrs:
        if prop.key not in state.dict:
            continue
        value = state.dict[prop.key]
        if before:
            history = state.attrs[prop.key].history
            if history.deleted:
                value = history.deleted[0]
            elif history.added:
                value = UNKNOWN  # set while expired (after a commit): the old value was never loaded
        values[prop.columns[0].name] = value
    return values


def _after_flush(session: Session, _context) -> None:
    for obj, before, after in (
        *((o, False, True) for o in session.new),
        *((o, True, False) for o in session.deleted),
        *((o, True, True) for o in session.dirty if session.is_modified(o)),
    ):
        table = inspect(obj).mapper.local_table.name
        if table in _taggers:
            _tag_row(session, table, _values(obj, True) if before else None, _values(obj, False) if after else None)


def _do_orm_execute(state: ORMExecuteState):
    if not (state.is_update or state.is_delete):
        return None
    table = state.statement.table
    if table.name not in _taggers:
        return None
    keys = list(table.primary_key.columns)
    connection = state.session.connection()
    query = select(table)
    if state.statement.whereclause is not None:
        query = query.where(state.statement.whereclause)
    before = [dict(row) for row in connection.execute(query.limit(BULK_ROWS_LIMIT + 1)).mappings()]
    result = state.invoke_statement()
    if len(keys) != 1 or len(before) > BULK_ROWS_LIMIT:
        touch(state.session, {ALL})
        return result
    key = keys[0]
    after = {}
    if state.is_update and before:
        ids = [row[key.name] for row in before]
        after = {row[key.name]: dict(row) for row in connection.execute(select(table).where(key.in_(ids))).mappings()}
    for row in before:
        _tag_row(state.session, table.name, row, after.get(row[key.name]))
    return result


def _after_commit(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint: the outer transaction may still roll back
    tags = session.info.pop("cache_tags", None)
    if not tags or not has_app_context():
        return
    try:
        page_cache().purge(tags)
    except Exception:
        # The change stands; pages showing it are at most FRAGMENT_TTL seconds late.
        log.exception("page cache: could not purge %d tag(s) after a commit", len(tags))


def _after_soft_rollback(session: Session, previous) -> None:
    if not previous.nested:  # a savepoint's rollback keeps the outer transaction's tags (more is harmless)
        session.info.pop("cache_tags", None)


def install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _after_flush)
    event.listen(Session, "do_orm_execute", _do_orm_execute)
    event.listen(Session, "after_commit", _after_commit)
    event.listen(Session, "after_soft_rollback", _after_soft_rollback)
    _installed = True
