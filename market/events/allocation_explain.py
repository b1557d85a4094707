"""Which rules an allocation breaks, and why an instance has no allocation at all (which rule, by how
much). Why each applicant left without a stand is left out is in allocation_reasons.py.

With the shares counted over the applicants allocated, leaving stands empty always keeps the share
rules; only pinned placements can make an instance infeasible, so the diagnosis starts from them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from market.events.allocation_instance import Instance, exact
from market.events.allocation_model import (
    ALL_RULES,
    Aggregation,
    aggregated_model,
    concrete_model,
    solve_mip,
)

SHARE_ATTRIBUTES = {"women_led_min_share": ("women_led", "women-led"), "youth_min_share": ("youth", "youth")}


@dataclass(frozen=True)
class Violation:
    rule: str
    needed: int | float | None
    available: int | float | None
    message: str

    def to_json(self) -> dict:
        return {"rule": self.rule, "needed": self.needed, "available": self.available, "message": self.message}


@dataclass(frozen=True)
class Unassigned:
    applicant: str
    reason: str
    codes: tuple[str, ...]

    def to_json(self) -> dict:
        return {"applicant": self.applicant, "reason": self.reason, "codes": list(self.codes)}


def percent(share: Fraction) -> str:
    return f"{float(share) * 100:g}%"


def number(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


# --- rules an allocation breaks ----------------------------------------------------------------------


def check_rules(instance: Instance, assignment: dict[int, int]) -> list[Violation]:
    """Every rule the allocation (applicant index -> stand index) breaks, with the numbers."""
    found = []
    stands, applicants, rules = instance.stands, instance.applicants, instance.rules
    holders = Counter(assignment.values())
    for s, count in sorted(holders.items()):
        if count > 1:
            found.append(Violation("one_per_stand", count, 1, f"stand {stands[s].code} is given {count} times"))
    for a, s in sorted(assignment.items()):
        applicant, stand = applicants[a], stands[s]
        if stand.area < exact(applicant.min_area):
            area = number(stand.area)
            found.append(Violation("fit", applicant.min_area, area, f"{applicant.id} needs {applicant.min_area:g} m² "
                                   f"but stand {stand.code} has {area:g} m²"))  # fmt: skip
        if applicant.needs_power and not stand.power:
            found.append(Violation("fit", None, None, f"{applicant.id} needs power but stand {stand.code} has none"))
    for a, applicant in enumerate(applicants):
        pinned = applicant.pinned_stand
        if pinned is not None and assignment.get(a) != instance.stand_index[pinned]:
            found.append(Violation("pinned", None, None, f"{applicant.id} is not on its pinned stand {pinned}"))
    n = len(assignment)
    for name, (attribute, label) in SHARE_ATTRIBUTES.items():
        share = rules.share(name)
        count = sum(getattr(applicants[a], attribute) for a in assignment)
        if share is not None and count < share * n:
            needed = math.ceil(share * n)
            found.append(Violation(name, needed, count, f"not enough {label} applicants: {needed} needed "
                                   f"({percent(share)} of {n} allocated), {count} allocated"))  # fmt: skip
    share = rules.share("max_share_per_region")
    if share is not None:
        for region, count in sorted(Counter(applicants[a].region for a in assignment).items()):
            if count > share * n:
                cap = math.floor(share * n)
                found.append(Violation("max_share_per_region", cap, count, f"region {region} has {count} of the "
                                       f"{n} allocated, more than its cap of {cap} ({percent(share)})"))  # fmt: skip
    if rules.no_adjacent_same_category:
        at = {s: a for a, s in assignment.items()}
        for s, t in instance.adjacent:
            if s in at and t in at and applicants[at[s]].category == applicants[at[t]].category:
                found.append(
                    Violation(
                        "no_adjacent_same_category",
                        None,
                        None,
                        f"{applicants[at[s]].id} and {applicants[at[t]].id} ({applicants[at[s]].category}) "
                        f"are on adjacent stands {stands[s].code} and {stands[t].code}",
                    )
                )
    return found


# --- why there is no allocation at all ---------------------------------------------------------------


def diagnose_infeasible(instance: Instance, time_limit: float = 10.0) -> list[Violation]:
    """Which rules cannot hold, and by how much: first what the pinned placements break by themselves,
    then each rule alone with the pins, then rules together (pairs, then all)."""
    found = _pin_conflicts(instance)
    if found:
        return found
    agg = Aggregation.of(instance)
    for name in SHARE_ATTRIBUTES:
        if instance.rules.share(name) is not None:
            found += _share_shortfall(instance, agg, name, time_limit)
    if instance.rules.share("max_share_per_region") is not None:
        found += _region_excess(instance, agg, time_limit)
    if found:
        return found
    present = [r for r in ALL_RULES if _applies(instance, r)]
    present.sort()
    for i, first in enumerate(present):
        for second in present[i + 1 :]:
            if not _feasible(instance, agg, {first, second}, time_limit):
                found.append(
                    Violation(
                        f"{first}+{second}",
                        None,
                        None,
                        f"the rules {_label(instance, first)} and "
                        f"{_label(instance, second)} cannot both hold with the pinned placements",
                    )
                )
    if not found:
        labels = " and ".join(_label(instance, r) for r in present)
        found.append(Violation("+".join(present), None, None,
                               f"the rules {labels} cannot all hold together with the pinned placements"))  # fmt: skip
    return found


def _applies(instance: Instance, rule: str) -> bool:
    if rule == "no_adjacent_same_category":
        return instance.rules.no_adjacent_same_category
    return instance.rules.share(rule) is not None


def _label(instance: Instance, rule: str) -> str:
    if rule == "no_adjacent_same_category":
        return "no two of the same category side by side"
    share = percent(instance.rules.share(rule))
    return {"women_led_min_share": f"at least {share} women-led", "youth_min_share": f"at least {share} youth",
            "max_share_per_region": f"at most {share} from one region"}[rule]  # fmt: skip


def _feasible(instance: Instance, agg: Aggregation, rules: set[str], time_limit: float) -> bool:
    if "no_adjacent_same_category" in rules:
        model, _ = concrete_model(instance, rules=rules, objective="preferred")
    else:
        model, _ = aggregated_model(instance, agg, rules=rules, objective="count")
    return solve_mip(model, time_limit).status != "infeasible"


def _pin_conflicts(instance: Instance) -> list[Violation]:
    found = []
    pinned_at: dict[int, list[int]] = {}
    for a, applicant in enumerate(instance.applicants):
        if applicant.pinned_stand is None:
            continue
        s = instance.stand_index[applicant.pinned_stand]
        stand = instance.stands[s]
        pinned_at.setdefault(s, []).append(a)
        if stand.area < exact(applicant.min_area):
            found.append(Violation("fit", applicant.min_area, number(stand.area),
                                   f"{applicant.id} is pinned to stand {stand.code} ({number(stand.area):g} m²) "
                                   f"but needs {applicant.min_area:g} m²"))  # fmt: skip
        if applicant.needs_power and not stand.power:
            found.append(
                Violation(
                    "fit", None, None, f"{applicant.id} needs power but is pinned to stand {stand.code}, which has none"
                )
            )
    for s, members in sorted(pinned_at.items()):
        if len(members) > 1:
            ids = ", ".join(instance.applicants[a].id for a in members)
            found.append(
                Violation(
                    "one_per_stand",
                    len(members),
                    1,
                    f"{len(members)} applicants are pinned to stand {instance.stands[s].code}: {ids}",
                )
            )
    if instance.rules.no_adjacent_same_category:
        for s, t in instance.adjacent:
            for a in pinned_at.get(s, ()):
                for b in pinned_at.get(t, ()):
                    one, two = instance.applicants[a], instance.applicants[b]
                    if one.category == two.category:
                        found.append(Violation("no_adjacent_same_category", None, None,
                                               f"{one.id} and {two.id} ({one.category}) are pinned to adjacent stands "
                                               f"{instance.stands[s].code} and {instance.stands[t].code}"))  # fmt: skip
    share = instance.rules.share("max_share_per_region")
    if share == 0:
        for region, count in sorted(Counter(a.region for a in instance.applicants if a.pinned_stand).items()):
            found.append(Violation("max_share_per_region", 0, count, f"no region may have anyone allocated (cap 0%), "
                                   f"but {count} pinned applicant(s) are from {region}"))  # fmt: skip
    return found


def _share_shortfall(instance: Instance, agg: Aggregation, name: str, time_limit: float) -> list[Violation]:
    """A minimum share breaks only when the pinned applicants without the attribute need more applicants
    with it than can be placed (adding applicants with it only ever raises the share)."""
    attribute, label = SHARE_ATTRIBUTES[name]
    share = instance.rules.share(name)
    pinned = [a for a in instance.applicants if a.pinned_stand is not None]
    with_it = sum(getattr(a, attribute) for a in pinned)
    without = len(pinned) - with_it
    if without == 0:
        return []
    model, _ = aggregated_model(instance, agg, rules=(), objective=lambda a: int(getattr(a, attribute)))
    outcome = solve_mip(model, time_limit)
    available = round(outcome.objective) if outcome.objective is not None else with_it
    if share == 1:
        return [Violation(name, len(pinned), with_it, f"every allocated applicant must be {label}, but {without} "
                          f"pinned one(s) are not")]  # fmt: skip
    needed = max(with_it, math.ceil(share * without / (1 - share)))
    if needed <= available:
        return []
    return [
        Violation(
            name,
            needed,
            available,
            f"not enough {label} applicants: {needed} needed ({percent(share)} "
            f"of those allocated, with the {without} pinned that are not), {available} can be placed",
        )
    ]


def _region_excess(instance: Instance, agg: Aggregation, time_limit: float) -> list[Violation]:
    """A region's pinned applicants need enough others allocated for their share to stay under the cap;
    more from the same region never helps, so the most that can be allocated is with that region held
    to its pins and every other region within its cap."""
    share = instance.rules.share("max_share_per_region")
    found = []
    for region, count in sorted(Counter(a.region for a in instance.applicants if a.pinned_stand).items()):
        needed = math.ceil(count / share)
        model, _ = aggregated_model(instance, agg, rules={"max_share_per_region"}, objective="count",
                                    exclude=lambda a, r=region: a.region == r, exempt_region=region)  # fmt: skip
        outcome = solve_mip(model, time_limit)
        if outcome.objective is None:  # other regions' pins break their own caps: reported for them
            continue
        available = round(outcome.objective)
        if available < needed:
            found.append(Violation("max_share_per_region", needed, available, f"region {region} is over its cap: "
                                   f"its {count} pinned applicant(s) need at least {needed} allocated in all to stay "
                                   f"within {percent(share)}, and at most {available} can be"))  # fmt: skip
    return found
