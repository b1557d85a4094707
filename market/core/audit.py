"""The audit log: one call per decision, in the same transaction as the decision itself."""

from __future__ import annotations

from sqlalchemy import select

from market.core.models import AuditEntry
from market.core.pagination import Page, paginate
from market.extensions import db


def record(actor, action: str, subject, summary: str, reason: str | None = None) -> AuditEntry:
    entry = AuditEntry(
        actor_id=getattr(actor, "id", None),
        action=action,
        subject_type=type(subject).__name__,
        subject_id=subject.id,
        summary=summary[:250],
        reason=reason,
    )
    db.session.add(entry)
    return entry


def history_of(subject) -> list[AuditEntry]:
    query = (
        select(AuditEntry)
        .where(AuditEntry.subject_type == type(subject).__name__, AuditEntry.subject_id == subject.id)
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    )
    return list(db.session.scalars(query))


def recent(page: int, per_page: int = 50) -> Page:
    return paginate(select(AuditEntry).order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()), page, per_page)
