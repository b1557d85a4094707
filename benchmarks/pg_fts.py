"""Option (a) of issue 12, prototyped to be measured: product search in PostgreSQL full-text search.

- Our own analysis chain (market/search/analysis.py) does the linguistics; PostgreSQL only stores its
  output. Each public product has a row in `search_documents_pg` whose `tsv` is a tsvector literal built
  from our stems (no PostgreSQL parser or snowball config touches the text, so Arabic folding, clitics and
  broken plurals are exactly the Whoosh index's): weight A = product names and SKUs, B = its cooperative's
  names, city and region, category and verified labels' names, C = descriptions, unit and variant labels.
- Typos: a vocabulary table of every A/B stem with a pg_trgm GIN index; candidates by trigram similarity,
  kept when within the same edit distance as the Whoosh path (services._within).
- Ranking: ts_rank with weights in the Whoosh field boosts' ratio (name 3, place 1.5, body 0.5), typo
  alternatives at the same 0.4 factor; products matching every word first; phrases (`<->`) required.
- Facets: one SQL statement, a MATERIALIZED CTE of the matches and one GROUP BY per facet (each without its
  own filter), plus the ranked page; the page's products are then loaded by services._load as for Whoosh.
- Freshness: `refresh(connection, ids)` rewrites the documents inside the transaction that changed the
  products (a before_commit listener in the benchmark), so they are visible the moment it commits.

Not prototyped: "did you mean" and completions (the benchmark measures neither for this backend).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sqlalchemy import text

from market.catalog.models import LabelType
from market.catalog.services import category_refs
from market.core.i18n import localized
from market.core.models import Region
from market.extensions import db
from market.search import analysis, services
from market.search.documents import PRICE_RANGES, Reference, documents, load_products

WEIGHTS = "{0.05, 0.17, 0.5, 1.0}"  # D, C (body), B (places), A (name): 0.5 : 1.5 : 3 as the Whoosh boosts
COLUMNS = ("category", "top_category", "region", "coop", "labels", "women", "in_stock", "price", "created", "featured")
DDL = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "DROP TABLE IF EXISTS search_documents_pg",
    "DROP TABLE IF EXISTS search_words_pg",
    "CREATE TABLE search_documents_pg (product_id integer PRIMARY KEY, tsv tsvector NOT NULL, category integer,"
    " top_category integer, region integer, coop integer, labels bigint, women smallint, in_stock smallint,"
    " price bigint, created bigint, featured smallint)",
    "CREATE TABLE search_words_pg (word text PRIMARY KEY)",
]
INDEXES = [
    "CREATE INDEX ix_search_documents_pg_tsv ON search_documents_pg USING gin (tsv)",
    "CREATE INDEX ix_search_words_pg_trgm ON search_words_pg USING gin (word gin_trgm_ops)",
    "ANALYZE search_documents_pg",
    "ANALYZE search_words_pg",
]


def _stems(value: str | None) -> list[str]:
    return [t.text for t in analysis.text_analyzer()(value or "")] if value else []


def _lexeme(stem: str) -> str:
    return "'" + stem.replace("\\", "\\\\").replace("'", "''") + "'"


class Places:
    """Each cooperative's, category's and label type's stems, read once per rebuild."""

    def __init__(self, session):
        regions = {r.id: r for r in session.scalars(db.select(Region))}
        rows = session.execute(text("SELECT id, name_ar, name_fr, name_en, city, city_ar, region_id FROM cooperatives"))
        self.coops = {}
        for coop_id, *names, region_id in rows:
            region = regions.get(region_id)
            extra = (region.name_ar, region.name_fr, region.name_en) if region else ()
            self.coops[coop_id] = [s for n in (*names, *extra) for s in _stems(n)]
        self.categories = {c.id: [s for lang in ["ar", "fr", "en"] for s in _stems(getattr(c, f"name_{lang}"))]
                           for c in category_refs()}  # fmt: skip
        self.labels = {t.id: [s for n in (t.code, t.name_ar, t.name_fr, t.name_en) for s in _stems(n)]
                       for t in session.scalars(db.select(LabelType))}  # fmt: skip


