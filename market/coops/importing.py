"""CSV import of cooperatives for operators: `slug,name_ar,name_fr,region,city,women_led,youth,status`
(plus optional name_en, name_zgh, city_zgh, registration_number, ice, members, email, phone, brand_color).
All or nothing; re-importing updates by slug."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from market.coops.branding import HEX_COLOUR
from market.coops.models import Cooperative
from market.coops.validators import normalise_ice, normalise_phone
from market.core.csvfiles import ImportReport, read_csv
from market.core.models import Region
from market.extensions import db

REQUIRED = ["slug", "name_ar", "name_fr", "region", "city", "women_led", "youth", "status"]
OPTIONAL = ["name_en", "name_zgh", "city_zgh", "registration_number", "ice", "members", "email", "phone", "brand_color"]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BOOLEANS = {"true": True, "false": False}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def import_cooperatives(data: bytes | str) -> ImportReport:
    report = ImportReport()
    parsed = read_csv(data)
    if parsed is None:
        report.errors.append((1, str(_l("The file must be UTF-8 text (CSV)."))))
        return report
    header, rows = parsed
    if set(REQUIRED) - set(header) or set(header) - set(REQUIRED + OPTIONAL):
        report.errors.append((1, str(_l("The header must be: %(columns)s.", columns=",".join(REQUIRED)))))
        return report
    regions = {r.slug: r for r in db.session.scalars(select(Region))}
    checked, seen = [], set()
    for line, raw in enumerate(rows, start=2):
        if None in raw:
            report.errors.append((line, str(_l("This row has more values than the header."))))
            continue
        row = {k.strip(): (v or "").strip() for k, v in raw.items()}
        problems = []
        if not SLUG.match(row["slug"]) or len(row["slug"]) > 80:
            problems.append(_l("the slug “%(value)s” must be lowercase letters, digits and dashes", value=row["slug"]))
        elif row["slug"] in seen:
            problems.append(_l("the slug %(value)s appears twice", value=row["slug"]))
        seen.add(row["slug"])
        for name, limit in (("name_ar", 160), ("name_fr", 160), ("city", 80)):
            if not row[name] or len(row[name]) > limit:
                problems.append(_l("%(column)s is required (at most %(num)d characters)", column=name, num=limit))
        for name, limit in (
            ("name_en", 160),
            ("name_zgh", 160),
            ("city_zgh", 80),
            ("registration_number", 40),
            ("email", 254),
        ):
            if len(row.get(name) or "") > limit:
                problems.append(_l("%(column)s is longer than %(num)d characters", column=name, num=limit))
        if row["region"] not in regions:
            problems.append(_l("unknown region “%(value)s”", value=row["region"]))
        for name in ("women_led", "youth"):
            if row[name].lower() not in BOOLEANS:
                problems.append(_l("%(column)s must be true or false", column=name))
        if row["status"] not in ("approved", "pending"):
            problems.append(_l("status must be approved or pending"))
        if row.get("ice") and normalise_ice(row["ice"]) is None:
            problems.append(_l("The ICE has exactly 15 digits."))
        if row.get("phone") and normalise_phone(row["phone"]) is None:
            problems.append(_l("Enter a Moroccan phone number, e.g. 06 12 34 56 78."))
        if row.get("members") and (not row["members"].isdigit() or len(row["members"]) > 6):
            problems.append(_l("members must be a whole number"))
        if row.get("email") and not EMAIL.match(row["email"]):
            problems.append(_l("the email address is not valid"))
        if row.get("brand_color") and not HEX_COLOUR.match(row["brand_color"]):
            problems.append(_l("A colour is written like #1f6f5c."))
        if problems:
            report.errors.append((line, "; ".join(str(p) for p in problems)))
        else:
            checked.append(row)
    if report.errors:
        return report
    existing = {c.slug: c for c in db.session.scalars(select(Cooperative).where(Cooperative.slug.in_(seen)))}
    for row in checked:
        coop = existing.get(row["slug"])
        if coop is None:
            coop = Cooperative(slug=row["slug"])
            db.session.add(coop)
            report.created += 1
        else:
            report.updated += 1
        coop.name_ar, coop.name_fr, coop.city = row["name_ar"], row["name_fr"], row["city"]
        coop.region_id = regions[row["region"]].id
        coop.women_led, coop.youth = BOOLEANS[row["women_led"].lower()], BOOLEANS[row["youth"].lower()]
        coop.status = row["status"]
        for name in ("name_en", "name_zgh", "city_zgh", "registration_number", "email"):
            if row.get(name):
                setattr(coop, name, row[name])
        if row.get("ice"):
            coop.ice = normalise_ice(row["ice"])
        if row.get("phone"):
            coop.phone = normalise_phone(row["phone"])
        if row.get("members"):
            coop.members_count = int(row["members"])
        if row.get("brand_color"):
            coop.brand_color = row["brand_color"].lower()
    db.session.flush()
    return report
