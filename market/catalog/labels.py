"""Label rules: cooperatives claim, admins verify, buyers see only what is verified and not expired.

A label counts for buyers on the day `d` when its claim is verified and `valid_until >= d` (dates in
Africa/Casablanca). The daily sweep marks expired claims and reminds cooperatives 30 days ahead; the
display never waits for the sweep."""

from __future__ import annotations

from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from market.catalog.exceptions import CatalogError
from market.catalog.models import LabelClaim, LabelType, Product, label_claim_products
from market.coops.models import Cooperative
from market.core import audit
from market.core.i18n import local_today
from market.core.mail import queue_email
from market.core.models import utcnow
from market.extensions import db

REMIND_DAYS = 30


def today() -> date:
    return local_today()


def label_types() -> list[LabelType]:
    return list(db.session.scalars(select(LabelType).order_by(LabelType.position)))


def label_type_by_code(code: str) -> LabelType | None:
    return db.session.scalar(select(LabelType).where(LabelType.code == code.upper()))


def claim_label(
    coop: Cooperative, label_type_id: int, products: list[Product], data: dict, document: tuple[str, str] | None
) -> LabelClaim:
    label_type = db.session.get(LabelType, label_type_id)
    if label_type is None:
        raise CatalogError(_l("Choose a label."), field="label_type_id")
    if any(p.cooperative_id != coop.id for p in products):
        raise CatalogError(_l("Choose products of your own cooperative."), field="product_ids")
    claim = LabelClaim(cooperative_id=coop.id, label_type_id=label_type.id, status="pending", **data)
    if document is not None:
        claim.document, claim.document_type = document
    claim.products = list(products)
    db.session.add(claim)
    db.session.flush()
    return claim


def claim_of(coop: Cooperative, claim_id: int) -> LabelClaim | None:
    return db.session.scalar(select(LabelClaim).where(LabelClaim.id == claim_id, LabelClaim.cooperative_id == coop.id))


def claims_of(coop: Cooperative) -> list[LabelClaim]:
    query = (
        select(LabelClaim)
        .where(LabelClaim.cooperative_id == coop.id)
        .options(selectinload(LabelClaim.products))
        .order_by(LabelClaim.created_at.desc())
    )
    return list(db.session.scalars(query))


def pending_claims() -> list[LabelClaim]:
    query = (
        select(LabelClaim)
        .where(LabelClaim.status == "pending")
        .options(selectinload(LabelClaim.products), selectinload(LabelClaim.cooperative))
        .order_by(LabelClaim.created_at)
    )
    return list(db.session.scalars(query))


def review_claim(admin, claim: LabelClaim, decision: str, reason: str | None) -> LabelClaim:
    reason = (reason or "").strip() or None
    if claim.status != "pending" and decision != "revoke":
        raise CatalogError(_l("This claim has already been reviewed."))
    if decision == "verify":
        if claim.valid_until is not None and claim.valid_until < today():
            raise CatalogError(_l("This certificate has already expired."))
        claim.status = "verified"
    elif decision in ("reject", "revoke"):
        if not reason:
            raise CatalogError(_l("Give a reason: the cooperative will read it."), field="reason")
        claim.status = "rejected"
    else:
        raise CatalogError(_l("This decision is not possible for a cooperative in this state."))
    claim.reason = reason
    claim.reviewed_by_id = admin.id
    claim.reviewed_at = utcnow()
    audit.record(admin, f"label.{decision}", claim, f"{claim.label_type.code} — {claim.cooperative.name_fr}", reason)
    for member in claim.cooperative.memberships:
        if member.role in ("owner", "manager"):
            queue_email(member.user.email, "label_decision", member.user.locale, claim=claim, reason=reason)
    db.session.flush()
    return claim


def _valid_today():
    return (LabelClaim.status == "verified") & (
        or_(LabelClaim.valid_until.is_(None), LabelClaim.valid_until >= today())
    )


def visible_labels(product: Product) -> list[LabelClaim]:
    """Verified, unexpired labels of the product itself or of its whole cooperative (one query)."""
    covers_product = LabelClaim.id.in_(
        select(label_claim_products.c.claim_id).where(label_claim_products.c.product_id == product.id)
    )
    covers_coop = ~LabelClaim.id.in_(select(label_claim_products.c.claim_id))
    query = (
        select(LabelClaim)
        .where(LabelClaim.cooperative_id == product.cooperative_id, _valid_today(), or_(covers_product, covers_coop))
        .order_by(LabelClaim.label_type_id)
    )
    return _one_per_type(db.session.scalars(query))


def visible_coop_labels(coop: Cooperative) -> list[LabelClaim]:
    """Labels to show on a storefront: any verified, unexpired claim of the cooperative."""
    query = (
        select(LabelClaim)
        .where(LabelClaim.cooperative_id == coop.id, _valid_today())
        .order_by(LabelClaim.label_type_id)
    )
    return _one_per_type(db.session.scalars(query))


def _one_per_type(claims) -> list[LabelClaim]:
    seen: dict[int, LabelClaim] = {}
    for claim in claims:
        seen.setdefault(claim.label_type_id, claim)
    return list(seen.values())


def sweep(day: date | None = None) -> tuple[int, int]:
    """Mark claims past their end date as expired; remind owners 30 days before. Returns (expired, reminded)."""
    day = day or today()
    expired = list(
        db.session.scalars(select(LabelClaim).where(LabelClaim.status == "verified", LabelClaim.valid_until < day))
    )
    for claim in expired:
        claim.status = "expired"
        audit.record(None, "label.expired", claim, f"{claim.label_type.code} — {claim.cooperative.name_fr}")
    due = list(
        db.session.scalars(
            select(LabelClaim).where(
                LabelClaim.status == "verified",
                LabelClaim.valid_until <= day + timedelta(days=REMIND_DAYS),
                LabelClaim.reminder_sent_at.is_(None),
            )
        )
    )
    for claim in due:
        for member in claim.cooperative.memberships:
            if member.role in ("owner", "manager"):
                queue_email(member.user.email, "label_expiry", member.user.locale, claim=claim)
        claim.reminder_sent_at = utcnow()
    db.session.flush()
    return len(expired), len(due)
