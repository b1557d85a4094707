"""Demo fairs and markets: a regional fair whose plan the engine allocated and the organiser published
(its public page, "meet us at" on storefronts, calendar files), and a mobile market taking applications
(cooperatives' owners can apply). Safe to run again: events are found by title."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from market.accounts.models import User
from market.catalog.models import Product
from market.coops.models import Cooperative
from market.events import allocating, applications, services
from market.events.floorplan import GridSpec
from market.events.models import Event
from market.extensions import db

FAIR_TITLE = "Salon régional de l’économie sociale de Souss-Massa"
MARKET_TITLE = "Souk mobile de l’Oriental"


def _event(data: dict, organiser: User) -> tuple[Event, bool]:
    existing = db.session.scalar(select(Event).where(Event.title_fr == data["title_fr"]))
    if existing is not None:
        return existing, False
    return services.save_event(None, data, organiser), True


def load_demo_events(organiser: User, coops: list[Cooperative], region_ids: dict[str, int]) -> None:
    today = date.today()
    fair, new = _event({
        "kind": "regional_fair", "title_fr": FAIR_TITLE, "title_ar": "المعرض الجهوي للاقتصاد الاجتماعي لسوس ماسة",
        "title_en": "Souss-Massa regional fair of the social economy",
        "description_fr": "Quatre jours pour rencontrer les coopératives de la région : argan, safran, miel, tapis.",
        "description_ar": "أربعة أيام للقاء تعاونيات الجهة: الأركان والزعفران والعسل والزرابي.",
        "description_en": "Four days to meet the region's cooperatives: argan, saffron, honey, carpets.",
        "region_id": region_ids["souss-massa"], "town": "Agadir", "venue": "Parc des expositions d’Agadir",
        "address": "Avenue Mohammed V, Agadir", "latitude": 30.4202, "longitude": -9.5982,
        "starts_on": today + timedelta(days=30), "ends_on": today + timedelta(days=33), "opening_hours": "10:00–20:00",
        "applications_open_on": today - timedelta(days=30), "applications_close_on": today - timedelta(days=1),
        "stand_fee_centimes": 50000, "women_led_min_share": 40, "max_share_per_region": 35,
        "no_adjacent_same_category": True, "target_participants": 24, "target_sales_centimes": 15_000_000,
    }, organiser)  # fmt: skip
    if new:
        services.generate_plan(fair.stops[0], GridSpec(rows=3, columns=8, block_columns=4))
        services.set_status(fair, "open")
        for coop in coops[:22]:
            category_id = db.session.scalar(
                select(Product.category_id).where(Product.cooperative_id == coop.id).limit(1)
            )
            if category_id is None:
                continue
            wishes = {"category_id": category_id, "min_area": 9, "needs_power": len(coop.slug) % 3 == 0,
                      "preferred_zones": ["food"] if len(coop.slug) % 2 else ["crafts"]}  # fmt: skip
            application = applications.apply(fair, coop, wishes, today=today - timedelta(days=5))
            applications.decide(application, "accept")
        services.set_status(fair, "allocating")
        allocating.allocate(fair.stops[0], organiser)
        services.set_status(fair, "published")  # without the emails publishing sends

    market, new = _event({
        "kind": "mobile_market", "title_fr": MARKET_TITLE, "title_ar": "السوق المتنقل للشرق",
        "title_en": "Oriental mobile market", "region_id": region_ids["oriental"], "town": "Oujda", "venue": "—",
        "starts_on": today + timedelta(days=45), "ends_on": today + timedelta(days=120), "opening_hours": "9h-19h",
        "applications_open_on": today - timedelta(days=2), "applications_close_on": today + timedelta(days=30),
        "stand_fee_centimes": 20000, "women_led_min_share": 50, "youth_min_share": 10,
        "no_adjacent_same_category": True, "target_participants": 20,
    }, organiser)  # fmt: skip
    if new:
        for n, (town, venue) in enumerate((("Oujda", "Place du 16 Août"), ("Berkane", "Place centrale"),
                                           ("Nador", "Corniche"))):  # fmt: skip
            start = today + timedelta(days=45 + 30 * n)
            stop = services.add_stop(market, {"town": town, "venue": venue, "starts_on": start,
                                              "ends_on": start + timedelta(days=2)})  # fmt: skip
            services.generate_plan(stop, GridSpec(rows=2, columns=5))
        services.set_status(market, "open")
    db.session.flush()
