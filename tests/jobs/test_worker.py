"""Jobs through real worker processes: an order's emails go out once, even with two workers; a failing job
is retried with backoff, then lands among the dead letters, which an admin retries or deletes."""

import pytest
from rq.registry import FailedJobRegistry

from market.core import jobs
from market.core.mail import deliver_soon
from market.core.models import OutboxEmail
from market.extensions import db
from tests.conftest import csrf_token_from
from tests.factories import make_coop, make_order, make_product, make_user
from tests.jobs.conftest import wait_for

pytestmark = [pytest.mark.redis, pytest.mark.app_config(JOBS_SYNC=False, LOG_EMAILS=False)]


def _use_smtp(app, smtp_server):
    handler, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False)
    return handler


def test_an_order_placed_here_sends_its_emails_once_through_the_worker(app, workers, smtp_server):
    handler = _use_smtp(app, smtp_server)
    buyer = make_user(email="buyer@example.ma")
    make_order(buyer, [(make_product(make_coop(owner=make_user()), stock=5), 2)])
    db.session.commit()
    deliver_soon()  # what checkout does after its commit
    deliver_soon()  # a second request's wake-up: a second job, nothing sent twice
    queued = db.session.query(OutboxEmail).count()
    assert queued >= 2  # the buyer's confirmation and the cooperative's new order
    assert jobs.get_queue().count == 2 and handler.messages == []  # nothing sent by this "host"
    workers.burst()
    db.session.expire_all()
    assert {e.status for e in db.session.query(OutboxEmail)} == {"sent"}
    assert len(handler.messages) == queued
    assert len({m.split("Message-ID: ")[1].split("\n")[0].strip() for m in handler.messages}) == queued
    workers.burst()  # nothing left: nothing more sent
    assert len(handler.messages) == queued


def test_two_workers_at_once_send_each_email_once(app, workers, smtp_server):
    handler = _use_smtp(app, smtp_server)
    for n in range(30):
        db.session.add(OutboxEmail(to=f"buyer{n}@example.ma", subject=f"Commande {n}", body="Merci\n", locale="fr"))
    db.session.commit()
    for _ in range(4):  # each job tries to take every email: the two workers race for the same rows
        jobs.enqueue("market.core.mail.send_outbox")
    first, second = workers.start("--burst"), workers.start("--burst")
    for process in (first, second):
        output, _ = process.communicate(timeout=90)
        assert process.returncode == 0, output
    assert sorted(m.split("Subject: ")[1].split("\n")[0].strip() for m in handler.messages) == sorted(
        f"Commande {n}" for n in range(30)
    )


@pytest.mark.app_config(JOBS_SYNC=False, JOBS_RETRY_INTERVALS=[2, 4])
def test_a_failing_job_is_retried_with_backoff_then_kept_for_admins(app, workers, client, login):
    job = jobs.enqueue("tests.jobs.tasks.always_fails")
    redis = jobs.connection()
    workers.start()
    registry = FailedJobRegistry(queue=jobs.get_queue(), connection=redis)
    wait_for(lambda: job.id in registry.get_job_ids(), timeout=40)
    attempts = [float(t) for t in redis.lrange("test:attempts", 0, -1)]
    assert len(attempts) == 3  # the first run and two retries
    # Backoff of 2 s, then 4 s. RQ schedules a retry in whole seconds (calendar.timegm truncates), so it may
    # run up to a second early: each wait is at least its interval less one second (CI once saw 0.997 s of 1).
    assert attempts[1] - attempts[0] >= 1 and attempts[2] - attempts[1] >= 3
    workers.stop_all()

    [dead] = jobs.failed_jobs()
    assert dead["function"] == "tests.jobs.tasks.always_fails" and dead["attempts"] == 3
    assert "the carrier's API said no" in dead["error"]

    admin = make_user(is_admin=True)
    db.session.commit()
    login(admin)
    page = client.get("/admin/jobs?lang=en").get_data(as_text=True)
    assert "tests.jobs.tasks.always_fails" in page and "the carrier&#39;s API said no" in page
    assert f"/admin/jobs/{job.id}/retry" in page and f"/admin/jobs/{job.id}/delete" in page
    response = client.post(f"/admin/jobs/{job.id}/retry")
    assert response.status_code == 302 and response.headers["Location"].endswith("/admin/jobs")
    assert jobs.registry_counts()["failed"] == 0 and job.id in jobs.get_queue().job_ids
    # Requeued with no retries left: one more run, then back among the dead letters.
    workers.burst()
    assert len(redis.lrange("test:attempts", 0, -1)) == 4
    assert job.id in registry.get_job_ids()
    assert client.post(f"/admin/jobs/{job.id}/delete").status_code == 302
    assert jobs.failed_jobs() == [] and jobs.registry_counts()["failed"] == 0
    response = client.post(f"/admin/jobs/{job.id}/retry?lang=en", follow_redirects=True)
    assert "no longer among the failed" in response.get_data(as_text=True)


