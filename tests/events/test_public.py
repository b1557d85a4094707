"""The public side of events: the list, an event's page with its published plan, calendar files, and
"meet us at" on storefronts and product pages."""

from datetime import date, datetime, timedelta

import pytest
from icalendar import Calendar
from sqlalchemy import select

from market.core import fragments
from market.events import allocating, calendar, services
from market.events.models import StandAssignment
from market.extensions import db
from tests.events.test_allocating import _applied
from tests.events.test_applications import _open_fair
from tests.factories import make_product, make_user


@pytest.fixture(autouse=True)
def _fresh_pages():
    fragments.clear()
    yield
    fragments.clear()


def _published_fair(count=4):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)  # 10–13 April 2099, 8 stands
    event.opening_hours = "10:00–20:00"
    event.rules = {"women_led_min_share": 0.5, "no_adjacent_same_category": True}
    coops = _applied(event, count)
    services.set_status(event, "allocating")
    allocating.allocate(event.stops[0], organiser)
    allocating.publish(event)
    db.session.commit()
    return event, coops


def test_public_page_shows_the_plan_linked_to_storefronts_and_a_list(client):
    event, coops = _published_fair()
    rows = db.session.scalars(select(StandAssignment)).all()
    for lang, direction in (("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")):
        page = client.get(f"/events/{event.slug}?lang={lang}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200 and f'dir="{direction}"' in html
        assert html.count('class="fp-stand') == 8 and html.count("fp-taken") == len(rows) == 4
        for coop in coops:
            assert f'href="/c/{coop.slug}"' in html  # on the plan and in the list
        assert "<table" in html and "<caption>" in html  # the list view for screen readers
    french = client.get(f"/events/{event.slug}?lang=fr").get_data(as_text=True)
    assert "10–13 avr. 2099" in french and "4 coopératives participent" in french
    listing = client.get("/events?lang=fr").get_data(as_text=True)
    assert event.title_fr in listing


def test_unpublished_events_are_not_public(client):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)
    assert client.get(f"/events/{event.slug}").status_code == 404
    assert client.get(f"/events/{event.slug}.ics").status_code == 404
    assert event.title_fr not in client.get("/events").get_data(as_text=True)
    for bad in ("x" * 500, "..%2F..", "é", "organise.ics"):
        assert client.get(f"/events/{bad}").status_code == 404
    assert client.get("/events/%00").status_code in (400, 404)


def test_event_calendar_file_follows_rfc_5545(client):
    event, _coops = _published_fair()
    response = client.get(f"/events/{event.slug}.ics?lang=fr")
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    cal = Calendar.from_ical(response.data)
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["summary"]) == event.title_fr
    assert vevent["uid"] == f"event-{event.id}-stop-{event.stops[0].id}@souk-tadamon.ma"
    assert int(vevent["sequence"]) == event.sequence >= 1
    start = vevent.decoded("dtstart")
    assert start.replace(tzinfo=None) == datetime(2099, 4, 10, 10, 0) and str(start.tzinfo) == "Africa/Casablanca"
    assert vevent.decoded("dtend").hour == 20
    assert vevent["rrule"]["COUNT"] == [4]
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Africa/Casablanca"]  # embedded, not an offset
    # The same UID on the next download; a change after publication raises SEQUENCE.
    again = Calendar.from_ical(client.get(f"/events/{event.slug}.ics").data).walk("VEVENT")[0]
    assert again["uid"] == vevent["uid"]
    services.save_event(event, {"kind": event.kind, "title_ar": event.title_ar, "title_fr": event.title_fr,
                                "starts_on": event.starts_on, "ends_on": event.ends_on, "town": "Agadir",
                                "venue": "Nouveau parc"}, event.organiser_id)  # fmt: skip
    db.session.commit()
    changed = Calendar.from_ical(client.get(f"/events/{event.slug}.ics").data).walk("VEVENT")[0]
    assert int(changed["sequence"]) == int(vevent["sequence"]) + 1 and "Nouveau parc" in str(changed["location"])


def test_all_day_events_end_the_day_after(app):
    class Stop:
        starts_on, ends_on, venue, address, town, latitude, longitude, id = (
            date(2099, 4, 10),
            date(2099, 4, 13),
            "Parc",
            None,
            "Agadir",
            30.4,
            -9.6,
            7,
        )

    class Event:
        id, sequence, opening_hours, stops = 3, 2, "tous les jours", [Stop]
        title_fr, title_ar, title_en, description_fr, description_ar, description_en = "Salon", "معرض", "", "", "", ""
        updated_at = created_at = datetime(2099, 1, 1)

    with app.test_request_context():
        cal = Calendar.from_ical(calendar.event_calendar(Event, "https://example.org/events/salon"))
    vevent = cal.walk("VEVENT")[0]
    assert vevent.decoded("dtstart") == date(2099, 4, 10)
    assert vevent.decoded("dtend") == date(2099, 4, 14)  # DTEND is exclusive
    assert vevent.decoded("geo") is not None


