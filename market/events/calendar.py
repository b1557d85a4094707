"""Calendar files (RFC 5545, with `icalendar`) for an event and for a cooperative's schedule of stands.

- One VEVENT per stop (a fair has one, a mobile market one per town), its UID stable across downloads
  and SEQUENCE the event's `sequence` (raised at each change after publication), so a calendar that
  subscribed updates the entry instead of adding another.
- Opening hours such as "10:00–20:00" or "10h-20h" make a timed event repeated each day of the stop,
  in Africa/Casablanca, whose VTIMEZONE is embedded (Morocco moves between UTC+1 and UTC+0 around
  Ramadan, so a fixed offset would be wrong part of the year). Without readable hours, an all-day
  event whose DTEND is the day after the last one (DTEND is exclusive).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

from icalendar import Calendar, vText
from icalendar import Event as VEvent

from market.core.i18n import local_zone, localized

UID_DOMAIN = "souk-tadamon.ma"
_HOURS = re.compile(r"^\s*(\d{1,2})\s*[:hH.]?\s*(\d{2})?\s*[-–—àa/]+\s*(\d{1,2})\s*[:hH.]?\s*(\d{2})?\s*$")


def opening_hours(text: str | None) -> tuple[time, time] | None:
    """(opening, closing) read from "10:00–20:00", "10h-20h", "9.30 - 19"; None when not readable."""
    match = _HOURS.match(text or "")
    if not match:
        return None
    h1, m1, h2, m2 = (int(group or 0) for group in match.groups())
    if not (h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60):
        return None
    opening, closing = time(h1, m1), time(h2, m2)
    return (opening, closing) if closing > opening else None


def _calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", "-//Souk Tadamon//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", vText(name))  # escaped like SUMMARY (a name may hold a comma or a new line)
    return cal


def _stamp(event) -> datetime:
    stamp = event.updated_at or event.created_at
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


def _vevent(event, stop, uid: str, summary: str, url: str, extra: str = "") -> VEvent:
    vevent = VEvent()
    vevent.add("uid", f"{uid}@{UID_DOMAIN}")
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", _stamp(event))
    vevent.add("last-modified", _stamp(event))
    vevent.add("summary", summary)
    hours = opening_hours(event.opening_hours)
    if hours:
        opening, closing = hours
        vevent.add("dtstart", datetime.combine(stop.starts_on, opening, tzinfo=local_zone()))
        vevent.add("dtend", datetime.combine(stop.starts_on, closing, tzinfo=local_zone()))
        days = (stop.ends_on - stop.starts_on).days + 1
        if days > 1:
            vevent.add("rrule", {"freq": "daily", "count": days})
    else:
        vevent.add("dtstart", stop.starts_on)
        vevent.add("dtend", stop.ends_on + timedelta(days=1))  # exclusive
    vevent.add("location", ", ".join(part for part in (stop.venue, stop.address, stop.town) if part))
    if stop.latitude is not None and stop.longitude is not None:
        vevent.add("geo", (stop.latitude, stop.longitude))
    description = "\n\n".join(part for part in (extra, localized(event, "description"), url) if part)
    vevent.add("description", description)
    vevent.add("url", url)
    vevent.add("status", "CONFIRMED")
    vevent.add("transp", "TRANSPARENT")
    return vevent


def _add_timezone(cal: Calendar, stops) -> None:
    """The VTIMEZONE's transitions over the years the stops span (icalendar's default stops in 2038)."""
    if stops:
        first = min(stop.starts_on for stop in stops).replace(month=1, day=1)
        last = max(stop.ends_on for stop in stops).replace(month=12, day=31) + timedelta(days=1)
        cal.add_missing_timezones(first_date=first, last_date=last)


def event_calendar(event, url: str) -> bytes:
    """The event's stops as a calendar file."""
    title = localized(event, "title")
    cal = _calendar(title)
    several = len(event.stops) > 1
    for stop in event.stops:
        summary = f"{title} — {stop.town}" if several else title
        cal.add_component(_vevent(event, stop, f"event-{event.id}-stop-{stop.id}", summary, url))
    _add_timezone(cal, event.stops)
    return cal.to_ical()


def cooperative_calendar(cooperative_id: int, name: str, appearances, url_of, stand_text) -> bytes:
    """A cooperative's stands at fairs and markets; `url_of(event)` is the event's page, `stand_text(code)`
    the translated "Stand A3"."""
    cal = _calendar(name)
    for appearance in appearances:
        event, stop = appearance.event, appearance.stop
        stand = stand_text(appearance.stand_code)
        summary = f"{localized(event, 'title')} — {stand}"
        # Stable when the organiser moves the cooperative to another stand: the entry is updated.
        uid = f"event-{event.id}-stop-{stop.id}-coop-{cooperative_id}"
        cal.add_component(_vevent(event, stop, uid, summary, url_of(event), extra=f"{name} · {stand}"))
    _add_timezone(cal, [appearance.stop for appearance in appearances])
    return cal.to_ical()