def tsvector_literal(doc: dict, places: Places) -> tuple[str, set[str]]:
    """(the document's tsvector literal, the A and B stems for the typo vocabulary)."""
    positions: dict[str, list[str]] = {}
    vocabulary: set[str] = set()

    def add(stems: Iterable[str], weight: str, start: int) -> None:
        for offset, stem in enumerate(stems):
            if len(positions.setdefault(stem, [])) < 256:  # PostgreSQL keeps at most 256 positions a lexeme
                positions[stem].append(f"{min(start + offset, 16383)}{weight}")
            if weight in "AB":
                vocabulary.add(stem)

    add([*_stems(doc["name"]), *doc["sku"].lower().split()], "A", 1)
    place = list(places.coops.get(doc["coop"], []))
    place += places.categories.get(doc["category"], []) + places.categories.get(doc["top_category"], [])
    for label_id, stems in places.labels.items():
        if doc["labels"] >> label_id & 1:
            place += stems
    add(place, "B", 2000)
    add(_stems(doc["body"]), "C", 4000)
    return " ".join(f"{_lexeme(s)}:{','.join(p)}" for s, p in positions.items()), vocabulary


def rows(session, products, ref: Reference, places: Places, vocabulary: set[str]) -> Iterator[tuple]:
    for doc in documents(session, products, ref):
        tsv, words = tsvector_literal(doc, places)
        vocabulary |= words
        yield (int(doc["pid"]), tsv, *(doc[c] for c in COLUMNS))


def rebuild(batch: int = 1000) -> int:
    """Every public product, analysed in Python and COPYed in; indexes built after the load."""
    engine = db.engine
    with engine.begin() as conn:
        for statement in DDL:
            conn.execute(text(statement))
    raw = engine.raw_connection()
    count = 0
    try:
        with db.session.no_autoflush:
            session = db.session
            ref, places, vocabulary = Reference.load(session), Places(session), set()
            with raw.driver_connection.cursor() as cur:
                columns = ", ".join(("product_id", "tsv", *COLUMNS))
                with cur.copy(f"COPY search_documents_pg ({columns}) FROM STDIN") as copy:  # noqa: S608
                    chunk = []
                    for product in load_products(session, None, batch=batch):
                        chunk.append(product)
                        if len(chunk) >= batch:
                            for row in rows(session, chunk, ref, places, vocabulary):
                                copy.write_row(row)
                                count += 1
                            chunk = []
                            session.expunge_all()
                    for row in rows(session, chunk, ref, places, vocabulary):
                        copy.write_row(row)
                        count += 1
                with cur.copy("COPY search_words_pg (word) FROM STDIN") as copy:
                    for word in sorted(vocabulary):
                        copy.write_row((word,))
        raw.driver_connection.commit()
    finally:
        raw.close()
    with engine.begin() as conn:
        for statement in INDEXES:
            conn.execute(text(statement))
    return count


def refresh(connection, session, product_ids: set[int]) -> None:
    """Rewrite these products' documents on `connection`, inside the caller's transaction."""
    ids = sorted(product_ids)
    connection.execute(text("DELETE FROM search_documents_pg WHERE product_id = ANY(:ids)"), {"ids": ids})
    ref, places, vocabulary = Reference.load(session), Places(session), set()
    found = list(rows(session, load_products(session, ids), ref, places, vocabulary))
    if found:
        names = ("product_id", "tsv", *COLUMNS)
        values = ", ".join(f":{n}" if n != "tsv" else "CAST(:tsv AS tsvector)" for n in names)
        connection.execute(text(f"INSERT INTO search_documents_pg ({', '.join(names)}) VALUES ({values})"),  # noqa: S608
                           [dict(zip(names, row, strict=True)) for row in found])  # fmt: skip
    if vocabulary:
        connection.execute(text("INSERT INTO search_words_pg (word) VALUES (:w) ON CONFLICT DO NOTHING"),
                           [{"w": w} for w in vocabulary])  # fmt: skip


# ----------------------------------------------------------------------------------------- querying

_SAFE = re.compile(r"^[^\s'\\:&|!()<>*]+$")


def _q(stem: str) -> str:
    return _lexeme(stem) if _SAFE.match(stem) else _lexeme(re.sub(r"[\s'\\:&|!()<>*]", "", stem) or "_")


