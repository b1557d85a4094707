"""Allocation of a fair's stands to cooperatives: exact, with explanations. Independent of Flask and of
the database: the web app and ``flask events solve`` hand it JSON-like data.

    instance = parse_instance(data)            # raises InstanceError naming the bad field
    result = solve(instance, time_limit=60)    # or greedy(instance), the simple baseline
    result.to_json()                           # status, assignments, unassigned (with reasons), objective,
                                               # violations, and gap / bound / seconds / solver

Rules (each applies only when given in "rules"): at least a share of women-led and of youth
cooperatives among those allocated, at most a share from any one region, no two of one category on
adjacent stands (rectangles sharing an edge of positive length); always: a stand fits (area at least
min_area, power where needed), one stand per cooperative and one cooperative per stand, pins held.
Objective, lexicographic: the sum of priorities allocated, then how many sit in a zone they prefer.

Shares count over the applicants allocated, so leaving stands empty always keeps them: an instance is
infeasible only through its pins, and then the result's violations say which rule and by how much.
Corner and covered are read and kept but no rule uses them.

How it is solved (allocation_model.py): first the aggregated model (stands in classes, applicants in
profiles, adjacency left out but for cuts added as they are broken: allocation_cuts.py), whose
optimum bounds the real one; then the applicants it chose are given concrete stands under the
adjacency rule, maximising the preferred count. When that reaches the bound, the allocation is proven
optimal. Otherwise the full model (one variable per applicant and stand) takes over for the time
left: for the preferred count with the priority sum held, or for everything when the chosen
applicants cannot be placed side by side. Statuses: "optimal" (proven), "feasible" (time ran out;
gap and bound say how far from proven), "infeasible" (with violations), and "unknown" when time ran
out before any allocation that keeps the rules was found (not even the greedy one).

Modules: allocation_instance (input, checks, adjacency), allocation_model (the MILPs and HiGHS),
allocation_cuts, allocation_explain (rules broken, infeasibility diagnosis), allocation_reasons (why
each applicant without a stand is without one).
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field

from market.events.allocation_cuts import IndependenceCuts
from market.events.allocation_explain import Unassigned, Violation, check_rules, diagnose_infeasible
from market.events.allocation_instance import (
    Applicant,
    Instance,
    InstanceError,
    Rules,
    Stand,
    adjacent_pairs,
    instance_to_json,
    parse_instance,
)
from market.events.allocation_model import (
    Aggregation,
    aggregated_model,
    concrete_model,
    is_preferred,
    lexicographic_weight,
    solve_mip,
)
from market.events.allocation_reasons import explain_unassigned

__all__ = [
    "Applicant",
    "Instance",
    "InstanceError",
    "Result",
    "Rules",
    "Stand",
    "Unassigned",
    "Violation",
    "adjacent_pairs",
    "check_rules",
    "greedy",
    "instance_to_json",
    "parse_instance",
    "solve",
]

SOLVER_NAME = "HiGHS (scipy.optimize.milp)"
MAX_CUT_ROUNDS = 20


@dataclass
class Result:
    status: str  # optimal | feasible | infeasible (| unknown: time up before any allocation was found)
    assignments: list[tuple[str, str]]  # (applicant id, stand code)
    unassigned: list[Unassigned]
    priority_sum: int
    preferred: int
    violations: list[Violation] = field(default_factory=list)
    gap: float | None = None  # relative: on the priority sum while it is not proven, else on the preferred count
    bound: dict | None = None  # proven upper bounds {"priority_sum", "preferred"}
    seconds: float = 0.0
    solver: str = SOLVER_NAME

    def to_json(self) -> dict:
        """The result as JSON-ready data (the RESULT.json format)."""
        return {
            "status": self.status,
            "assignments": [{"applicant": a, "stand": s} for a, s in self.assignments],
            "unassigned": [u.to_json() for u in self.unassigned],
            "objective": {"priority_sum": self.priority_sum, "preferred": self.preferred},
            "violations": [v.to_json() for v in self.violations],
            "gap": self.gap,
            "bound": self.bound,
            "seconds": round(self.seconds, 3),
            "solver": self.solver,
        }

    def summary(self) -> str:
        line = (f"{self.status}: {len(self.assignments)} allocated, {len(self.unassigned)} not; "
                f"priority sum {self.priority_sum}, {self.preferred} in a preferred zone")  # fmt: skip
        if self.gap:
            line += f"; gap {self.gap:.2%}"
        return line + f" ({self.seconds:.2f} s, {self.solver})"


def _result(instance: Instance, status: str, assignment: dict[int, int], started: float, unexplained: str, **extra):
    stands, applicants = instance.stands, instance.applicants
    ordered = sorted(assignment.items(), key=lambda item: item[1])
    return Result(
        status=status,
        assignments=[(applicants[a].id, stands[s].code) for a, s in ordered],
        unassigned=explain_unassigned(instance, assignment, unexplained),
        priority_sum=sum(applicants[a].priority for a in assignment),
        preferred=sum(is_preferred(instance, a, s) for a, s in assignment.items()),
        seconds=time.perf_counter() - started,
        **extra,
    )


def _infeasible(instance: Instance, violations: list[Violation], started: float) -> Result:
    result = _result(instance, "infeasible", {}, started, "")
    result.violations = violations
    for n, item in enumerate(result.unassigned):
        if item.codes != ("no_fit",):
            result.unassigned[n] = Unassigned(
                item.applicant, "no allocation: the rules cannot all hold (see violations)", ("infeasible",)
            )
    return result


def _decode(values, columns) -> dict[int, int]:
    return {a: s for (a, s), col in columns.items() if values[col] > 0.5}


def solve(instance: Instance, time_limit: float = 60.0) -> Result:
    """The best allocation, proven optimal when time allows (status "optimal"); else the best found
    ("feasible", with the gap to the proven bound); or "infeasible" with the rules that cannot hold."""
    started = time.perf_counter()

    def left() -> float:
        return max(time_limit - (time.perf_counter() - started), 0.05)

    weight = lexicographic_weight(instance)
    agg = Aggregation.of(instance)
    cuts = IndependenceCuts(instance, agg) if instance.rules.no_adjacent_same_category else None
    for _round in range(MAX_CUT_ROUNDS):
        model, agg_columns = aggregated_model(instance, agg, cuts=cuts.rows if cuts else ())
        relaxed = solve_mip(model, left())
        if relaxed.values is None or cuts is None or not cuts.broken(agg_columns, relaxed.values, left()):
            break
    if relaxed.status == "infeasible":
        return _infeasible(instance, diagnose_infeasible(instance, time_limit=max(left(), 5.0)), started)
    if relaxed.values is None:  # not even the small model answered in time
        return _fallback(instance, started, None, weight)
    bound = math.floor(relaxed.bound + 1e-6)
    assignment = _place_chosen(instance, agg, agg_columns, relaxed.values, left)
    if assignment is not None:
        priority = sum(instance.applicants[a].priority for a in assignment)
        preferred = sum(is_preferred(instance, a, s) for a, s in assignment.items())
        if priority * weight + preferred >= bound:
            return _finish(instance, started, assignment, bound, weight, proven=True)
        if priority >= bound // weight and time.perf_counter() - started < time_limit:
            # The priority sum is proven best, but placed side by side the chosen applicants sit in fewer
            # preferred zones than the bound: search every allocation with that priority sum.
            full, columns = concrete_model(instance, objective="preferred", min_priority=priority)
            second = solve_mip(full, left())
            if second.values is not None and second.objective > preferred - 0.5:
                assignment = _decode(second.values, columns)
            if second.bound is not None:
                bound = min(bound, priority * weight + math.floor(second.bound + 1e-6))
            if second.status == "optimal":
                return _finish(instance, started, assignment, bound, weight, proven=True)
        return _finish(instance, started, assignment, bound, weight, proven=False)
    # The chosen applicants cannot be placed without two of a category side by side: the full model.
    full, columns = concrete_model(instance)
    outcome = solve_mip(full, left())
    if outcome.status == "infeasible":
        return _infeasible(instance, diagnose_infeasible(instance, time_limit=max(left(), 5.0)), started)
    if outcome.values is None:
        return _fallback(instance, started, bound, weight)
    if outcome.bound is not None:
        bound = min(bound, math.floor(outcome.bound + 1e-6))
    return _finish(instance, started, _decode(outcome.values, columns), bound, weight, outcome.status == "optimal")


def _place_chosen(instance: Instance, agg: Aggregation, agg_columns: dict, values, left) -> dict[int, int] | None:
    """Concrete stands for the applicants the aggregated model chose (as many of each profile), under
    the adjacency rule, with the most in a preferred zone. First each applicant only on stands as
    preferred as the classes it was given there (a far smaller model, and it reaches the bound on every
    instance measured), then on any stand that fits. None when they cannot all be placed (or time is up)."""
    counts = [0] * len(agg.profiles)
    given_preferred: list[set[bool]] = [set() for _ in agg.profiles]
    for (p, k), col in agg_columns.items():
        n = round(values[col])
        if n:
            counts[p] += n
            given_preferred[p].add(is_preferred(instance, agg.profiles[p][0], agg.classes[k][0]))
    groups = [(members, n) for members, n in zip(agg.profiles, counts, strict=True) if n]
    chosen = {a: p for p, (members, n) in enumerate(zip(agg.profiles, counts, strict=True)) if n for a in members}
    same_preference = {
        a: [s for s in instance.fitting[a] if is_preferred(instance, a, s) in given_preferred[p]]
        for a, p in chosen.items()
    }
    for allowed in (same_preference, None):
        model, columns = concrete_model(instance, sorted(chosen), objective="preferred", groups=groups, allowed=allowed)
        outcome = solve_mip(model, left())
        if outcome.values is not None:
            return _decode(outcome.values, columns)
        if outcome.status != "infeasible":
            return None
    return None


def _finish(instance, started, assignment, bound: int, weight: int, proven: bool) -> Result:
    result = _result(instance, "optimal" if proven else "feasible", assignment, started,
                     "the solver stopped at its time limit before proving the allocation best")  # fmt: skip
    value = result.priority_sum * weight + result.preferred
    bound = max(bound, value)
    best_priority = bound // weight
    result.bound = {"priority_sum": best_priority, "preferred": bound - best_priority * weight}
    if result.priority_sum < best_priority:
        result.bound["preferred"] = None
        result.gap = round((best_priority - result.priority_sum) / best_priority, 6)
    else:
        best = result.bound["preferred"]
        result.gap = round((best - result.preferred) / best, 6) if best else 0.0
    if proven:
        result.status, result.gap = "optimal", 0.0
    problems = check_rules(instance, assignment)
    if problems:  # a solver answer that breaks a rule would be a bug in the model: never hide it
        raise AssertionError(f"the allocation found breaks rules: {[p.message for p in problems]}")
    return result


def _fallback(instance: Instance, started: float, bound: int | None, weight: int) -> Result:
    """Time ran out before the solver found any allocation: the greedy one if it keeps the rules."""
    base = greedy(instance)
    if base.status != "feasible":
        result = _result(instance, "unknown", {}, started, "the solver found no allocation within the time limit")
        result.violations = []
        return result
    assignment = {instance.applicant_index[a]: instance.stand_index[s] for a, s in base.assignments}
    if bound is None:
        bound = weight * sum(a.priority for a in instance.applicants) + len(instance.stands)
    return _finish(instance, started, assignment, bound, weight, proven=False)


# --- the greedy baseline -----------------------------------------------------------------------------


def greedy(instance: Instance) -> Result:
    """Highest priority first (pins before all, then input order among equals): each applicant takes the
    first free stand that fits, one in a preferred zone if any, that keeps the rules. Shares cannot be
    checked on a half-made allocation, so it keeps them against the number it expects to place (as many
    as there are stands, or applicants that fit): at most the regional cap of that many from one region,
    and places held back for women-led and youth applicants. Status "feasible" when the allocation
    keeps every rule, else "infeasible" with the rules it broke."""
    started = time.perf_counter()
    rules, applicants, stands = instance.rules, instance.applicants, instance.stands
    expected = min(len(stands), sum(1 for fits in instance.fitting if fits))
    region_cap = (
        math.floor(rules.share("max_share_per_region") * expected) if rules.max_share_per_region is not None else None
    )
    room_without = {}
    for name, attribute in (("women_led_min_share", "women_led"), ("youth_min_share", "youth")):
        if rules.share(name) is not None:
            room_without[attribute] = expected - math.ceil(rules.share(name) * expected)
    holder: dict[int, int] = {}
    assignment: dict[int, int] = {}
    regions: dict[str, int] = {}
    without = dict.fromkeys(room_without, 0)
    order = sorted(
        range(len(applicants)), key=lambda a: (applicants[a].pinned_stand is None, -applicants[a].priority, a)
    )
    for a in order:
        applicant = applicants[a]
        if applicant.pinned_stand is not None:
            s = instance.stand_index[applicant.pinned_stand]
            if s in holder:
                continue
        else:
            if region_cap is not None and regions.get(applicant.region, 0) + 1 > region_cap:
                continue
            if any(not getattr(applicant, attr) and without[attr] + 1 > room for attr, room in room_without.items()):
                continue
            free = [
                s for s in instance.fitting[a] if s not in holder and not _same_category_next(instance, holder, a, s)
            ]
            free.sort(key=lambda s: not is_preferred(instance, a, s))
            if not free:
                continue
            s = free[0]
        holder[s] = a
        assignment[a] = s
        regions[applicant.region] = regions.get(applicant.region, 0) + 1
        for attr in without:
            without[attr] += not getattr(applicant, attr)
    violations = check_rules(instance, assignment)
    result = _result(
        instance,
        "infeasible" if violations else "feasible",
        assignment,
        started,
        "the greedy order held it back (it keeps places for the share rules)",
        solver="greedy",
    )
    result.violations = violations
    return result


def _same_category_next(instance: Instance, holder: dict[int, int], a: int, s: int) -> bool:
    if not instance.rules.no_adjacent_same_category:
        return False
    category = instance.applicants[a].category
    return any(t in holder and instance.applicants[holder[t]].category == category for t in instance.neighbours[s])


def load_instance(path: str) -> Instance:
    """Read and check an instance file; raises InstanceError (also for unreadable files and bad JSON)."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise InstanceError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise InstanceError(f"{path} is not UTF-8 text: {exc.reason}") from exc
    except json.JSONDecodeError as exc:
        raise InstanceError(f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    except RecursionError as exc:
        raise InstanceError(f"{path} nests lists or objects too deeply") from exc
    return parse_instance(data)
