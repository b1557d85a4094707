"""CSV reports built by a background job (market/core/exports.py), here without Redis: the job runs at
once in the request, as every job does in the embedded default. With a real queue and worker:
tests/jobs/test_exports_queue.py."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from market.catalog.importing import export_products
from market.core import exports
from market.core.models import ReportExport, utcnow
from market.core.storage import PRIVATE, StorageUnavailable, current_storage
from market.extensions import db
from tests.conftest import csrf_token_from
from tests.factories import add_member, make_coop, make_product, make_user


@pytest.fixture
def coop_and_manager(app):
    manager = make_user(name="Aicha", locale="en")
    coop = make_coop(owner=manager, name_en="Tafoukt honey")
    make_product(coop, sku="HONEY-1", name_fr="Miel", price_centimes=5000, stock=4)
    make_product(coop, sku="OIL-1", name_fr="=cmd|' /C calc'!A0", price_centimes=9000, stock=2)
    db.session.commit()
    return coop, manager


def _ask(client, kind, **fields):
    return client.post("/exports", data={"kind": kind, **fields})


def _download(client, path):
    """The file's response, read and closed (Flask streams a local file from an open handle)."""
    response = client.get(path)
    response.get_data()
    response.close()
    return response


def _count():
    return db.session.scalar(select(func.count()).select_from(ReportExport))


def test_a_manager_asks_for_the_catalogue_and_downloads_it(client, login, coop_and_manager):
    coop, manager = coop_and_manager
    login(manager)
    page = client.get(f"/manage/{coop.slug}/import?lang=en").get_data(as_text=True)
    assert 'name="kind" value="catalog.products"' in page and "Download my products in this format" in page

    response = _ask(client, "catalog.products", coop=coop.slug)
    assert response.status_code == 302 and "/exports/" in response.headers["Location"]
    status = client.get(response.headers["Location"] + "?lang=en")
    html = status.get_data(as_text=True)
    assert status.status_code == 200 and status.headers["Cache-Control"] == "private, no-store"
    assert "Your report is ready." in html and f"{coop.slug}-products.csv" in html
    assert "Products of Tafoukt honey" in html

    [export] = db.session.scalars(select(ReportExport)).all()
    assert export.status == "done" and export.user_id == manager.id and export.attempts == 1
    download = _download(client, f"/exports/{export.token}/download")
    assert download.status_code == 200 and download.mimetype == "text/csv"
    assert download.headers["Content-Disposition"] == f'attachment; filename="{coop.slug}-products.csv"'
    assert download.headers["Cache-Control"] == "private, no-store"
    body = download.get_data(as_text=True)
    assert body == export_products(coop) and "HONEY-1" in body
    assert current_storage().exists(PRIVATE, export.storage_key)

    listing = client.get("/exports?lang=en").get_data(as_text=True)
    assert "Products of Tafoukt honey" in listing and "Ready" in listing
    assert client.get(f"/exports/{export.token}/state").get_json() == {"status": "done"}


def test_nobody_else_sees_a_report(client, login, coop_and_manager):
    coop, manager = coop_and_manager
    login(manager)
    token = _ask(client, "catalog.products", coop=coop.slug).headers["Location"].rsplit("/", 1)[1]
    client.post("/account/logout")

    intruder = make_user()
    make_coop(owner=intruder)
    db.session.commit()
    login(intruder)
    for path in (f"/exports/{token}", f"/exports/{token}/download", f"/exports/{token}/state"):
        assert client.get(path).status_code == 404, path
    assert client.post(f"/exports/{token}/retry").status_code == 404
    assert "Products of Tafoukt honey" not in client.get("/exports?lang=en").get_data(as_text=True)
    # Asking for another cooperative's report is refused, and nothing is recorded.
    before = _count()
    assert _ask(client, "catalog.products", coop=coop.slug).status_code == 403
    assert _ask(client, "orders.ledger", coop=coop.slug).status_code == 403
    assert _count() == before


def test_anonymous_visitors_are_sent_to_sign_in(client, coop_and_manager):
    coop, _manager = coop_and_manager
    assert _ask(client, "catalog.products", coop=coop.slug).status_code == 302
    assert "/account/login" in client.get("/exports/whatever").headers["Location"]
    assert _count() == 0


