"""The allocation engine's input: a fair's stands, the applicants and the rules, read from plain JSON data
and checked, so that the solver never sees a malformed instance.

Lengths and areas are compared as exact fractions of the numbers written in the JSON (0.1 + 0.2 == 0.3
here), so that two stands drawn side by side share their edge whatever the decimals.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

SHARE_RULES = ("women_led_min_share", "youth_min_share", "max_share_per_region")
RULE_KEYS = (*SHARE_RULES, "no_adjacent_same_category")


class InstanceError(ValueError):
    """Input that is not a valid instance; the message names the field (e.g. ``stands[3].w``)."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field


def exact(value: int | float) -> Fraction:
    """A JSON number as the exact fraction its decimal writing means (0.1 -> 1/10, not the binary float)."""
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


@dataclass(frozen=True)
class Stand:
    code: str
    x: float
    y: float
    w: float
    h: float
    power: bool
    zone: str
    corner: bool = False
    covered: bool = False

    @cached_property
    def area(self) -> Fraction:
        return exact(self.w) * exact(self.h)


@dataclass(frozen=True)
class Applicant:
    id: str
    category: str
    region: str
    women_led: bool = False
    youth: bool = False
    needs_power: bool = False
    min_area: float = 0
    preferred_zones: tuple[str, ...] = ()
    priority: int = 1
    pinned_stand: str | None = None

    def fits(self, stand: Stand) -> bool:
        return stand.area >= exact(self.min_area) and (stand.power or not self.needs_power)


@dataclass(frozen=True)
class Rules:
    """A rule left as None does not apply. Shares count over the applicants allocated."""

    women_led_min_share: float | None = None
    youth_min_share: float | None = None
    max_share_per_region: float | None = None
    no_adjacent_same_category: bool = False

    def share(self, name: str) -> Fraction | None:
        value = getattr(self, name)
        return None if value is None else exact(value)


@dataclass
class Instance:
    stands: list[Stand]
    applicants: list[Applicant]
    rules: Rules = field(default_factory=Rules)
    event: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stand_index = {s.code: i for i, s in enumerate(self.stands)}
        self.applicant_index = {a.id: i for i, a in enumerate(self.applicants)}
        self.adjacent = adjacent_pairs(self.stands) if self.rules.no_adjacent_same_category else []
        self.neighbours: list[list[int]] = [[] for _ in self.stands]
        for i, j in self.adjacent:
            self.neighbours[i].append(j)
            self.neighbours[j].append(i)
        # Stands each applicant fits (area and power), by index; a pinned applicant's list is its stand's
        # alone when it fits and empty when it does not.
        # Stands of one area and power are compared once (exact fractions are slow by the hundred thousand).
        kinds: dict[tuple[Fraction, bool], list[int]] = defaultdict(list)
        for s, stand in enumerate(self.stands):
            kinds[stand.area, stand.power].append(s)
        self.fitting: list[list[int]] = []
        for a in self.applicants:
            if a.pinned_stand is not None:
                s = self.stand_index[a.pinned_stand]
                self.fitting.append([s] if a.fits(self.stands[s]) else [])
                continue
            need = exact(a.min_area)
            fits = [s for (area, power), members in kinds.items() if area >= need and (power or not a.needs_power)
                    for s in members]  # fmt: skip
            self.fitting.append(sorted(fits))


def integer_boxes(stands: list[Stand]) -> list[tuple[int, int, int, int]]:
    """Each stand's rectangle (x0, y0, x1, y1) in integer units: its exact decimals times a common
    denominator, so that comparisons are exact and fast."""
    boxes = [(exact(s.x), exact(s.y), exact(s.x) + exact(s.w), exact(s.y) + exact(s.h)) for s in stands]
    scale = math.lcm(*(v.denominator for box in boxes for v in box)) if boxes else 1
    return [(int(x0 * scale), int(y0 * scale), int(x1 * scale), int(y1 * scale)) for x0, y0, x1, y1 in boxes]


