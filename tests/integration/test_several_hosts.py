"""The production profile for real on loopback: two gunicorn hosts with their own instance folders and
search indexes, one job worker, one database and one Redis (deploy/cluster.py starts them as separate
processes, as separate machines would run them), and an SMTP server that counts what it receives.

- a price changed through host A is on host B's product page, category listing and search within 1 s;
- an order placed on host B sends its emails once, through the worker;
- a worker killed with SIGKILL in the middle of a job loses nothing: the job is retried by the next worker
  and its effect (the email) happens once.

It runs on both databases of the suite (on SQLite the hosts share the file)."""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections import Counter

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from deploy.cluster import Cluster, free_port
from market.core.models import OutboxEmail
from market.extensions import db
from tests.factories import add_member, make_coop, make_product, make_user
from tests.integration.browserless import Browserless

WITHIN_SECONDS = 1.0


class CountingSMTP:
    """An SMTP sink; while `hold` is set it keeps each client waiting at RCPT (before any message is
    accepted), so a test can kill the sender mid-delivery."""

    def __init__(self):
        self.received: list[tuple[str, str]] = []
        self.hold = threading.Event()
        self.held = threading.Event()
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        while self.hold.is_set():
            self.held.set()
            await asyncio.sleep(0.05)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        subject = re.search(rb"^Subject: (.*)$", envelope.content, re.M)
        with self.lock:
            for rcpt in envelope.rcpt_tos:
                self.received.append((rcpt, (subject.group(1) if subject else b"").decode(errors="replace")))
        return "250 Message accepted"

    def count(self) -> Counter:
        with self.lock:
            return Counter(self.received)


@pytest.fixture
def smtp():
    handler = CountingSMTP()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield handler, controller.port
    handler.hold.clear()
    controller.stop()


@pytest.fixture
def cluster(app, database_url, redis_url, tmp_path, smtp):
    _handler, port = smtp
    env = {"MAIL_SERVER": "127.0.0.1", "MAIL_PORT": str(port), "MAIL_USE_TLS": "false", "FRAGMENT_TTL": "30"}
    # Short limits so that a killed job is found abandoned (its time limit + 30 s) and an email's claim
    # runs out within the test, instead of 10 and 15 minutes.
    env.update({"JOBS_TIMEOUT": "5", "MAIL_SEND_LEASE": "5", "JOBS_RETRY_INTERVALS": "1,2,5"})
    cluster = Cluster(database_url, redis_url, tmp_path / "cluster", hosts=2, gunicorn_workers=1, extra_env=env)
    cluster.workdir.mkdir(parents=True)
    try:
        yield cluster
    finally:
        cluster.stop()


def _marketplace():
    owner = make_user(email="owner@coop.ma")
    buyer = make_user(email="buyer@example.ma")
    coop = make_coop(slug="tifaout", owner=owner, name_fr="Coopérative Tifaout")
    add_member(coop, make_user(email="manager@coop.ma"), "manager")
    product = make_product(coop, name_fr="Huile d'argan Tifaout", slug="huile-argan", price_centimes=12000, stock=20)
    db.session.commit()
    return coop, product, buyer


