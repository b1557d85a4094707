"""CSV reports built in the background: a cooperative's catalogue, its payout ledger for a period, an
event's report, an organiser's yearly indicators.

A report is asked for with a POST (`request_export`): a `ReportExport` row is committed, then a job
(`build_export`) runs on the queue (`flask jobs worker`) or, without Redis, at once in the request, as
every other job. The job writes the file to the private storage namespace (local folder or S3) and marks
the row done; the person who asked follows it on its page and downloads it from there. A big year of
ledger lines no longer holds a web worker for as long as it takes, and the file is there on every host.

Each area registers its kinds (`register`) with three functions: who may ask (checked when asking and
again when downloading: a manager removed from the cooperative since cannot fetch last week's file),
how to read and check the parameters, and how to build `(filename, text)`. Core imports no area.

A build may run twice (a worker killed after writing the file): it works from the row, overwrites the
same key, and a row already done is left alone. Files are kept `EXPORT_KEEP_DAYS` (7), then the daily
sweep deletes them with their rows.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, select, update

from market.core import jobs
from market.core.models import ReportExport, utcnow
from market.core.storage import PRIVATE, StorageUnavailable, current_storage
from market.extensions import db

EXPORT_KEEP_DAYS = 7
MAX_PENDING_PER_USER = 5  # asking again and again while the queue is slow does not pile up work
STATUSES = ("pending", "running", "done", "failed")


class ExportRefused(ValueError):
    """The request cannot be honoured; the message is translated and shown to the person who asked."""


@dataclass(frozen=True)
class ExportKind:
    name: str
    allowed: Callable  # (user, params) -> bool
    parse: Callable  # (form data) -> params dict; raises ExportRefused with the reason
    build: Callable  # (params, user) -> (filename, csv text)
    title: Callable  # (params) -> what the file holds, in the reader's language
    back: Callable  # (params) -> the URL of the page the report comes from


KINDS: dict[str, ExportKind] = {}


def register(name: str, *, allowed, parse, build, title, back) -> None:
    KINDS[name] = ExportKind(name, allowed, parse, build, title, back)


def kind_of(export: ReportExport) -> ExportKind | None:
    return KINDS.get(export.kind)


def params_of(export: ReportExport) -> dict:
    return json.loads(export.params or "{}")


def may_see(export: ReportExport, user) -> bool:
    """Only the person who asked, and only while they still may ask for that report."""
    kind = kind_of(export)
    if kind is None or user is None or not user.is_authenticated or export.user_id != user.id:
        return False
    return bool(kind.allowed(user, params_of(export)))


def request_export(user, kind_name: str, form) -> ReportExport:
    """Check and record the request (flushed, not committed); the caller commits, then `start`s it."""
    from flask_babel import gettext as _

    kind = KINDS.get(kind_name)
    if kind is None:
        raise ExportRefused(_("This report does not exist."))
    params = kind.parse(form)
    if not kind.allowed(user, params):
        raise PermissionError(kind_name)
    waiting = db.session.scalar(
        select(db.func.count())
        .select_from(ReportExport)
        .where(ReportExport.user_id == user.id, ReportExport.status.in_(("pending", "running")))
    )
    if waiting >= MAX_PENDING_PER_USER:
        raise ExportRefused(_("You already have several reports being prepared. Wait for them to finish."))
    export = ReportExport(
        token=secrets.token_urlsafe(24), kind=kind_name, params=json.dumps(params, sort_keys=True), user=user
    )
    db.session.add(export)
    db.session.flush()
    return export


def start(export: ReportExport) -> None:
    """After the commit: build it in the background (or now, without Redis)."""
    jobs.enqueue("market.core.exports.build_export", export.id)


def retry(export: ReportExport) -> bool:
    """A failed report is asked for again (committed by the caller, then `start`ed). False if not failed."""
    if export.status != "failed":
        return False
    export.status, export.error = "pending", None
    db.session.flush()
    return True


def build_export(export_id: int) -> str | None:
    """The job. Returns the status it left the row in (None when the row is gone)."""
    export = db.session.get(ReportExport, export_id)
    if export is None or export.status == "done":
        return export.status if export else None
    kind = kind_of(export)
    claimed = db.session.execute(
        update(ReportExport)
        .where(ReportExport.id == export_id, ReportExport.status != "done")
        .values(status="running", attempts=ReportExport.attempts + 1, updated_at=utcnow())
    ).rowcount
    db.session.commit()
    if not claimed:
        return "done"
    export = db.session.get(ReportExport, export_id)
    try:
        if kind is None:
            raise LookupError(f"unknown report kind {export.kind!r}")
        if not kind.allowed(export.user, params_of(export)):
            raise PermissionError("the person who asked may no longer see this report")
        filename, text = kind.build(params_of(export), export.user)
        data = text.encode("utf-8")
        key = f"exports/{export.token}.csv"
        current_storage().put(PRIVATE, key, data, "text/csv; charset=utf-8")
    except Exception as error:  # recorded on the row, then raised again for the queue's retry
        db.session.rollback()
        detail = getattr(error, "detail", "") or repr(error)
        db.session.execute(
            update(ReportExport)
            .where(ReportExport.id == export_id, ReportExport.status != "done")
            .values(status="failed", error=detail[:500], updated_at=utcnow())
        )
        db.session.commit()
        current_app.logger.warning("report export %s (%s) failed: %s", export_id, export.kind, detail)
        if isinstance(error, (PermissionError, LookupError)) or not _retried_by_a_queue():
            return "failed"  # retrying cannot help, or nobody would retry: the page offers "Try again"
        raise
    db.session.execute(
        update(ReportExport)
        .where(ReportExport.id == export_id)
        .values(
            status="done",
            filename=filename[:200],
            storage_key=key,
            size_bytes=len(data),
            error=None,
            finished_at=utcnow(),
            updated_at=utcnow(),
        )  # fmt: skip
    )
    db.session.commit()
    return "done"


def _retried_by_a_queue() -> bool:
    return jobs.queue_in_use() and not current_app.config.get("JOBS_SYNC", current_app.testing)


def recent_for(user, limit: int = 20) -> list[ReportExport]:
    return list(
        db.session.scalars(
            select(ReportExport)
            .where(ReportExport.user_id == user.id)
            .order_by(ReportExport.created_at.desc(), ReportExport.id.desc())
            .limit(limit)
        )
    )


def by_token(token: str) -> ReportExport | None:
    if not token or len(token) > 43:
        return None
    return db.session.scalar(select(ReportExport).where(ReportExport.token == token))


def sweep(now=None) -> int:
    """Delete files and rows older than EXPORT_KEEP_DAYS (the daily job). Returns how many went."""
    cutoff = (now or utcnow()) - timedelta(days=int(current_app.config.get("EXPORT_KEEP_DAYS", EXPORT_KEEP_DAYS)))
    old = db.session.execute(
        select(ReportExport.id, ReportExport.storage_key).where(ReportExport.created_at < cutoff)
    ).all()
    storage = current_storage()
    gone = []
    for export_id, key in old:
        if key:
            try:
                storage.delete(PRIVATE, key)
            except StorageUnavailable:
                continue  # kept for the next sweep: no row without its file's deletion being tried
        gone.append(export_id)
    if gone:
        db.session.execute(delete(ReportExport).where(ReportExport.id.in_(gone)))
    db.session.commit()
    return len(gone)
