"""Stand sales kept on a phone while offline and sent afterwards: the JSON sync endpoint (recorded, already
recorded, refused with a reason; who may send; CSRF), the service worker's URL and scope, and the page's
offline panel (the page itself still works without script: see test_stand_sales.py)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import func, select

from market.events import stand_sales
from market.events.models import StandSale
from market.extensions import db
from tests.conftest import csrf_token_from
from tests.events.test_stand_sales import _event, _racing_app, _set_status, _stock, _with_stand
from tests.factories import PASSWORD, add_member, make_coop, make_product, make_user


def _url(coop, event, lang="en"):
    return f"/manage/{coop.slug}/events/{event.slug}/stand/sync?lang={lang}"


def _sale(line, quantity=1, price="50", token=None, **extra):
    return {"client_token": token or str(uuid.uuid4()), "line": str(line), "quantity": quantity, "price": price,
            "priced_for": str(line), **extra}  # fmt: skip


def _count() -> int:
    return db.session.scalar(select(func.count(StandSale.id)))


@pytest.fixture
def stand(client, login):
    """A running fair; a staff member of a cooperative with a stand, signed in; 3 units of oil set aside."""
    event, coop, owner = _event("running")
    staff = make_user()
    add_member(coop, staff, "staff")
    oil = make_product(coop, stock=10, price_centimes=12050, name_en="Argan oil", name_fr="Huile d’argan")
    stand_sales.set_aside(event, coop, oil, 3, owner)
    db.session.commit()
    login(staff)
    return event, coop, oil, staff


def test_a_kept_sale_is_recorded_then_counted_once_when_sent_again(client, stand):
    event, coop, oil, staff = stand
    sale = _sale(oil.id, quantity=2, price="110")
    response = client.post(_url(coop, event), json=sale)
    assert response.status_code == 201, response.get_data(as_text=True)
    answer = response.get_json()
    assert answer["status"] == "recorded" and answer["client_token"] == sale["client_token"]
    assert answer["message"].startswith("Sale recorded: 2 × Argan oil")
    assert response.headers["Cache-Control"] == "private, no-store"
    recorded = db.session.scalar(select(StandSale))
    assert (recorded.quantity, recorded.unit_price_centimes, recorded.recorded_by_id) == (2, 11000, staff.id)
    assert recorded.client_token == sale["client_token"] and answer["sale_id"] == recorded.id
    # Its answer was lost on the way back: the phone sends it again, and again.
    for _n in range(2):
        again = client.post(_url(coop, event), json=sale)
        assert again.status_code == 200 and again.get_json()["status"] == "duplicate"
        assert again.get_json()["sale_id"] == recorded.id and "already recorded" in again.get_json()["message"]
    assert _count() == 1 and _stock(event, oil).sold == 2


def test_refused_sales_say_why_in_the_sellers_language(client, stand):
    event, coop, oil, _staff = stand
    first = client.post(_url(coop, event), json=_sale(oil.id, quantity=2))
    assert first.get_json()["status"] == "recorded"
    # Another phone sold the units while this one was offline: only 1 is left of the 3 set aside.
    response = client.post(_url(coop, event), json=_sale(oil.id, quantity=2))
    assert response.status_code == 422
    assert response.get_json() == {"status": "refused", "message": "Only 1 left at the stand."}
    for lang in ("fr", "ar"):
        answer = client.post(_url(coop, event, lang), json=_sale(oil.id, quantity=2)).get_json()
        with force_locale(lang):
            expected = _("Only %(num)d left at the stand.", num=1)
        assert answer == {"status": "refused", "message": expected} and expected != "Only 1 left at the stand."
    # Not on the stand: a product of the cooperative with nothing set aside, another's product, no product.
    honey = make_product(coop, stock=5)
    rival, rival_owner = _with_stand(event)
    theirs = make_product(rival, stock=5)
    stand_sales.set_aside(event, rival, theirs, 5, rival_owner)
    db.session.commit()
    cases = [
        (_sale(honey.id), "Nothing of this product was set aside"),
        (_sale(theirs.id), "your cooperative's products"),
        (_sale("987654"), "your cooperative's products"),
        (_sale("12; drop table"), "your cooperative's products"),
        (_sale(oil.id, quantity=0), "from 1 to 10000"),
        (_sale(oil.id, quantity="deux"), ""),
        (_sale(oil.id, quantity=[1]), ""),
        (_sale(oil.id, price="abc"), "price in dirhams"),
        (_sale(oil.id, price="5\x000"), "price in dirhams"),
        (_sale(oil.id, token="short"), ""),
        (_sale(oil.id, token=True), ""),
    ]
    for sale, message in cases:
        response = client.post(_url(coop, event), json=sale)
        answer = response.get_json()
        assert response.status_code == 422 and answer["status"] == "refused", (sale, answer)
        assert message in answer["message"] and answer["message"], (sale, answer)
    for body in ("not json", "[1, 2]", "null"):
        response = client.post(_url(coop, event), data=body, content_type="application/json")
        assert response.status_code == 422 and response.get_json()["status"] == "refused"
    assert _count() == 1 and _stock(event, oil).sold == 2 and _stock(event, theirs).sold == 0


def test_a_token_sent_again_with_other_values_is_refused_not_taken_for_the_first_sale(client, stand):
    event, coop, oil, _staff = stand
    sale = _sale(oil.id, quantity=1)
    assert client.post(_url(coop, event), json=sale).status_code == 201
    response = client.post(_url(coop, event), json={**sale, "quantity": 2})
    assert response.status_code == 409 and response.get_json()["status"] == "refused"
    assert "already used" in response.get_json()["message"]
    assert _count() == 1 and _stock(event, oil).sold == 1


def test_no_sale_once_the_fair_is_not_running_but_a_recorded_one_is_still_found(client, stand):
    event, coop, oil, _staff = stand
    sent = _sale(oil.id)
    assert client.post(_url(coop, event), json=sent).status_code == 201
    _set_status(event, "running", ends_in_days=-1)  # past its last day
    late = client.post(_url(coop, event), json=_sale(oil.id))
    assert late.status_code == 422 and "only while the event is running" in late.get_json()["message"]
    _set_status(event, "closed")
    late = client.post(_url(coop, event, "fr"), json=_sale(oil.id)).get_json()
    with force_locale("fr"):
        assert late == {"status": "refused", "message": _("Sales are recorded only while the event is running.")}
    # The answer to a sale sent during the fair was lost; sent again after the close, it is found, not refused.
    again = client.post(_url(coop, event), json=sent)
    assert again.status_code == 200 and again.get_json()["status"] == "duplicate"
    assert _count() == 1 and _stock(event, oil).sold == 1


def test_the_time_of_a_kept_sale_is_the_phones_within_the_fair(client, stand):
    event, coop, oil, _staff = stand
    now = datetime.now(UTC)
    an_hour_ago = (now - timedelta(hours=1)).replace(microsecond=0)
    sales = [
        _sale(oil.id, sold_at=an_hour_ago.isoformat().replace("+00:00", "Z")),
        _sale(oil.id, sold_at=(now + timedelta(days=2)).isoformat()),  # a phone's clock ahead: now
        _sale(oil.id, sold_at=(now - timedelta(days=30)).isoformat()),  # before the fair began: now
    ]
    for sale in sales:
        assert client.post(_url(coop, event), json=sale).status_code == 201
    times = {s.client_token: s.created_at for s in db.session.scalars(select(StandSale))}
    assert times[sales[0]["client_token"]] == an_hour_ago
    for sale in sales[1:]:
        assert abs(times[sale["client_token"]] - now) < timedelta(minutes=1)
    naive = datetime.now() - timedelta(hours=1)  # a time without its zone is not trusted: now
    assert abs(stand_sales.sale_time(event, naive) - datetime.now(UTC)) < timedelta(minutes=1)


def test_only_members_of_the_cooperative_with_that_stand_may_send(client, login, stand):
    event, coop, oil, _staff = stand
    client.post("/account/logout")
    # Not signed in: to the sign-in page, nothing recorded.
    response = client.post(_url(coop, event), json=_sale(oil.id))
    assert response.status_code == 302 and "/account/login" in response.headers["Location"]
    # A member of another cooperative, even one with a stand at the same fair.
    intruder = make_user()
    make_coop(owner=intruder)
    rival, rival_owner = _with_stand(event)
    db.session.commit()
    login(intruder)
    assert client.post(_url(coop, event), json=_sale(oil.id)).status_code == 403
    assert client.get(_url(coop, event)).status_code == 403
    client.post("/account/logout")
    login(rival_owner)
    assert client.post(_url(coop, event), json=_sale(oil.id)).status_code == 403
    # Its own stand's URL does not reach the other cooperative's stock either.
    response = client.post(_url(rival, event), json=_sale(oil.id))
    assert response.status_code == 422 and "your cooperative's products" in response.get_json()["message"]
    client.post("/account/logout")
    # A cooperative without a stand at the fair finds no stand to send to.
    lonely_owner = make_user()
    lonely = make_coop(owner=lonely_owner)
    db.session.commit()
    login(lonely_owner)
    assert client.post(_url(lonely, event), json=_sale(oil.id)).status_code == 404
    assert client.post(f"/manage/{lonely.slug}/events/no-such-fair/stand/sync", json=_sale(oil.id)).status_code == 404
    assert _count() == 0 and _stock(event, oil).sold == 0


@pytest.mark.app_config(WTF_CSRF_ENABLED=True)
def test_a_sale_without_the_csrf_token_changes_nothing(client):
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=10)
    stand_sales.set_aside(event, coop, oil, 5, owner)
    db.session.commit()
    token = csrf_token_from(client.get("/account/login").get_data(as_text=True))
    client.post("/account/login", data={"email": owner.email, "password": PASSWORD, "csrf_token": token})
    page = client.get(f"/manage/{coop.slug}/events/{event.slug}/stand?lang=en").get_data(as_text=True)
    page_token = page.split('name="sale-csrf_token" type="hidden" value="')[1].split('"')[0]
    sale = _sale(oil.id)
    for headers in ({}, {"X-CSRFToken": "expired"}):
        response = client.post(_url(coop, event), json=sale, headers=headers)
        assert response.status_code == 400 and "expired" in response.get_data(as_text=True)
    assert _count() == 0
    # The page's token in the header, as the script sends it; or a fresh one from GET (a page kept offline
    # may hold a token of an older session).
    assert client.post(_url(coop, event), json=sale, headers={"X-CSRFToken": page_token}).status_code == 201
    fresh = client.get(_url(coop, event))
    assert fresh.status_code == 200 and fresh.headers["Cache-Control"] == "private, no-store"
    headers = {"X-CSRFToken": fresh.get_json()["csrf_token"]}
    assert client.post(_url(coop, event), json=_sale(oil.id), headers=headers).status_code == 201
    assert _count() == 2


def test_the_service_worker_is_served_where_its_scope_covers_the_stand_pages(client, stand):
    event, coop, _oil, _staff = stand
    response = client.get(f"/manage/{coop.slug}/events/stand-sales-sw.js")
    assert response.status_code == 200 and response.mimetype == "text/javascript"
    assert response.headers["Cache-Control"] == "no-cache"
    assert 'addEventListener("fetch"' in response.get_data(as_text=True)
    response.close()
    client.post("/account/logout")
    response = client.get(f"/manage/{coop.slug}/events/stand-sales-sw.js")  # members only, like all of /manage
    assert response.status_code in (302, 401, 403)
    response.close()


def test_the_page_carries_what_the_script_needs_and_still_posts_without_it(client, stand):
    event, coop, oil, staff = stand
    page = client.get(f"/manage/{coop.slug}/events/{event.slug}/stand?lang=ar").get_data(as_text=True)
    panel = page.split('id="stand-offline"')[1].split("</section>")[0]
    assert " hidden" in panel.split(">")[0]  # shown by the script only
    assert f'data-sync-url="/manage/{coop.slug}/events/{event.slug}/stand/sync"' in panel
    assert f'data-sw-url="/manage/{coop.slug}/events/stand-sales-sw.js"' in panel
    assert f'data-sw-scope="/manage/{coop.slug}/events/"' in panel
    assert f'data-queue="{staff.id}:{coop.slug}:{event.slug}"' in panel
    assert 'aria-live="polite"' in panel and 'class="stand-waiting-count"></strong>' in panel  # counted by the script
    with force_locale("ar"):
        assert _("Sales waiting to be sent:") in panel
    assert f'data-label="{oil.name_ar}"' in page and "js/stand-sales.js" in page
    # The form still posts to the page's own endpoint, with its own token, as without script.
    form = page.split('class="stack-form stand-form stand-sale-form"')[0].rsplit("<form", 1)[1]
    assert f'action="/manage/{coop.slug}/events/{event.slug}/stand/sales"' in form
    assert 'name="sale-client_token"' in page


def test_phones_sending_kept_sales_at_the_same_moment_never_oversell(app, database_url, tmp_path, is_postgres):
    """Several phones come back online together: each sends its kept sales, some of them twice (an answer
    lost). Every sale counts once, the stock set aside is never exceeded."""
    phones, units = (12, 7) if is_postgres else (6, 4)
    event, coop, owner = _event("running")
    oil = make_product(coop, stock=units + 5)
    stand_sales.set_aside(event, coop, oil, units, owner)
    db.session.commit()
    racing = _racing_app(database_url, tmp_path, is_postgres, phones * 2)
    session_id, url, line = owner.get_id(), _url(coop, event), oil.id
    tokens = [str(uuid.uuid4()) for _n in range(phones)]
    start, answers, lock = threading.Barrier(phones * 2), [], threading.Lock()

    def send(n):
        client = FlaskClient(racing, use_cookies=True)
        with client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = session_id, True
        start.wait()
        response = client.post(url, json=_sale(line, token=tokens[n // 2]))
        with lock:
            answers.append((n // 2, response.status_code, response.get_json()["status"]))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(phones * 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    with racing.app_context():
        db.engine.dispose()
    assert len(answers) == phones * 2
    by_sale = {}
    for sale, _code, status in answers:
        by_sale.setdefault(sale, []).append(status)
    for statuses in by_sale.values():  # each sale: recorded once and found again, or refused both times
        assert sorted(statuses) in (["duplicate", "recorded"], ["refused", "refused"]), by_sale
    recorded = sum("recorded" in statuses for statuses in by_sale.values())
    assert recorded == units
    db.session.expire_all()
    row = _stock(event, oil)
    assert row.sold == units == row.set_aside and _count() == units
    assert db.session.scalar(select(func.count(StandSale.client_token.distinct()))) == units