def _near(conn, stem: str, word: str) -> list[str]:
    if len(word) < 4 or word.isdigit() or conn.execute(text("SELECT 1 FROM search_words_pg WHERE word = :s"),
                                                       {"s": stem}).first():  # fmt: skip
        return []
    distance = 2 if len(word) >= 8 else 1
    rows = conn.execute(text("SELECT word FROM search_words_pg WHERE word % :s ORDER BY word <-> :s LIMIT 40"),
                        {"s": stem}).scalars()  # fmt: skip
    return [w for w in rows if services._within(stem, w, distance)][: services.FUZZY_LIMIT]


def _conditions(params: services.SearchParams, conn) -> dict[str, str]:
    out: dict[str, str] = {}
    refs = {ref.slug: ref for ref in category_refs()}
    if params.category:
        ids = ",".join(str(refs[s].id) for s in params.category if s in refs) or "-1"
        out["category"] = f"(top_category IN ({ids}) OR category IN ({ids}))"
    if params.region:
        ids = ",".join(str(r.id) for slug, r in (services._Reference.regions or {}).items() if slug in params.region)
        out["region"] = f"region IN ({ids or '-1'})"
    if params.coop:
        found = conn.execute(text("SELECT id FROM cooperatives WHERE slug = ANY(:s)"), {"s": list(params.coop)})
        out["coop"] = f"coop IN ({','.join(str(i) for i in found.scalars()) or '-1'})"
    if params.label:
        bits = 0
        for code in params.label:
            if (label_type := (services._Reference.labels or {}).get(code)) is not None:
                bits |= 1 << label_type.id
        out["label"] = f"(labels & {bits}) <> 0"
    if params.price:
        ranges = [f"(price >= {low} AND price < {high})" for key, low, high in PRICE_RANGES if key in params.price]
        out["price"] = "(" + " OR ".join(ranges) + ")"
    if params.women:
        out["women"] = "women = 1"
    if params.in_stock:
        out["in_stock"] = "in_stock = 1"
    return out


def _where(conditions: dict[str, str], but: str | None = None) -> str:
    return " AND ".join([c for name, c in conditions.items() if name != but] or ["true"])


