"""Mail goes through the outbox table: queued with the change that caused it, delivered after commit.

With MAIL_SERVER set, delivery uses SMTP; otherwise (development) the message is written to the log.
"""

from __future__ import annotations

import os
import smtplib
import threading
import time
from email.message import EmailMessage

from flask import current_app, render_template
from flask_babel import force_locale
from sqlalchemy import select

from market.core.models import OutboxEmail, utcnow
from market.extensions import db

MAX_ATTEMPTS = 5


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
    message.set_content(email.body)
    with smtplib.SMTP(cfg["MAIL_SERVER"], cfg["MAIL_PORT"], timeout=10) as smtp:
        if cfg["MAIL_USE_TLS"]:
            smtp.starttls()
        if cfg["MAIL_USERNAME"]:
            smtp.login(cfg["MAIL_USERNAME"], cfg["MAIL_PASSWORD"])
        smtp.send_message(message)


def deliver_outbox(limit: int = 50) -> int:
    """Send pending emails; failures stay pending until MAX_ATTEMPTS. Commits its own work."""
    # Rows another worker is delivering right now are skipped (locked until its commit), so two requests
    # finishing at once never send the same email twice. SQLite has one writer at a time anyway.
    query = select(OutboxEmail).where(OutboxEmail.status == "pending").order_by(OutboxEmail.id).limit(limit)
    pending = db.session.scalars(query.with_for_update(skip_locked=True)).all()
    sent = 0
    for email in pending:
        email.attempts += 1
        try:
            if current_app.config["MAIL_SERVER"]:
                _send_smtp(email)
            elif current_app.config["LOG_EMAILS"]:
                current_app.logger.info("Email to %s: %s\n%s", email.to, email.subject, email.body)
        except (OSError, smtplib.SMTPException) as exc:
            email.last_error = str(exc)[:500]
            if email.attempts >= MAX_ATTEMPTS:
                email.status = "failed"
            continue
        email.status = "sent"
        email.sent_at = utcnow()
        sent += 1
    db.session.commit()
    return sent


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
                    while deliver_outbox(limit=200) == 200:
                        pass
                except Exception:  # noqa: BLE001 - a bad batch must not kill the thread; retried later
                    app.logger.exception("outbox delivery failed")
                finally:
                    db.session.remove()


BATCH_DELAY = 0.2
_background = _BackgroundDelivery()


def deliver_soon() -> None:
    """Deliver the outbox after this request (in the background); at once in tests, for determinism."""
    app = current_app._get_current_object()
    if app.testing:
        deliver_outbox()
    else:
        _background.wake(app)
