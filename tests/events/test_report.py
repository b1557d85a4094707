"""The event report: the numbers against the targets, the charts, the CSV files, and the year's sums."""

import csv
import io
import re
from datetime import date, timedelta

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import func, select

from market.core.models import utcnow
from market.events import report
from market.events.models import Application, Event, EventStop, Stand, StandAssignment, StandSale
from market.extensions import db
from tests.factories import category, make_coop, make_user

RULES = {"women_led_min_share": 0.5, "youth_min_share": 0.25, "max_share_per_region": 0.5,
         "no_adjacent_same_category": True}  # fmt: skip


def make_event(organiser, starts_on=date(2027, 4, 10), stops=((3, 4),), kind="mobile_market", **attrs):
    """An event with stops of (days, stands): stop n has stands S1.. (S = A, B, ...)."""
    n = db.session.scalar(select(func.count(Event.id))) + 1
    event = Event(slug=attrs.pop("slug", f"event-{n}"), kind=kind, status="running",
                  title_ar=attrs.pop("title_ar", "السوق المتنقل"), title_fr=attrs.pop("title_fr", f"Marché {n}"),
                  starts_on=starts_on, ends_on=starts_on, organiser_id=organiser.id, rules=attrs.pop("rules", {}),
                  **attrs)  # fmt: skip
    db.session.add(event)
    db.session.flush()
    for position, (days, stands) in enumerate(stops):
        first = starts_on + timedelta(days=position * 5)
        stop = EventStop(event_id=event.id, position=position, town=f"Town {position + 1}", venue="Place",
                         starts_on=first, ends_on=first + timedelta(days=days - 1))  # fmt: skip
        db.session.add(stop)
        db.session.flush()
        letter = "ABCDEFGH"[position]
        for s in range(stands):
            db.session.add(Stand(stop_id=stop.id, code=f"{letter}{s + 1}", x=s * 3, y=0, w=3, h=3, zone="food"))
        event.ends_on = stop.ends_on
    db.session.flush()
    db.session.refresh(event)
    return event


def take_part(event, coop, stands=(), status="accepted", category_slug="honey"):
    """An application with the given status and stand codes (at whichever stop holds each code)."""
    application = Application(event_id=event.id, cooperative_id=coop.id, status=status,
                              category_id=category(category_slug).id)  # fmt: skip
    db.session.add(application)
    db.session.flush()
    by_code = {stand.code: stand for stop in event.stops for stand in stop.stands}
    for code in stands:
        stand = by_code[code]
        db.session.add(StandAssignment(stop_id=stand.stop_id, stand_id=stand.id, application_id=application.id))
    db.session.flush()
    return application


def sell(event, coop, quantity, unit_price, category_slug="honey", voided=False):
    db.session.add(StandSale(event_id=event.id, cooperative_id=coop.id, quantity=quantity,
                             unit_price_centimes=unit_price,
                             category_id=category(category_slug).id if category_slug else None,
                             voided_at=utcnow() if voided else None))  # fmt: skip
    db.session.flush()


@pytest.fixture
def market(app):
    """A mobile market of two stops (3 days, 4 stands; 2 days, 3 stands) with three participants."""
    organiser = make_user(is_organiser=True)
    event = make_event(organiser, stops=((3, 4), (2, 3)), rules=dict(RULES), target_participants=4,
                       target_sales_centimes=100000)  # fmt: skip
    argan = make_coop(women_led=True, name_ar="تعاونية أركان", name_fr="Coopérative Argan")
    tiwizi = make_coop(women_led=True, youth=True, region_slug="marrakech-safi", name_fr="Tiwizi")
    tricky = make_coop(name_fr='=HYPERLINK("http://x")', name_ar="-تعاونية")
    late = make_coop(name_fr="Sans stand")
    take_part(event, argan, ["A1", "B1"])  # at both stops: one participant, two stands
    take_part(event, tiwizi, ["A2"])
    take_part(event, tricky, ["B2"], category_slug="oils")
    take_part(event, late, [], status="waitlisted")
    take_part(event, make_coop(), [], status="rejected")
    take_part(event, make_coop(women_led=True), ["A3"], status="withdrawn")  # a stand left behind: not counted
    take_part(event, make_coop(), [], status="submitted")
    sell(event, argan, 2, 5000, "oils")
    sell(event, argan, 1, 20000, "honey")
    sell(event, tiwizi, 3, 10000, "honey")
    sell(event, tricky, 1, 999900, "oils", voided=True)  # voided: left out
    sell(event, tricky, 1, 1500, None)
    db.session.commit()
    return {"organiser": organiser, "event": event, "argan": argan, "tiwizi": tiwizi, "tricky": tricky,
            "late": late}  # fmt: skip