def adjacent_pairs(stands: list[Stand]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of stands whose rectangles share an edge of positive length. Touching at a
    corner only is not adjacency; overlapping rectangles (which parse_instance refuses) count as adjacent.
    """
    boxes = integer_boxes(stands)
    pairs: set[tuple[int, int]] = set()
    # Vertical edges: the right side of one on the left side of another, at the same x (same for y).
    for axis in (0, 1):
        starts: dict[int, list[int]] = defaultdict(list)
        for i, box in enumerate(boxes):
            starts[box[axis]].append(i)
        lo, hi = 1 - axis, 3 - axis
        for i, box in enumerate(boxes):
            for j in starts.get(box[axis + 2], ()):
                if min(box[hi], boxes[j][hi]) - max(box[lo], boxes[j][lo]) > 0:
                    pairs.add((min(i, j), max(i, j)))
    pairs.update(overlapping_pairs(boxes))
    return sorted(pairs)


def overlapping_pairs(boxes: list[tuple[int, int, int, int]]) -> list[tuple[int, int]]:
    """Pairs of boxes (x0, y0, x1, y1) whose interiors intersect (a sweep along x)."""
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    found = []
    for n, i in enumerate(order):
        _x0, y0, x1, y1 = boxes[i]
        for m in range(n + 1, len(order)):
            j = order[m]
            if boxes[j][0] >= x1:
                break
            if min(y1, boxes[j][3]) - max(y0, boxes[j][1]) > 0:
                found.append((min(i, j), max(i, j)))
    return found


# --- parsing -----------------------------------------------------------------------------------------

_STAND_KEYS = {"code": True, "x": True, "y": True, "w": True, "h": True, "power": True, "zone": True,
               "corner": False, "covered": False}  # fmt: skip
_APPLICANT_KEYS = {"id": True, "category": True, "region": True, "women_led": True, "youth": True,
                   "needs_power": False, "min_area": False, "preferred_zones": False, "priority": False,
                   "pinned_stand": False}  # fmt: skip
_TOP_KEYS = {"event": False, "stands": True, "applicants": True, "rules": False}
_EVENT_KEYS = {"name", "kind"}


def _check_keys(data, allowed: dict, where: str) -> None:
    if not isinstance(data, dict):
        raise InstanceError(f"must be an object, got {_kind(data)}", where or None)
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise InstanceError(
            f"unknown key(s) {', '.join(map(repr, unknown))}; known: {', '.join(allowed)}", where or None
        )
    for key, required in allowed.items():
        if required and key not in data:
            raise InstanceError("is missing", _path(where, key))


def _path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _kind(value) -> str:
    return {bool: "a boolean", str: "a string", list: "a list", dict: "an object", type(None): "null"}.get(
        type(value), "a number" if isinstance(value, int | float) else type(value).__name__
    )


def _text(data: dict, key: str, where: str) -> str:
    value = data[key]
    if not isinstance(value, str) or not value.strip():
        raise InstanceError(f"must be a non-empty string, got {_kind(value)} {value!r}", _path(where, key))
    if "\x00" in value or len(value) > 200 or not value.isprintable():
        raise InstanceError("must be printable text of at most 200 characters", _path(where, key))
    return value


def _flag(data: dict, key: str, where: str, default: bool = False) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise InstanceError(f"must be true or false, got {_kind(value)} {value!r}", _path(where, key))
    return value


def _shown(value) -> str:
    try:
        text = repr(value)
    except ValueError:  # an integer of more digits than Python prints
        return "(a very long number)"
    return text if len(text) <= 40 else text[:37] + "…"


def _finite(value) -> bool:
    try:
        return math.isfinite(value)
    except OverflowError:  # an integer too large for a float
        return False


def _number(data: dict, key: str, where: str, *, minimum=None, positive=False, default=None):
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not _finite(value):
        raise InstanceError(f"must be a number, got {_kind(value)} {_shown(value)}", _path(where, key))
    if positive and value <= 0:
        raise InstanceError(f"must be positive, got {value!r}", _path(where, key))
    if minimum is not None and value < minimum:
        raise InstanceError(f"must be at least {minimum}, got {value!r}", _path(where, key))
    return value


def _parse_stand(data, where: str) -> Stand:
    _check_keys(data, _STAND_KEYS, where)
    return Stand(
        code=_text(data, "code", where),
        x=_number(data, "x", where),
        y=_number(data, "y", where),
        w=_number(data, "w", where, positive=True),
        h=_number(data, "h", where, positive=True),
        power=_flag(data, "power", where),
        zone=_text(data, "zone", where),
        corner=_flag(data, "corner", where),
        covered=_flag(data, "covered", where),
    )


def _parse_applicant(data, where: str) -> Applicant:
    _check_keys(data, _APPLICANT_KEYS, where)
    zones = data.get("preferred_zones", [])
    if not isinstance(zones, list) or not all(isinstance(z, str) and z.strip() for z in zones):
        raise InstanceError(f"must be a list of zone names, got {zones!r}", _path(where, "preferred_zones"))
    priority = data.get("priority", 1)
    if isinstance(priority, bool) or not isinstance(priority, int) or priority < 1:
        raise InstanceError(f"must be a positive integer, got {priority!r}", _path(where, "priority"))
    pinned = data.get("pinned_stand")
    if pinned is not None:
        pinned = _text(data, "pinned_stand", where)
    return Applicant(
        id=_text(data, "id", where),
        category=_text(data, "category", where),
        region=_text(data, "region", where),
        women_led=_flag(data, "women_led", where),
        youth=_flag(data, "youth", where),
        needs_power=_flag(data, "needs_power", where),
        min_area=_number(data, "min_area", where, minimum=0, default=0),
        preferred_zones=tuple(dict.fromkeys(zones)),
        priority=priority,
        pinned_stand=pinned,
    )


def _parse_rules(data) -> Rules:
    _check_keys(data, dict.fromkeys(RULE_KEYS, False), "rules")
    values = {}
    for key in SHARE_RULES:
        if data.get(key) is not None:
            value = _number(data, key, "rules")
            if not 0 <= value <= 1:
                raise InstanceError(f"must be a share between 0 and 1, got {value!r}", f"rules.{key}")
            values[key] = value
    if data.get("no_adjacent_same_category") is not None:
        values["no_adjacent_same_category"] = _flag(data, "no_adjacent_same_category", "rules")
    return Rules(**values)


def parse_instance(data) -> Instance:
    """Check an instance given as JSON data (dicts and lists) and return it; raises InstanceError."""
    _check_keys(data, _TOP_KEYS, "")
    event = data.get("event", {})
    if not isinstance(event, dict):
        raise InstanceError(f"must be an object, got {_kind(event)}", "event")
    unknown = sorted(set(event) - _EVENT_KEYS)
    if unknown:
        raise InstanceError(f"unknown key(s) {', '.join(map(repr, unknown))}; known: name, kind", "event")
    for key in _EVENT_KEYS & set(event):
        _text(event, key, "event")
    for key in ("stands", "applicants"):
        if not isinstance(data[key], list):
            raise InstanceError(f"must be a list, got {_kind(data[key])}", key)
    stands = [_parse_stand(item, f"stands[{n}]") for n, item in enumerate(data["stands"])]
    applicants = [_parse_applicant(item, f"applicants[{n}]") for n, item in enumerate(data["applicants"])]
    rules = _parse_rules(data.get("rules", {}) if data.get("rules") is not None else {})
    _check_unique([s.code for s in stands], "stands", "code")
    _check_unique([a.id for a in applicants], "applicants", "id")
    codes = {s.code for s in stands}
    for n, a in enumerate(applicants):
        if a.pinned_stand is not None and a.pinned_stand not in codes:
            raise InstanceError(f"unknown stand {a.pinned_stand!r}", f"applicants[{n}].pinned_stand")
    clashes = overlapping_pairs(integer_boxes(stands))
    if clashes:
        i, j = min(clashes)
        raise InstanceError(f"stands {stands[i].code!r} and {stands[j].code!r} overlap", f"stands[{j}]")
    return Instance(stands=stands, applicants=applicants, rules=rules, event=dict(event))


def _check_unique(values: list[str], where: str, key: str) -> None:
    seen: dict[str, int] = {}
    for n, value in enumerate(values):
        if value in seen:
            raise InstanceError(f"duplicate {key} {value!r} (also {where}[{seen[value]}])", f"{where}[{n}].{key}")
        seen[value] = n


def instance_to_json(instance: Instance) -> dict:
    """The instance back as JSON data (what parse_instance reads)."""
    stands = [
        {"code": s.code, "x": s.x, "y": s.y, "w": s.w, "h": s.h, "power": s.power, "zone": s.zone,
         "corner": s.corner, "covered": s.covered}
        for s in instance.stands
    ]  # fmt: skip
    applicants = []
    for a in instance.applicants:
        item = {"id": a.id, "category": a.category, "region": a.region, "women_led": a.women_led, "youth": a.youth,
                "needs_power": a.needs_power, "min_area": a.min_area, "preferred_zones": list(a.preferred_zones),
                "priority": a.priority}  # fmt: skip
        if a.pinned_stand is not None:
            item["pinned_stand"] = a.pinned_stand
        applicants.append(item)
    rules = {k: getattr(instance.rules, k) for k in SHARE_RULES if getattr(instance.rules, k) is not None}
    if instance.rules.no_adjacent_same_category:
        rules["no_adjacent_same_category"] = True
    return {"event": instance.event, "stands": stands, "applicants": applicants, "rules": rules}
