"""Organisers edit plans by hand: a mobile market's stops, single stands, and import and export of a
stop's plan and applications in the engine's format."""

import io
import json
from datetime import date

from sqlalchemy import select

from market.events import allocating, applications, exchange, services
from market.events.floorplan import GridSpec
from market.events.models import Application, Event, Stand
from market.extensions import db
from tests.events.test_allocating import _applied
from tests.events.test_applications import _open_fair
from tests.events.test_plan import FAIR
from tests.factories import category, make_coop, make_user

STAND = {"code": "Z9", "x": "200", "y": "0", "w": "3", "h": "3", "zone": "food", "power": "y", "covered": "y"}


def _market(organiser):
    data = dict(FAIR, kind="mobile_market", title_fr="Souk mobile de l’Oriental", starts_on=date(2099, 5, 1),
                ends_on=date(2099, 9, 30), applications_open_on=None, applications_close_on=None)  # fmt: skip
    event = services.save_event(None, data, organiser)
    db.session.commit()
    return event


def test_organiser_adds_edits_and_removes_stops_of_a_mobile_market(client, login):
    organiser = make_user(is_organiser=True)
    event = _market(organiser)
    assert event.stops == []
    login(organiser)
    form = client.get(f"/events/organise/{event.slug}/stops/new?lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in form and 'name="town"' in form
    for town, day in (("Berkane", 20), ("Oujda", 3)):
        days = {"starts_on": f"2099-06-{day:02d}", "ends_on": f"2099-06-{day + 2:02d}"}
        response = client.post(f"/events/organise/{event.slug}/stops/new",
                               data={"town": town, "venue": "Place centrale", **days})  # fmt: skip
        assert response.status_code == 302
    db.session.expire_all()
    assert [s.town for s in event.stops] == ["Oujda", "Berkane"]  # in the order of their dates
    # Outside the season, or ending before it starts: the form says so and nothing changes.
    bad = client.post(f"/events/organise/{event.slug}/stops/new?lang=fr", data={
        "town": "Nador", "venue": "Port", "starts_on": "2099-10-02", "ends_on": "2099-10-03"})  # fmt: skip
    assert bad.status_code == 422 and "saison" in bad.get_data(as_text=True)
    for value in ("", "\x00", "x" * 300):
        assert client.post(f"/events/organise/{event.slug}/stops/new", data={
            "town": value, "venue": value, "starts_on": value, "ends_on": value}).status_code in (400, 422)  # fmt: skip
    oujda = event.stops[0]
    client.post(f"/events/organise/{event.slug}/stops/{oujda.id}/edit", data={
        "town": "Oujda", "venue": "Parc Lalla Aicha", "starts_on": "2099-07-01", "ends_on": "2099-07-02"})  # fmt: skip
    db.session.expire_all()
    assert [s.town for s in event.stops] == ["Berkane", "Oujda"] and event.stops[1].venue == "Parc Lalla Aicha"
    client.post(f"/events/organise/{event.slug}/stops/{event.stops[1].id}/remove")
    db.session.expire_all()
    assert [s.town for s in event.stops] == ["Berkane"]
    client.post(f"/events/organise/{event.slug}/stops/{event.stops[0].id}/remove")  # the last one stays
    db.session.expire_all()
    assert len(event.stops) == 1


def test_organiser_adds_edits_and_removes_single_stands(client, login):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)  # 8 stands A1–B4
    stop = event.stops[0]
    login(organiser)
    page = client.get(f"/events/organise/{event.slug}?lang=fr").get_data(as_text=True)
    a1 = next(s for s in stop.stands if s.code == "A1")
    assert f"/stops/{stop.id}/stands/{a1.id}" in page  # each stand on the plan opens its form
    assert client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/new", data=STAND).status_code == 302
    db.session.expire_all()
    assert len(stop.stands) == 9
    # Overlapping another stand, a taken code, bad numbers: refused with a message.
    for data in (dict(STAND, code="Z10"), dict(STAND, code="A1", x="300"), dict(STAND, code="Z11", w="-1"),
                 dict(STAND, code="Z12", x="abc"), dict(STAND, code="", x="400"),
                 dict(STAND, code="Z13", zone="zoo")):  # fmt: skip
        response = client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/new?lang=fr", data=data)
        assert response.status_code == 422, data
    db.session.expire_all()
    assert len(stop.stands) == 9
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{a1.id}",
                data=dict(STAND, code="a1", x=a1.x, y=a1.y, h="2.5", zone="crafts"))  # fmt: skip
    db.session.expire_all()
    assert (a1.code, a1.h, a1.zone, a1.power) == ("A1", 2.5, "crafts", True)
    z9 = db.session.scalar(select(Stand).where(Stand.code == "Z9"))
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{z9.id}/delete")
    db.session.expire_all()
    assert len(stop.stands) == 8
    other = make_user(is_organiser=True)
    db.session.commit()
    client.post("/account/logout")
    login(other)
    assert client.get(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{a1.id}").status_code == 404
    assert client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{a1.id}/delete").status_code == 404


def test_an_allocated_stand_keeps_what_its_cooperative_needs(client, login):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)
    event.rules = {}
    _applied(event, 2)
    stop = event.stops[0]
    services.set_status(event, "allocating")
    allocating.allocate(stop, organiser)
    db.session.commit()
    taken = next(iter(allocating.assignments(stop).values())).stand
    login(organiser)
    response = client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{taken.id}?lang=fr",
                           data=dict(STAND, code=taken.code, x=taken.x, y=taken.y, w="1", h="1"))  # fmt: skip
    assert response.status_code == 422
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/stands/{taken.id}/delete")
    db.session.expire_all()
    assert db.session.get(Stand, taken.id) is not None
    # A new grid cannot replace allocated stands either.
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/plan",
                data={"rows": 1, "columns": 2, "stand_width": 3, "stand_depth": 3, "aisle": 4, "block_columns": 5,
                      "power_every": 2})  # fmt: skip
    db.session.expire_all()
    assert len(stop.stands) == 8