def test_admin_jobs_page_needs_an_admin(app, client, login):
    assert client.get("/admin/jobs").status_code == 302  # to sign in
    assert client.post("/admin/jobs/abc/retry").status_code == 302
    user = make_user()
    db.session.commit()
    login(user)
    assert client.get("/admin/jobs").status_code == 403
    assert client.post("/admin/jobs/abc/retry").status_code == 403
    assert client.post("/admin/jobs/abc/delete").status_code == 403


@pytest.mark.app_config(JOBS_SYNC=False, WTF_CSRF_ENABLED=True)
def test_admin_job_buttons_need_the_csrf_token(app, client):
    job = jobs.get_queue().enqueue("tests.jobs.tasks.always_fails")
    FailedJobRegistry(queue=jobs.get_queue(), connection=jobs.connection()).add(job, exc_string="boom")
    jobs.get_queue().remove(job.id)
    admin = make_user(is_admin=True)
    db.session.commit()
    form = client.get("/account/login").get_data(as_text=True)
    client.post("/account/login", data={"email": admin.email, "password": "correct horse battery",
                                        "csrf_token": csrf_token_from(form)})  # fmt: skip
    page = client.get("/admin/jobs").get_data(as_text=True)
    assert client.post(f"/admin/jobs/{job.id}/retry").status_code == 400
    assert jobs.registry_counts()["failed"] == 1
    response = client.post(f"/admin/jobs/{job.id}/retry", data={"csrf_token": csrf_token_from(page)})
    assert response.status_code == 302 and jobs.registry_counts() == {
        "queued": 1, "started": 0, "scheduled": 0, "failed": 0,
    }  # fmt: skip


@pytest.mark.app_config(REDIS_URL="")
def test_without_redis_the_page_says_work_runs_inline(app, client, login):
    admin = make_user(is_admin=True)
    db.session.commit()
    login(admin)
    page = client.get("/admin/jobs?lang=en").get_data(as_text=True)
    assert "not in use" in page and "runs inline" in page
    assert client.post("/admin/jobs/abc/retry").status_code == 404
    dashboard = client.get("/admin/?lang=en").get_data(as_text=True)
    assert "/admin/jobs" in dashboard


def test_the_failed_and_retry_commands(app, runner):
    job = jobs.get_queue().enqueue("tests.jobs.tasks.always_fails")
    FailedJobRegistry(queue=jobs.get_queue(), connection=jobs.connection()).add(job, exc_string="boom")
    jobs.get_queue().remove(job.id)
    listing = runner.invoke(args=["jobs", "failed"])
    assert listing.exit_code == 0 and "failed: 1" in listing.output
    assert f"{job.id}" in listing.output and "tests.jobs.tasks.always_fails()" in listing.output
    assert runner.invoke(args=["jobs", "retry"]).exit_code == 2  # neither ids nor --all
    retried = runner.invoke(args=["jobs", "retry", "--all"])
    assert retried.exit_code == 0 and "1 job(s) back on the queue" in retried.output
    assert jobs.registry_counts()["failed"] == 0 and jobs.get_queue().count == 1


@pytest.mark.app_config(REDIS_URL="")
def test_without_redis_the_worker_says_there_is_no_queue(app, runner):
    result = runner.invoke(args=["jobs", "worker", "--burst"])
    assert result.exit_code == 1 and "REDIS_URL is not set" in result.output
