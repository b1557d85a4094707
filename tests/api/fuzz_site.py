"""A small marketplace for fuzzing the API (tests/api/test_schemathesis.py, `make fuzz-api`): two
cooperatives with products, variants, a verified label and orders, a published fair with its plan, a
buyer with a cart, and a write token for cooperative A and for the buyer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from market.catalog.models import LabelClaim, LabelType, ProductVariant
from market.extensions import db
from tests.api.helpers import make_token
from tests.events.test_public import _published_fair
from tests.factories import make_coop, make_order, make_product, make_user


@dataclass
class FuzzSite:
    coop_token: str
    buyer_token: str


def build() -> FuzzSite:
    owner = make_user(email="owner@fuzz.ma")
    coop_a = make_coop(slug="fuzz-a", owner=owner, women_led=True)
    coop_b = make_coop(slug="fuzz-b", owner=make_user())
    products = [make_product(coop_a, stock=50, name_fr=f"Huile {n}", sku=f"FA-{n}") for n in range(5)]
    products += [make_product(coop_b, category_slug="honey", stock=50, name_fr=f"Miel {n}") for n in range(5)]
    products[0].variants = [ProductVariant(label="250 ml", sku="FA-V1", price_centimes=7000, stock=9, position=0)]
    igp = db.session.scalar(db.select(LabelType).where(LabelType.code == "IGP"))
    today = date.today()
    db.session.add(
        LabelClaim(
            cooperative_id=coop_a.id,
            label_type_id=igp.id,
            status="verified",
            certificate_number="I-1",
            issuer="ONSSA",
            valid_from=today,
            valid_until=today + timedelta(days=365),
        )
    )
    buyer = make_user(email="buyer@fuzz.ma")
    for product in products[:3] + products[5:7]:
        make_order(buyer, [(product, 1)])
    _published_fair()
    db.session.commit()
    return FuzzSite(coop_token=make_token(owner, coop_a), buyer_token=make_token(buyer))