def test_export_then_import_round_trips_and_solves(client, login, tmp_path, app):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)
    event.rules = {"women_led_min_share": 0.5}
    coops = _applied(event, 3)
    stop = event.stops[0]
    login(organiser)
    response = client.get(f"/events/organise/{event.slug}/stops/{stop.id}/instance.json")
    assert response.status_code == 200 and "attachment" in response.headers["Content-Disposition"]
    data = json.loads(response.data)
    assert len(data["stands"]) == 8 and {a["id"] for a in data["applicants"]} == {c.slug for c in coops}
    # The same file solves from the command line.
    path = tmp_path / "instance.json"
    path.write_bytes(response.data)
    result = app.test_cli_runner().invoke(args=["events", "solve", str(path), "--output", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "r.json").read_text())["status"] == "optimal"
    # Another event imports it: the plan and the (accepted) applications, the rules.
    other = services.save_event(None, dict(FAIR, title_fr="Salon de Dakhla", starts_on=date(2099, 6, 1),
                                           ends_on=date(2099, 6, 3), applications_open_on=None,
                                           applications_close_on=None), organiser)  # fmt: skip
    services.generate_plan(other.stops[0], GridSpec(rows=1, columns=1))
    services.set_status(other, "open")
    db.session.commit()
    # Only cooperatives that applied can be in the file, and not once they withdrew.
    upload = {"file": (io.BytesIO(json.dumps(data).encode()), "plan.json")}
    refused = client.post(f"/events/organise/{other.slug}/stops/{other.stops[0].id}/import?lang=en", data=upload,
                          content_type="multipart/form-data", follow_redirects=True)  # fmt: skip
    assert "have not applied" in refused.get_data(as_text=True)
    for n, coop in enumerate(coops):
        applications.apply(other, coop, {"category_id": category("honey").id, "min_area": 9})
        if n == 2:
            applications.withdraw(applications.application_of(other, coop))
    db.session.commit()
    upload = {"file": (io.BytesIO(json.dumps(data).encode()), "plan.json")}
    refused = client.post(f"/events/organise/{other.slug}/stops/{other.stops[0].id}/import?lang=en", data=upload,
                          content_type="multipart/form-data", follow_redirects=True)  # fmt: skip
    assert "withdrawn or rejected" in refused.get_data(as_text=True)
    applications.apply(other, coops[2], {"category_id": category("honey").id, "min_area": 9})
    db.session.commit()
    data["applicants"][0]["priority"] = 3
    data["applicants"][0]["pinned_stand"] = "B2"
    upload = {"file": (io.BytesIO(json.dumps(data).encode()), "plan.json")}
    assert client.post(f"/events/organise/{other.slug}/stops/{other.stops[0].id}/import", data=upload,
                       content_type="multipart/form-data").status_code == 302  # fmt: skip
    db.session.expire_all()
    imported = db.session.scalars(select(Application).where(Application.event_id == other.id)).all()
    assert len(imported) == 3 and {a.status for a in imported} == {"accepted"}
    assert {a.category.slug for a in imported} == {a["category"] for a in data["applicants"]}
    first = next(a for a in imported if a.cooperative.slug == data["applicants"][0]["id"])
    assert first.priority == 3 and first.pinned_stand_id is not None
    assert len(other.stops[0].stands) == 8 and other.rules == {"women_led_min_share": 0.5}


