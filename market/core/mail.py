"""Mail goes through the outbox table: queued with the change that caused it, delivered after commit
(by the job queue's worker when Redis is set).

With MAIL_SERVER set, delivery uses SMTP; otherwise (development) the message is written to the log.
"""

from __future__ import annotations

import os
import smtplib
import threading
import time
from datetime import timedelta
from email.message import EmailMessage
from email.utils import parseaddr

from flask import current_app, render_template
from flask_babel import force_locale
from sqlalchemy import and_, or_, select, update

from market.core import jobs
from market.core.models import OutboxEmail, utcnow
from market.extensions import db

MAX_ATTEMPTS = 5
DEFAULT_LEASE = 900  # seconds a worker holds the emails it claimed; 50 at SMTP's 10 s timeout fit in half


def queue_email(to: str, template: str, locale: str, **context) -> OutboxEmail:
    """Render `emails/<template>.txt` (first line = subject) in the recipient's language and queue it."""
    with force_locale(locale):
        text = render_template(f"emails/{template}.txt", **context)
    subject, _, body = text.strip().partition("\n")
    email = OutboxEmail(to=to, subject=subject.strip()[:250], body=body.strip() + "\n", locale=locale)
    db.session.add(email)
    db.session.flush()
    return email


def _send_smtp(email: OutboxEmail) -> None:
    cfg = current_app.config
    message = EmailMessage()
    message["From"] = cfg["MAIL_DEFAULT_SENDER"]
    message["To"] = email.to
    message["Subject"] = email.subject
    # One id per outbox row, the same on a resend: receivers can tell a duplicate.
    domain = parseaddr(cfg["MAIL_DEFAULT_SENDER"])[1].rpartition("@")[2] or "souk-tadamon.ma"
    message["Message-ID"] = f"<outbox.{email.id}.{int(email.created_at.timestamp())}@{domain}>"
    message.set_content(email.body)
    with smtplib.SMTP(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=10) as smtp:
        if cfg["MAIL_USE_TLS"]:
            smtp.starttls()
        if cfg["MAIL_USERNAME"]:
            smtp.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"])
        smtp.send_message(message)


def _claimable(cutoff):
    # Pending, or claimed by a worker that died before finishing (its lease ran out).
    return or_(
        OutboxEmail.status == "pending",
        and_(OutboxEmail.status == "sending", OutboxEmail.updated_at < cutoff),
    )


def _claim(limit: int, lease: int) -> list[int]:
    """Mark up to `limit` deliverable emails 'sending' and commit, before any is sent: a second worker
    (or a retry of this job after a crash) skips them until the lease runs out."""
    now = utcnow()
    claimable = _claimable(now - timedelta(seconds=lease))
    # SKIP LOCKED: rows another worker is claiming right now are left to it (PostgreSQL; SQLite has one
    # writer at a time, and the guarded UPDATE below re-checks each row anyway).
    ids = db.session.scalars(
        select(OutboxEmail.id).where(claimable).order_by(OutboxEmail.id).limit(limit).with_for_update(skip_locked=True)
    ).all()
    claimed: list[int] = []
    if ids:
        claimed = list(
            db.session.scalars(
                update(OutboxEmail)
                .where(OutboxEmail.id.in_(ids), claimable)
                .values(status="sending", attempts=OutboxEmail.attempts + 1, updated_at=now)
                .returning(OutboxEmail.id)
                .execution_options(synchronize_session=False)
            )
        )
    db.session.commit()
    return sorted(claimed)


def send_outbox(limit: int = 50) -> int:
    """Send pending emails, here and now; failures go back to pending until MAX_ATTEMPTS. Commits.

    Each email is claimed (committed as 'sending') before it is sent and marked sent in its own commit
    right after the SMTP server accepted it, so a retry never resends an email already marked sent. What
    remains: a crash between the server's acceptance and that commit (milliseconds) resends the email
    once the lease runs out, with the same Message-ID, which lets mail systems drop the duplicate."""
    lease = int(current_app.config.get("MAIL_SEND_LEASE") or DEFAULT_LEASE)
    claimed = _claim(limit, lease)
    started = time.monotonic()
    sent = 0
    for position, email_id in enumerate(claimed):
        if time.monotonic() - started > lease / 2:
            _unclaim(claimed[position:])  # a very slow server: give the rest back before the lease ends
            break
        email = db.session.get(OutboxEmail, email_id)
        try:
            if current_app.config["MAIL_SERVER"]:
                _send_smtp(email)
            elif current_app.config["LOG_EMAILS"]:
                current_app.logger.info("Email to %s: %s\n%s", email.to, email.subject, email.body)
        except (OSError, smtplib.SMTPException) as exc:
            email.last_error = str(exc)[:500]
            email.status = "failed" if email.attempts >= MAX_ATTEMPTS else "pending"
        else:
            email.status = "sent"
            email.sent_at = utcnow()
            sent += 1
        db.session.commit()
    return sent


def _unclaim(ids: list[int]) -> None:
    db.session.execute(
        update(OutboxEmail)
        .where(OutboxEmail.id.in_(ids), OutboxEmail.status == "sending")
        .values(status="pending", attempts=OutboxEmail.attempts - 1)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def deliver_outbox(limit: int = 50) -> None:
    """Deliver the outbox after a commit: through the job queue when Redis is set (any host's worker
    sends), else here and now, as before the queue."""
    jobs.enqueue("market.core.mail.send_outbox", limit)


class _BackgroundDelivery:
    """One thread per worker process that delivers the outbox shortly after it is woken: requests that
    queued emails return at once (a slow SMTP server never holds a buyer up), and emails queued by many
    requests at once go out in one batch (one query and one commit instead of one per request).
    Anything it cannot send stays pending for `flask mail send`."""

    def __init__(self) -> None:
        self.wakeup = threading.Event()
        self.lock = threading.Lock()
        self.pid: int | None = None
        self.app = None

    def wake(self, app) -> None:
        with self.lock:
            self.app = app
            if self.pid != os.getpid():  # first use in this (possibly forked) process
                self.pid = os.getpid()
                threading.Thread(target=self._run, name="outbox", daemon=True).start()
        self.wakeup.set()

    def _run(self) -> None:
        while True:
            self.wakeup.wait()
            time.sleep(BATCH_DELAY)
            self.wakeup.clear()
            app = self.app
            with app.app_context():
                try:
                    while send_outbox(limit=200) == 200:
                        pass
                except Exception:  # noqa: BLE001 - a bad batch must not kill the thread; retried later
                    app.logger.exception("outbox delivery failed")
                finally:
                    db.session.remove()


BATCH_DELAY = 0.2
_background = _BackgroundDelivery()


def deliver_soon() -> None:
    """Deliver the outbox after this request, in the background: on the job queue with Redis, else in
    this process's delivery thread; at once in tests, for determinism."""
    app = current_app._get_current_object()
    if jobs.queue_in_use(app):
        deliver_outbox()
    elif app.testing:
        send_outbox()
    else:
        _background.wake(app)
