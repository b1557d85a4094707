"""Every host keeps its own index current from the `search_outbox` table (the database is the truth).

- A commit that touches products, variants, cooperatives or label claims also inserts their ids into
  `search_outbox`, in the same transaction (sync.py): a rolled-back change leaves no row, a committed one
  always does, whichever host made it.
- Each index remembers which rows it has applied in a small file next to it (`<index>.outbox`): `mark`
  (every row up to it is applied) and `applied` (rows above the mark already applied). Draining reads the
  rows after the mark, re-indexes those products from the database, then saves the mark; a crash between
  the two only re-applies rows, which is harmless (a document is rebuilt from the current row).
- Ids come from a sequence: on PostgreSQL a transaction may commit id 12 before another commits id 11, and
  a rolled-back one leaves a hole. So the mark stops at a hole for GAP_GRACE_SECONDS before stepping over
  it; rows are inserted just before COMMIT, so a hole that old is a rollback, not a slow writer.
- One process per host drains at a time (an fcntl lock next to the index); the others skip and simply see
  the new index generation. The committing process drains at once (its own change is visible to its next
  search, as before); others check at most every REFRESH_SECONDS from their searches.
- A rebuild holds the same lock and records the mark it started from. Rows older than
  SEARCH_OUTBOX_KEEP_HOURS are pruned (the newest is always kept); a host whose mark is older than the
  oldest row, or that has no mark, rebuilds.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flask import current_app, has_request_context
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from market.extensions import db
from market.search.models import SearchOutbox

log = logging.getLogger(__name__)

GAP_GRACE_SECONDS = 10.0
BATCH = 5_000
PRUNE_EVERY_SECONDS = 600.0
STALE_SECONDS = 60.0  # status() is not ok when a row has waited longer than this


class DrainBusy(Exception):
    """Another process or thread of this host is draining or rebuilding."""


@dataclass
class Mark:
    mark: int = 0
    applied: set[int] = field(default_factory=set)
    stalled_at: float | None = None  # when the mark first stopped at a hole (wall clock, shared by processes)

    @property
    def known(self) -> int:
        return max(self.applied, default=self.mark)

    def advance(self, present: set[int], now: float) -> None:
        """Move the mark over applied rows, and over holes older than the grace period."""
        beyond = max(present | self.applied, default=self.mark)
        while self.mark < beyond:
            following = self.mark + 1
            if following in self.applied:
                self.applied.discard(following)
                self.mark, self.stalled_at = following, None
                continue
            if self.stalled_at is None:
                self.stalled_at = now
            if now - self.stalled_at < GAP_GRACE_SECONDS:
                return
            # A hole: jump to just before the next row we know of.
            self.mark = min(i for i in present | self.applied if i > self.mark) - 1
            self.stalled_at = None


class Follower:
    """The outbox as seen from one index directory."""

    def __init__(self, index):
        self.index = index
        base = index.path.parent / index.path.name
        self.mark_path = Path(f"{base}.outbox")
        self.lock_path = Path(f"{base}.drain-lock")
        self._thread_lock = threading.Lock()  # flock is per open file: threads of one process need this too
        self._checked = 0.0
        self._pruned = 0.0

    # ------------------------------------------------------------------ the mark file

    def load(self) -> Mark | None:
        try:
            data = json.loads(self.mark_path.read_text())
        except (FileNotFoundError, ValueError):
            return None
        return Mark(int(data["mark"]), {int(i) for i in data.get("applied", ())}, data.get("stalled_at"))

    def save(self, mark: Mark) -> None:
        """Atomically: a reader sees the old mark or the new one, never half of one."""
        data = {"mark": mark.mark, "applied": sorted(mark.applied), "stalled_at": mark.stalled_at}
        tmp = self.mark_path.with_name(f"{self.mark_path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.mark_path)

    @contextmanager
    def locked(self, wait: float = 0.0):
        """This host's drain lock (raises DrainBusy if not had within `wait` seconds)."""
        deadline = time.monotonic() + wait
        got = self._thread_lock.acquire(timeout=wait) if wait > 0 else self._thread_lock.acquire(blocking=False)
        if not got:
            raise DrainBusy()
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
            with self.lock_path.open("w") as handle:
                while True:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise DrainBusy() from None
                        time.sleep(0.02)
                yield
        finally:
            self._thread_lock.release()

    # ------------------------------------------------------------------ draining

    def due(self, every: float) -> bool:
        """At most every `every` seconds per process: time for a cheap look at the outbox."""
        now = time.monotonic()
        if now - self._checked < every:
            return False
        self._checked = now
        return True

    def poll(self, app=None) -> int:
        """The cheap check searches make: one indexed query; drains (without waiting) if rows are new."""
        mark = self.load()
        with Session(db.engine) as session:
            newest = session.scalar(select(func.max(SearchOutbox.id)))
        if mark is not None and (newest or 0) <= mark.known and mark.stalled_at is None:
            return 0
        try:
            return self.catch_up(app)
        except DrainBusy:
            return 0

    def catch_up(self, app=None, wait: float = 0.0) -> int:
        """Apply every new outbox row to this host's index. Returns the number of rows applied.

        Raises DrainBusy if another process of this host drains or rebuilds; IndexUnavailable if there is
        no index (the rebuild that makes one records its own mark)."""
        app = app or current_app._get_current_object()
        behind = False
        applied = 0
        with self.locked(wait):
            mark = self.load()
            with Session(db.engine) as session:
                oldest = session.scalar(select(func.min(SearchOutbox.id)))
                if mark is None or (oldest is not None and mark.mark < oldest - 1):
                    behind = True
                else:
                    applied = self._drain(session, mark)
                    self._maybe_prune(session, app)
        if behind:
            self._rebuild(app, "no outbox mark" if mark is None else f"mark {mark.mark} older than row {oldest}")
        return applied

    def _drain(self, session: Session, mark: Mark) -> int:
        total = 0
        while True:
            rows = session.execute(
                select(SearchOutbox.id, SearchOutbox.product_id, SearchOutbox.cooperative_id)
                .where(SearchOutbox.id > mark.mark)
                .order_by(SearchOutbox.id)
                .limit(BATCH)
            ).all()
            new = [row for row in rows if row.id not in mark.applied]
            if new:
                self._apply(session, new)
                mark.applied.update(row.id for row in new)
                total += len(new)
            before = (mark.mark, mark.stalled_at)
            mark.advance({row.id for row in rows}, time.time())
            if new or (mark.mark, mark.stalled_at) != before:
                self.save(mark)
            if len(rows) < BATCH or not new:
                return total

    def _apply(self, session: Session, rows) -> None:
        from market.catalog.models import Product  # search reads catalog, never the other way round

        products = {row.product_id for row in rows if row.product_id is not None}
        coops = {row.cooperative_id for row in rows if row.cooperative_id is not None}
        if coops:
            from market.search.services import forget_cooperatives

            forget_cooperatives()
            products |= set(session.scalars(select(Product.id).where(Product.cooperative_id.in_(coops))))
        self.index.apply(products, session)

    def _rebuild(self, app, why: str) -> None:
        log.warning("search index at %s must be rebuilt: %s", self.index.path, why)
        if has_request_context():  # a web worker keeps serving the index it has meanwhile
            self.index.rebuild_in_background(app)
        else:
            self.index.rebuild()

    # ------------------------------------------------------------------ rebuilding and pruning

    def start_mark(self, session: Session) -> Mark:
        """The mark a rebuild starting now may claim: rows older than the grace period are in what it reads;
        newer ones (a writer may still be committing below them) are applied again afterwards."""
        cutoff = datetime.now(UTC) - timedelta(seconds=GAP_GRACE_SECONDS)
        settled = session.scalar(select(func.max(SearchOutbox.id)).where(SearchOutbox.created_at < cutoff))
        if settled is None:
            oldest = session.scalar(select(func.min(SearchOutbox.id)))
            settled = oldest - 1 if oldest is not None else 0
        return Mark(settled)

    def _maybe_prune(self, session: Session, app) -> None:
        now = time.monotonic()
        if now - self._pruned < PRUNE_EVERY_SECONDS:
            return
        self._pruned = now
        prune(session, timedelta(hours=app.config.get("SEARCH_OUTBOX_KEEP_HOURS", 24)))