def test_a_bad_import_changes_nothing_and_says_why(client, login):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)
    stop = event.stops[0]
    coop = make_coop(owner=make_user())
    db.session.commit()
    good = {"stands": [{"code": "A1", "x": 0, "y": 0, "w": 3, "h": 3, "power": True, "zone": "food"}],
            "applicants": [{"id": coop.slug, "category": "honey", "region": "souss-massa"}]}  # fmt: skip
    bad_files = [
        b"\xff\xfe not json", b"{", b"[]",
        json.dumps({"stands": [], "applicants": [{"id": "nobody", "category": "honey", "region": "x"}]}).encode(),
        json.dumps(dict(good, applicants=[dict(good["applicants"][0], category="uranium")])).encode(),
        json.dumps(dict(good, stands=[dict(good["stands"][0], zone="zoo")])).encode(),
        json.dumps(dict(good, stands=[good["stands"][0], dict(good["stands"][0], x=1)])).encode(),
        json.dumps(dict(good, applicants=[dict(good["applicants"][0], priority=50)])).encode(),
        b"x" * (exchange.MAX_BYTES + 10),
    ]  # fmt: skip
    login(organiser)
    for raw in bad_files:
        response = client.post(f"/events/organise/{event.slug}/stops/{stop.id}/import?lang=fr",
                               data={"file": (io.BytesIO(raw), "plan.json")}, content_type="multipart/form-data",
                               follow_redirects=True)  # fmt: skip
        assert response.status_code == 200
        assert "flash-error" in response.get_data(as_text=True), raw[:60]
    db.session.expire_all()
    assert len(stop.stands) == 8 and db.session.scalar(select(db.func.count(Application.id))) == 0
    assert client.post(f"/events/organise/{event.slug}/stops/{stop.id}/import").status_code == 302  # no file
    assert category("honey")
    assert db.session.scalar(select(Event.rules).where(Event.id == event.id)) == event.rules


def test_import_refuses_what_would_break_the_plan(client, login):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)
    stop = event.stops[0]
    login(organiser)
    stand = {"code": "A1", "x": 0, "y": 0, "w": 3, "h": 3, "power": True, "zone": "food"}
    bad = [
        b'{"stands": [{"code": "A1", "x": ' + b"1" * 400 + b', "y": 0, "w": 3, "h": 3, "power": true, "zone": "food"}],'
        b' "applicants": []}',
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({"stands": [dict(stand, code="A\u0000")], "applicants": []}).encode(),
        b'{"stands": [{"code": "\\ud800", "x": 0, "y": 0, "w": 3, "h": 3, "power": true, "zone": "food"}],'
        b' "applicants": []}',
        json.dumps({"stands": [dict(stand, x=1e308, w=1e308)], "applicants": []}).encode(),
        json.dumps({"stands": [dict(stand, x=-5)], "applicants": []}).encode(),
        json.dumps({"stands": [dict(stand, code=f"S{n}", x=n * 3) for n in range(6001)], "applicants": []}).encode(),
    ]  # fmt: skip
    for raw in bad:
        response = client.post(f"/events/organise/{event.slug}/stops/{stop.id}/import",
                               data={"file": (io.BytesIO(raw), "plan.json")}, content_type="multipart/form-data",
                               follow_redirects=True)  # fmt: skip
        assert response.status_code == 200 and "flash-error" in response.get_data(as_text=True), raw[:80]
    db.session.expire_all()
    assert len(stop.stands) == 8
    for day in ("9999-12-31", "1900-01-01"):
        data = {
            "kind": "regional_fair",
            "title_ar": "م",
            "title_fr": "Salon",
            "town": "Agadir",
            "venue": "Parc",
            "region_id": event.region_id or 1,
            "starts_on": "2099-04-10",
            "ends_on": day,
            "stand_fee": "0",
        }
        response = client.post(f"/events/organise/{event.slug}/edit?lang=en", data=data)
        assert response.status_code == 422 and "between the years 2000 and 2100" in response.get_data(as_text=True)
