"""Why each applicant left without a stand is left out: derived from the data and the allocation, never
guessed. Nothing fits it; the stands that fit all went to applicants of higher (or equal) priority, and
then what settled the tie; or placing it, on a free stand or instead of a lower-priority holder, would
break the rules named, with the numbers."""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from market.events.allocation_explain import SHARE_ATTRIBUTES, Unassigned, number, percent
from market.events.allocation_instance import Instance
from market.events.allocation_model import is_preferred


def explain_unassigned(instance: Instance, assignment: dict[int, int], unexplained: str) -> list[Unassigned]:
    """A reason for each applicant without a stand, from the data and this allocation: nothing fits; the
    stands that fit all went to applicants of equal or higher priority; or placing it (on a free stand,
    or instead of a lower-priority holder) would break the rules named, with the numbers. `unexplained`
    ends the message for an applicant none of these covers (possible only short of the optimum)."""
    state = _Tally(instance, assignment)
    holder = {s: a for a, s in assignment.items()}
    result = []
    for a, applicant in enumerate(instance.applicants):
        if a in assignment:
            continue
        if not instance.fitting[a]:
            result.append(Unassigned(applicant.id, _no_fit_reason(instance, a), ("no_fit",)))
            continue
        free = [s for s in instance.fitting[a] if s not in holder]
        if free:
            result.append(_blocked_on_free_stands(instance, state, a, free, unexplained))
            continue
        # A pinned holder keeps its stand whatever the priorities: only the others could give way.
        held = [holder[s] for s in instance.fitting[a] if instance.applicants[holder[s]].pinned_stand is None]
        pinned = len(instance.fitting[a]) - len(held)
        if not held:
            text = (f"all {pinned} stands that fit are pinned to other applicants" if pinned > 1
                    else "the only stand that fits is pinned to another applicant")  # fmt: skip
            result.append(Unassigned(applicant.id, text, ("pinned_stands",)))
            continue
        lower = [(state.assignment[b], b) for b in held if instance.applicants[b].priority < applicant.priority]
        if not lower:
            result.append(_outranked(instance, state, a, held, pinned, unexplained))
            continue
        result.append(_blocked_from_swaps(instance, state, a, lower, unexplained))
    return result


class _Tally:
    """Counts of the allocation that the share rules look at."""

    def __init__(self, instance: Instance, assignment: dict[int, int]):
        self.instance = instance
        self.assignment = assignment
        self.holder = {s: a for a, s in assignment.items()}
        applicants = instance.applicants
        self.n = len(assignment)
        self.women = sum(applicants[a].women_led for a in assignment)
        self.youth = sum(applicants[a].youth for a in assignment)
        self.regions = Counter(applicants[a].region for a in assignment)
        # Each share once, as a fraction (reading it from the rules makes a new Fraction every time).
        self.shares = {name: instance.rules.share(name) for name in (*SHARE_ATTRIBUTES, "max_share_per_region")}

    def share_breaks(self, a: int, removed: int | None = None) -> list[tuple[str, str]]:
        """(code, text) for each share rule broken by adding applicant a (and taking `removed` out)."""
        applicants = self.instance.applicants
        new, out = applicants[a], applicants[removed] if removed is not None else None
        n = self.n + (0 if out else 1)
        breaks = []
        for name, (attribute, label) in SHARE_ATTRIBUTES.items():
            share = self.shares[name]
            if share is None:
                continue
            count = getattr(self, "women" if attribute == "women_led" else "youth")
            count += getattr(new, attribute) - (getattr(out, attribute) if out else 0)
            if count * share.denominator < share.numerator * n:
                what = f"instead of {out.id}" if out else "more"
                breaks.append((name, f"{label} share: one {what} would leave {count} {label} of {n} allocated, "
                                     f"below {percent(share)}"))  # fmt: skip
        share = self.shares["max_share_per_region"]
        if share is not None:
            count = self.regions[new.region] + 1 - (out is not None and out.region == new.region)
            if count * share.denominator > share.numerator * n:
                what = f"from {new.region} instead of {out.id}" if out else f"more from {new.region}"
                breaks.append(("max_share_per_region", f"region cap reached: one {what} would make {count} of "
                                                       f"{n} allocated, above {percent(share)}"))  # fmt: skip
        return breaks

    def adjacent_same(self, a: int, s: int) -> list[int]:
        """Stands next to s whose holder has a's category (only under the adjacency rule)."""
        if not self.instance.rules.no_adjacent_same_category:
            return []
        category = self.instance.applicants[a].category
        return [t for t in self.instance.neighbours[s]
                if t in self.holder and self.instance.applicants[self.holder[t]].category == category]  # fmt: skip


def _no_fit_reason(instance: Instance, a: int) -> str:
    applicant = instance.applicants[a]
    if applicant.pinned_stand is not None:
        stand = instance.stands[instance.stand_index[applicant.pinned_stand]]
        if applicant.needs_power and not stand.power:
            return f"its pinned stand {stand.code} has no power, which it needs"
        area = number(stand.area)
        return f"its pinned stand {stand.code} ({area:g} m²) is smaller than the {applicant.min_area:g} m² it needs"
    if not instance.stands:
        return "there are no stands"
    need = f"{applicant.min_area:g} m²"
    if applicant.needs_power:
        powered = [s.area for s in instance.stands if s.power]
        if not powered:
            return "no stand has power"
        return f"no stand with power large enough (needs {need}, the largest with power is {number(max(powered)):g} m²)"
    largest = max((s.area for s in instance.stands), default=0)
    return f"no stand large enough (needs {need}, the largest is {number(Fraction(largest)):g} m²)"