def search(params: services.SearchParams, lang: str) -> services.SearchResult:
    """services.search's contract (the API and the page use it unchanged), answered by PostgreSQL."""
    services._Reference.load()
    parsed = services.parse(params.q)
    result = services.SearchResult(params)
    conn = db.session.connection()
    conn.execute(text("SET LOCAL pg_trgm.similarity_threshold = 0.2"))
    words = [*parsed.words, *[w for p in parsed.phrases for w in p if w not in analysis.STOP_WORDS]]
    exact, fuzzy, per_word, terms = [], [], [], set()
    for word in words:
        stem = analysis.stem(word)
        terms.add(stem)
        near = _near(conn, stem, word)
        terms.update(near)
        exact.append(_q(stem))
        fuzzy += [_q(n) for n in near]
        per_word.append(" | ".join([_q(stem), *(_q(n) for n in near)]))
    codes = [_q(c) for c in parsed.codes]
    phrases = [" <-> ".join(_q(s) for s in services._phrase_stems(p)) for p in parsed.phrases]
    binds: dict[str, str] = {}
    match = ["true"]
    if per_word or codes:
        binds["anyq"] = " | ".join(f"({w})" for w in [*per_word, *codes])
        match = ["tsv @@ CAST(:anyq AS tsquery)"]
    for i, phrase in enumerate(phrases):
        binds[f"ph{i}"] = phrase
        match.append(f"tsv @@ CAST(:ph{i} AS tsquery)")
    matched_words = " + ".join(f"(tsv @@ CAST(:w{i} AS tsquery))::int" for i in range(len(per_word))) or "0"
    binds |= {f"w{i}": w for i, w in enumerate(per_word)}
    rank = "0"
    if exact or codes:
        binds["exact"] = " | ".join([*exact, *codes])
        rank = f"ts_rank('{WEIGHTS}', tsv, CAST(:exact AS tsquery))"
        if fuzzy:
            binds["fuzzy"] = " | ".join(fuzzy)
            rank += f" + {services.FUZZY_BOOST} * ts_rank('{WEIGHTS}', tsv, CAST(:fuzzy AS tsquery))"
    order = {"price_asc": "price, product_id", "price_desc": "price DESC, product_id DESC",
             "newest": "created DESC, product_id DESC"}.get(params.sort, "wm DESC, r DESC, product_id")  # fmt: skip
    if params.sort == "relevance" and not per_word and not codes:
        order = "created DESC, product_id DESC"
    cond = _conditions(params, conn)
    price_case = " ".join(f"WHEN price >= {low} AND price < {high} THEN {i}" for i, (_k, low, high)
                          in enumerate(PRICE_RANGES))  # fmt: skip
    label_ids = ",".join(str(t.id) for t in (services._Reference.labels or {}).values()) or "0"
    start = (params.page - 1) * params.per_page
    sql = f"""
    WITH m AS MATERIALIZED (
        SELECT product_id, {", ".join(COLUMNS)}, {matched_words} AS wm, {rank} AS r
        FROM search_documents_pg WHERE {" AND ".join(match)})
    SELECT 'category', top_category, count(*) FROM m WHERE {_where(cond, "category")} GROUP BY 2
    UNION ALL SELECT 'region', region, count(*) FROM m WHERE {_where(cond, "region")} GROUP BY 2
    UNION ALL SELECT 'coop', coop, count(*) FROM m WHERE {_where(cond, "coop")} GROUP BY 2
    UNION ALL SELECT 'label', lt, count(*) FROM m, unnest(ARRAY[{label_ids}]) lt
        WHERE (labels >> lt) & 1 = 1 AND {_where(cond, "label")} GROUP BY 2
    UNION ALL SELECT 'price', CASE {price_case} END, count(*) FROM m WHERE {_where(cond, "price")} GROUP BY 2
    UNION ALL SELECT 'women', 1, count(*) FROM m WHERE women = 1 AND {_where(cond, "women")}
    UNION ALL SELECT 'in_stock', 1, count(*) FROM m WHERE in_stock = 1 AND {_where(cond, "in_stock")}
    UNION ALL SELECT 'total', 0, count(*) FROM m WHERE {_where(cond)}
    UNION ALL SELECT 'page', product_id, n FROM (SELECT product_id, row_number() OVER (ORDER BY {order}) AS n
        FROM m WHERE {_where(cond)} ORDER BY {order} LIMIT {params.per_page} OFFSET {start}) AS page
    """  # noqa: S608 - every interpolated piece is built above from integers and fixed text
    counts: dict[str, dict[int, int]] = {}
    page: list[tuple[int, int]] = []
    for facet, value, count in conn.execute(text(sql), binds):
        if facet == "page":
            page.append((count, value))
        else:
            counts.setdefault(facet, {})[value] = count
    result.total = counts.get("total", {}).get(0, 0)
    result.terms = frozenset(terms)
    result.products = services._load([pid for _n, pid in sorted(page)])
    result.facets = _facets(counts, params, lang)
    return result


def _facets(counts: dict[str, dict[int, int]], params, lang: str) -> dict:
    value = services.FacetValue
    facets: dict[str, list] = {}
    cats = counts.get("category", {})
    facets["category"] = sorted((value(r.slug, localized(r, "name", lang), cats.get(r.id, 0), r.slug in params.category)
                                 for r in category_refs() if r.parent_id is None and cats.get(r.id)),
                                key=lambda f: -f.count)  # fmt: skip
    regions = counts.get("region", {})
    facets["region"] = sorted((value(s, localized(r, "name", lang), regions.get(r.id, 0), s in params.region)
                               for s, r in (services._Reference.regions or {}).items() if regions.get(r.id)),
                              key=lambda f: -f.count)  # fmt: skip
    coops = counts.get("coop", {})
    top = sorted(coops, key=lambda c: -coops[c])[:10]
    names = dict(db.session.execute(text("SELECT id, slug FROM cooperatives WHERE id = ANY(:i)"), {"i": top}).all())
    facets["coop"] = [value(names[c], names[c], coops[c], names[c] in params.coop) for c in top if c in names]
    labels = counts.get("label", {})
    facets["label"] = [value(code, localized(t, "name", lang), labels.get(t.id, 0), code in params.label)
                       for code, t in (services._Reference.labels or {}).items() if labels.get(t.id)]  # fmt: skip
    prices = counts.get("price", {})
    facets["price"] = [value(key, key, prices.get(i, 0), key in params.price)
                       for i, (key, _low, _high) in enumerate(PRICE_RANGES) if prices.get(i)]  # fmt: skip
    facets["women"] = [value("1", "", counts.get("women", {}).get(1, 0), params.women)]
    facets["in_stock"] = [value("1", "", counts.get("in_stock", {}).get(1, 0), params.in_stock)]
    return facets
