from sqlalchemy import select

from market.core.models import OutboxEmail
from market.events import allocating, applications
from market.events.models import StandAssignment
from market.extensions import db
from tests.events.test_applications import _open_fair
from tests.factories import category, make_coop, make_user


def _applied(event, count):
    coops = []
    for n in range(count):
        owner = make_user()
        coop = make_coop(owner=owner, women_led=n % 2 == 0, name_fr=f"Coopérative {n}")
        slug = ("honey", "oils", "spices-herbs")[n % 3]
        application = applications.apply(event, coop, {"category_id": category(slug).id, "min_area": 9,
                                                       "preferred_zones": ["food"]})  # fmt: skip
        applications.decide(application, "accept")
        coops.append(coop)
    db.session.commit()
    return coops


def test_organiser_allocates_moves_and_publishes(client, login):
    organiser = make_user(is_organiser=True)
    event = _open_fair(organiser)  # 8 stands, rules: half women-led, 10 % youth, no same category side by side
    event.rules = {"women_led_min_share": 0.5, "no_adjacent_same_category": True}
    _applied(event, 6)
    stop = event.stops[0]
    login(organiser)
    client.post(f"/events/organise/{event.slug}/status", data={"status": "allocating"})
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/allocate")
    rows = db.session.scalars(select(StandAssignment)).all()
    assert len(rows) == 6
    assert allocating.check(stop) == []
    page = client.get(f"/events/organise/{event.slug}/stops/{stop.id}/allocation?lang=fr").get_data(as_text=True)
    assert "optimal" in page or "meilleure" in page.lower() or "Best possible" in page
    # Moving a cooperative onto a taken stand swaps the two; the page says if a rule breaks.
    first, second = rows[0], rows[1]
    first_app, second_app, second_stand = first.application_id, second.application_id, second.stand.code
    client.post(f"/events/organise/{event.slug}/stops/{stop.id}/move",
                data={"application_id": first_app, "stand": second_stand})  # fmt: skip
    db.session.expire_all()
    moved = {row.application_id: row.stand.code for row in db.session.scalars(select(StandAssignment))}
    assert moved[first_app] == second_stand and len(moved) == 6 and second_app in moved
    client.post(f"/events/organise/{event.slug}/publish")
    db.session.refresh(event)
    assert event.status == "published"
    assert db.session.scalar(select(db.func.count(OutboxEmail.id)).where(OutboxEmail.subject.like("%stand%"))) >= 6