def test_a_member_removed_from_the_cooperative_can_no_longer_download(client, login, coop_and_manager):
    coop, manager = coop_and_manager
    helper = make_user()
    membership = add_member(coop, helper, "manager")
    db.session.commit()
    login(helper)
    token = _ask(client, "catalog.products", coop=coop.slug).headers["Location"].rsplit("/", 1)[1]
    assert _download(client, f"/exports/{token}/download").status_code == 200
    db.session.delete(membership)
    db.session.commit()
    assert _download(client, f"/exports/{token}/download").status_code == 404


def test_bad_requests_say_why_in_the_users_language_and_record_nothing(client, login, coop_and_manager):
    coop, manager = coop_and_manager
    login(manager)
    sales = f"/manage/{coop.slug}/sales"
    cases = [
        ({"kind": "no.such.report"}, "Ce rapport n’existe pas."),
        ({"kind": "catalog.products", "coop": "no-such-coop"}, "Cette coopérative n’existe pas."),
        ({"kind": "orders.ledger", "coop": coop.slug, "start": "2026-13-01", "end": "x"}, "Saisissez les dates"),
        ({"kind": "orders.ledger", "coop": coop.slug, "start": "2026-03-02", "end": "2026-03-01"}, "antérieure"),
        ({"kind": "events.indicators", "year": "2026"}, None),  # not an organiser: 403 below
    ]
    for fields, message in cases:
        response = client.post("/exports?lang=fr", data={**fields, "next": sales}, follow_redirects=False)
        if message is None:
            assert response.status_code == 403
            continue
        assert response.status_code == 302 and response.headers["Location"].endswith(sales), fields
        page = client.get(f"{sales}?lang=fr").get_data(as_text=True)
        assert message in page, (fields, message)
    # An off-site "next" is not followed.
    response = client.post("/exports", data={"kind": "nope", "next": "https://evil.example/"})
    assert response.headers["Location"].endswith("/exports")
    assert _count() == 0


def test_the_sales_page_asks_for_the_ledger_of_the_period_shown(client, login, coop_and_manager):
    coop, manager = coop_and_manager
    login(manager)
    page = client.get(f"/manage/{coop.slug}/sales?start=2026-01-01&end=2026-01-31").get_data(as_text=True)
    form = page[page.index('value="orders.ledger"') - 400 : page.index('value="orders.ledger"') + 600]
    assert 'name="start" value="2026-01-01"' in form and 'name="end" value="2026-01-31"' in form
    response = client.post("/exports", data={"kind": "orders.ledger", "coop": coop.slug, "start": "2026-01-01",
                                             "end": "2026-01-31", "csrf_token": csrf_token_from(page)})  # fmt: skip
    token = response.headers["Location"].rsplit("/", 1)[1]
    html = client.get(f"/exports/{token}?lang=en").get_data(as_text=True)
    assert "Payout ledger of Tafoukt honey" in html
    rows = list(csv.reader(io.StringIO(_download(client, f"/exports/{token}/download").get_data(as_text=True))))
    assert rows == [["date", "order", "kind", "amount_mad"], ["", "", "balance", "0.00"]]
    export = exports.by_token(token)
    assert export.filename == f"{coop.slug}-ledger-2026-01-01-2026-01-31.csv"


def test_asking_for_a_report_needs_the_forms_csrf_token(app, client, login, coop_and_manager):
    coop, manager = coop_and_manager
    login(manager)
    app.config["WTF_CSRF_ENABLED"] = True
    assert _ask(client, "catalog.products", coop=coop.slug).status_code == 400
    assert _count() == 0
    page = client.get(f"/manage/{coop.slug}/import").get_data(as_text=True)
    response = _ask(client, "catalog.products", coop=coop.slug, csrf_token=csrf_token_from(page))
    assert response.status_code == 302 and _count() == 1


