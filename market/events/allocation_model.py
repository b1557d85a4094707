"""The allocation as integer linear programs, and the solver that runs them (HiGHS, through
``scipy.optimize.milp``: see benchmarks/allocation.py for why this one).

Two formulations of one problem:

- the *aggregated* model: stands grouped into classes that are interchangeable for every rule but
  adjacency (same zone, power and area), applicants grouped into profiles that are interchangeable
  for every rule (same region, women-led, youth, priority, fitting classes, preferred zones, and
  category under the adjacency rule). Variables count the applicants of a profile given stands of a
  class. It is small (thousands of variables for hundreds of stands), has none of the symmetry
  between identical stands, and its optimum bounds the real one from above: adjacency is left out
  but for valid cuts (allocation_cuts.py);
- the *concrete* model: one 0/1 variable per applicant and stand that fits, with the adjacency rule
  (per category, through an indicator "stand s holds category c").

Every rule is a linear row: with a share p/q written as a fraction, "at least p/q of those allocated
are women-led" is sum over the allocated of (q*women_led - p) >= 0, in integers.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

from market.events.allocation_instance import Instance

INFINITY = float("inf")
ALL_RULES = frozenset({"women_led_min_share", "youth_min_share", "max_share_per_region", "no_adjacent_same_category"})


@dataclass
class LinearModel:
    """A maximisation over integer (or continuous) columns with two-sided rows."""

    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    cost: list[float] = field(default_factory=list)
    integer: list[bool] = field(default_factory=list)
    rows: list[tuple[list[int], list[int], float, float]] = field(default_factory=list)

    def var(self, lower: float = 0, upper: float = 1, cost: float = 0, integer: bool = True) -> int:
        self.lower.append(lower)
        self.upper.append(upper)
        self.cost.append(cost)
        self.integer.append(integer)
        return len(self.cost) - 1

    def row(self, terms: dict[int, int] | list[tuple[int, int]], lo: float = -INFINITY, hi: float = INFINITY) -> None:
        items = terms.items() if isinstance(terms, dict) else terms
        cols, coefs = [], []
        for col, coef in items:
            if coef:
                cols.append(col)
                coefs.append(coef)
        if cols:
            self.rows.append((cols, coefs, lo, hi))
        elif lo > 0 or hi < 0:  # an empty row that cannot hold: keep it so the model is infeasible
            self.rows.append(([], [], lo, hi))

    @property
    def size(self) -> tuple[int, int]:
        return len(self.cost), len(self.rows)

    def matrix(self):
        indptr, indices, data = [0], [], []
        for cols, coefs, _lo, _hi in self.rows:
            indices.extend(cols)
            data.extend(coefs)
            indptr.append(len(indices))
        return csr_array((data, indices, indptr), shape=(len(self.rows), len(self.cost)), dtype=float)


@dataclass
class MipOutcome:
    status: str  # optimal | feasible | infeasible | unknown (time up before any solution)
    values: np.ndarray | None
    objective: float | None
    bound: float | None
    seconds: float


def solve_mip(model: LinearModel, time_limit: float) -> MipOutcome:
    """Maximise the model with HiGHS (via SciPy); `bound` is the proven upper bound on the objective."""
    started = time.perf_counter()
    if not model.cost:
        infeasible = any(lo > 0 or hi < 0 for _c, _k, lo, hi in model.rows)
        status = "infeasible" if infeasible else "optimal"
        return MipOutcome(status, None if infeasible else np.zeros(0), 0.0, 0.0, 0.0)
    constraints = ()
    if model.rows:
        lo = [r[2] for r in model.rows]
        hi = [r[3] for r in model.rows]
        constraints = LinearConstraint(model.matrix(), lo, hi)
    res = milp(
        c=-np.asarray(model.cost, dtype=float),
        integrality=np.asarray(model.integer, dtype=int),
        bounds=Bounds(model.lower, model.upper),
        constraints=constraints,
        options={"time_limit": max(time_limit, 0.01), "mip_rel_gap": 0.0, "presolve": True, "disp": False},
    )
    seconds = time.perf_counter() - started
    if res.status == 2:
        return MipOutcome("infeasible", None, None, None, seconds)
    if res.x is None:
        return MipOutcome("unknown", None, None, None, seconds)
    objective = -float(res.fun)
    bound = getattr(res, "mip_dual_bound", None)
    bound = objective if bound is None or res.status == 0 else -float(bound)
    return MipOutcome("optimal" if res.status == 0 else "feasible", res.x, objective, max(bound, objective), seconds)


# --- the rows every formulation shares ---------------------------------------------------------------


def share_rows(
    model: LinearModel, instance: Instance, entries: list[tuple[int, int]], rules=ALL_RULES, exempt_region=None
) -> None:
    """The share rules over `entries`: (column, applicant) pairs where the column counts the allocated
    applicants like that one (for the aggregated model, of its profile; for the concrete one, itself)."""
    r = instance.rules
    for name, attribute in (("women_led_min_share", "women_led"), ("youth_min_share", "youth")):
        share = r.share(name)
        if share is None or name not in rules:
            continue
        p, q = share.numerator, share.denominator
        model.row([(col, q * int(getattr(instance.applicants[a], attribute)) - p) for col, a in entries], lo=0)
    share = r.share("max_share_per_region")
    if share is not None and "max_share_per_region" in rules:
        p, q = share.numerator, share.denominator
        by_region: dict[str, set[int]] = defaultdict(set)
        for col, a in entries:
            by_region[instance.applicants[a].region].add(col)
        for region, cols in by_region.items():
            if region == exempt_region:
                continue
            # count(region) * q <= p * count(all)
            model.row([(col, (q if col in cols else 0) - p) for col, _a in entries], hi=0)


def lexicographic_weight(instance: Instance) -> int:
    """Weight of the priority sum over the preferred count, so that one point of priority outweighs
    every preferred placement together (the count cannot exceed the number of stands or applicants)."""
    return min(len(instance.stands), len(instance.applicants)) + 1


def is_preferred(instance: Instance, a: int, s: int) -> bool:
    return instance.stands[s].zone in instance.applicants[a].preferred_zones


# --- the aggregated model ----------------------------------------------------------------------------


@dataclass
class Aggregation:
    """Stands grouped into classes and applicants into profiles (see the module's docstring)."""

    classes: list[list[int]]  # stand indexes of each class
    profiles: list[list[int]]  # applicant indexes of each profile
    fitting: list[list[int]]  # classes each profile fits

    @classmethod
    def of(cls, instance: Instance) -> Aggregation:
        class_of_key: dict[tuple, int] = {}
        stand_class = []
        classes: list[list[int]] = []
        for s, stand in enumerate(instance.stands):
            key = (stand.zone, stand.power, stand.area)
            if key not in class_of_key:
                class_of_key[key] = len(classes)
                classes.append([])
            classes[class_of_key[key]].append(s)
            stand_class.append(class_of_key[key])
        profile_of_key: dict[tuple, int] = {}
        profiles: list[list[int]] = []
        fitting: list[list[int]] = []
        zones = {stand.zone for stand in instance.stands}
        for a, applicant in enumerate(instance.applicants):
            fits = sorted({stand_class[s] for s in instance.fitting[a]})
            if not fits:
                continue
            pinned = applicant.pinned_stand is not None
            key = (applicant.region, applicant.women_led, applicant.youth, applicant.priority, tuple(fits),
                   frozenset(zones & set(applicant.preferred_zones)), a if pinned else None,
                   applicant.category if instance.rules.no_adjacent_same_category else None)  # fmt: skip
            if key not in profile_of_key:
                profile_of_key[key] = len(profiles)
                profiles.append([])
                fitting.append(fits)
            profiles[profile_of_key[key]].append(a)
        return cls(classes, profiles, fitting)

    def category(self, instance: Instance, p: int) -> str:
        """The profile's category (one per profile under the adjacency rule)."""
        return instance.applicants[self.profiles[p][0]].category


def aggregated_model(
    instance: Instance,
    agg: Aggregation,
    rules=ALL_RULES,
    objective="lexicographic",
    exclude=None,
    exempt_region: str | None = None,
    cuts=(),
):
    """Returns (model, columns) where columns[(profile, class)] is the count variable. `objective` is
    "lexicographic" (priority, then preferred), "count" (how many are allocated) or a callable
    applicant -> weight; `exclude(applicant)` leaves applicants out (never pinned ones);
    `exempt_region` is left out of the region cap; `cuts`: (category, classes, n) triples, at most n
    of the category on those classes."""
    model = LinearModel()
    for a, applicant in enumerate(instance.applicants):
        if applicant.pinned_stand is not None and not instance.fitting[a]:
            model.row([], lo=1)  # pinned to a stand it does not fit: nothing can hold
    weight = lexicographic_weight(instance)
    columns: dict[tuple[int, int], int] = {}
    entries = []
    for p, members in enumerate(agg.profiles):
        rep = members[0]
        applicant = instance.applicants[rep]
        pinned = applicant.pinned_stand is not None
        if exclude is not None and not pinned and exclude(applicant):
            continue
        # How many of the profile are allocated: the share rules read this one column (short rows keep
        # HiGHS's presolve fast; rows over every column made it take seconds).
        allocated = model.var(1 if pinned else 0, len(members))
        entries.append((allocated, rep))
        for k in agg.fitting[p]:
            zone_preferred = is_preferred(instance, rep, agg.classes[k][0])
            if objective == "lexicographic":
                cost = weight * applicant.priority + zone_preferred
            elif objective == "count":
                cost = 1
            else:
                cost = objective(applicant)
            columns[p, k] = model.var(0, min(len(members), len(agg.classes[k])), cost)
        model.row([(columns[p, k], 1) for k in agg.fitting[p]] + [(allocated, -1)], 0, 0)
    for k, stands in enumerate(agg.classes):
        model.row([(col, 1) for (_p, kk), col in columns.items() if kk == k], hi=len(stands))
    for category, classes, n in cuts:
        model.row(
            [(col, 1) for (p, k), col in columns.items() if k in classes and agg.category(instance, p) == category],
            hi=n,
        )
    share_rows(model, instance, entries, rules, exempt_region)
    return model, columns


# --- the concrete model ------------------------------------------------------------------------------


def concrete_model(
    instance: Instance,
    candidates: list[int] | None = None,
    rules=ALL_RULES,
    objective: str = "lexicographic",
    groups: list[tuple[list[int], int]] | None = None,
    min_priority: int | None = None,
    allowed: dict[int, list[int]] | None = None,
):
    """Returns (model, columns) with columns[(applicant, stand)] a 0/1 variable.

    candidates: the applicants that may be allocated (default: all); allowed: the stands open to each
    (default: every stand that fits); groups: (applicants, n) pairs,
    exactly n of each group allocated; min_priority: a floor on the priority sum; objective:
    "lexicographic" or "preferred" (the preferred count alone)."""
    model = LinearModel()
    weight = lexicographic_weight(instance) if objective == "lexicographic" else 0
    candidates = range(len(instance.applicants)) if candidates is None else candidates
    columns: dict[tuple[int, int], int] = {}
    by_stand: dict[int, list[tuple[int, int]]] = defaultdict(list)
    entries = []
    allocated = {}
    for a in candidates:
        applicant = instance.applicants[a]
        pinned = applicant.pinned_stand is not None
        if pinned and not instance.fitting[a]:
            model.row([], lo=1)  # pinned to a stand it does not fit: nothing can hold
        stands = instance.fitting[a] if allowed is None else allowed[a]
        if not stands:
            continue
        # 1 when the applicant has a stand: the rules over applicants read this column alone.
        allocated[a] = model.var(1 if pinned else 0, 1)
        entries.append((allocated[a], a))
        own = []
        for s in stands:
            col = model.var(0, 1, weight * applicant.priority + is_preferred(instance, a, s))
            columns[a, s] = col
            by_stand[s].append((a, col))
            own.append((col, 1))
        model.row([*own, (allocated[a], -1)], 0, 0)
    for pairs in by_stand.values():
        model.row([(col, 1) for _a, col in pairs], hi=1)
    share_rows(model, instance, entries, rules)
    if "no_adjacent_same_category" in rules and instance.rules.no_adjacent_same_category:
        adjacency_rows(model, instance, by_stand)
    for members, n in groups or ():
        model.row([(allocated[a], 1) for a in members if a in allocated], n, n)
    if min_priority is not None:
        model.row([(col, instance.applicants[a].priority) for col, a in entries], lo=min_priority)
    return model, columns


def adjacency_rows(model: LinearModel, instance: Instance, by_stand: dict[int, list[tuple[int, int]]]) -> None:
    """At most one stand of each adjacent pair holds category c, for each c: through an indicator per
    (stand, category) — the sum of its applicants' columns — so a pair costs one short row per category."""
    holds: dict[tuple[int, str], list[int]] = defaultdict(list)
    for s, pairs in by_stand.items():
        for a, col in pairs:
            holds[s, instance.applicants[a].category].append(col)
    indicator: dict[tuple[int, str], int] = {}

    def indicator_of(s: int, category: str) -> int:
        if (s, category) not in indicator:
            cols = holds[s, category]
            if len(cols) == 1:
                indicator[s, category] = cols[0]
            else:
                ind = model.var(0, 1, 0, integer=False)
                model.row([(ind, 1)] + [(col, -1) for col in cols], 0, 0)
                indicator[s, category] = ind
        return indicator[s, category]

    categories_at = defaultdict(set)
    for s, category in holds:
        categories_at[s].add(category)
    for s, t in instance.adjacent:
        for category in sorted(categories_at[s] & categories_at[t]):
            model.row([(indicator_of(s, category), 1), (indicator_of(t, category), 1)], hi=1)
