"""The words for an event's kinds, stages and zones, in the visitor's language."""

from flask_babel import lazy_gettext as _l

STATUS_LABELS = {
    "draft": _l("Draft"), "open": _l("Open for applications"), "allocating": _l("Allocating stands"),
    "published": _l("Published"), "running": _l("Running"), "closed": _l("Closed"),
}  # fmt: skip
STATUS_ACTIONS = {
    "draft": _l("Back to draft"), "open": _l("Open applications"), "allocating": _l("Close applications and allocate"),
    "published": _l("Publish the plan"), "running": _l("Start the event"), "closed": _l("Close the event"),
}  # fmt: skip
KIND_LABELS = {"regional_fair": _l("Regional fair"), "national_fair": _l("National fair"),
               "mobile_market": _l("Mobile market")}  # fmt: skip
ZONE_LABELS = {"food": _l("Food"), "crafts": _l("Crafts"), "cosmetics": _l("Cosmetics"), "textiles": _l("Textiles"),
               "services": _l("Services")}  # fmt: skip

APPLICATION_LABELS = {
    "submitted": _l("Submitted"), "accepted": _l("Accepted"), "waitlisted": _l("On the waiting list"),
    "rejected": _l("Not accepted"), "withdrawn": _l("Withdrawn"),
}  # fmt: skip