def test_event_numbers_against_targets(market):
    found = report.event_report(market["event"])
    assert found.applications == {"submitted": 1, "accepted": 3, "waitlisted": 1, "rejected": 1, "withdrawn": 1}
    assert found.applications_received == 7
    assert (found.participants.value, found.participants.target, found.participants.status) == (3, 4, "not_met")
    assert (found.women_led.count, found.women_led.total, found.women_led.status) == (2, 3, "met")
    assert (found.youth.count, found.youth.status) == (1, "met")
    assert [(line.region.slug, line.share.count, line.share.status) for line in found.regions] == [
        ("souss-massa", 2, "not_met"), ("marrakech-safi", 1, "met")]  # fmt: skip
    assert (found.top_region.count, found.top_region.status) == (2, "not_met")
    assert [(s.town, s.stands, s.taken, s.stand_days) for s in found.stops] == [
        ("Town 1", 4, 2, 6),
        ("Town 2", 3, 2, 4),
    ]
    assert found.sales.centimes == 61500 and found.sales.units == 7 and found.sales.count == 4
    assert [(line.category.slug if line.category else None, line.centimes) for line in found.sales.categories] == [
        ("honey", 50000), ("oils", 10000), (None, 1500)]  # fmt: skip
    assert (found.sales_total.value, found.sales_total.status) == (61500, "not_met")
    coops = {line.slug: line for line in found.cooperatives}
    assert set(coops) == {market[k].slug for k in ("argan", "tiwizi", "tricky")}
    assert coops[market["argan"].slug].stands == [("Town 1", "A1"), ("Town 2", "B1")]
    assert coops[market["argan"].slug].sales_centimes == 30000 and coops[market["tricky"].slug].sales_centimes == 1500


def test_targets_met_exactly_and_absent(app):
    organiser = make_user(is_organiser=True)
    event = make_event(organiser, stops=((1, 10),), rules={"women_led_min_share": 0.3}, target_participants=10,
                       target_sales_centimes=1000)  # fmt: skip
    for n in range(10):
        coop = make_coop(women_led=n < 3, region_slug=("oriental", "souss-massa")[n % 2])
        take_part(event, coop, [f"A{n + 1}"])
    sell(event, coop, 1, 1000)
    db.session.commit()
    found = report.event_report(event)
    # 3 of 10 meets a minimum of 0.3 (compared exactly, as the allocation engine does).
    assert found.women_led.status == "met" and found.participants.status == "met" and found.sales_total.status == "met"
    assert found.youth.status == "no_target" and found.top_region.status == "no_target"
    empty = make_event(organiser, stops=((1, 2),))
    nothing = report.event_report(empty)
    assert nothing.participants.value == 0 and nothing.participants.status == "no_target"
    assert nothing.women_led.value == 0 and nothing.regions == [] and nothing.cooperatives == []


class QueryCounter:
    def __init__(self):
        self.count = 0

    def __enter__(self):
        sa_event.listen(db.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *exc):
        sa_event.remove(db.engine, "before_cursor_execute", self._count)

    def _count(self, *args):
        self.count += 1


def _queries(fn, *args):
    db.session.expire_all()
    with QueryCounter() as counter:
        fn(*args)
    return counter.count


def test_queries_do_not_grow_with_cooperatives_or_events(market):
    event, organiser = market["event"], market["organiser"]
    few = _queries(report.event_report, db.session.get(Event, event.id))
    few_year = _queries(report.year_indicators, 2027, organiser)
    for n in range(20):
        coop = make_coop(women_led=n % 2 == 0, region_slug=("oriental", "fes-meknes", "dakhla-oued-ed-dahab")[n % 3])
        other = make_event(organiser, stops=((1, 1),))
        take_part(other, coop, ["A1"])
        sell(other, coop, 1, 100 + n, ("oils", "honey", "dairy", "leather")[n % 4])
        stop = event.stops[0]
        extra = Stand(stop_id=stop.id, code=f"Z{n}", x=0, y=10 + n, w=3, h=3)
        db.session.add(extra)
        db.session.flush()
        application = take_part(event, coop, [])
        db.session.add(StandAssignment(stop_id=stop.id, stand_id=extra.id, application_id=application.id))
        sell(event, coop, 2, 300, ("oils", "honey", "dairy", "leather")[n % 4])
    db.session.commit()
    many = _queries(report.event_report, db.session.get(Event, event.id))
    assert report.event_report(db.session.get(Event, event.id)).participants.value == 23
    many_year = _queries(report.year_indicators, 2027, organiser)
    assert len(report.year_indicators(2027, organiser).events) == 21
    assert many == few and many_year == few_year
    assert many <= 12 and many_year <= 10, (many, many_year)


