"""What a product belongs to — its cooperative (names, city), region, category and verified labels —
matched once per cooperative, category or label instead of being indexed in every product.

That text is the same for every product of a cooperative; indexed per product it made up most of the
rebuild's time (1,300 → 2,300 products/s without it). Here each cooperative, category and label type
keeps the stems of its names (same analysis as the index), and a query word that matches one becomes the
set of documents whose `coop`, `category`/`top_category` or `labels` column points at it.

Each process keeps the map while the approved cooperatives are unchanged: a search that sees a new
index generation (every change re-indexes the cooperative's products) re-reads one version row and
rebuilds the map only when a cooperative changed, so a rename reaches every worker within a second.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from sqlalchemy import func, select

from market.catalog.models import LabelType
from market.config import LANGUAGES
from market.coops.models import Cooperative
from market.core.models import Category, Region
from market.extensions import db
from market.search import analysis


def _stems(text: str | None) -> list[str]:
    return [t.text for t in analysis.text_analyzer()(text or "")] if text else []


@dataclass
class PlaceMap:
    version: tuple
    coops: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    categories: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    labels: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    surface: dict[str, str] = field(default_factory=dict)  # stem -> a word as written: typos, "did you mean"
    phrases: list[tuple[str, int, list[str]]] = field(default_factory=list)  # (kind, id, stems of a name)

    def add(self, kind: str, key: int, *texts: str | None) -> None:
        for text in texts:
            if not text:
                continue
            stems = _stems(text)
            self.phrases.append((kind, key, stems))
            for word in analysis.tokens(text):
                self.surface.setdefault(analysis.stem(word), word)
            for stem in stems:
                if kind == "coop":
                    self.coops[stem].add(key)
                elif kind == "category":
                    self.categories[stem].add(key)
                else:
                    self.labels[stem] |= 1 << key

    def documents(self, columns: dict[str, np.ndarray], stem: str) -> np.ndarray:
        """Document numbers (all documents, deleted ones included) this stem describes."""
        mask = np.zeros(len(columns["coop"]), dtype=bool)
        if stem in self.coops:
            mask |= np.isin(columns["coop"], np.fromiter(self.coops[stem], dtype=np.int64))
        if stem in self.categories:
            ids = np.fromiter(self.categories[stem], dtype=np.int64)
            mask |= np.isin(columns["category"], ids) | np.isin(columns["top_category"], ids)
        if stem in self.labels:
            mask |= (columns["labels"] & self.labels[stem]) != 0
        return np.flatnonzero(mask)

    def phrase_documents(self, columns: dict[str, np.ndarray], stems: list[str]) -> np.ndarray:
        """Documents whose cooperative, category or label has a name containing these stems in order."""
        n = len(stems)
        coops, categories, bits = set(), set(), 0
        for kind, key, name in self.phrases:
            if any(name[i : i + n] == stems for i in range(len(name) - n + 1)):
                if kind == "coop":
                    coops.add(key)
                elif kind == "category":
                    categories.add(key)
                else:
                    bits |= 1 << key
        mask = np.isin(columns["coop"], np.array(sorted(coops) or [-1]))
        if categories:
            ids = np.array(sorted(categories))
            mask |= np.isin(columns["category"], ids) | np.isin(columns["top_category"], ids)
        if bits:
            mask |= (columns["labels"] & bits) != 0
        return np.flatnonzero(mask)


_lock = threading.Lock()
_current: dict = {"map": None, "generation": None}


def _version() -> tuple:
    row = db.session.execute(
        select(func.count(Cooperative.id), func.max(Cooperative.updated_at)).where(Cooperative.status == "approved")
    ).one()
    return (row[0], str(row[1]))


def place_map(generation) -> PlaceMap:
    """The map for this index generation (rebuilt only when an approved cooperative changed)."""
    with _lock:
        current, seen = _current["map"], _current["generation"]
    if current is not None and seen == generation:
        return current
    version = _version()
    if current is None or current.version != version:
        current = _build(version)
    with _lock:
        _current["map"], _current["generation"] = current, generation
    return current


def _build(version: tuple) -> PlaceMap:
    places = PlaceMap(version)
    regions = {r.id: r for r in db.session.scalars(select(Region))}
    coops = db.session.execute(
        select(Cooperative.id, Cooperative.name_ar, Cooperative.name_fr, Cooperative.name_en, Cooperative.name_zgh,
               Cooperative.city, Cooperative.city_ar, Cooperative.city_zgh, Cooperative.region_id)
        .where(Cooperative.status == "approved")
    ).all()  # fmt: skip
    for coop_id, *names, region_id in coops:
        region = regions.get(region_id)
        region_names = _names(region) if region else ()
        places.add("coop", coop_id, *names, *region_names)
    for category in db.session.scalars(select(Category)):
        places.add("category", category.id, *_names(category))
    for label_type in db.session.scalars(select(LabelType)):
        places.add("label", label_type.id, label_type.code, *_names(label_type))
    return places


def _names(row) -> tuple[str | None, ...]:
    return tuple(getattr(row, f"name_{lang}") for lang in LANGUAGES)


def clear() -> None:
    with _lock:
        _current["map"] = _current["generation"] = None
