"""Cooperative rules: applying, verification, members and invitations, the storefront's identity."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

import nh3
from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from market.accounts.models import User
from market.config import LANGUAGES
from market.coops.branding import HEX_COLOUR
from market.coops.exceptions import CoopError
from market.coops.models import Cooperative, CoopPhoto, Invitation, Membership
from market.core import audit
from market.core.mail import queue_email
from market.core.models import Region, utcnow
from market.core.text import slugify
from market.extensions import db

# status -> decisions an admin may take, and where each leads
DECISIONS = {
    "pending": {"approve": "approved", "reject": "rejected"},
    "approved": {"suspend": "suspended"},
    "suspended": {"reinstate": "approved"},
    "rejected": {},
}
REASON_REQUIRED = {"reject", "suspend"}
INVITATION_DAYS = 14
GALLERY_LIMIT = 12
# Formatting a cooperative may use in its story; everything else (scripts, styles, images) is removed.
STORY_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "h3", "blockquote", "a"}


def get_public_cooperative(slug: str) -> Cooperative | None:
    return db.session.scalar(select(Cooperative).where(Cooperative.slug == slug, Cooperative.status == "approved"))


def get_cooperative(slug: str) -> Cooperative | None:
    return db.session.scalar(select(Cooperative).where(Cooperative.slug == slug))


def featured_cooperatives(limit: int = 6) -> list[Cooperative]:
    query = (
        select(Cooperative)
        .where(Cooperative.status == "approved")
        .order_by(Cooperative.featured.desc(), Cooperative.id)
        .limit(limit)
    )
    return list(db.session.scalars(query))


def list_cooperatives(page: int, region_slug: str | None = None, per_page: int = 24):
    query = select(Cooperative).where(Cooperative.status == "approved")
    if region_slug:
        query = query.join(Cooperative.region).where(Region.slug == region_slug)
    query = query.order_by(Cooperative.name_fr)
    return db.paginate(query, page=page, per_page=per_page, error_out=False, max_per_page=96)


def region_by_slug(slug: str) -> Region | None:
    return db.session.scalar(select(Region).where(Region.slug == slug))


def unique_slug(name: str, taken_by: int | None = None) -> str:
    base = slugify(name, max_length=70) or "cooperative"
    slug, n = base, 1
    while True:
        owner = db.session.scalar(select(Cooperative.id).where(Cooperative.slug == slug))
        if owner is None or owner == taken_by:
            return slug
        n += 1
        slug = f"{base}-{n}"


def sanitise_story(html: str | None) -> str | None:
    if not html or not html.strip():
        return None
    return nh3.clean(html, tags=STORY_TAGS, attributes={"a": {"href"}}, url_schemes={"http", "https", "mailto"})


# -- Applying and verification ---------------------------------------------------------------


def apply_for_cooperative(user: User, data: dict) -> Cooperative:
    """A signed-in user applies; the cooperative waits for an admin, and the user becomes its owner."""
    region = region_by_slug(data.pop("region"))
    if region is None:
        raise CoopError(_l("Choose one of Morocco's 12 regions."))
    if (data.get("women_members_count") or 0) > (data.get("members_count") or 0):
        raise CoopError(_l("There cannot be more women members than members."))
    coop = Cooperative(slug=unique_slug(data["name_fr"]), region_id=region.id, status="pending", created_by_id=user.id)
    for key, value in data.items():
        setattr(coop, key, value)
    db.session.add(coop)
    db.session.flush()
    db.session.add(Membership(user_id=user.id, cooperative_id=coop.id, role="owner"))
    audit.record(user, "coop.applied", coop, coop.name_fr)
    db.session.flush()
    return coop


def decide(admin: User, coop: Cooperative, decision: str, reason: str | None = None) -> Cooperative:
    allowed = DECISIONS.get(coop.status, {})
    if decision not in allowed:
        raise CoopError(_l("This decision is not possible for a cooperative in this state."))
    reason = (reason or "").strip() or None
    if decision in REASON_REQUIRED and not reason:
        raise CoopError(_l("Give a reason: the cooperative will read it."))
    coop.status = allowed[decision]
    coop.status_reason = reason
    audit.record(admin, f"coop.{decision}", coop, coop.name_fr, reason)
    for member in coop.memberships:
        if member.role == "owner":
            queue_email(
                member.user.email, "coop_decision", member.user.locale, coop=coop, decision=decision, reason=reason
            )
    db.session.flush()
    return coop


def update_application(user: User, coop: Cooperative, data: dict) -> None:
    """While pending, or after a rejection, the owner corrects the application; a rejected one is sent again."""
    if coop.status not in ("pending", "rejected"):
        raise CoopError(_l("Only an application awaiting a decision or rejected can be changed."))
    region = region_by_slug(data.pop("region"))
    if region is None:
        raise CoopError(_l("Choose one of Morocco's 12 regions."))
    if (data.get("women_members_count") or 0) > (data.get("members_count") or 0):
        raise CoopError(_l("There cannot be more women members than members."))
    for key, value in data.items():
        setattr(coop, key, value)
    coop.region_id = region.id
    if coop.status == "rejected":
        coop.status = "pending"
        audit.record(user, "coop.resubmitted", coop, coop.name_fr)
    db.session.flush()


def cooperatives_for_review(status: str | None) -> list[Cooperative]:
    query = select(Cooperative).order_by(Cooperative.created_at.desc(), Cooperative.id.desc())
    if status in DECISIONS:
        query = query.where(Cooperative.status == status)
    return list(db.session.scalars(query.limit(500)))


# -- Members -----------------------------------------------------------------------------------


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite_member(inviter: User, coop: Cooperative, email: str, role: str) -> Invitation:
    email = (email or "").strip().lower()
    if role not in ("owner", "manager", "staff"):
        raise CoopError(_l("Choose a role: owner, manager or staff."))
    already = db.session.scalar(
        select(func.count())
        .select_from(Membership)
        .join(User, User.id == Membership.user_id)
        .where(Membership.cooperative_id == coop.id, User.email == email)
    )
    if already:
        raise CoopError(_l("This person is already a member of the cooperative."))
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        cooperative_id=coop.id,
        email=email,
        role=role,
        token_hash=_hash(token),
        invited_by_id=inviter.id,
        expires_at=utcnow() + timedelta(days=INVITATION_DAYS),
    )
    db.session.add(invitation)
    link = current_app.config["SERVER_NAME_FOR_EMAILS"].rstrip("/") + url_for("coops.accept_invitation", token=token)
    locale = inviter.locale
    invitee = db.session.scalar(select(User).where(User.email == email))
    if invitee is not None:
        locale = invitee.locale
    queue_email(email, "coop_invitation", locale, coop=coop, inviter=inviter, role=role, link=link)
    db.session.flush()
    return invitation


def find_invitation(token: str) -> Invitation:
    invitation = None
    if token and len(token) <= 200:
        invitation = db.session.scalar(select(Invitation).where(Invitation.token_hash == _hash(token)))
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= utcnow():
        raise CoopError(_l("This invitation is invalid or has expired. Ask the cooperative for a new one."))
    return invitation


def accept_invitation(user: User, token: str) -> Membership:
    invitation = find_invitation(token)
    if invitation.email != user.email:
        raise CoopError(_l("This invitation was sent to another email address. Sign in with that account."))
    invitation.accepted_at = utcnow()
    membership = db.session.scalar(
        select(Membership).where(Membership.user_id == user.id, Membership.cooperative_id == invitation.cooperative_id)
    )
    if membership is None:
        membership = Membership(user_id=user.id, cooperative_id=invitation.cooperative_id, role=invitation.role)
        db.session.add(membership)
    db.session.flush()
    return membership


def _owner_count(coop: Cooperative) -> int:
    return sum(1 for m in coop.memberships if m.role == "owner")


def change_role(coop: Cooperative, membership_id: int, role: str) -> Membership:
    membership = _membership_of(coop, membership_id)
    if role not in ("owner", "manager", "staff"):
        raise CoopError(_l("Choose a role: owner, manager or staff."))
    if membership.role == "owner" and role != "owner" and _owner_count(coop) == 1:
        raise CoopError(_l("A cooperative keeps at least one owner."))
    membership.role = role
    db.session.flush()
    return membership


def remove_member(coop: Cooperative, membership_id: int) -> None:
    membership = _membership_of(coop, membership_id)
    if membership.role == "owner" and _owner_count(coop) == 1:
        raise CoopError(_l("A cooperative keeps at least one owner."))
    coop.memberships.remove(membership)
    db.session.flush()


def _membership_of(coop: Cooperative, membership_id: int) -> Membership:
    for membership in coop.memberships:
        if membership.id == membership_id:
            return membership
    raise CoopError(_l("This person is not a member of the cooperative."))


# -- Storefront --------------------------------------------------------------------------------


def update_storefront(coop: Cooperative, data: dict) -> None:
    colour = (data.get("brand_color") or "").strip().lower()
    if not HEX_COLOUR.match(colour):
        raise CoopError(_l("A colour is written like #1f6f5c."))
    coop.brand_color = colour
    for lang in LANGUAGES:
        setattr(coop, f"story_{lang}", sanitise_story(data.get(f"story_{lang}")))
    for field in ("name_en", "name_zgh", "city_ar", "city_zgh", "province", "phone", "email"):
        if field in data:
            setattr(coop, field, data[field] or None)
    db.session.flush()


def add_gallery_photo(coop: Cooperative, image_key: str) -> CoopPhoto:
    if len(coop.photos) >= GALLERY_LIMIT:
        raise CoopError(_l("The gallery holds at most %(num)d photos.", num=GALLERY_LIMIT))
    photo = CoopPhoto(cooperative_id=coop.id, image=image_key, position=len(coop.photos))
    coop.photos.append(photo)
    db.session.flush()
    return photo


def remove_gallery_photo(coop: Cooperative, photo_id: int) -> None:
    for photo in coop.photos:
        if photo.id == photo_id:
            coop.photos.remove(photo)
            db.session.flush()
            return
    raise CoopError(_l("This photo is not in the gallery."))