def _until(predicate, timeout: float, step: float = 0.02):
    """Seconds until predicate() holds, or None after timeout."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(step)
    return None


def test_a_change_on_one_host_is_on_the_other_within_a_second(cluster):
    coop, product, _buyer = _marketplace()
    cluster.start(workers=1)
    host_a = Browserless(cluster.web[0].url)
    visitor_b = Browserless(cluster.web[1].url)
    pages = {
        "product": f"/p/{product.id}-{product.slug}?lang=fr",
        "listing": "/category/oils?lang=fr",
        "search": "/search?q=argan&lang=fr",
    }
    # Host B's index catches up with what was there before it started; then its pages are cached.
    assert _until(lambda: "120,00" in visitor_b.get(pages["search"]).text, timeout=30) is not None
    for path in pages.values():
        first, second = visitor_b.get(path), visitor_b.get(path)
        assert first.status == second.status == 200 and "120,00" in second.text

    host_a.sign_in("owner@coop.ma")
    edit = f"/manage/{coop.slug}/products/{product.id}"
    reply = host_a.submit(edit + "?lang=fr", changes={"price": "95,50"})
    assert reply.status == 302, reply.text[:800]
    changed_at = time.monotonic()

    for name, path in pages.items():
        assert _until(lambda p=path: "95,50" in visitor_b.get(p).text, timeout=5) is not None, (
            f"host B's {name} page still shows the old price after 5 s"
        )
        elapsed = time.monotonic() - changed_at
        assert elapsed <= WITHIN_SECONDS, f"host B's {name} page showed the new price after {elapsed:.2f} s"
    for host in cluster.web:
        assert "Traceback" not in host.log_text()


def _place_order(host: Browserless, product) -> str:
    reply = host.submit(f"/p/{product.id}-{product.slug}?lang=fr", action="/cart/add", changes={"quantity": "2"})
    assert reply.status == 302, reply.text[:800]
    address = {"full_name": "Fatima Buyer", "phone": "0612345678", "address": "1 rue de la Paix", "city": "rabat"}
    address.update({"payment_method": "cod", f"delivery-{product.cooperative_id}": "home"})
    review = host.submit("/checkout?lang=fr", changes=address)
    assert review.status == 200, (review.status, review.text[:800])
    confirm = host.submit_from(review.text, "/checkout?lang=fr", changes={"step": "confirm"})  # its button
    assert confirm.status == 302 and "/orders/ST-" in confirm.headers["Location"], confirm.text[:1500]
    return confirm.headers["Location"]


def test_an_order_on_host_b_sends_its_emails_once_through_the_worker(cluster, smtp):
    handler, _port = smtp
    _coop, product, _buyer = _marketplace()
    cluster.start(workers=1)
    buyer = Browserless(cluster.web[1].url)
    buyer.sign_in("buyer@example.ma")
    _place_order(buyer, product)
    recipients = {"buyer@example.ma", "owner@coop.ma", "manager@coop.ma"}
    assert _until(lambda: {r for r, _s in handler.count()} >= recipients, timeout=20) is not None, handler.count()
    time.sleep(2)  # anything sent twice would have arrived by now
    assert all(n == 1 for n in handler.count().values()), handler.count()
    assert {r for r, _s in handler.count()} == recipients
    worker_log = next(p for p in cluster.processes if p.name == "worker-0").log_text()
    assert "market.core.mail.send_outbox" in worker_log  # the worker sent them, not the web host
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxEmail.status))) == {"sent"}


def test_a_worker_killed_mid_job_loses_nothing_and_the_effect_happens_once(cluster, smtp):
    handler, _port = smtp
    _coop, product, _buyer = _marketplace()
    cluster.start(workers=1)
    worker = next(p for p in cluster.processes if p.name == "worker-0")
    handler.hold.set()  # the worker's SMTP delivery will wait at RCPT
    buyer = Browserless(cluster.web[0].url)
    buyer.sign_in("buyer@example.ma")
    _place_order(buyer, product)
    assert handler.held.wait(20), "the worker never started delivering"
    cluster.kill(worker)  # SIGKILL to its process group: the work horse dies mid-job
    handler.hold.clear()
    assert handler.count() == Counter()  # nothing was accepted before the kill

    killed_at = time.monotonic()
    cluster.start_worker("worker-1")
    recipients = {"buyer@example.ma", "owner@coop.ma", "manager@coop.ma"}
    assert _until(lambda: {r for r, _s in handler.count()} >= recipients, timeout=120) is not None, (
        handler.count(),
        cluster.processes[-1].log_text()[-3000:],
    )
    print(f"emails delivered {time.monotonic() - killed_at:.1f} s after the worker was killed")
    time.sleep(2)
    assert all(n == 1 for n in handler.count().values()), handler.count()
    db.session.expire_all()
    assert set(db.session.scalars(select(OutboxEmail.status))) == {"sent"}
