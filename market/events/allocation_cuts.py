"""Part of the adjacency rule put back into the aggregated model (allocation_model.py) as valid rows, so
that the applicants it chooses can be placed side by side more often."""

from __future__ import annotations

from collections import defaultdict

from market.events.allocation_instance import Instance
from market.events.allocation_model import Aggregation, LinearModel, solve_mip


class IndependenceCuts:
    """Valid rows that bring part of the adjacency rule into the aggregated model: the stands holding one
    category form an independent set of the adjacency graph, so on any set U of stands at most alpha(U)
    (the largest independent set in U) hold it. U ranges over unions of classes an applicant can use:
    one zone or all, stands of at least some area, with power or not, and single classes. A row is
    added only when the aggregated optimum breaks it (a cutting-plane loop), and alpha is computed only
    for the sets that need it (a tiny MILP of its own)."""

    def __init__(self, instance: Instance, agg: Aggregation):
        self.instance, self.agg = instance, agg
        keys = [
            (instance.stands[c[0]].zone, instance.stands[c[0]].power, instance.stands[c[0]].area) for c in agg.classes
        ]
        families: dict[frozenset[int], None] = {}
        for zone in [None, *sorted({k[0] for k in keys})]:
            for power in (False, True):
                for threshold in sorted({k[2] for k in keys}):
                    chosen = frozenset(
                        n
                        for n, (z, pw, area) in enumerate(keys)
                        if (zone is None or z == zone) and (pw or not power) and area >= threshold
                    )
                    if chosen:
                        families[chosen] = None
        families.update((frozenset([k]), None) for k in range(len(keys)))
        self.sets = list(families)
        self.alpha: dict[frozenset[int], int] = {}
        self.cheap: dict[frozenset[int], int] = {}
        self.added: set[tuple[str, frozenset[int]]] = set()
        self.rows: list[tuple[str, frozenset[int], int]] = []

    def _stands(self, classes: frozenset[int]) -> list[int]:
        return [s for k in classes for s in self.agg.classes[k]]

    def _cheap_bound(self, classes: frozenset[int]) -> int:
        """|U| minus a greedy maximal matching: each matched pair holds at most one of the set."""
        if classes not in self.cheap:
            inside, matched = set(self._stands(classes)), set()
            for s, t in self.instance.adjacent:
                if s in inside and t in inside and s not in matched and t not in matched:
                    matched.update((s, t))
            self.cheap[classes] = len(inside) - len(matched) // 2
        return self.cheap[classes]

    def _alpha(self, classes: frozenset[int], time_limit: float) -> int | None:
        if classes not in self.alpha:
            stands = self._stands(classes)
            model = LinearModel()
            column = {s: model.var(0, 1, 1) for s in stands}
            for s, t in self.instance.adjacent:
                if s in column and t in column:
                    model.row([(column[s], 1), (column[t], 1)], hi=1)
            outcome = solve_mip(model, time_limit)
            if outcome.status != "optimal":
                return None
            self.alpha[classes] = round(outcome.objective)
        return self.alpha[classes]

    def broken(self, columns: dict, values, time_limit: float) -> list[tuple[str, frozenset[int], int]]:
        """Rows the aggregated solution `values` breaks (and that were not added yet)."""
        by_category: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for (p, k), col in columns.items():
            n = round(values[col])
            if n:
                by_category[self.agg.category(self.instance, p)][k] += n
        found = []
        for category, per_class in by_category.items():
            for classes in self.sets:
                if (category, classes) in self.added:
                    continue
                count = sum(n for k, n in per_class.items() if k in classes)
                if count < 2 or count <= self._cheap_bound(classes):
                    continue
                alpha = self._alpha(classes, time_limit)
                if alpha is not None and count > alpha:
                    found.append((category, classes, alpha))
                    self.added.add((category, classes))
        self.rows += found
        return found
