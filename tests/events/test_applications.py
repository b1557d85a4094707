from datetime import date

from sqlalchemy import select

from market.events import services
from market.events.floorplan import GridSpec
from market.events.models import Application
from market.extensions import db
from tests.events.test_plan import FAIR
from tests.factories import category, make_coop, make_user


def _open_fair(organiser):
    dates = {"applications_open_on": None, "applications_close_on": None, "starts_on": date(2099, 4, 10),
             "ends_on": date(2099, 4, 13)}  # fmt: skip
    event = services.save_event(None, dict(FAIR, **dates), organiser)
    services.generate_plan(event.stops[0], GridSpec(rows=2, columns=4))
    services.set_status(event, "open")
    db.session.commit()
    return event


def test_cooperative_applies_organiser_decides_prioritises_and_pins(client, login):
    organiser, owner, other_owner = make_user(is_organiser=True), make_user(), make_user()
    coop = make_coop(owner=owner, women_led=True, name_fr="Coopérative Tiwizi")
    make_coop(owner=other_owner)
    event = _open_fair(organiser)
    login(owner)
    page = client.get(f"/manage/{coop.slug}/events?lang=fr").get_data(as_text=True)
    assert event.title_fr in page
    data = {"category_id": category("honey").id, "needs_power": "y", "min_area": "9", "preferred_zones": ["food"],
            "statement": "Miel de thym de l’Atlas"}  # fmt: skip
    assert client.post(f"/manage/{coop.slug}/events/{event.slug}/apply", data=data).status_code == 302
    application = db.session.scalar(select(Application))
    assert application.needs_power and application.preferred_zones == ["food"] and len(application.stops) == 1
    bad = client.post(f"/manage/{coop.slug}/events/{event.slug}/apply?lang=fr", data=dict(data, min_area="-3"))
    assert bad.status_code == 422
    client.post("/account/logout")

    login(organiser)
    listed = client.get(f"/events/organise/{event.slug}/applications?women_led=yes&lang=ar").get_data(as_text=True)
    assert "Tiwizi" in listed or "تعاونية" in listed
    assert "Tiwizi" not in client.get(f"/events/organise/{event.slug}/applications?women_led=no").get_data(as_text=True)
    base = f"/events/organise/{event.slug}/applications/{application.id}"
    client.post(f"{base}/decide", data={"decision": "reject"})  # a rejection needs a reason
    db.session.refresh(application)
    assert application.status == "submitted"
    client.post(f"{base}/decide", data={"decision": "accept"})
    client.post(f"{base}/priority", data={"priority": "3", "stand": "a2"})
    db.session.refresh(application)
    assert application.status == "accepted" and application.priority == 3
    assert application.pinned_stand_id == next(s.id for s in event.stops[0].stands if s.code == "A2")
    client.post(f"{base}/priority", data={"priority": "11", "stand": "Z9"})
    db.session.refresh(application)
    assert application.priority == 3


def test_withdrawing_and_what_others_cannot_do(client, login):
    organiser, owner, stranger = make_user(is_organiser=True), make_user(), make_user(is_organiser=True)
    coop = make_coop(owner=owner)
    event = _open_fair(organiser)
    login(owner)
    client.post(f"/manage/{coop.slug}/events/{event.slug}/apply",
                data={"category_id": category("honey").id, "min_area": "4"})  # fmt: skip
    client.post(f"/manage/{coop.slug}/events/{event.slug}/withdraw")
    application = db.session.scalar(select(Application))
    assert application.status == "withdrawn"
    client.post("/account/logout")
    login(stranger)  # another organiser
    assert client.get(f"/events/organise/{event.slug}/applications").status_code == 404
    assert client.post(f"/events/organise/{event.slug}/applications/{application.id}/decide",
                       data={"decision": "accept"}).status_code == 404  # fmt: skip
    assert client.get(f"/manage/{coop.slug}/events").status_code == 403
