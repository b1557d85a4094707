"""The Whoosh index on local disk: opening it, keeping each worker's searchers fresh, writing to it from
several processes at once, rebuilding and repairing it.

- Writers from any process (gunicorn workers, CLI) take Whoosh's file lock and wait for it
  (`writer(timeout, delay)`: plain `writer()` lost 3 updates in 4 under contention). A writer that still
  cannot get the lock appends the product ids to a pending file; whoever holds the lock next writes them
  too, so no update is lost.
- Every request re-opens the searcher when the index changed (a cheap generation check, at most every
  REFRESH_SECONDS), so a change is visible in every worker well within a second.
- If the index is missing or damaged, search answers from the database meanwhile (IndexUnavailable) and a
  background thread rebuilds it; only one process rebuilds at a time.
- Changes reach the index through the database's search outbox (outbox.py), which every host drains into
  its own index: the committing process at once, the others from their searches' refresh check.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

import numpy as np
from flask import Flask, current_app, has_request_context
from sqlalchemy.orm import Session
from whoosh import index as whoosh_index
from whoosh.writing import CLEAR, LockError

from market.extensions import db
from market.search.documents import COLUMN_FIELDS, Reference, count_public, documents, load_products, make_schema
from market.search.outbox import Follower, Status
from market.search.outbox import status as outbox_status

log = logging.getLogger(__name__)


def reading_session() -> Session:
    """A session of its own: indexing runs right after another session's commit, when that one may not
    emit SQL, and reads in batches it can forget as it goes."""
    return Session(db.engine)


REFRESH_SECONDS = 0.2
WRITER_TIMEOUT = 20.0
COLUMNS = COLUMN_FIELDS


class IndexUnavailable(Exception):
    """The index is missing, damaged or being rebuilt: search falls back to the database."""


class DocTable:
    """The numeric columns of every document of a searcher, as numpy arrays indexed by document number.

    Segments never change once written (only their deletion lists do), so arrays are cached per segment
    and a refreshed searcher only reads the new, small segments."""

    _segments: dict[str, dict[str, np.ndarray]] = {}
    _lock = threading.Lock()

    def __init__(self, searcher):
        parts = [self._segment_arrays(reader) for reader, _offset in searcher.reader().leaf_readers()]
        self.columns = {
            name: np.concatenate([p[name] for p in parts]) if parts else np.zeros(0, np.int64) for name in COLUMNS
        }
        # Live documents from each segment's deletion set (walking all_doc_ids() took 30 ms at 100,000).
        self.live_mask = np.ones(searcher.reader().doc_count_all(), dtype=bool)
        for reader, offset in searcher.reader().leaf_readers():
            if reader.has_deletions():
                deleted = np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)
                self.live_mask[deleted + offset] = False
        self.live = np.flatnonzero(self.live_mask)

    @classmethod
    def _segment_arrays(cls, reader) -> dict[str, np.ndarray]:
        segment = reader.segment()
        if segment is None:  # an empty index
            return {name: np.zeros(0, dtype=np.int64) for name in COLUMNS}
        key = segment.segment_id()
        with cls._lock:
            cached = cls._segments.get(key)
        if cached is not None:
            return cached
        count = reader.doc_count_all()
        arrays = {name: np.fromiter(reader.column_reader(name), dtype=np.int64, count=count) for name in COLUMNS}
        with cls._lock:
            if len(cls._segments) > 256:
                cls._segments.clear()
            cls._segments[key] = arrays
        return arrays


class SearchIndex:
    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._local = threading.local()
        self._open_lock = threading.Lock()
        self._ix = None
        self._rebuilding = threading.Event()
        self._last_write = 0.0  # this process's own writes are visible to its next search at once
        self.outbox = Follower(self)

    # ------------------------------------------------------------------ reading

    def _index(self):
        if self._ix is None:
            with self._open_lock:
                if self._ix is None:
                    if not whoosh_index.exists_in(self.path):
                        raise IndexUnavailable("no index")
                    ix = whoosh_index.open_dir(self.path)
                    if not schema_matches(ix.schema):
                        raise IndexUnavailable("the index was built with another schema")
                    self._ix = ix
        return self._ix

    def searcher(self):
        """This thread's searcher, re-opened when the index changed. Raises IndexUnavailable."""
        local = self._local
        if self.outbox.due(REFRESH_SECONDS):
            self._follow()
        now = time.monotonic()
        try:
            searcher = getattr(local, "searcher", None)
            if searcher is None:
                searcher = self._index().searcher()
                local.table = None
            elif now - local.checked > REFRESH_SECONDS or local.checked <= self._last_write:
                ix = self._index()
                if ix.latest_generation() != searcher.reader().generation():
                    # A new searcher rather than Searcher.refresh(): refresh re-uses segment readers and
                    # kept showing documents deleted since (whoosh-reloaded 2.7.5; see tests/search).
                    fresh = ix.searcher()
                    with suppress(Exception):
                        searcher.close()
                    searcher, local.table = fresh, None
            local.searcher, local.checked = searcher, now
            return searcher
        except IndexUnavailable:
            self.forget()
            raise
        except Exception as exc:  # a damaged index: files missing or unreadable
            log.exception("search index unreadable at %s", self.path)
            self.forget()
            raise IndexUnavailable(str(exc)) from exc

    def _follow(self) -> None:
        """Apply what other hosts (or processes) committed since the last look; never fails a search."""
        try:
            self.outbox.poll()
        except IndexUnavailable:
            pass  # the caller finds out and falls back to the database
        except Exception:
            log.exception("search: could not apply the outbox to %s", self.path)

    def table(self) -> DocTable:
        local = self._local
        if getattr(local, "table", None) is None:
            # The searcher the caller just got: refreshing here would close it under the caller's feet.
            local.table = DocTable(getattr(local, "searcher", None) or self.searcher())
        return local.table

    def forget(self) -> None:
        searcher = getattr(self._local, "searcher", None)
        self._local.searcher = self._local.table = None
        if searcher is not None:
            with suppress(Exception):  # closing a damaged searcher may fail; nothing to keep
                searcher.close()
        self._ix = None

    # ------------------------------------------------------------------ writing

    @property
    def _pending_path(self) -> Path:
        return self.path.parent / f"{self.path.name}.pending"

    def _remember(self, ids: Iterable[int]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._pending_path.open("a") as pending:
            fcntl.flock(pending, fcntl.LOCK_EX)
            pending.write("".join(f"{i}\n" for i in ids))

    def _take_pending(self) -> set[int]:
        try:
            with self._pending_path.open("r+") as pending:
                fcntl.flock(pending, fcntl.LOCK_EX)
                ids = {int(line) for line in pending.read().split() if line.isdigit()}
                pending.seek(0)
                pending.truncate()
                return ids
        except FileNotFoundError:
            return set()

    def update(self, product_ids: Iterable[int]) -> int:
        """Write the current state of these products: public ones (re)indexed, the others removed."""
        ids = set(product_ids)
        if not ids:
            return 0
        try:
            ix = self._index()
        except IndexUnavailable:
            self._remember(ids)  # the rebuild reads the database anyway; kept in case it is running now
            if has_request_context():  # a web worker repairs itself; a command line says `search rebuild`
                self.rebuild_in_background()
            return 0
        try:
            writer = ix.writer(timeout=WRITER_TIMEOUT, delay=0.05)
        except LockError:
            log.warning("search index busy: %d product(s) queued for the next writer", len(ids))
            self._remember(ids)
            return 0
        try:
            ids |= self._take_pending()
            with reading_session() as session:
                ref = Reference.load(session)
                found = set()
                for doc in documents(session, load_products(session, ids), ref):
                    writer.update_document(**doc)
                    found.add(int(doc["pid"]))
            for gone in ids - found:
                writer.delete_by_term("pid", str(gone))
        except BaseException:
            writer.cancel()
            self._remember(ids)
            raise
        writer.commit()
        self._last_write = time.monotonic()
        return len(ids)

    def apply(self, product_ids: Iterable[int], session: Session) -> None:
        """Write these products' current state (read through the drain's session), or raise: the outbox mark
        only moves on when this returns."""
        ids = set(product_ids)
        if not ids:
            return
        writer = self._index().writer(timeout=WRITER_TIMEOUT, delay=0.05)
        try:
            ref = Reference.load(session)
            found = set()
            for doc in documents(session, load_products(session, ids), ref):
                writer.update_document(**doc)
                found.add(int(doc["pid"]))
            for gone in ids - found:
                writer.delete_by_term("pid", str(gone))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        self._last_write = time.monotonic()

    # ------------------------------------------------------------------ rebuilding

    def rebuild(self, progress: Callable[[int, int], None] | None = None, batch: int = 500, procs: int = 1) -> int:
        """Index every public product from the database, replacing what the index held. `procs` > 1 lets
        Whoosh analyse in that many processes (the command line does; a web worker never forks).
        Holds this host's outbox lock throughout and records the outbox mark it started from."""
        with self.outbox.locked(wait=WRITER_TIMEOUT):
            with reading_session() as session:
                start = self.outbox.start_mark(session)
            done = self._rebuild(progress, batch, procs)
            self.outbox.save(start)
        return done

    def _rebuild(self, progress, batch: int, procs: int) -> int:
        self.path.mkdir(parents=True, exist_ok=True)
        if not whoosh_index.exists_in(self.path):
            whoosh_index.create_in(self.path, make_schema())
            self._ix = None
        options = {"timeout": WRITER_TIMEOUT, "delay": 0.05, "limitmb": 512 if procs > 1 else 128}
        if procs > 1:
            options |= {"procs": procs, "multisegment": True, "batchsize": 500}
        try:
            ix = self._index()
            writer = ix.writer(**options)
        except LockError:
            raise
        except Exception:  # damaged, or another schema: start from an empty directory
            log.warning("search index at %s unusable: recreating it", self.path, exc_info=True)
            self.forget()
            shutil.rmtree(self.path, ignore_errors=True)
            self.path.mkdir(parents=True)
            ix = whoosh_index.create_in(self.path, make_schema())
            self._ix = ix
            writer = ix.writer(**options)
        done = 0
        try:
            self._take_pending()  # everything is read from the database now
            with reading_session() as session:
                total = count_public(session)
                ref = Reference.load(session)
                chunk: list = []
                for product in load_products(session, None, batch=batch):
                    chunk.append(product)
                    if len(chunk) >= batch:
                        done += self._add(session, writer, chunk, ref)
                        chunk = []
                        session.expunge_all()
                        if progress:
                            progress(done, total)
                done += self._add(session, writer, chunk, ref)
            if progress:
                progress(done, total)
        except BaseException:
            writer.cancel()
            raise
        writer.commit(mergetype=CLEAR)
        self._last_write = time.monotonic()
        self.forget()
        return done

    @staticmethod
    def _add(session, writer, products: list, ref: Reference) -> int:
        count = 0
        for doc in documents(session, products, ref):
            writer.add_document(**doc)
            count += 1
        return count

    def rebuild_in_background(self, app: Flask | None = None) -> bool:
        """Start a rebuild in a thread unless one runs here or in another process. True if started."""
        if self._rebuilding.is_set():
            return False
        app = app or current_app._get_current_object()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock_file = (self.path.parent / f"{self.path.name}.rebuild-lock").open("w")
        try:
            fcntl.flock(lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock_file.close()
            return False
        self._rebuilding.set()

        def run():
            try:
                with app.app_context():
                    count = self.rebuild()
                    log.warning("search index rebuilt: %d products", count)
            except Exception:
                log.exception("search index rebuild failed")
            finally:
                self._rebuilding.clear()
                lock_file.close()

        threading.Thread(target=run, name="search-rebuild", daemon=True).start()
        return True

    @property
    def rebuilding(self) -> bool:
        return self._rebuilding.is_set()

    # ------------------------------------------------------------------ checking

    def drift(self) -> tuple[set[int], set[int], set[int]]:
        """(public products missing from the index, indexed products that should not be there, indexed
        products whose document differs from what the database says now)."""
        stamps = {}
        with reading_session() as session:
            ref = Reference.load(session)
            batch: list = []
            for product in load_products(session, None):
                batch.append(product)
                if len(batch) >= 1000:
                    stamps.update((int(d["pid"]), d["stamp"]) for d in documents(session, batch, ref))
                    batch = []
                    session.expunge_all()
            stamps.update((int(d["pid"]), d["stamp"]) for d in documents(session, batch, ref))
        searcher = self.searcher()
        indexed = {int(fields["pid"]): fields.get("stamp") for fields in searcher.all_stored_fields()}
        missing = set(stamps) - set(indexed)
        extra = set(indexed) - set(stamps)
        stale = {pid for pid, stamp in indexed.items() if pid in stamps and stamps[pid] != stamp}
        return missing, extra, stale


def schema_matches(schema) -> bool:
    """The index on disk was built with the schema this code writes (same fields, same kinds)."""
    expected = make_schema()
    return sorted(schema.names()) == sorted(expected.names()) and all(
        type(schema[name]) is type(expected[name]) for name in expected.names()
    )


def status(app: Flask | None = None) -> Status:
    """For health checks: `ok`, whether the index opens, and its lag in outbox rows (see outbox.Status)."""
    return outbox_status(get_index(app).outbox)


def get_index(app: Flask | None = None) -> SearchIndex:
    app = app or current_app
    return app.extensions["search_index"]


def init_app(app: Flask) -> None:
    app.extensions["search_index"] = SearchIndex(app.config["SEARCH_INDEX_DIR"])
