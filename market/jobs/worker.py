"""The RQ worker and cron scheduler, fitted to the app."""

from __future__ import annotations

from flask import Flask
from rq import SimpleWorker
from rq.cron import CronScheduler
from rq.defaults import DEFAULT_WORKER_TTL
from rq.utils import now

from market.core.jobs import DEFAULT_TIMEOUT, QUEUE_NAME
from market.extensions import db
from market.jobs import tasks

# name -> (task, every N seconds or a cron line in the server's local time, time limit in seconds).
PERIODIC = {
    "release-expired-reservations": (tasks.release_expired_reservations, 60, 300),
    "retry-emails": (tasks.retry_emails, 5 * 60, 900),
    "reconcile-payments": (tasks.reconcile_payments, 15 * 60, 900),
    "sweep-labels": (tasks.sweep_labels, "30 2 * * *", 1800),
    "sweep-exports": (tasks.sweep_exports, "45 2 * * *", 900),
}


class AppWorker(SimpleWorker):
    """Runs each job in the worker's own process (no fork: the app, its database pool and templates are
    made once) inside an app context, and gives a dead worker's job back sooner than RQ's default."""

    def __init__(self, *args, app: Flask, abandon_grace: int = 30, **kwargs):
        super().__init__(*args, **kwargs)
        self.app = app
        self.abandon_grace = abandon_grace

    def perform_job(self, job, queue, execution) -> bool:
        with self.app.app_context():
            try:
                return super().perform_job(job, queue, execution)
            finally:
                db.session.remove()

    def get_heartbeat_ttl(self, job, working_time: float = 0.0) -> int:
        # A job is abandoned (and retried by the next maintenance pass) once its time limit plus this
        # grace has passed without its worker; RQ's SimpleWorker waits a fixed 60 s more.
        if job.timeout == -1:
            return DEFAULT_WORKER_TTL
        return int(job.timeout or DEFAULT_TIMEOUT) + self.abandon_grace


class SingleCronScheduler(CronScheduler):
    """RQ's cron scheduler, safe to run on several hosts: a periodic job is enqueued by whichever
    scheduler first takes its slot (a Redis key living one period), so it still runs once a period."""

    def enqueue_jobs(self):
        enqueued = []
        at = None
        for cron_job in self._cron_jobs:
            if not cron_job.should_run():
                continue
            at = at or now()
            period = cron_job.interval or 3600
            if self.connection.set(f"souk:cron:{cron_job.name}", self.name, nx=True, ex=max(period - 1, 1)):
                cron_job.enqueue(self.connection)
                enqueued.append(cron_job)
            cron_job.set_enqueue_time(at)
        return enqueued


def make_scheduler(connection, periodic: dict | None = None) -> SingleCronScheduler:
    scheduler = SingleCronScheduler(connection=connection, name="")
    for name, (func, when, timeout) in (periodic or PERIODIC).items():
        every = {"interval": when} if isinstance(when, int) else {"cron": when}
        scheduler.register(func, QUEUE_NAME, name=name, job_timeout=timeout, **every)
    return scheduler
