from datetime import date

import pytest

from market.events import services
from market.events.floorplan import GridSpec, generate_grid, row_label
from market.events.services import EventError
from market.extensions import db
from tests.factories import make_user

FAIR = {"kind": "regional_fair", "title_ar": "معرض سوس", "title_fr": "Salon régional de Souss-Massa",
        "title_en": "Souss-Massa regional fair", "starts_on": date(2027, 4, 10), "ends_on": date(2027, 4, 13),
        "applications_open_on": date(2027, 1, 5), "applications_close_on": date(2027, 3, 1),
        "stand_fee_centimes": 50000, "town": "Agadir", "venue": "Parc des expositions",
        "women_led_min_share": 50, "youth_min_share": 10, "max_share_per_region": None,
        "no_adjacent_same_category": True}  # fmt: skip


def test_row_labels_read_like_spreadsheet_columns():
    assert [row_label(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_generated_grid_has_aisles_corners_zones_and_no_overlap():
    stands = generate_grid(GridSpec(rows=4, columns=12, block_columns=6, power_every=3))
    assert len(stands) == 48 and stands[0]["code"] == "A1" and stands[-1]["code"] == "D12"
    for i, a in enumerate(stands):
        for b in stands[i + 1 :]:
            assert not (a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
                        and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]), (a["code"], b["code"])  # fmt: skip
    row_a = [s for s in stands if s["code"].startswith("A") and s["code"][1:].isdigit()]
    assert [s["corner"] for s in row_a].count(True) == 4  # both ends of both blocks
    assert row_a[6]["x"] - (row_a[5]["x"] + row_a[5]["w"]) == 4.0  # the cross aisle
    assert {s["zone"] for s in stands} == {"food", "crafts"}  # one zone per pair of rows
    assert sum(s["power"] for s in row_a) == 4


def test_bad_grids_are_refused():
    for spec in (GridSpec(rows=0, columns=5), GridSpec(rows=70, columns=5), GridSpec(rows=30, columns=30),
                 GridSpec(rows=2, columns=2, aisle=0), GridSpec(rows=2, columns=2, zones=())):  # fmt: skip
        with pytest.raises(ValueError):
            generate_grid(spec)


def test_event_with_its_venue_rules_and_plan(app):
    organiser = make_user(is_organiser=True)
    event = services.save_event(None, dict(FAIR), organiser)
    db.session.commit()
    assert event.slug == "salon-regional-de-souss-massa" and event.status == "draft"
    assert event.rules == {"women_led_min_share": 0.5, "youth_min_share": 0.1, "no_adjacent_same_category": True}
    assert len(event.stops) == 1 and event.stops[0].town == "Agadir"
    with pytest.raises(EventError):
        services.set_status(event, "open")  # no plan yet
    services.generate_plan(event.stops[0], GridSpec(rows=2, columns=5))
    services.set_status(event, "open")
    db.session.commit()
    assert len(event.stops[0].stands) == 10 and event.status == "open"
    with pytest.raises(EventError):
        services.set_status(event, "closed")

    a1, a2 = event.stops[0].stands[0], event.stops[0].stands[1]
    moved = {"code": "a1", "x": a2.x, "y": a2.y, "w": 3, "h": 3, "zone": "food", "power": True, "corner": True,
             "covered": True}  # fmt: skip
    with pytest.raises(EventError, match="A10|A2|chevauch|overlap"):
        services.update_stand(a1, moved)
    moved.update(x=a1.x, y=a1.y - 1, code=a2.code)
    with pytest.raises(EventError):
        services.update_stand(a1, moved)  # a code already taken


def test_event_dates_are_checked(app):
    organiser = make_user(is_organiser=True)
    for change in ({"ends_on": date(2027, 4, 1)}, {"applications_close_on": date(2027, 4, 11)},
                   {"applications_open_on": date(2027, 3, 5)}, {"women_led_min_share": 150}):  # fmt: skip
        with pytest.raises(EventError):
            services.save_event(None, dict(FAIR, **change), organiser)
        db.session.rollback()