def _codes(stands: list, instance: Instance, limit: int = 4) -> str:
    names = [instance.stands[s].code for s in stands[:limit]]
    return ", ".join(names) + (f" and {len(stands) - limit} more" if len(stands) > limit else "")


def _blocked_on_free_stands(instance: Instance, state: _Tally, a: int, free: list[int], unexplained: str):
    applicant = instance.applicants[a]
    breaks = state.share_breaks(a)
    crowded = {s: state.adjacent_same(a, s) for s in free}
    if breaks:
        texts = [text for _code, text in breaks]
        return Unassigned(applicant.id, "; ".join(texts), tuple(code for code, _t in breaks))
    if all(crowded.values()):
        count = f"each of the {len(free)} free stands" if len(free) > 1 else "the only free stand"
        return Unassigned(applicant.id, f"would be adjacent to the same category ({applicant.category}) on {count} "
                          f"that fit ({_codes(free, instance)})", ("no_adjacent_same_category",))  # fmt: skip
    open_stand = next(s for s in free if not crowded[s])
    return Unassigned(applicant.id, f"not placed although stand {instance.stands[open_stand].code} is free, fits and "
                      f"breaks no rule: {unexplained}", ("not_placed",))  # fmt: skip


def _outranked(instance: Instance, state: _Tally, a: int, held: list[int], pinned: int, unexplained: str):
    """Every stand that fits is held by an applicant of equal or higher priority (or pinned there). With
    equal ones among them, say what settled it: taking their place would break a rule, or cost a
    preferred zone, or it was a tie."""
    applicant = instance.applicants[a]
    total = len(held) + pinned
    count = f"the {total} stands" if total > 1 else "the only stand"
    also = f"; {pinned} of them {'is' if pinned == 1 else 'are'} pinned there" if pinned else ""
    if all(instance.applicants[b].priority > applicant.priority for b in held):
        return Unassigned(applicant.id, f"outranked: {count} that fit went to applicants of higher priority{also}",
                          ("outranked",))  # fmt: skip
    reason = (f"outranked: {count} that fit went to applicants of equal or higher priority (its own is "
              f"{applicant.priority}){also}")  # fmt: skip
    texts: dict[str, str] = {}
    ties = {}  # preferred-zone change of each rule-keeping swap: -1 loses one, 0 ties, +1 gains one
    for b in held:
        if instance.applicants[b].priority != applicant.priority:
            continue
        s = state.assignment[b]
        breaks = state.share_breaks(a, removed=b) + _crowding(instance, state, a, s)
        if breaks:
            for code, text in breaks:
                texts.setdefault(code, text)
        else:
            ties.setdefault(is_preferred(instance, a, s) - is_preferred(instance, b, s), (b, s))
    if 1 in ties:
        b, s = ties[1]
        where = f"in {instance.applicants[b].id}'s place on stand {instance.stands[s].code}"
        return Unassigned(applicant.id, f"not placed although {where} it would be in a preferred zone: {unexplained}",
                          ("not_placed",))  # fmt: skip
    if 0 in ties:
        b, s = ties[0]
        return Unassigned(applicant.id, f"{reason}; a tie with {instance.applicants[b].id} on stand "
                          f"{instance.stands[s].code}", ("outranked",))  # fmt: skip
    if -1 in ties:
        b, s = ties[-1]
        return Unassigned(applicant.id, f"{reason}; the tie with {instance.applicants[b].id} on stand "
                          f"{instance.stands[s].code} went to the one in a preferred zone", ("outranked",))  # fmt: skip
    return Unassigned(applicant.id, f"{reason}; taking any equal one's place would break a rule: "
                      + "; ".join(texts.values()), ("outranked", *texts))  # fmt: skip


def _crowding(instance: Instance, state: _Tally, a: int, s: int) -> list[tuple[str, str]]:
    """The adjacency rule broken by putting a on s (in place of its holder)."""
    if [t for t in state.adjacent_same(a, s) if t != s]:
        category = instance.applicants[a].category
        return [("no_adjacent_same_category", f"on {instance.stands[s].code} it would be next to the same category "
                 f"({category})")]  # fmt: skip
    return []


def _blocked_from_swaps(instance: Instance, state: _Tally, a: int, lower: list[tuple[int, int]], unexplained: str):
    """Some stands that fit are held by lower-priority applicants: say what taking their place breaks."""
    applicant = instance.applicants[a]
    texts: dict[str, str] = {}
    for s, b in lower:
        breaks = state.share_breaks(a, removed=b) + _crowding(instance, state, a, s)
        if not breaks:
            return Unassigned(applicant.id, f"not placed although it outranks {instance.applicants[b].id} on stand "
                              f"{instance.stands[s].code}: {unexplained}", ("not_placed",))  # fmt: skip
        for code, text in breaks:
            texts.setdefault(code, text)
    count = f"the {len(lower)} lower-priority applicants" if len(lower) > 1 else "the lower-priority applicant"
    reason = f"taking the place of {count} on stands that fit would break the rules: " + "; ".join(texts.values())
    return Unassigned(applicant.id, reason, tuple(texts))