def test_storage_down_shows_the_failure_and_try_again_works(client, login, coop_and_manager, monkeypatch):
    coop, manager = coop_and_manager
    login(manager)
    storage = current_storage()
    real_put = storage.put

    def down(*args, **kwargs):
        raise StorageUnavailable("bucket unreachable")

    monkeypatch.setattr(storage, "put", down)
    location = _ask(client, "catalog.products", coop=coop.slug).headers["Location"]
    html = client.get(location + "?lang=fr").get_data(as_text=True)
    assert "Votre rapport n’a pas pu être préparé" in html and "Réessayer" in html
    export = exports.by_token(location.rsplit("/", 1)[1])
    assert export.status == "failed" and "bucket unreachable" in export.error and export.storage_key is None
    assert _download(client, location + "/download").status_code == 302  # back to the page: nothing to download
    assert "bucket unreachable" not in html  # the detail is for the logs

    monkeypatch.setattr(storage, "put", real_put)
    assert client.post(location + "/retry").status_code == 302
    db.session.refresh(export)
    assert export.status == "done" and export.attempts == 2 and export.error is None
    assert _download(client, location + "/download").get_data(as_text=True) == export_products(coop)
    # A report that is not in error is not built again.
    client.post(location + "/retry")
    db.session.refresh(export)
    assert export.attempts == 2


def test_a_build_run_twice_does_its_work_once(app, coop_and_manager):
    coop, manager = coop_and_manager
    export = exports.request_export(manager, "catalog.products", {"coop": coop.slug})
    db.session.commit()
    assert exports.build_export(export.id) == "done"
    assert exports.build_export(export.id) == "done"  # the worker died after the commit: RQ runs it again
    db.session.refresh(export)
    assert export.attempts == 1
    assert exports.build_export(999999) is None


def test_someone_asking_again_and_again_is_told_to_wait(app, coop_and_manager):
    coop, manager = coop_and_manager
    for _ in range(exports.MAX_PENDING_PER_USER):
        exports.request_export(manager, "catalog.products", {"coop": coop.slug})  # never started: pending
    with pytest.raises(exports.ExportRefused):
        exports.request_export(manager, "catalog.products", {"coop": coop.slug})


def test_old_reports_are_swept_with_their_files(app, coop_and_manager):
    coop, manager = coop_and_manager
    old = exports.request_export(manager, "catalog.products", {"coop": coop.slug})
    new = exports.request_export(manager, "catalog.products", {"coop": coop.slug})
    db.session.commit()
    exports.build_export(old.id)
    exports.build_export(new.id)
    old_id, old_key = old.id, db.session.get(ReportExport, old.id).storage_key
    db.session.get(ReportExport, old_id).created_at = utcnow() - timedelta(days=exports.EXPORT_KEEP_DAYS + 1)
    db.session.commit()
    assert exports.sweep() == 1
    assert db.session.get(ReportExport, old_id) is None and not current_storage().exists(PRIVATE, old_key)
    assert current_storage().exists(PRIVATE, db.session.get(ReportExport, new.id).storage_key)


def test_event_reports_are_for_their_organiser(client, login):
    from tests.events.test_report import RULES, make_event

    organiser, other = make_user(is_organiser=True), make_user(is_organiser=True)
    event = make_event(organiser, stops=((1, 2),), rules=dict(RULES))
    db.session.commit()
    login(organiser)
    page = client.get(f"/events/organise/{event.slug}/report").get_data(as_text=True)
    assert 'name="kind" value="events.report"' in page
    location = _ask(client, "events.report", event=event.slug).headers["Location"]
    body = _download(client, location + "/download").get_data(as_text=True)
    assert body == client.get(f"/events/organise/{event.slug}/report.csv").get_data(as_text=True)
    year = event.starts_on.year
    indicators = _ask(client, "events.indicators", year=str(year)).headers["Location"]
    assert (
        _download(client, indicators + "/download")
        .headers["Content-Disposition"]
        .endswith(f'filename="events-{year}-indicators.csv"')
    )
    response = client.post("/exports?lang=fr", data={"kind": "events.indicators", "year": "1999"})
    assert response.status_code == 302
    assert "Choisissez une année de 2000 à 2100." in client.get("/exports?lang=fr").get_data(as_text=True)
    client.post("/account/logout")
    login(other)
    assert client.get(location).status_code == 404
    assert _ask(client, "events.report", event=event.slug).status_code == 403
