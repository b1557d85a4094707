"""The page cache's tags for events (see market.core.invalidation).

- `events` (EVENTS): the public events pages, and the "meet us at" parts of storefronts and product
  pages (the receiver of `cooperative_appearances` names it while they render). Organisers change
  events seldom, so one tag for all of them is enough; stand sales and stock set aside are not shown."""

from __future__ import annotations

from market.core.invalidation import Row, changed, tags_for

EVENTS = "events"


@tags_for("events")
@tags_for("event_stops")
@tags_for("stands")
@tags_for("event_applications")
@tags_for("stand_assignments")
def _event_part(before: Row | None, after: Row | None) -> set[str]:
    return {EVENTS} if changed(before, after) else set()