def test_year_sums_two_events_and_only_the_organisers_own(market):
    organiser, first = market["organiser"], market["event"]
    fair = make_event(organiser, starts_on=date(2027, 9, 1), stops=((2, 3),), kind="regional_fair",
                      target_participants=2, rules={"youth_min_share": 0.5})  # fmt: skip
    youth = make_coop(youth=True, region_slug="oriental")
    take_part(fair, market["argan"], ["A1"])  # Argan at both events: two participations, one cooperative
    take_part(fair, youth, ["A2"])
    sell(fair, youth, 1, 5000, "oils")
    sell(fair, youth, 1, 7000, "oils", voided=True)
    later = make_event(organiser, starts_on=date(2028, 1, 5), target_participants=1)
    take_part(later, make_coop(), ["A1"])
    stranger = make_user(is_organiser=True)
    theirs = make_event(stranger, starts_on=date(2027, 6, 1))
    take_part(theirs, make_coop(), ["A1"])
    sell(theirs, market["argan"], 1, 100000, "dairy")
    db.session.commit()

    year = report.year_indicators(2027, organiser)
    assert [line.event.id for line in year.events] == [first.id, fair.id]
    assert year.participations == 5 and year.cooperatives == 4
    assert (year.women_led.count, year.women_led.total) == (2, 4) and year.youth.count == 2
    assert {line.region.slug: line.share.count for line in year.regions} == {
        "souss-massa": 2, "marrakech-safi": 1, "oriental": 1}  # fmt: skip
    assert year.sales.centimes == 66500
    assert {line.category.slug if line.category else None: line.centimes for line in year.sales.categories} == {
        "honey": 50000, "oils": 15000, None: 1500}  # fmt: skip
    assert (year.participants_vs_target.value, year.participants_vs_target.target) == (5, 6)
    assert year.participants_vs_target.status == "not_met" and year.participants_targeted_events == 2
    assert (year.sales_vs_target.value, year.sales_vs_target.target, year.sales_targeted_events) == (61500, 100000, 1)
    fair_line = year.events[1]
    assert fair_line.participants.status == "met" and fair_line.youth.status == "met"
    assert fair_line.sales_total.value == 5000 and fair_line.sales_total.status == "no_target"
    assert year.targets_met["participants"] == {"not_met": 1, "met": 1}
    everyone = report.year_indicators(2027, None)  # an admin's view
    assert len(everyone.events) == 3 and everyone.cooperatives == 5 and everyone.sales.centimes == 166500
    assert report.year_indicators(2031, organiser).events == []
    assert report.event_years(organiser) == [2027, 2028]


# -- the pages -------------------------------------------------------------------------------------------


