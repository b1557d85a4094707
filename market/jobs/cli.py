"""`flask jobs ...`: the worker, the periodic scheduler and the dead letters."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from market.core import jobs

jobs_cli = AppGroup("jobs", help="Background jobs on Redis (RQ).")


def _require_queue():
    if not jobs.queue_in_use():
        raise click.ClickException("REDIS_URL is not set: background work runs inline, there is no queue.")


@jobs_cli.command("worker")
@click.option("--burst", is_flag=True, help="Stop once the queue is empty (tests, one-off runs).")
@click.option("--maintenance-interval", default=60, show_default=True, type=click.IntRange(1),
              help="Seconds between checks for jobs whose worker died (they are retried).")  # fmt: skip
@click.option("--abandon-grace", default=30, show_default=True, type=click.IntRange(1),
              help="Seconds past a job's time limit before a silent job counts as abandoned.")  # fmt: skip
def worker_command(burst: bool, maintenance_interval: int, abandon_grace: int):
    """Run jobs from the queue; also moves retries whose backoff is over back onto it."""
    from market.jobs.worker import AppWorker

    _require_queue()
    app = current_app._get_current_object()
    queue = jobs.get_queue(app)
    worker = AppWorker(
        [queue],
        connection=queue.connection,
        app=app,
        abandon_grace=abandon_grace,
        maintenance_interval=maintenance_interval,
        # An idle worker blocks on the queue for worker_ttl - 15 s and checks for abandoned jobs only
        # in between (RQ's default: every 405 s); wake it every maintenance interval instead.
        worker_ttl=maintenance_interval + 15,
    )
    worker.work(burst=burst, with_scheduler=True, logging_level="INFO")


@jobs_cli.command("scheduler")
def scheduler_command():
    """Enqueue the periodic tasks on time (safe to run on more than one host)."""
    from market.jobs.worker import PERIODIC, make_scheduler

    _require_queue()
    for name, (_func, when, _timeout) in PERIODIC.items():
        click.echo(f"{name}: " + (f"every {when} s" if isinstance(when, int) else f"cron '{when}'"))
    make_scheduler(jobs.connection()).start()


@jobs_cli.command("failed")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000))
def failed_command(limit: int):
    """List dead letters: jobs that used up their retries."""
    _require_queue()
    counts = jobs.registry_counts()
    click.echo(", ".join(f"{name}: {count}" for name, count in counts.items()))
    for job in jobs.failed_jobs(limit):
        when = job["failed_at"].isoformat(timespec="seconds") if job["failed_at"] else "-"
        click.echo(f"{job['id']}  {when}  {job['function']}({job['arguments']})  x{job['attempts']}  {job['error']}")


@jobs_cli.command("retry")
@click.argument("job_ids", nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every dead letter.")
def retry_command(job_ids: tuple[str, ...], retry_all: bool):
    """Put dead letters back on the queue."""
    _require_queue()
    if retry_all:
        job_ids = tuple(job["id"] for job in jobs.failed_jobs(limit=10_000))
    if not job_ids:
        raise click.UsageError("Give job ids, or --all.")
    retried = sum(jobs.retry_failed(job_id) for job_id in job_ids)
    click.echo(f"{retried} job(s) back on the queue.")
