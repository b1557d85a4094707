from sqlalchemy import select

from market.events.models import Event
from market.extensions import db
from tests.factories import make_user, region

FORM = {"kind": "regional_fair", "title_ar": "معرض سوس ماسة", "title_fr": "Salon de Souss-Massa",
        "title_en": "Souss-Massa fair", "town": "Agadir", "venue": "Parc des expositions", "starts_on": "2027-04-10",
        "ends_on": "2027-04-13", "applications_open_on": "2027-01-05", "applications_close_on": "2027-03-01",
        "stand_fee": "500", "women_led_min_share": "50", "youth_min_share": "10", "max_share_per_region": "30",
        "no_adjacent_same_category": "y"}  # fmt: skip


def test_organiser_creates_a_fair_draws_its_plan_and_opens_applications(client, login):
    organiser = make_user(is_organiser=True)
    db.session.commit()
    login(organiser)
    response = client.post("/events/organise/new?lang=fr", data=dict(FORM, region_id=region().id))
    assert response.status_code == 302
    event = db.session.scalar(select(Event))
    assert event.rules["max_share_per_region"] == 0.3 and event.stand_fee_centimes == 50000
    stop = event.stops[0]
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/plan",
                data={"rows": 4, "columns": 10, "stand_width": 3, "stand_depth": 3, "aisle": 4, "block_columns": 5,
                      "power_every": 2})  # fmt: skip
    for lang, direction in (("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")):
        html = client.get(f"/events/organise/{event.slug}?lang={lang}").get_data(as_text=True)
        assert f'dir="{direction}"' in html and html.count('class="fp-stand') == 40 and "<svg" in html
    client.post(f"/events/organise/{event.slug}/status", data={"status": "open"})
    db.session.refresh(event)
    assert event.status == "open"
    bad = client.post(f"/events/organise/{event.slug}/status?lang=fr", data={"status": "closed"}, follow_redirects=True)
    assert bad.status_code == 200
    db.session.refresh(event)
    assert event.status == "open"


def test_bad_event_input_is_explained(client, login):
    organiser = make_user(is_organiser=True)
    db.session.commit()
    login(organiser)
    response = client.post("/events/organise/new", data=dict(FORM, region_id=region().id, ends_on="2027-04-01"))
    assert response.status_code == 422
    for value in ("\x00", "x" * 500, "", "-5", "2027-13-45"):
        response = client.post("/events/organise/new", data=dict(FORM, region_id=value, starts_on=value))
        assert response.status_code in (400, 422)
    assert db.session.scalar(select(db.func.count(Event.id))) == 0


def test_only_organisers_and_only_their_own_events(client, login):
    organiser, other, buyer = make_user(is_organiser=True), make_user(is_organiser=True), make_user()
    db.session.commit()
    login(organiser)
    client.post("/events/organise/new", data=dict(FORM, region_id=region().id))
    slug = db.session.scalar(select(Event.slug))
    client.post("/account/logout")
    login(buyer)
    assert client.get("/events/organise").status_code == 403
    client.post("/account/logout")
    login(other)
    assert client.get(f"/events/organise/{slug}").status_code == 404
    assert client.post(f"/events/organise/{slug}/status", data={"status": "open"}).status_code == 404
