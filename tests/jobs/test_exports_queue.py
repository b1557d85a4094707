"""Report exports through the real queue: asked for on the web, built by a worker process, downloaded."""

import pytest

from market.catalog.importing import export_products
from market.core import exports
from market.core.models import ReportExport
from market.extensions import db
from tests.factories import make_coop, make_product, make_user

pytestmark = [pytest.mark.redis, pytest.mark.app_config(JOBS_SYNC=False)]


def test_a_report_waits_for_the_worker_then_is_ready(app, workers, client, login):
    manager = make_user(locale="en")
    coop = make_coop(owner=manager)
    make_product(coop, sku="AMLOU-1")
    db.session.commit()
    login(manager)
    location = client.post("/exports", data={"kind": "catalog.products", "coop": coop.slug}).headers["Location"]
    token = location.rsplit("/", 1)[1]
    page = client.get(location + "?lang=en").get_data(as_text=True)
    assert "Your report is being prepared" in page and 'data-status="pending"' in page
    assert client.get(location + "/state").get_json() == {"status": "pending"}
    assert client.get(location + "/download").status_code == 302  # not yet: back to its page

    workers.burst()
    assert client.get(location + "/state").get_json() == {"status": "done"}
    response = client.get(location + "/download")
    body = response.get_data(as_text=True)
    response.close()
    db.session.expire_all()
    assert body == export_products(coop) and "AMLOU-1" in body
    export = exports.by_token(token)
    assert export.status == "done" and export.attempts == 1
    assert db.session.query(ReportExport).count() == 1
