"""The audit log: one call per decision, in the same transaction as the decision itself."""

from __future__ import annotations

from market.core.models import AuditEntry
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
