"""Every cooperative back-office route refuses members of other cooperatives, and admin routes refuse
everyone but admins. Routes are found in the URL map, so a new route is checked without editing this file."""

import re

import pytest

from market.catalog.models import LabelClaim
from market.extensions import db
from market.orders import reviews, services
from tests.factories import add_member, make_coop, make_order, make_product, make_user


def _fill(rule, values):
    path = rule.rule
    for arg in rule.arguments:
        path = re.sub(r"<(?:[^:<>]+:)?" + arg + r"(?:\([^)]*\))?>", str(values[arg]), path)
    return path


@pytest.fixture
def two_coops(app):
    victim_owner, intruder = make_user(), make_user()
    victim = make_coop(owner=victim_owner, slug="victim")
    other = make_coop(slug="intruder-coop")
    add_member(other, intruder, "owner")
    product = make_product(victim)
    claim = LabelClaim(cooperative_id=victim.id, label_type_id=1, status="pending", document="x/y", document_type="pdf")
    db.session.add(claim)
    buyer = make_user()
    order = make_order(buyer, [(product, 1)])
    part = order.parts[0]
    services.advance(part, "shipped", victim_owner)
    services.advance(part, "delivered", victim_owner)
    review = reviews.add_review(buyer, part.lines[0], 5, "Very good oil, thank you.")
    db.session.commit()
    return {"victim": victim, "intruder": intruder, "product": product, "claim": claim, "owner": victim_owner,
            "order": order, "part": part, "review": review}  # fmt: skip


def test_every_manage_route_refuses_another_cooperatives_member(app, client, login, two_coops):
    login(two_coops["intruder"])
    values = {
        "slug": "victim",
        "product_id": two_coops["product"].id,
        "claim_id": two_coops["claim"].id,
        "part_id": two_coops["part"].id,
        "review_id": two_coops["review"].id,
        "event_slug": "any-event",
    }
    checked = 0
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/manage/"):
            continue
        path = _fill(rule, values)
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(path, method=method, data={"item_id": 1, "brand_color": "#000000"})
            assert response.status_code == 403, (method, path, response.status_code)
            checked += 1
    assert checked >= 15
    # Nothing changed on the victim's side.
    db.session.refresh(two_coops["victim"])
    assert two_coops["victim"].brand_color == "#1f6f5c"
    assert two_coops["product"].is_published


def test_ids_of_another_cooperative_are_not_found_through_ones_own(app, client, login, two_coops):
    """An owner of cooperative B using B's slug with A's product id gets a 404, never A's data."""
    login(two_coops["intruder"])
    product, claim = two_coops["product"], two_coops["claim"]
    for path in (
        f"/manage/intruder-coop/products/{product.id}",
        f"/manage/intruder-coop/labels/{claim.id}/certificate",
    ):
        assert client.get(path).status_code == 404, path
    assert client.post(f"/manage/intruder-coop/products/{product.id}/delete").status_code == 404
    part, review = two_coops["part"], two_coops["review"]
    for path in (f"/manage/intruder-coop/orders/{part.id}", f"/manage/intruder-coop/orders/{part.id}/packing-slip"):
        assert client.get(path).status_code == 404, path
    for path in (
        f"/manage/intruder-coop/orders/{part.id}/status",
        f"/manage/intruder-coop/orders/{part.id}/cancel",
        f"/manage/intruder-coop/orders/{part.id}/refund",
        f"/manage/intruder-coop/reviews/{review.id}/reply",
    ):
        assert client.post(path, data={"status": "shipped", "reason": "no", "text": "Thanks"}).status_code == 404, path
    assert client.get(f"/orders/{two_coops['order'].number}").status_code == 404  # not the intruder's order
    assert client.post(f"/manage/intruder-coop/products/{product.id}/publish").status_code == 404


def test_admin_routes_refuse_non_admins(app, client, login, two_coops):
    login(two_coops["owner"])
    values = {
        "coop_id": two_coops["victim"].id,
        "claim_id": two_coops["claim"].id,
        "product_id": two_coops["product"].id,
        "review_id": two_coops["review"].id,
        "number": two_coops["order"].number,
        "part_id": two_coops["part"].id,
        "job_id": "some-job",
    }
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/admin"):
            for method in rule.methods - {"HEAD", "OPTIONS"}:
                response = client.open(_fill(rule, values), method=method, data={"decision": "approve"})
                assert response.status_code == 403, rule.rule