@pytest.mark.parametrize(("text", "hours"), [
    ("10:00–20:00", ((10, 0), (20, 0))), ("10h-20h", ((10, 0), (20, 0))), ("9.30 - 19", ((9, 30), (19, 0))),
    ("20:00–10:00", None), ("25:00-26:00", None), ("", None), (None, None), ("matin", None),
])  # fmt: skip
def test_opening_hours_are_read_or_left(text, hours):
    read = calendar.opening_hours(text)
    assert (None if read is None else tuple((t.hour, t.minute) for t in read)) == hours


def test_cooperative_schedule_and_meet_us_on_storefront_and_product(client):
    event, coops = _published_fair()
    coop = coops[0]
    product = make_product(coop)
    db.session.commit()
    stand = db.session.scalar(select(StandAssignment).join(StandAssignment.application)
                              .where(StandAssignment.application.has(cooperative_id=coop.id))).stand  # fmt: skip
    storefront = client.get(f"/c/{coop.slug}?lang=fr").get_data(as_text=True)
    assert f"Retrouvez-nous au {event.title_fr}, stand {stand.code}, 10–13 avr. 2099" in storefront
    assert f'href="/events/{event.slug}"' in storefront
    product_page = client.get(f"/p/{product.id}-{product.slug}?lang=ar").get_data(as_text=True)
    assert event.title_ar in product_page and stand.code in product_page
    cal = Calendar.from_ical(client.get(f"/c/{coop.slug}/events.ics?lang=fr").data)
    (vevent,) = cal.walk("VEVENT")
    assert f"Stand {stand.code}" in str(vevent["summary"])
    assert vevent["uid"] == f"event-{event.id}-stop-{event.stops[0].id}-coop-{coop.id}@souk-tadamon.ma"
    assert client.get("/c/nobody/events.ics").status_code == 404


def test_past_events_do_not_invite(client):
    event, coops = _published_fair()
    for stop in event.stops:
        stop.starts_on = stop.ends_on = date.today() - timedelta(days=3)
    db.session.commit()
    storefront = client.get(f"/c/{coops[0].slug}?lang=fr").get_data(as_text=True)
    assert "Retrouvez-nous" not in storefront


def test_calendars_survive_odd_titles_and_follow_changes_after_publication(client):
    event, coops = _published_fair()
    event.title_fr = "Salon, édition 2099;\nAgadir"
    db.session.commit()
    text = client.get(f"/events/{event.slug}.ics?lang=fr").get_data(as_text=True)
    assert "X-WR-CALNAME:Salon\\, édition 2099\\;\\nAgadir" in text  # escaped as TEXT (RFC 5545 3.3.11)
    assert Calendar.from_ical(text).walk("VEVENT")
    # The VTIMEZONE covers the event's years (not only up to 2038).
    assert "2099" in client.get(f"/events/{event.slug}.ics").get_data(as_text=True).split("BEGIN:VEVENT")[0]
    before = int(Calendar.from_ical(client.get(f"/c/{coops[0].slug}/events.ics").data).walk("VEVENT")[0]["sequence"])
    assignment = db.session.scalar(
        select(StandAssignment).where(StandAssignment.application.has(cooperative_id=coops[0].id))
    )
    stand = assignment.stand
    services.update_stand(stand, {"code": "Q9", "x": stand.x, "y": stand.y, "w": stand.w, "h": stand.h,
                                  "zone": stand.zone, "power": stand.power, "corner": stand.corner,
                                  "covered": stand.covered})  # fmt: skip
    db.session.commit()
    after = Calendar.from_ical(client.get(f"/c/{coops[0].slug}/events.ics").data).walk("VEVENT")[0]
    assert int(after["sequence"]) == before + 1 and "Q9" in str(after["summary"])


def test_meet_us_costs_no_query_per_appearance(client):
    from tests.catalog.test_query_counts import queries

    event, coops = _published_fair()
    product = make_product(coops[0])
    db.session.commit()
    assert queries(client, f"/c/{coops[0].slug}") <= 8
    fragments.clear()
    assert queries(client, f"/p/{product.id}-{product.slug}") <= 10
