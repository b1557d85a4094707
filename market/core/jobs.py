"""Background work, for every area: `enqueue("market.area.module.function", *args)` after the commit.

With REDIS_URL set, the job goes on RQ (one queue, retried with backoff, a time limit) and a worker
(`flask jobs worker`) runs it on any host; without Redis it runs here, at once, as before the queue
existed. Under `app.testing` jobs still go through RQ when Redis is set, but synchronously
(`JOBS_SYNC`), so tests stay deterministic; a test that wants a real worker sets JOBS_SYNC=False.

A job must be idempotent: it may run twice (a worker killed after the job's commit but before RQ noted
it finished retries it), so it works from the database's state (deliver the emails still pending,
release the reservations still held), never from "what I was asked to do".
"""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask, current_app
from redis import Redis
from rq import Queue, Retry
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
from sqlalchemy import event
from sqlalchemy.orm import Session
from werkzeug.utils import import_string

from market.extensions import db

QUEUE_NAME = "souk"
DEFAULT_TIMEOUT = 600  # seconds: a job running longer is killed and retried
DEFAULT_RETRY_INTERVALS = (30, 120, 600)  # seconds before the 1st, 2nd and 3rd retry
FAILED_TTL = 30 * 24 * 3600  # a dead letter is kept a month unless an admin retries or deletes it


class JobFailed(RuntimeError):
    """A job run in place (JOBS_SYNC) raised: re-raised so the test that caused it fails loudly."""


class UncommittedChanges(RuntimeError):
    """enqueue() was called with changes not yet committed: the job could miss them or act on a rollback."""


def queue_in_use(app: Flask | None = None) -> bool:
    return bool((app or current_app).config.get("REDIS_URL"))


def connection(app: Flask | None = None) -> Redis:
    """The queue's own Redis client: no socket timeout, unlike `core.redis.get_redis` (0.5 s), because a
    worker waits on a blocking pop for minutes and a job's enqueue must not give up on a busy Redis."""
    app = app or current_app
    client = app.extensions.get("souk_jobs_redis")
    if client is None:
        client = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=5, health_check_interval=30)
        app.extensions["souk_jobs_redis"] = client
    return client


def get_queue(app: Flask | None = None) -> Queue:
    app = app or current_app
    is_async = not app.config.get("JOBS_SYNC", app.testing)
    return Queue(QUEUE_NAME, connection=connection(app), is_async=is_async, default_timeout=_timeout(app))


def _timeout(app: Flask) -> int:
    return int(app.config.get("JOBS_TIMEOUT") or DEFAULT_TIMEOUT)


def retry_policy(app: Flask | None = None) -> Retry:
    intervals = [int(i) for i in (app or current_app).config.get("JOBS_RETRY_INTERVALS") or DEFAULT_RETRY_INTERVALS]
    return Retry(max=len(intervals), interval=intervals)


def _has_uncommitted_changes() -> bool:
    session = db.session()
    return bool(session.new or session.dirty or session.deleted or session.info.get("souk_flushed"))


def enqueue(func_path: str, *args, **kwargs) -> Job | None:
    """Run `func_path(*args, **kwargs)` in the background (RQ) or, without Redis, now. Call it after the
    commit; arguments are plain values (ids, strings), never model objects. Returns the RQ job, if any."""
    if _has_uncommitted_changes():
        raise UncommittedChanges(f"commit before enqueueing {func_path}")
    if not queue_in_use():
        import_string(func_path)(*args, **kwargs)
        return None
    app = current_app._get_current_object()
    queue = get_queue(app)
    job = queue.enqueue(
        func_path, args=args, kwargs=kwargs, retry=retry_policy(app), failure_ttl=FAILED_TTL, job_timeout=_timeout(app)
    )
    if not queue.is_async and job.is_failed:  # run in place (tests): RQ recorded the error, tests must see it
        raise JobFailed(f"{func_path} failed:\n{job.latest_result().exc_string}")
    return job


# enqueue()'s check needs to see flushed-but-uncommitted work too (autoflush hides it from session.new).
@event.listens_for(Session, "after_flush")
def _flushed(session, flush_context):
    session.info["souk_flushed"] = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session, transaction):
    if transaction.parent is None:
        session.info.pop("souk_flushed", None)


# ------------------------------------------------------------------------------ dead letters, for admins


def _when(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def registry_counts(app: Flask | None = None) -> dict[str, int]:
    queue = get_queue(app)
    conn = queue.connection
    return {
        "queued": queue.count,
        "started": StartedJobRegistry(queue=queue, connection=conn).count,
        "scheduled": ScheduledJobRegistry(queue=queue, connection=conn).count,
        "failed": FailedJobRegistry(queue=queue, connection=conn).count,
    }


def _summary(job: Job) -> dict:
    args = ", ".join([repr(a) for a in job.args] + [f"{k}={v!r}" for k, v in job.kwargs.items()])
    result = job.latest_result()
    error = ((result.exc_string if result else None) or "").strip().splitlines()
    attempts = (len(job.retry_intervals or ()) - (job.retries_left or 0)) + 1 if job.retry_intervals else 1
    return {
        "id": job.id,
        "function": job.func_name,
        "arguments": args[:200],
        "error": error[-1][:300] if error else "",
        "attempts": attempts,
        "failed_at": _when(job.ended_at),
        "enqueued_at": _when(job.enqueued_at),
    }


def failed_jobs(limit: int = 100, app: Flask | None = None) -> list[dict]:
    """Dead letters, newest first: jobs that used up their retries (or were abandoned without any left)."""
    queue = get_queue(app)
    registry = FailedJobRegistry(queue=queue, connection=queue.connection)
    ids = registry.get_job_ids(0, limit - 1, desc=True)
    return [_summary(job) for job in Job.fetch_many(ids, connection=queue.connection) if job is not None]


def retry_failed(job_id: str, app: Flask | None = None) -> bool:
    """Put a dead letter back on the queue for one more run. False when it is no longer there."""
    queue = get_queue(app)
    registry = FailedJobRegistry(queue=queue, connection=queue.connection)
    if job_id not in registry.get_job_ids():
        return False
    registry.requeue(job_id)
    return True


def delete_failed(job_id: str, app: Flask | None = None) -> bool:
    queue = get_queue(app)
    registry = FailedJobRegistry(queue=queue, connection=queue.connection)
    if job_id not in registry.get_job_ids():
        return False
    registry.remove(job_id, delete_job=True)
    return True
