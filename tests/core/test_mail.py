import time

from market.core import mail
from market.core.models import OutboxEmail
from market.extensions import db


def test_background_delivery_sends_what_requests_queued(app):
    email = OutboxEmail(to="buyer@example.ma", subject="Commande", body="Merci\n", locale="fr")
    db.session.add(email)
    db.session.commit()
    mail._background.wake(app)  # what deliver_soon does outside tests
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        db.session.expire_all()
        if db.session.get(OutboxEmail, email.id).status == "sent":
            break
        time.sleep(0.05)
    assert db.session.get(OutboxEmail, email.id).status == "sent"
    assert db.session.get(OutboxEmail, email.id).attempts == 1
