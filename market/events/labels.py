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

# Why a cooperative got no stand (the allocation engine's reason codes).
UNASSIGNED_REASONS = {
    "no_fit": _l("No stand fits its needs (area or electricity)."),
    "outranked": _l("The stands that fit went to cooperatives with a higher priority."),
    "no_adjacent_same_category": _l("Every free stand that fits is next to a cooperative of the same category."),
    "women_led_min_share": _l("Placing it would take the share of women-led cooperatives below the minimum."),
    "youth_min_share": _l("Placing it would take the share of youth cooperatives below the minimum."),
    "max_share_per_region": _l("Its region already has the most stands the rules allow."),
    "infeasible": _l("The rules cannot all hold: see the problems above."),
    "not_placed": _l("Not placed by the allocation."),
}
# A rule the plan breaks.
RULE_PROBLEMS = {
    "women_led_min_share": _l("Not enough women-led cooperatives"),
    "youth_min_share": _l("Not enough youth cooperatives"),
    "max_share_per_region": _l("Too many cooperatives from one region"),
    "no_adjacent_same_category": _l("Cooperatives of the same category side by side"),
    "fit": _l("A cooperative is on a stand that does not fit it"),
    "one_per_stand": _l("Several cooperatives on one stand"),
}
