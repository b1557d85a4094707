"""Stand allocation benchmark: the exact solver (market/events/allocation.py) beside the greedy baseline
on seeded, realistic fairs, in the same run and on the same instances.

Instances (``generate(stands, applicants, seed)``; the same arguments give the same fair)
----------------------------------------------------------------------------------------
- Stands: islands of two rows back to back (3 m deep, 4 m in part of the crafts zone), 30-36 m long,
  stands 2-4 m wide (the back row cut independently, so back edges overlap partly), 4 m aisles around
  each island; row ends are corners; zones in blocks: food 42%, crafts 36%, cosmetics 22%; power on
  40% / 12% / 35% of stands by zone, more often on corners; areas 6-20 m², mostly 9 and 12.
- Applicants: 19 categories of Moroccan cooperatives (argan oil, honey, dates, saffron, couscous, olive
  oil, amlou, rose products, black soap and ghassoul, pottery, rugs, leather, embroidery, thuya wood,
  silver jewellery...) with their zones; the 12 regions skewed like participation (Souss-Massa about
  21%, Draa-Tafilalet 15%, the Saharan regions a few percent), skewed further by category (argan from
  Souss-Massa, dates and roses from Draa-Tafilalet); women-led 43-49% (by category, e.g. argan 80%,
  pottery 15%), youth about 15%; min areas 4-16 m² (rugs larger), power needs about 15% (cooking,
  pressing, cosmetics); preferred zones from the category (10% none, 10% a second zone); priorities 1
  (80%), 2 (15%), 3 (5%); two pinned sponsors. Rules as in the issue: women-led >= 50%, youth >= 10%,
  at most 30% from one region, no two of a category side by side.
- Sizes: 150 x 250 and 300 x 600 (the targets: objective (1) proven optimal in under 10 s and 60 s),
  then 150 x 180 and 300 x 360 ("tight": barely more applicants than stands, so the women-led share
  binds), for information.

Measured per run: the solver's status, wall and CPU seconds (``solve(instance, time_limit)``, the same
call the CLI and the web app make), priority sum, preferred count, and the same for ``greedy(instance)``
with the rules it breaks. Every allocation the solver returns is re-checked with ``check_rules``.

Solver choice (``--compare``: each candidate on the same instances and the same models)
-------------------------------------------------------------------------------------
Candidates: HiGHS through ``scipy.optimize.milp`` (SciPy 1.17.1, HiGHS 1.12), HiGHS through ``highspy``
1.16, OR-Tools CP-SAT 9.15 with 2 workers (2 cores). Each ran (a) the decomposition that solve() uses
(every MILP of it through the candidate; the tiny independent-set MILPs of the cuts stay on SciPy) and
(b) the plain full model (one 0/1 variable per applicant and stand, every rule in one MILP), with a
60 s limit, on seeds 1 / 2 / 3 of the generator below, on this shared 2-core machine (results in
``results/allocation-solvers.json``):

==============  ===========================  ================================  ==========================
150 x 250       scipy-HiGHS                  highspy                           CP-SAT (2 workers)
==============  ===========================  ================================  ==========================
decomposition   0.46 / 0.50 / 0.57 s, opt.   0.52 / 0.56 / 0.64 s, opt.        1.2 s opt. / 61 s / 61 s,
                                                                               no proof
full model      4.5 / 4.9 / 3.6 s, opt.      2.6 / 2.6 / 5.6 s, opt.           60 s: bound 40-55% above
==============  ===========================  ================================  ==========================

==============  ===========================  ================================  ==========================
300 x 600       scipy-HiGHS                  highspy                           CP-SAT (2 workers)
==============  ===========================  ================================  ==========================
decomposition   2.8 / 3.3 / 2.1 s, opt.      3.3 / 17.1 / 4.0 s, opt.          62 / 64 / 64 s, no proof
full model      34 / 41 / 44 s, opt.         21 s opt. / 60 s with an          60 s: bound 56-69% above
                                             allocation worth 1.6% of the
                                             optimum / 48 s opt.
==============  ===========================  ================================  ==========================

CP-SAT on 2 workers finds the aggregated model's optimum at once but cannot close its bound (seed 1 of
150 x 250 in a first run: 43,965 against 32,152 after 30 s; with 8 workers it proves it in 0.45 s, and
``linearization_level=2`` did not help on 2): the cores this app has rule it out, as DEPENDENCIES.md
found for the plain model. Between the two builds of HiGHS, SciPy's was faster on the decomposition
on all 6 instances (highspy once took 16 s on the concrete-stands step) and had no failure on the
full model (which solve() falls back on when the chosen applicants cannot be placed); highspy was
faster on the full model 3 times of 6 but once ended at the time limit with a poor allocation.
highspy is the smaller install (8 MB against SciPy's 143 MB) and offers MIP starts, but it prints a
banner on standard output when its first solver is created, which would corrupt the JSON that
``flask events solve`` prints. Chosen: ``scipy.optimize.milp``.

Formulation (what made it fast, measured with SciPy on an earlier version of the generator): the
first full model took 34 s on 150 x 250; rows for the shares over every variable made HiGHS's presolve
take 6 s even on the aggregated model, so each applicant (or profile) got one "allocated" column that
the share rows read (0.6 s). The aggregated model (stands in classes by zone, power and area; applicants in profiles)
gives the bound; giving the chosen applicants concrete stands on all fitting stands took 20 s (84,000
columns), only on stands as preferred as their class was 2.7 s (43,000), and only in their classes
was always infeasible. Independence cuts (at most alpha(U) of a category on a set of classes U, added
when broken) stopped that step from failing when one category (rugs on the large crafts stands)
crowded a zone. Median now about 0.5 s at 150 x 250 and 2-3 s at 300 x 600 (a third of it Python:
building the models and explaining every applicant left out).

Usage: ``.venv/bin/python benchmarks/allocation.py [--sizes 150x250,300x600,150x180,300x360]
[--seeds 1,2,3] [--time-limit 60] [--compare] [--dump DIR] [--no-save]``. Results:
``benchmarks/results/allocation.json`` and ``.md`` (``--compare``: ``allocation-solvers.json``/``.md``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from market.events.allocation import check_rules, greedy, parse_instance, solve  # noqa: E402

RESULTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results")

# The 12 regions, weighted roughly like cooperatives' participation at fairs (Souss-Massa's argan and
# Draa-Tafilalet's dates and roses are over-represented; the Saharan regions send few).
REGIONS = {
    "souss-massa": 0.17, "marrakech-safi": 0.13, "draa-tafilalet": 0.12, "fes-meknes": 0.11,
    "beni-mellal-khenifra": 0.08, "oriental": 0.07, "casablanca-settat": 0.07, "rabat-sale-kenitra": 0.07,
    "tanger-tetouan-al-hoceima": 0.07, "guelmim-oued-noun": 0.04, "laayoune-sakia-el-hamra": 0.04,
    "dakhla-oued-ed-dahab": 0.03,
}  # fmt: skip

# category: (weight, preferred zones, share women-led, share needing power, regions over-represented)
CATEGORIES = {
    "argan-oil": (0.13, ["cosmetics", "food"], 0.85, 0.15, {"souss-massa": 4, "guelmim-oued-noun": 2}),
    "honey": (0.08, ["food"], 0.25, 0.1, {"souss-massa": 2, "beni-mellal-khenifra": 2, "oriental": 2}),
    "dates": (0.07, ["food"], 0.2, 0.05, {"draa-tafilalet": 5}),
    "saffron": (0.04, ["food"], 0.4, 0.0, {"souss-massa": 3, "draa-tafilalet": 2}),
    "couscous": (0.06, ["food"], 0.8, 0.5, {}),
    "olive-oil": (0.06, ["food"], 0.2, 0.0, {"fes-meknes": 3, "marrakech-safi": 2}),
    "amlou": (0.04, ["food"], 0.6, 0.35, {"souss-massa": 2}),
    "dried-fruit": (0.03, ["food"], 0.3, 0.0, {"draa-tafilalet": 2}),
    "spices": (0.03, ["food"], 0.3, 0.0, {}),
    "rose-products": (0.05, ["cosmetics"], 0.6, 0.35, {"draa-tafilalet": 5}),
    "black-soap-ghassoul": (0.04, ["cosmetics"], 0.7, 0.1, {"fes-meknes": 2}),
    "cosmetics": (0.05, ["cosmetics"], 0.6, 0.5, {"casablanca-settat": 2, "rabat-sale-kenitra": 2}),
    "pottery": (0.06, ["crafts"], 0.15, 0.05, {"fes-meknes": 3, "marrakech-safi": 3}),
    "rugs": (0.07, ["crafts"], 0.75, 0.0, {"draa-tafilalet": 2, "marrakech-safi": 2, "beni-mellal-khenifra": 2}),
    "basketry": (0.03, ["crafts"], 0.5, 0.0, {"tanger-tetouan-al-hoceima": 3}),
    "leather": (0.04, ["crafts"], 0.15, 0.1, {"fes-meknes": 3, "marrakech-safi": 2}),
    "embroidery": (0.05, ["crafts"], 0.85, 0.05, {"tanger-tetouan-al-hoceima": 2, "rabat-sale-kenitra": 2}),
    "thuya-wood": (0.03, ["crafts"], 0.1, 0.35, {"marrakech-safi": 4}),
    "silver-jewellery": (0.02, ["crafts"], 0.3, 0.1, {"souss-massa": 4}),
}
ZONE_SHARES = {"food": 0.42, "crafts": 0.36, "cosmetics": 0.22}
POWER_RATE = {"food": 0.4, "crafts": 0.12, "cosmetics": 0.35}
RULES = {"women_led_min_share": 0.5, "youth_min_share": 0.1, "max_share_per_region": 0.3,
         "no_adjacent_same_category": True}  # fmt: skip


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate_stands(n: int, rng: random.Random) -> list[dict]:
    """Islands of two rows back to back (the back row's stands are cut independently, so back edges
    overlap partly), 4 m aisles around each island; ends of rows are corners; islands go to zones in
    blocks, food first; power more often on corners."""
    stands, zone_quota = [], {z: round(share * n) for z, share in ZONE_SHARES.items()}
    zone_quota["food"] += n - sum(zone_quota.values())
    zones = [z for z in ZONE_SHARES for _ in range(zone_quota[z])]
    island, x0, y0 = 0, 0.0, 0.0
    while len(stands) < n:
        zone = zones[len(stands)]
        depth = 4 if zone == "crafts" and rng.random() < 0.4 else 3
        length = rng.choice([30, 33, 36])
        covered = rng.random() < 0.85
        for row in range(2):
            x, y = x0, y0 + row * depth
            position = 0
            while x < x0 + length - 1e-9 and len(stands) < n:
                width = min(rng.choice([2, 3, 3, 3, 4]), x0 + length - x)
                if 0 < x0 + length - x - width < 2:  # no stub at the end of a row: the last stand takes it
                    width = x0 + length - x
                corner = position == 0 or x + width >= x0 + length - 1e-9
                zone = zones[len(stands)]
                power = rng.random() < POWER_RATE[zone] + (0.15 if corner else 0)
                code = f"{chr(65 + island % 26)}{island // 26 or ''}{row + 1}-{position + 1:02d}"
                stands.append({"code": code, "x": x, "y": y, "w": width, "h": depth, "power": power, "zone": zone,
                               "corner": corner, "covered": covered})  # fmt: skip
                x += width
                position += 1
        island += 1
        # Three islands side by side, 4 m apart, then the next block below.
        if island % 3:
            x0 += length + 4
        else:
            x0, y0 = 0.0, y0 + 2 * 4 + 4
    return stands


def generate_applicants(n: int, rng: random.Random) -> list[dict]:
    applicants = []
    for i in range(n):
        category = _pick(rng, {c: v[0] for c, v in CATEGORIES.items()})
        _w, zones, women, power, boost = CATEGORIES[category]
        region = _pick(rng, {r: w * boost.get(r, 1) for r, w in REGIONS.items()})
        min_area = rng.choices([4, 6, 9, 12], weights=[25, 35, 30, 10])[0]
        if category == "rugs":
            min_area = rng.choice([9, 12, 12, 16])
        preferred = list(zones)
        roll = rng.random()
        if roll < 0.1:
            preferred = []
        elif roll < 0.2:
            preferred = [*preferred, rng.choice([z for z in ZONE_SHARES if z not in preferred] or preferred)]
        applicants.append({
            "id": f"coop-{i + 1:04d}-{category}",
            "category": category,
            "region": region,
            "women_led": rng.random() < women * 0.95,
            "youth": rng.random() < 0.15,
            "needs_power": rng.random() < power,
            "min_area": min_area,
            "preferred_zones": list(dict.fromkeys(preferred)),
            "priority": rng.choices([1, 2, 3], weights=[80, 15, 5])[0],
        })  # fmt: skip
    return applicants


def generate(n_stands: int, n_applicants: int, seed: int) -> dict:
    """A seeded fair: the same instance for the same arguments."""
    rng = random.Random(f"{seed}-{n_stands}-{n_applicants}")
    stands = generate_stands(n_stands, rng)
    applicants = generate_applicants(n_applicants, rng)
    # Two sponsors pinned far apart (different islands), on stands that fit them.
    for applicant, stand in zip(applicants[:2], (stands[0], stands[-1]), strict=True):
        applicant.update(min_area=4, needs_power=False, women_led=True)
        applicant["pinned_stand"] = stand["code"]
    return {"event": {"name": f"Salon régional de l'économie sociale (seed {seed})", "kind": "regional_fair"},
            "stands": stands, "applicants": applicants, "rules": dict(RULES)}  # fmt: skip


# --- the solver comparison (--compare): the same models through each candidate -----------------------


def solve_mip_highspy(model, time_limit):
    """HiGHS through its own Python package (highspy), on the same LinearModel as the scipy backend."""
    import highspy
    import numpy as np

    from market.events.allocation_model import MipOutcome

    started = time.perf_counter()
    h = highspy.Highs()  # prints a banner to stdout on creation: not what a CLI command should do
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", max(time_limit, 0.01))
    h.setOptionValue("mip_rel_gap", 0.0)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = len(model.cost), len(model.rows)
    lp.sense_ = highspy.ObjSense.kMaximize
    lp.col_cost_ = np.asarray(model.cost, dtype=float)
    inf = highspy.kHighsInf
    lp.col_lower_ = np.asarray(model.lower, dtype=float)
    lp.col_upper_ = np.asarray(model.upper, dtype=float)
    lp.row_lower_ = np.asarray([max(r[2], -inf) for r in model.rows], dtype=float)
    lp.row_upper_ = np.asarray([min(r[3], inf) for r in model.rows], dtype=float)
    matrix = model.matrix()
    lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
    lp.a_matrix_.start_ = matrix.indptr
    lp.a_matrix_.index_ = matrix.indices
    lp.a_matrix_.value_ = matrix.data
    lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = lp.num_col_, lp.num_row_
    lp.integrality_ = [highspy.HighsVarType.kInteger if i else highspy.HighsVarType.kContinuous
                       for i in model.integer]  # fmt: skip
    h.passModel(lp)
    h.run()
    status = h.getModelStatus()
    info = h.getInfo()
    seconds = time.perf_counter() - started
    if status == highspy.HighsModelStatus.kInfeasible:
        return MipOutcome("infeasible", None, None, None, seconds)
    if info.primal_solution_status != 2:
        return MipOutcome("unknown", None, None, None, seconds)
    values = np.asarray(h.getSolution().col_value)
    objective = float(info.objective_function_value)
    optimal = status == highspy.HighsModelStatus.kOptimal
    bound = objective if optimal else float(info.mip_dual_bound)
    return MipOutcome("optimal" if optimal else "feasible", values, objective, max(bound, objective), seconds)


def solve_mip_cpsat(model, time_limit, workers=2):
    """OR-Tools CP-SAT on the same LinearModel (every coefficient is an integer)."""
    import numpy as np
    from ortools.sat.python import cp_model

    from market.events.allocation_model import MipOutcome

    started = time.perf_counter()
    m = cp_model.CpModel()
    xs = [m.new_int_var(int(lo), int(hi), "") for lo, hi in zip(model.lower, model.upper, strict=True)]
    big = 2**40
    for cols, coefs, lo, hi in model.rows:
        expr = sum(c * xs[i] for i, c in zip(cols, coefs, strict=True))
        m.add_linear_constraint(expr, int(max(lo, -big)), int(min(hi, big)))
    m.maximize(sum(int(c) * x for c, x in zip(model.cost, xs, strict=True) if c))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(time_limit, 0.01)
    solver.parameters.num_workers = workers
    status = solver.solve(m)
    seconds = time.perf_counter() - started
    if status == cp_model.INFEASIBLE:
        return MipOutcome("infeasible", None, None, None, seconds)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return MipOutcome("unknown", None, None, None, seconds)
    values = np.asarray([solver.value(x) for x in xs], dtype=float)
    optimal = status == cp_model.OPTIMAL
    objective = float(solver.objective_value)
    bound = objective if optimal else float(solver.best_objective_bound)
    return MipOutcome("optimal" if optimal else "feasible", values, objective, max(bound, objective), seconds)


def compare(sizes, seeds, time_limit, save=True) -> list[dict]:
    """Each candidate solver (those installed) on the same instances: the decomposition that solve()
    uses (each MILP it runs, with its size and time), and the plain full model (one 0/1 variable per
    applicant and stand, every rule in one MILP, the same rows). Writes allocation-solvers.json/.md."""
    from market.events import allocation, allocation_model

    backends = {"scipy-highs": allocation_model.solve_mip}
    for name, fn, module in (("highspy", solve_mip_highspy, "highspy"), ("cp-sat", solve_mip_cpsat, "ortools")):
        try:
            __import__(module)
        except ImportError:
            print(f"{name}: not installed, skipped", flush=True)
            continue
        backends[name] = fn
    rows = []
    for (n_stands, n_applicants), seed in itertools.product(sizes, seeds):
        instance = parse_instance(generate(n_stands, n_applicants, seed))
        for name, fn in backends.items():
            stages = []

            def traced(model, limit, fn=fn, stages=stages):
                outcome = fn(model, limit)
                stages.append([*model.size, outcome.status, round(outcome.seconds, 2)])
                return outcome

            allocation.solve_mip = traced
            try:
                started = time.perf_counter()
                result = solve(instance, time_limit=time_limit)
                seconds = round(time.perf_counter() - started, 2)
            finally:
                allocation.solve_mip = allocation_model.solve_mip
            full, _ = allocation_model.concrete_model(instance)
            outcome = fn(full, time_limit)
            row = {
                "stands": n_stands,
                "applicants": n_applicants,
                "seed": seed,
                "solver": name,
                "decomposed": {
                    "seconds": seconds,
                    "status": result.status,
                    "priority_sum": result.priority_sum,
                    "preferred": result.preferred,
                    "milps": stages,
                },
                "full_model": {
                    "seconds": round(outcome.seconds, 2),
                    "status": outcome.status,
                    "objective": outcome.objective,
                    "bound": outcome.bound,
                    "size": full.size,
                },
            }
            rows.append(row)
            print(json.dumps(row), flush=True)
    lines = solvers_markdown(rows, time_limit)
    print("\n".join(lines))
    if save:
        with open(os.path.join(RESULTS, "allocation-solvers.json"), "w", encoding="utf-8") as fh:
            json.dump({"time_limit": time_limit, "runs": rows}, fh, indent=1)
        with open(os.path.join(RESULTS, "allocation-solvers.md"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return rows


def solvers_markdown(rows: list[dict], time_limit: float) -> list[str]:
    lines = [
        "# Solver comparison for stand allocation (benchmarks/allocation.py --compare)",
        "",
        f"Time limit {time_limit:g} s per solve; {os.cpu_count()} CPUs; CP-SAT with 2 workers. "
        "`decomposed`: what solve() runs (aggregated model with cuts, then concrete stands; a `feasible` "
        "there is the greedy fallback or a time-limited answer); `full model`: everything in one MILP. "
        "Objective = priority sum x (stands + 1) + preferred count.",
        "",
        "| stands x applicants | seed | solver | decomposed: s, status | MILPs of the decomposition: columns x rows, "
        "status, s | full model: s, status | full model: objective / bound |",
        "|---|--:|---|---|---|---|---|",
    ]
    for row in rows:
        dec, full = row["decomposed"], row["full_model"]
        milps = "; ".join(f"{c} x {r} {status} {sec:.2f}" for c, r, status, sec in dec.get("milps", []))
        value = "-" if full["objective"] is None else f"{full['objective']:.0f} / {full['bound']:.0f}"
        lines.append(
            f"| {row['stands']} x {row['applicants']} | {row['seed']} | {row['solver']} | "
            f"{dec['seconds']:.2f}, {dec['status']} | {milps} | {full['seconds']:.2f}, {full['status']} | {value} |"
        )
    return lines


TARGETS = {(150, 250): 10.0, (300, 600): 60.0}  # seconds to prove objective (1) optimal


def run_one(n_stands: int, n_applicants: int, seed: int, time_limit: float) -> dict:
    data = generate(n_stands, n_applicants, seed)
    started = time.perf_counter()
    instance = parse_instance(data)
    parse_seconds = time.perf_counter() - started
    started = time.perf_counter()
    base = greedy(instance)
    greedy_seconds = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    result = solve(instance, time_limit=time_limit)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assignment = {instance.applicant_index[a]: instance.stand_index[s] for a, s in result.assignments}
    assert not check_rules(instance, assignment), "the solver's allocation breaks a rule"
    proven_first = result.status == "optimal" or (result.bound or {}).get("priority_sum") == result.priority_sum
    reasons: dict[str, int] = {}
    for item in result.unassigned:
        reasons[item.codes[0]] = reasons.get(item.codes[0], 0) + 1
    # At a proven optimum every applicant left out has a reason from the rules or the priorities.
    assert result.status != "optimal" or "not_placed" not in reasons, "an unexplained applicant at the optimum"
    return {
        "stands": n_stands,
        "applicants": n_applicants,
        "seed": seed,
        "solver": {
            "status": result.status,
            "objective_1_proven": proven_first,
            "parse_seconds": round(parse_seconds, 3),
            "seconds": round(seconds, 3),
            "cpu_seconds": round(cpu, 3),
            "priority_sum": result.priority_sum,
            "preferred": result.preferred,
            "allocated": len(result.assignments),
            "gap": result.gap,
            "bound": result.bound,
            "unassigned_reasons": reasons,
        },
        "greedy": {
            "status": base.status,
            "seconds": round(greedy_seconds, 4),
            "priority_sum": base.priority_sum,
            "preferred": base.preferred,
            "allocated": len(base.assignments),
            "violations": [v.to_json() for v in base.violations],
        },
    }


def summarise(runs: list[dict]) -> list[dict]:
    rows = []
    for size in dict.fromkeys((r["stands"], r["applicants"]) for r in runs):
        group = [r for r in runs if (r["stands"], r["applicants"]) == size]
        times = [r["solver"]["seconds"] for r in group]
        target = TARGETS.get(size)
        proven = all(r["solver"]["objective_1_proven"] for r in group)
        rows.append({
            "stands": size[0],
            "applicants": size[1],
            "runs": len(group),
            "median_seconds": round(statistics.median(times), 3),
            "max_seconds": max(times),
            "all_optimal": all(r["solver"]["status"] == "optimal" for r in group),
            "objective_1_proven": proven,
            "target_seconds": target,
            "met": None if target is None else proven and max(times) < target,
            "priority_gain": sum(r["solver"]["priority_sum"] - r["greedy"]["priority_sum"] for r in group),
            "preferred_gain": sum(r["solver"]["preferred"] - r["greedy"]["preferred"] for r in group),
            "greedy_runs_breaking_rules": sum(1 for r in group if r["greedy"]["violations"]),
        })  # fmt: skip
    return rows


def table(runs: list[dict]) -> list[str]:
    lines = [
        "| stands x applicants | seed | solver status | s (wall) | s (CPU) | parse s | priority sum: solver / greedy | "
        "preferred: solver / greedy | allocated: solver / greedy | rules greedy breaks |",
        "|---|--:|---|--:|--:|--:|--:|--:|--:|---|",
    ]
    for r in runs:
        sol, base = r["solver"], r["greedy"]
        broken = "; ".join(v["message"] for v in base["violations"]) or "none"
        gain = sol["preferred"] - base["preferred"]
        lines.append(
            f"| {r['stands']} x {r['applicants']} | {r['seed']} | {sol['status']} | {sol['seconds']:.2f} | "
            f"{sol['cpu_seconds']:.2f} | {sol['parse_seconds']:.2f} | {sol['priority_sum']} / {base['priority_sum']} | "
            f"{sol['preferred']} / {base['preferred']} (+{gain / max(base['preferred'], 1):.0%}) | "
            f"{sol['allocated']} / {base['allocated']} | {broken} |"
        )
    return lines


def summary_table(rows: list[dict]) -> list[str]:
    lines = [
        "| stands x applicants | runs | median s | max s | target | objective (1) proven | all optimal | met | "
        "priority sum gained over greedy | preferred gained | greedy runs breaking a rule |",
        "|---|--:|--:|--:|---|---|---|---|--:|--:|--:|",
    ]
    for row in rows:
        target = f"< {row['target_seconds']:g} s" if row["target_seconds"] else "-"
        met = {None: "-", True: "yes", False: "NO"}[row["met"]]
        lines.append(
            f"| {row['stands']} x {row['applicants']} | {row['runs']} | {row['median_seconds']:.2f} | "
            f"{row['max_seconds']:.2f} | {target} | {'yes' if row['objective_1_proven'] else 'NO'} | "
            f"{'yes' if row['all_optimal'] else 'no'} | {met} | {row['priority_gain']:+d} | "
            f"{row['preferred_gain']:+d} | {row['greedy_runs_breaking_rules']} of {row['runs']} |"
        )
    return lines


def machine() -> dict:
    import numpy
    import scipy

    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "scipy": scipy.__version__, "numpy": numpy.__version__}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="150x250,300x600,150x180,300x360", help="STANDSxAPPLICANTS, comma-separated")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--time-limit", type=float, default=60.0, help="the solver's limit per instance")
    parser.add_argument("--dump", metavar="DIR", help="write the generated instances into DIR and stop")
    parser.add_argument("--compare", action="store_true", help="compare the installed solvers instead")
    parser.add_argument("--no-save", action="store_true", help="print only; leave benchmarks/results alone")
    args = parser.parse_args()
    sizes = [tuple(int(v) for v in size.split("x")) for size in args.sizes.split(",")]
    seeds = [int(s) for s in args.seeds.split(",")]
    if args.dump:
        os.makedirs(args.dump, exist_ok=True)
        for (n_stands, n_applicants), seed in itertools.product(sizes, seeds):
            path = os.path.join(args.dump, f"fair-{n_stands}x{n_applicants}-{seed}.json")
            with open(path, "w", encoding="utf-8") as fh:
                json.dump(generate(n_stands, n_applicants, seed), fh, ensure_ascii=False, indent=1)
            print(path)
        return
    if args.compare:
        compare(sizes, seeds, args.time_limit, save=not args.no_save)
        return
    runs = []
    for (n_stands, n_applicants), seed in itertools.product(sizes, seeds):
        runs.append(run_one(n_stands, n_applicants, seed, args.time_limit))
        sol = runs[-1]["solver"]
        print(f"{n_stands} x {n_applicants} seed {seed}: {sol['status']} in {sol['seconds']:.2f} s", flush=True)
    rows = summarise(runs)
    report = {"machine": machine(), "time_limit": args.time_limit, "rules": RULES, "summary": rows, "runs": runs}
    lines = ["# Stand allocation benchmark (benchmarks/allocation.py)", "",
             f"Seeded realistic fairs (see the script's docstring); seeds {args.seeds}; the solver's time limit "
             f"{args.time_limit:g} s; {report['machine']['cpus']} CPUs, SciPy {report['machine']['scipy']} (HiGHS). "
             "The greedy baseline runs on the same instances in the same run.", "",
             *summary_table(rows), "", *table(runs), ""]  # fmt: skip
    print("\n".join(lines))
    if not args.no_save:
        os.makedirs(RESULTS, exist_ok=True)
        with open(os.path.join(RESULTS, "allocation.json"), "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1)
        with open(os.path.join(RESULTS, "allocation.md"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