def prune(session: Session, keep: timedelta) -> int:
    """Delete rows older than `keep`, always keeping the newest (hosts compare their mark with the oldest)."""
    newest = session.scalar(select(func.max(SearchOutbox.id)))
    if newest is None:
        return 0
    cutoff = datetime.now(UTC) - keep
    table = SearchOutbox.__table__  # Core: the page cache's ORM hooks have nothing to do with this table
    result = session.connection().execute(delete(table).where(table.c.created_at < cutoff, table.c.id < newest))
    session.commit()
    return result.rowcount or 0


@dataclass
class Status:
    """What a health check needs: is the index readable, and how far behind the outbox is it."""

    ok: bool
    reachable: bool
    lag: int  # outbox rows not applied yet
    mark: int | None
    behind: bool  # the mark is older than the oldest row (or missing): a rebuild is due
    rebuilding: bool
    oldest_waiting_seconds: float | None

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def status(follower: Follower) -> Status:
    index = follower.index
    try:
        index._index()  # opens it without draining: the status reports, it does not act
        reachable = True
    except Exception:  # IndexUnavailable or a damaged index: search falls back to the database
        reachable = False
    mark = follower.load()
    after, applied = (mark.mark, mark.applied) if mark else (0, set())
    with Session(db.engine) as session:
        oldest = session.scalar(select(func.min(SearchOutbox.id)))
        lag, first = session.execute(
            select(func.count(SearchOutbox.id), func.min(SearchOutbox.created_at)).where(
                SearchOutbox.id > after, SearchOutbox.id.notin_(applied or {-1})
            )
        ).one()
    behind = mark is None or (oldest is not None and mark.mark < oldest - 1)
    age = None
    if first is not None:
        first = first.replace(tzinfo=UTC) if first.tzinfo is None else first
        age = max(0.0, (datetime.now(UTC) - first).total_seconds())
    fresh = not lag or (age is not None and age < STALE_SECONDS)
    return Status(reachable and not behind and fresh, reachable, int(lag), mark.mark if mark else None, behind,
                  index.rebuilding, age)  # fmt: skip
