"""A worker killed with SIGKILL mid-job loses nothing: a new worker finds the job abandoned (its time limit
plus the grace passed without a heartbeat), runs it again, and its effect happens once."""

import time

import pytest
from rq.job import Job

from market.core import jobs
from market.core.mail import deliver_outbox
from market.core.models import OutboxEmail
from market.extensions import db
from market.orders.models import CANCELLED
from tests.factories import make_coop, make_order, make_product, make_user
from tests.jobs.conftest import wait_for

# Time limit 3 s, abandoned 1 s later (the workers' --abandon-grace); the abandoned job is retried at once
# (no pause: the pause is for jobs that raised, tested in test_worker).
pytestmark = [pytest.mark.redis, pytest.mark.app_config(JOBS_SYNC=False, JOBS_TIMEOUT=3, JOBS_RETRY_INTERVALS=[0])]


def _wait_abandoned_then_retry(workers, job):
    # The new worker's first maintenance pass sees the dead worker's job once its time is up.
    # A burst worker quits after one pass: if it starts before the dead one's time is up (time limit plus
    # grace), it finds nothing abandoned yet, as a long-running worker would on that pass; the next pass
    # (here: the next burst) gives the job back.
    wait_for(lambda: Job.fetch(job.id, connection=jobs.connection()).get_status() == "started", timeout=5)
    outputs = []
    for _attempt in range(6):
        outputs.append(workers.burst(timeout=60))
        status = Job.fetch(job.id, connection=jobs.connection()).get_status()
        if status != "started":
            break
        time.sleep(1)
    assert status == "finished", "\n".join(outputs)


@pytest.mark.parametrize("phase", ["before-commit", "after-commit"])
def test_stock_is_released_once_when_the_worker_dies_mid_job(app, workers, phase):
    product = make_product(make_coop(), stock=5)
    order = make_order(make_user(), [(product, 3)], payment_method="card")
    db.session.commit()
    assert product.stock == 2
    job = jobs.enqueue("tests.jobs.tasks.release_slowly", order.id, phase)
    victim = workers.start()
    wait_for(lambda: jobs.connection().get("test:midway"), timeout=60)
    workers.kill(victim)
    _wait_abandoned_then_retry(workers, job)
    assert int(jobs.connection().get("test:release-attempts")) == 2
    db.session.expire_all()
    assert product.stock == 5  # given back once: 2 + 3, not 2 + 3 + 3
    assert order.parts[0].status == CANCELLED and order.payment_status == "failed"


@pytest.mark.app_config(JOBS_SYNC=False, JOBS_TIMEOUT=3, JOBS_RETRY_INTERVALS=[0], MAIL_SEND_LEASE=1)
def test_an_email_is_sent_once_when_the_worker_dies_while_sending(app, workers, smtp_server):
    handler, port = smtp_server
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False)
    email = OutboxEmail(to="buyer@example.ma", subject="Commande", body="Merci\n", locale="fr")
    db.session.add(email)
    db.session.commit()
    handler.stall = True  # the server stops answering in the middle of the SMTP session
    deliver_outbox()
    [job_id] = jobs.get_queue().job_ids
    victim = workers.start()
    if not handler.stalled.wait(60):
        workers.kill(victim)
        raise AssertionError(victim.stdout.read() if not victim.stdout.closed else "")
    db.session.expire_all()
    assert email.status == "sending" and email.attempts == 1  # claimed and committed before sending
    workers.kill(victim)
    _wait_abandoned_then_retry(workers, Job.fetch(job_id, connection=jobs.connection()))
    db.session.expire_all()
    assert email.status == "sent" and email.attempts == 2
    assert len(handler.messages) == 1 and "Subject: Commande" in handler.messages[0]
    deliver_outbox()  # and another delivery later sends nothing more
    workers.burst()
    assert len(handler.messages) == 1