def test_report_page_with_charts_in_arabic_and_french(market, client, login):
    event = market["event"]
    login(market["organiser"])
    html = client.get(f"/events/organise/{event.slug}/report?lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in html and "<svg" in html and "تعاونية أركان" in html
    assert html.count('class="report-chart"') == 5 and html.count("<table") >= 6
    # Bars grow from the right on a right-to-left page: a partial bar does not start at x=0.
    fills = re.findall(r'class="hbar-fill" x="([\d.]+)" y="1.5" width="([\d.]+)"', html)
    assert fills and all(abs(float(x) + float(w) - 100) < 0.01 for x, w in fills)
    assert any(float(x) > 0 for x, _ in fills)
    markers = re.findall(r'class="hbar-marker" x1="([\d.]+)"', html)
    assert markers
    french = client.get(f"/events/organise/{event.slug}/report?lang=fr").get_data(as_text=True)
    assert 'dir="ltr"' in french and "Coopérative Argan" in french and "<svg" in french
    assert all(x == "0" for x, _ in re.findall(r'class="hbar-fill" x="([\d.]+)" y="1.5" width="([\d.]+)"', french))
    english = client.get(f"/events/organise/{event.slug}/report?lang=en").get_data(as_text=True)
    assert "Not met" in english and "Met" in english and "Show the figures as a table" in english
    assert "615.00" in english or "615,00" in english


def _csv_rows(response):
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads the file as UTF-8
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_report_csv(market, client, login):
    event = market["event"]
    login(market["organiser"])
    response = client.get(f"/events/organise/{event.slug}/report.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = _csv_rows(response)
    assert rows[0] == ["event", "title_ar", "title_fr", "starts_on", "ends_on", "status"]
    assert rows[1][1] == "السوق المتنقل"
    indicators = {row[0]: row for row in rows if row and row[0] in (
        "participants", "women_led_share", "top_region_share", "sales_total_mad")}  # fmt: skip
    assert indicators["participants"] == ["participants", "3", "4", "at_least", "not_met"]
    assert indicators["women_led_share"] == ["women_led_share", "0.6667", "0.5000", "at_least", "met"]
    assert indicators["top_region_share"][1:] == ["0.6667", "0.5000", "at_most", "not_met"]
    assert indicators["sales_total_mad"] == ["sales_total_mad", "615.00", "1000.00", "at_least", "not_met"]
    header = rows.index(["cooperative", "name_ar", "name_fr", "region", "women_led", "youth", "stands", "units",
                         "sales_mad"])  # fmt: skip
    coops = {row[0]: row for row in rows[header + 1 :]}
    argan = coops[market["argan"].slug]
    assert argan[1] == "تعاونية أركان" and argan[6] == "Town 1 A1; Town 2 B1" and argan[8] == "300.00"
    tricky = coops[market["tricky"].slug]
    assert tricky[1] == "'-تعاونية" and tricky[2].startswith("'=HYPERLINK")  # never a formula in a spreadsheet
    assert ["category", "category_ar", "category_fr", "sales", "units", "sales_mad"] in rows
    assert ["honey", "عسل", "Miel", "2", "4", "500.00"] in rows


def test_yearly_page_and_csv(market, client, login):
    organiser = market["organiser"]
    fair = make_event(organiser, starts_on=date(2027, 9, 1), stops=((2, 3),), kind="regional_fair")
    take_part(fair, market["argan"], ["A1"])
    db.session.commit()
    login(organiser)
    html = client.get("/events/organise/indicators?year=2027&lang=ar").get_data(as_text=True)
    assert 'dir="rtl"' in html and "<svg" in html and html.count('class="report-chart"') == 5
    assert f"/events/organise/{fair.slug}/report" in html and '<option value="2027" selected' in html
    rows = _csv_rows(client.get("/events/organise/indicators.csv?year=2027"))
    values = {row[0]: row[1] for row in rows if len(row) > 1}
    assert values["events"] == "2" and values["participations"] == "4" and values["cooperatives"] == "3"
    assert values["sales_total_mad"] == "615.00"
    assert any(row and row[0] == fair.slug for row in rows)


@pytest.mark.parametrize("year", ["abc", "99999", "-1", "0999", "٢٠٢٧", "2027.5", " ", "1" * 300])
def test_a_bad_year_shows_this_year_and_says_so(market, client, login, year):
    login(market["organiser"])
    response = client.get("/events/organise/indicators", query_string={"year": year, "lang": "en"})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    this_year = utcnow().year
    assert f'<option value="{this_year}" selected' in html or f'<option value="{this_year + 1}" selected' in html
    if year.strip():
        assert 'role="alert"' in html and "Choose a year from 2000 to 2100" in html
    assert client.get("/events/organise/indicators.csv", query_string={"year": year}).status_code == 200


def test_nul_in_the_year_is_a_bad_request(market, client, login):
    login(market["organiser"])
    assert client.get("/events/organise/indicators?year=%00").status_code == 400
    assert client.get("/events/organise/indicators.csv?year=20%0027").status_code == 400


def test_who_may_read_a_report(market, client, login):
    event = market["event"]
    paths = [f"/events/organise/{event.slug}/report", f"/events/organise/{event.slug}/report.csv"]
    for path in [*paths, "/events/organise/indicators", "/events/organise/indicators.csv"]:
        assert client.get(path).status_code == 302  # anonymous: to the login page
    buyer, other, admin = make_user(), make_user(is_organiser=True), make_user(is_admin=True)
    db.session.commit()
    login(buyer)
    for path in [*paths, "/events/organise/indicators", "/events/organise/indicators.csv"]:
        assert client.get(path).status_code == 403
    client.post("/account/logout")
    login(other)
    for path in paths:
        assert client.get(path).status_code == 404
    assert client.get("/events/organise/no-such-event/report").status_code == 404
    others_year = client.get("/events/organise/indicators?year=2027&lang=en").get_data(as_text=True)
    assert "No event starts in 2027" in others_year
    client.post("/account/logout")
    login(admin)
    for path in paths:
        assert client.get(path).status_code == 200
    assert event.slug in client.get("/events/organise/indicators?year=2027").get_data(as_text=True)


def test_an_event_with_nothing_yet_has_a_report(app, client, login):
    organiser = make_user(is_organiser=True)
    event = make_event(organiser, stops=((1, 2),), rules=dict(RULES), target_participants=5)
    db.session.commit()
    login(organiser)
    html = client.get(f"/events/organise/{event.slug}/report?lang=en").get_data(as_text=True)
    assert "No cooperative has a stand yet." in html and "No stand sale recorded yet." in html
    rows = _csv_rows(client.get(f"/events/organise/{event.slug}/report.csv"))
    assert ["participants", "0", "5", "at_least", "not_met"] in rows
    assert client.get("/events/organise/indicators.csv?year=2027").status_code == 200
