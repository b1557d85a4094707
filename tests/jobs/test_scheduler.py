"""`flask jobs scheduler` enqueues the periodic tasks on RQ's cron scheduler, once a period even with two
schedulers, and a worker runs them: an expired card reservation gives its stock back."""

from datetime import timedelta

import pytest
from rq.job import Job

from market.core import jobs
from market.core.models import utcnow
from market.extensions import db
from market.jobs.worker import PERIODIC, make_scheduler
from tests.factories import make_coop, make_order, make_product, make_user
from tests.jobs.conftest import wait_for

pytestmark = [pytest.mark.redis, pytest.mark.app_config(JOBS_SYNC=False)]


def test_the_periodic_tasks_and_their_intervals():
    scheduler = make_scheduler(connection=None)
    every = {job.name: job.interval or job.cron for job in scheduler.get_jobs()}
    assert every == {"release-expired-reservations": 60, "retry-emails": 300, "reconcile-payments": 900,
                     "sweep-labels": "30 2 * * *", "sweep-exports": "45 2 * * *"}  # fmt: skip
    assert {job.func_name for job in scheduler.get_jobs()} == {
        f"market.jobs.tasks.{func.__name__}" for func, _when, _timeout in PERIODIC.values()
    }


def test_the_scheduler_enqueues_them_and_a_worker_runs_them(app, workers):
    product = make_product(make_coop(), stock=5)
    order = make_order(make_user(), [(product, 3)], payment_method="card")
    db.session.flush()
    order.reserved_until = utcnow() - timedelta(minutes=1)
    db.session.commit()

    workers.start(command="scheduler")
    queue = jobs.get_queue()
    wait_for(lambda: queue.count >= 3, timeout=60)
    workers.stop_all()
    names = sorted(Job.fetch(job_id, connection=jobs.connection()).func_name for job_id in queue.job_ids)
    assert names == [
        "market.jobs.tasks.reconcile_payments",
        "market.jobs.tasks.release_expired_reservations",
        "market.jobs.tasks.retry_emails",
    ]  # fmt: skip  (the daily label sweep is not due)
    # A second scheduler (another host) within the period enqueues nothing: each slot is taken once.
    assert make_scheduler(jobs.connection()).enqueue_jobs() == []
    assert queue.count == 3

    workers.burst()
    db.session.expire_all()
    assert product.stock == 5 and order.payment_status == "failed"
    assert queue.count == 0 and jobs.registry_counts()["failed"] == 0
