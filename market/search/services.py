"""Product search: parsing what the visitor typed, ranking, facets, suggestions.

How a query runs
1. Quoted parts are phrases; the rest are words, folded and stemmed like the documents
   (market/search/analysis.py). Words of 4+ letters also match the index's words one edit away (two for
   8+ letters) among the index's name stems and the place map's, at a lower weight.
2. Ranking is OR-ish: a product matching any word is found, one matching every word ranks first (an
   AND of the words is added to the OR with a strong boost). Phrases are required.
3. Facets and filters never go back to Whoosh: the numeric columns of every document sit in numpy arrays
   (index.DocTable), so counting the matches per category, region, label... is a few vector operations.
   Each facet's counts apply every other facet's filter (never its own), so combined filters keep right
   counts and a visitor can widen a choice within a facet.
4. The page's product ids are loaded by one SQL query, which also re-checks that each is public: search
   can never show an unpublished product or a suspended cooperative's.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field, replace

import numpy as np
from flask import url_for
from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from whoosh import query as wq

from market.catalog.models import LabelType, Product
from market.catalog.services import CategoryRef, category_refs, search_products
from market.config import LANGUAGES
from market.coops.models import Cooperative
from market.core.i18n import FALLBACKS, localized
from market.core.models import Region
from market.core.pagination import Page
from market.extensions import db
from market.search import analysis, engine
from market.search.documents import PRICE_RANGES, approved_ids
from market.search.index import IndexUnavailable, get_index
from market.search.places import PlaceMap, place_map

SORTS = ("relevance", "price_asc", "price_desc", "newest")
MAX_WORDS = 10
MAX_PAGE = 400
PER_PAGE = 24  # on the search page
FEW_RESULTS = 3
FUZZY_LIMIT = 6
FUZZY_BOOST = 0.4
PLACE_BOOST = 1.5
MAX_COMPLETIONS = 30
SKU_BOOST = 3.0
_PHRASE_RE = re.compile(r'"([^"]*)"')


# ----------------------------------------------------------------------------------------- parameters


def _many(args, name: str, limit: int = 20) -> tuple[str, ...]:
    values = args.getlist(name) if hasattr(args, "getlist") else [args.get(name)]
    seen: list[str] = []
    for value in values:
        for part in str(value or "").split(","):
            part = part.strip()[:80]
            if part and part not in seen:
                seen.append(part)
    return tuple(seen[:limit])


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    category: tuple[str, ...] = ()
    region: tuple[str, ...] = ()
    coop: tuple[str, ...] = ()
    label: tuple[str, ...] = ()
    price: tuple[str, ...] = ()
    women: bool = False
    in_stock: bool = False
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE

    @classmethod
    def from_args(cls, args, per_page: int = PER_PAGE, max_per_page: int = 48) -> SearchParams:
        """Read the query string; anything unknown or malformed is dropped, never an error."""

        def number(name: str, default: int, high: int) -> int:
            raw = str(args.get(name) or "").strip()
            return min(max(int(raw), 1), high) if raw.isdigit() and len(raw) < 7 else default

        q = " ".join(str(args.get("q") or "").replace("\x00", " ").split())[:200]
        sort = args.get("sort") or ("relevance" if q else "newest")
        price_keys = {key for key, _low, _high in PRICE_RANGES}
        return cls(
            q=q,
            category=_many(args, "category"),
            region=_many(args, "region"),
            coop=_many(args, "coop"),
            label=tuple(code.upper() for code in _many(args, "label")),
            price=tuple(p for p in _many(args, "price") if p in price_keys),
            women=args.get("women") in ("1", "true", "on"),
            in_stock=args.get("in_stock") in ("1", "true", "on"),
            sort=sort if sort in SORTS else "relevance",
            page=number("page", 1, MAX_PAGE),
            per_page=number("per_page", per_page, max_per_page),
        )

    def to_args(self, **changes) -> dict:
        """Query-string arguments for a link to this search with some changes (page back to 1 unless set)."""
        changes.setdefault("page", 1)
        params = replace(self, **changes)
        args: dict = {}
        if params.q:
            args["q"] = params.q
        for name in ("category", "region", "coop", "label", "price"):
            if getattr(params, name):
                args[name] = list(getattr(params, name))
        if params.women:
            args["women"] = "1"
        if params.in_stock:
            args["in_stock"] = "1"
        if params.sort != ("relevance" if params.q else "newest"):
            args["sort"] = params.sort
        if params.page > 1:
            args["page"] = params.page
        if params.per_page != PER_PAGE:
            args["per_page"] = params.per_page
        return args

    def toggled(self, name: str, value) -> dict:
        """Arguments with one facet value switched on or off."""
        if name in ("women", "in_stock"):
            return self.to_args(**{name: not getattr(self, name)})
        current = getattr(self, name)
        new = tuple(v for v in current if v != value) if value in current else (*current, value)
        return self.to_args(**{name: new})

    @property
    def filtered(self) -> bool:
        return bool(self.category or self.region or self.coop or self.label or self.price or self.women
                    or self.in_stock)  # fmt: skip


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResult:
    params: SearchParams
    total: int = 0
    products: list[Product] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str | None = None
    terms: frozenset[str] = frozenset()
    fallback: bool = False  # the index was unavailable: plain database search, no facets

    @property
    def pagination(self) -> Page:
        """For the page links; pages beyond MAX_PAGE are not offered."""
        shown = min(self.total, MAX_PAGE * self.params.per_page)
        return Page(self.products, self.params.page, self.params.per_page, shown)


# ----------------------------------------------------------------------------------------- reference data


class _Reference:
    """Regions and label types (fixed by migrations), read once per process."""

    regions: dict[str, Region] | None = None
    labels: dict[str, LabelType] | None = None

    @classmethod
    def load(cls) -> None:
        if cls.regions is None:
            cls.regions = {r.slug: r for r in db.session.scalars(select(Region).order_by(Region.position))}
            cls.labels = {t.code: t for t in db.session.scalars(select(LabelType).order_by(LabelType.position))}


def _category_ids(slugs) -> dict[str, CategoryRef]:
    refs = {ref.slug: ref for ref in category_refs()}
    return {slug: refs[slug] for slug in slugs if slug in refs}


# ----------------------------------------------------------------------------------------- queries


@dataclass
class ParsedQuery:
    words: list[str]
    phrases: list[list[str]]
    codes: list[str] = field(default_factory=list)  # what was typed, lowercased: SKUs like "arg-1l"

    @property
    def empty(self) -> bool:
        return not self.words and not self.phrases


def parse(text: str) -> ParsedQuery:
    phrases = [analysis.tokens(p) for p in _PHRASE_RE.findall(text)]
    rest = _PHRASE_RE.sub(" ", text).replace('"', " ")
    words = analysis.tokens(rest)
    meaningful = [w for w in words if w not in analysis.STOP_WORDS]
    codes = [chunk.lower() for chunk in rest.split() if len(chunk) <= 64][:MAX_WORDS]
    return ParsedQuery((meaningful or words)[:MAX_WORDS], [p for p in phrases if p][:3], codes)


_fuzzy_cache: dict[tuple, list[str]] = {}
_fuzzy_lock = threading.Lock()


def _known(reader, stem: str, places: PlaceMap) -> bool:
    return bool(reader.doc_frequency("name", stem)) or stem in places.surface


def _near_stems(searcher, word: str, places: PlaceMap) -> list[str]:
    """Stems of the catalogue's words one edit from the word's stem (two for words of 8+ letters), most
    frequent first: product names from the index, cooperative, place, category and label names from the
    place map. None for a word the catalogue has (الجبن must not also find الجبل)."""
    if len(word) < 4 or word.isdigit():
        return []
    reader = searcher.reader()
    stem = analysis.stem(word)
    if _known(reader, stem, places):
        return []
    key = (str(get_index().path), reader.generation(), id(places), stem)
    with _fuzzy_lock:
        if key in _fuzzy_cache:
            return _fuzzy_cache[key]
    distance = 2 if len(word) >= 8 else 1
    found = [w for w in reader.terms_within("name", stem, distance, prefix=1) if w != stem]
    found.sort(key=lambda w: -reader.doc_frequency("name", w))
    found = found[:FUZZY_LIMIT]
    found += [w for w in places.surface if _within(stem, w, distance)][:FUZZY_LIMIT]
    with _fuzzy_lock:
        if len(_fuzzy_cache) > 10_000:
            _fuzzy_cache.clear()
        _fuzzy_cache[key] = found
    return found


def _within(word: str, other: str, limit: int) -> bool:
    """Damerau-Levenshtein distance of at most `limit`, same first letter (as the index's typo search)."""
    if other[:1] != word[:1] or abs(len(other) - len(word)) > limit or other == word:
        return False
    previous = list(range(len(other) + 1))
    before = previous
    for i, a in enumerate(word, start=1):
        current = [i] + [0] * len(other)
        for j, b in enumerate(other, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if i > 1 and j > 1 and a == other[j - 2] and word[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return False
        before, previous = previous, current
    return previous[-1] <= limit


def _word_terms(searcher, scorer, places: PlaceMap, columns, word: str, terms: set[str]) -> list:
    """What a word matches: its stem in product names and descriptions, the products of cooperatives,
    categories and labels whose names have it, and the same for words one typo away (lower weight)."""
    stem = analysis.stem(word)
    terms.add(stem)
    alternatives: list = [engine.Term("name", stem), engine.Term("body", stem)]
    docs = places.documents(columns, stem)
    if len(docs):
        alternatives.append(engine.Hits(docs, scorer.constant_score(docs, PLACE_BOOST)))
    for near_stem in _near_stems(searcher, word, places):
        if near_stem != stem:
            terms.add(near_stem)
            alternatives.append(engine.Term("name", near_stem, FUZZY_BOOST))
            docs = places.documents(columns, near_stem)
            if len(docs):
                alternatives.append(engine.Hits(docs, scorer.constant_score(docs, PLACE_BOOST * FUZZY_BOOST)))
    return alternatives


def _phrase_stems(words: list[str]) -> list[str]:
    return [analysis.stem(w) for w in words if w not in analysis.STOP_WORDS] or [analysis.stem(words[0])]


def _phrase_query(stems: list[str]) -> wq.Query:
    if len(stems) == 1:
        return wq.Or([wq.Term(f, stems[0]) for f in ("name", "body")])
    return wq.Or([wq.Phrase(f, stems) for f in ("name", "body")])


def match(searcher, table, parsed: ParsedQuery) -> tuple[np.ndarray, np.ndarray, np.ndarray, set[str]]:
    """(document numbers, scores, words matched, stems to highlight) for a non-empty query."""
    terms: set[str] = set()
    scorer = engine.Scorer(searcher)
    places = place_map(searcher.reader().generation())
    # A phrase's words are scored like loose words (and the phrase is required below).
    phrase_words = [w for phrase in parsed.phrases for w in phrase if w not in analysis.STOP_WORDS]
    groups = [_word_terms(searcher, scorer, places, table.columns, w, terms) for w in [*parsed.words, *phrase_words]]
    groups += [[engine.Term("sku", code, SKU_BOOST)] for code in parsed.codes]  # "ARG-1L" as typed
    if parsed.words or phrase_words:
        docs, scores, counts = scorer.match(groups, table.live_mask)
    else:  # only phrases
        docs = table.live
        scores, counts = np.zeros(len(docs), np.float32), np.zeros(len(docs), np.int32)
    for words in parsed.phrases:  # phrases are required: in a name, a description, or a place's name
        stems = _phrase_stems(words)
        terms.update(stems)
        inside = np.fromiter(searcher.docs_for_query(_phrase_query(stems)), dtype=np.int64)
        inside = np.union1d(inside, places.phrase_documents(table.columns, stems))
        keep = np.isin(docs, inside)
        docs, scores, counts = docs[keep], scores[keep], counts[keep]
    return docs, scores, counts, terms


def did_you_mean(searcher, parsed: ParsedQuery, lang: str) -> str | None:
    """The query with unknown words replaced by the closest word of the catalogue (as people write it)."""
    reader = searcher.reader()
    corrector = searcher.corrector("name")
    places = place_map(reader.generation())
    changed, out = False, []
    for word in parsed.words:
        stem = analysis.stem(word)
        if len(word) < 3 or word.isdigit() or _known(reader, stem, places):
            out.append(word)
            continue
        best = [w for w in corrector.suggest(stem, limit=3, maxdist=2, prefix=1) if w != stem]
        best += [w for w in places.surface if _within(stem, w, 2)]
        surface = _surface(searcher, places, best[0], lang) if best else None
        if surface and surface != word:
            out.append(surface)
            changed = True
        else:
            out.append(word)
    return " ".join(out) if changed else None


def _surface(searcher, places: PlaceMap, stem: str, lang: str) -> str | None:
    """A word as written whose stem is `stem`: from the name of a product that has it (in the visitor's
    language first), else from a cooperative's, place's, category's or label's name."""
    ids, _weights = engine.Scorer(searcher).postings("name", stem)
    for docnum in ids[:5].tolist():
        shown = searcher.stored_fields(docnum).get("shown") or {}
        for code in FALLBACKS.get(lang, LANGUAGES):
            for token in analysis.tokens(shown.get(code) or ""):
                if analysis.stem(token) == stem:
                    return token
    return places.surface.get(stem)


# ----------------------------------------------------------------------------------------- facets


class _Filters:
    """One boolean mask over the matching documents per active facet."""

    def __init__(self, columns: dict[str, np.ndarray], params: SearchParams):
        self.masks: dict[str, np.ndarray] = {}
        self.selected_ids: dict[str, set[int]] = {}
        if params.category:
            refs = _category_ids(params.category)
            ids = np.array(sorted({r.id for r in refs.values()} or {-1}))
            self.masks["category"] = np.isin(columns["top_category"], ids) | np.isin(columns["category"], ids)
        if params.region:
            ids = np.array([r.id for slug, r in (_Reference.regions or {}).items() if slug in params.region] or [-1])
            self.masks["region"] = np.isin(columns["region"], ids)
        if params.coop:
            ids = list(db.session.scalars(select(Cooperative.id).where(Cooperative.slug.in_(params.coop)))) or [-1]
            self.selected_ids["coop"] = set(ids)
            self.masks["coop"] = np.isin(columns["coop"], np.array(ids))
        if params.label:
            bits = 0
            for code in params.label:
                if (label_type := (_Reference.labels or {}).get(code)) is not None:
                    bits |= 1 << label_type.id
            self.masks["label"] = (columns["labels"] & bits) != 0
        if params.price:
            mask = np.zeros(len(columns["price"]), dtype=bool)
            for key, low, high in PRICE_RANGES:
                if key in params.price:
                    mask |= (columns["price"] >= low) & (columns["price"] < high)
            self.masks["price"] = mask
        if params.women:
            self.masks["women"] = columns["women"] == 1
        if params.in_stock:
            self.masks["in_stock"] = columns["in_stock"] == 1
        self.size = len(columns["price"])

    def all_but(self, facet: str | None) -> np.ndarray:
        mask = np.ones(self.size, dtype=bool)
        for name, other in self.masks.items():
            if name != facet:
                mask &= other
        return mask


def _counts(values: np.ndarray) -> dict[int, int]:
    keys, counts = np.unique(values, return_counts=True)
    return dict(zip(keys.tolist(), counts.tolist(), strict=True))


def _facets(columns: dict[str, np.ndarray], filters: _Filters, params: SearchParams, lang: str):
    facets: dict[str, list[FacetValue]] = {}

    counts = _counts(columns["top_category"][filters.all_but("category")])
    facets["category"] = [
        FacetValue(ref.slug, localized(ref, "name", lang), counts.get(ref.id, 0), ref.slug in params.category)
        for ref in category_refs()
        if ref.parent_id is None and (counts.get(ref.id) or ref.slug in params.category)
    ]
    facets["category"].sort(key=lambda value: -value.count)
    counts = _counts(columns["region"][filters.all_but("region")])
    facets["region"] = [
        FacetValue(slug, localized(region, "name", lang), counts.get(region.id, 0), slug in params.region)
        for slug, region in (_Reference.regions or {}).items()
        if counts.get(region.id) or slug in params.region
    ]
    facets["region"].sort(key=lambda value: -value.count)
    counts = _counts(columns["coop"][filters.all_but("coop")])
    chosen = filters.selected_ids.get("coop", set())
    top = sorted(counts, key=lambda cid: -counts[cid])[:10]
    wanted = list(dict.fromkeys([*chosen, *top]))
    coops = {c.id: c for c in db.session.scalars(select(Cooperative).where(Cooperative.id.in_(wanted)))}
    facets["coop"] = [
        FacetValue(coops[cid].slug, localized(coops[cid], "name", lang), counts.get(cid, 0), cid in chosen)
        for cid in wanted
        if cid in coops
    ]
    label_values = columns["labels"][filters.all_but("label")]
    facets["label"] = [
        FacetValue(code, localized(t, "name", lang), int(((label_values >> t.id) & 1).sum()), code in params.label)
        for code, t in (_Reference.labels or {}).items()
    ]
    facets["label"] = [f for f in facets["label"] if f.count or f.selected]
    prices = columns["price"][filters.all_but("price")]
    facets["price"] = [
        FacetValue(key, _price_label(low, high), int(((prices >= low) & (prices < high)).sum()), key in params.price)
        for key, low, high in PRICE_RANGES
    ]
    facets["price"] = [f for f in facets["price"] if f.count or f.selected]
    facets["women"] = [FacetValue("1", "", int(columns["women"][filters.all_but("women")].sum()), params.women)]
    in_stock = int(columns["in_stock"][filters.all_but("in_stock")].sum())
    facets["in_stock"] = [FacetValue("1", "", in_stock, params.in_stock)]
    return facets


def _price_label(low: int, high: int) -> str:
    from market.core.i18n import format_money

    if high >= 2**61:
        return f"≥ {format_money(low)}"
    return f"{format_money(low)} – {format_money(high)}"


# ----------------------------------------------------------------------------------------- search


def search(params: SearchParams, lang: str, facets: bool = True) -> SearchResult:
    """`facets=False` for callers that show none (the API's list): the counts are a good part of the work."""
    index = get_index()
    try:
        searcher = index.searcher()
        table = index.table()
    except IndexUnavailable:
        index.rebuild_in_background()
        return _database_search(params)
    _Reference.load()
    parsed = parse(params.q)
    result = SearchResult(params)
    scores = counts = None
    if parsed.empty:
        matched = table.live
    else:
        matched, scores, counts, terms = match(searcher, table, parsed)
        result.terms = frozenset(terms)
    columns = {name: values[matched] for name, values in table.columns.items()}
    filters = _Filters(columns, params)
    result.facets = _facets(columns, filters, params, lang) if facets else {}
    final = filters.all_but(None)
    candidates = matched[final]
    result.total = int(len(candidates))
    start = (params.page - 1) * params.per_page
    if start >= result.total:
        ids: list[int] = []
    elif params.sort == "relevance" and scores is not None:
        # Every word matched first, then by score; the product id breaks ties so pages are stable.
        products = table.columns["product"][candidates]
        order = np.lexsort((products, -scores[final], -counts[final]))
        ids = products[order[start : start + params.per_page]].tolist()
    else:
        ids = _sorted_page(table, candidates, params.sort, start, params.per_page)
    result.products = _load(ids)
    if result.total < FEW_RESULTS and parsed.words:
        result.suggestion = did_you_mean(searcher, parsed, lang)
    return result


def _sorted_page(table, candidates: np.ndarray, sort: str, start: int, size: int) -> list[int]:
    products = table.columns["product"][candidates]
    if sort == "price_asc":
        order = np.lexsort((products, table.columns["price"][candidates]))
    elif sort == "price_desc":
        order = np.lexsort((-products, -table.columns["price"][candidates]))
    else:  # newest (also "relevance" without words)
        order = np.lexsort((-products, -table.columns["created"][candidates]))
    return products[order[start : start + size]].tolist()


def _load(ids: list[int]) -> list[Product]:
    """The products in this order, re-checked as public (one query)."""
    if not ids:
        return []
    query = (
        select(Product)
        .where(Product.id.in_(ids), Product.is_published, Product.blocked_reason.is_(None))
        .where(Product.cooperative_id.in_(approved_ids()))  # by primary key on SQLite too (see documents)
        .options(selectinload(Product.cooperative), selectinload(Product.variants))
    )
    rows = {p.id: p for p in db.session.scalars(query)}
    return [rows[i] for i in ids if i in rows]


def _database_search(params: SearchParams) -> SearchResult:
    page = search_products(params.q, page=params.page, per_page=params.per_page) if params.q else None
    result = SearchResult(params, fallback=True)
    if page is not None:
        result.total, result.products = page.total, list(page.items)
    return result


def matching_variant(product: Product, text: str, words: set[str]):
    """The variant the query names, by SKU or by all the words of its label (\"500 ml\"), if any."""
    folded = analysis.fold(text)
    for variant in product.variants:
        if variant.sku and analysis.fold(variant.sku) in folded.split():
            return variant
    for variant in product.variants:
        label = set(analysis.tokens(variant.label))
        if label and label <= words:
            return variant
    return None


# ----------------------------------------------------------------------------------------- highlighting


def highlight(text: str | None, terms: frozenset[str], limit: int | None = None) -> Markup:
    """`text` escaped, with the words matching the query's stems in <mark>; cut to about `limit`
    characters around the first match."""
    text = text or ""
    spans = []
    if terms:
        for token in analysis.text_analyzer()(text, chars=True, positions=False):
            if token.text in terms:
                spans.append((token.startchar, token.endchar))
    begin, end = 0, len(text)
    if limit and len(text) > limit:
        first = spans[0][0] if spans else 0
        begin = max(0, min(first - limit // 3, len(text) - limit))
        end = begin + limit
    out, cursor = [], begin
    for start, stop in spans:
        if start < begin or stop > end:
            continue
        out.append(escape(text[cursor:start]))
        out.append(Markup("<mark>%s</mark>") % text[start:stop])
        cursor = stop
    out.append(escape(text[cursor:end]))
    if begin > 0:
        out.insert(0, escape("…"))
    if end < len(text):
        out.append(escape("…"))
    return escape("").join(out)


# ----------------------------------------------------------------------------------------- suggestions


class _Cooperatives:
    """Approved cooperatives' names for completions, re-read at most once a minute per process."""

    rows: list[tuple[list[str], Cooperative]] = []
    loaded_at = -1e9
    lock = threading.Lock()

    @classmethod
    def get(cls) -> list[tuple[list[str], Cooperative]]:
        now = time.monotonic()
        if now - cls.loaded_at > 60:
            coops = db.session.scalars(select(Cooperative).where(Cooperative.status == "approved")).all()
            for coop in coops:
                db.session.expunge(coop)
            rows = [(_name_words(coop), coop) for coop in coops]
            with cls.lock:
                cls.rows, cls.loaded_at = rows, now
        return cls.rows


def forget_cooperatives() -> None:
    """A cooperative changed in this process: re-read the names on the next completion."""
    _Cooperatives.loaded_at = -1e9


def clear_caches() -> None:
    forget_cooperatives()
    with _fuzzy_lock:
        _fuzzy_cache.clear()


def _name_words(obj, languages=LANGUAGES) -> list[str]:
    words: list[str] = []
    for lang in languages:
        words += analysis.tokens(getattr(obj, f"name_{lang}", None) or "")
    return words


def _category_languages(lang: str) -> tuple[str, ...]:
    """Category names are common words: their Tamazight ones, folded to Latin (ⵜⵉⴼⵓⵍⴽⵉ "beauty" is
    `tifoulki`), would answer what a French or English visitor types (`tif` for a cooperative's name).
    They count for Tamazight visitors only; cooperatives' names, proper nouns, count in every language."""
    return tuple(code for code in LANGUAGES if code != "zgh" or lang == "zgh")


def _matches(query_words: list[str], words: list[str]) -> bool:
    return all(any(w.startswith(q) for w in words) for q in query_words)


def suggest(text: str, lang: str, limit: int = 8) -> list[dict]:
    words = analysis.tokens(text[:100])[:6]
    if not words or len("".join(words)) < 2:
        return []
    out: list[dict] = []
    for ref in category_refs():
        if ref.parent_id is None and _matches(words, _name_words(ref, _category_languages(lang))):
            out.append({"kind": "category", "label": localized(ref, "name", lang),
                        "url": url_for("catalog.category", slug=ref.slug)})  # fmt: skip
    out = out[:2]
    coops = [coop for names, coop in _Cooperatives.get() if _matches(words, names)][:2]
    for coop in coops:
        url = url_for("catalog.storefront", slug=coop.slug)
        out.append({"kind": "cooperative", "label": localized(coop, "name", lang), "url": url})
    out += _product_completions(words, lang, limit - len(out))
    return out[:limit]


def _shown_label(shown: dict, lang: str) -> str:
    return next((shown[code] for code in FALLBACKS.get(lang, LANGUAGES) if shown.get(code)), "")


def _product_completions(words: list[str], lang: str, limit: int) -> list[dict]:
    if limit <= 0 or len(words[-1]) < 2 and len(words) == 1:
        return []
    try:
        searcher = get_index().searcher()
    except IndexUnavailable:
        return []
    index = get_index()
    table = index.table()
    scorer = engine.Scorer(searcher)
    reader = searcher.reader()
    # The last word is a prefix of stems in product names (a whole word typed is cut to its stem first:
    # "huile" -> "huil"); its most frequent completions, through cached postings.
    last = words[-1]
    prefix = analysis.stem(last) if len(last) >= 4 else last
    completions = list(reader.expand_prefix("name", prefix))
    completions = [w.decode() if isinstance(w, bytes) else w for w in completions]
    if len(completions) > MAX_COMPLETIONS:
        completions = sorted(completions, key=lambda w: -reader.doc_frequency("name", w))[:MAX_COMPLETIONS]
    docs = np.unique(np.concatenate([scorer.postings("name", w)[0] for w in completions] or [np.zeros(0, np.int64)]))
    for word in words[:-1]:  # the words before it are whole words
        docs = np.intersect1d(docs, scorer.postings("name", analysis.stem(word))[0])
    docs = docs[table.live_mask[docs]]
    # Featured products first, then the newest.
    order = np.lexsort((-table.columns["created"][docs], -table.columns["featured"][docs]))
    picked = docs[order[: limit * 6]]
    seen: set[str] = set()
    out: list[dict] = []
    typed = " ".join(words)
    hits = [(int(d), searcher.stored_fields(int(d))) for d in picked]
    # Names that begin with what was typed first ("huile…" before "savon à l'huile…").
    hits.sort(key=lambda hit: not " ".join(analysis.tokens(_shown_label(hit[1]["shown"], lang))).startswith(typed))
    for _docnum, fields in hits:
        shown = fields["shown"]
        label = _shown_label(shown, lang)
        if not label or label in seen:
            continue
        seen.add(label)
        out.append({"kind": "product", "label": label,
                    "url": url_for("catalog.product", product_id=int(fields["pid"]), slug=shown["slug"])})  # fmt: skip
        if len(out) >= limit:
            break
    return out
