"""Without Redis work runs at once, in the process, as before the queue; with Redis under tests it runs
through RQ in place (JOBS_SYNC); either way a job is never enqueued over uncommitted changes."""

import pytest

from market.core import jobs
from market.core.mail import deliver_outbox, deliver_soon
from market.core.models import OutboxEmail
from market.extensions import db
from tests.jobs import tasks


@pytest.mark.app_config(REDIS_URL="")
def test_without_redis_a_job_runs_at_once_in_the_process(app):
    tasks.CALLS.clear()
    assert jobs.queue_in_use() is False
    assert jobs.enqueue("tests.jobs.tasks.record", "inline") is None
    assert tasks.CALLS == ["inline"]


@pytest.mark.app_config(REDIS_URL="")
def test_without_redis_emails_go_out_at_once_as_before(app):
    email = OutboxEmail(to="buyer@example.ma", subject="Commande", body="Merci\n", locale="fr")
    db.session.add(email)
    db.session.commit()
    deliver_outbox()
    db.session.expire_all()
    assert email.status == "sent" and email.attempts == 1
    other = OutboxEmail(to="buyer@example.ma", subject="Encore", body="Merci\n", locale="fr")
    db.session.add(other)
    db.session.commit()
    deliver_soon()  # tests: at once; in production, this process's delivery thread
    db.session.expire_all()
    assert other.status == "sent"


@pytest.mark.app_config(REDIS_URL="")
def test_enqueue_refuses_uncommitted_changes(app):
    tasks.CALLS.clear()
    db.session.add(OutboxEmail(to="buyer@example.ma", subject="Commande", body="Merci\n", locale="fr"))
    with pytest.raises(jobs.UncommittedChanges):
        jobs.enqueue("tests.jobs.tasks.record", "too early")
    db.session.flush()  # flushed but not committed: still refused
    with pytest.raises(jobs.UncommittedChanges):
        jobs.enqueue("tests.jobs.tasks.record", "too early")
    db.session.rollback()
    jobs.enqueue("tests.jobs.tasks.record", "after the rollback")
    assert tasks.CALLS == ["after the rollback"]


@pytest.mark.redis
def test_with_redis_under_tests_jobs_run_through_rq_in_place(app):
    from rq.job import Job

    job = jobs.enqueue("tests.jobs.tasks.record", "via rq")
    assert job is not None and job.func_name == "tests.jobs.tasks.record"
    assert Job.fetch(job.id, connection=jobs.connection()).get_status() == "finished"
    assert job.return_value() == "via rq"
    with pytest.raises(jobs.JobFailed, match="the carrier's API said no"):
        jobs.enqueue("tests.jobs.tasks.always_fails")


@pytest.mark.redis
def test_with_redis_emails_are_delivered_through_the_queue(app):
    email = OutboxEmail(to="buyer@example.ma", subject="Commande", body="Merci\n", locale="fr")
    db.session.add(email)
    db.session.commit()
    deliver_soon()
    db.session.expire_all()
    assert email.status == "sent" and email.attempts == 1
