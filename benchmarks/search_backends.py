"""Search on several hosts: (a) PostgreSQL full-text search (benchmarks/pg_fts.py) against (b) Whoosh on each
host kept current from the search outbox (market/search/outbox.py), both over one PostgreSQL database.

Method
------
1. Catalogue: benchmarks/search.py's seeded multilingual generator (N products, N/50 cooperatives, labels,
   variants, a few unpublished or blocked products and unapproved cooperatives) into a fresh PostgreSQL
   database, once (``--reuse`` keeps it between runs).
2. Rebuild: (b) ``get_index(app).rebuild(procs=2)`` as ``flask search rebuild`` does, timed; host B's index
   is a copy of host A's (directory and outbox mark), as a new host would be seeded. (a) ``pg_fts.rebuild()``:
   our analyzer in Python, COPY, then the GIN indexes (tsvector and trigram), timed.
3. Latency: benchmarks/search.py's 30 queries (10 per language, a typo, a phrase and a city each), each
   without and with its facet filters, through the whole search call as the /search page makes it (parse,
   typo expansion, match, rank, 7 facets, the page of 24 loaded from the database): (b) services.search,
   (a) pg_fts.search (the same contract). One warm-up pass, then ``--repeat`` passes, alternating backends
   query by query.
4. Freshness: a thread stands for host B's traffic, searching (on B's app, B's index) every 20 ms for a
   new word; the main thread, host A, renames a product through the ORM and commits. Freshness = from the
   start of A's commit until B's first search that finds the product (``--rounds`` products). (b) goes
   through the outbox; (a) rewrites the document inside A's transaction (a before_commit listener).
5. Recall: the relevance set of tests/search (tests/search/relevance_queries.py over the demo catalogue,
   in a second database), through /api/v1/search with the test's own measure (mean recall@10), once per
   backend.

Usage: ``.venv/bin/python benchmarks/search_backends.py [--products 100000] [--repeat 3] [--rounds 10]
[--database-url postgresql://postgres@127.0.0.1:5432/souk_backends] [--reuse]``. Writes
benchmarks/results/search-backends.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from statistics import mean
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402
from sqlalchemy import event, func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402
from werkzeug.datastructures import MultiDict  # noqa: E402

from benchmarks import pg_fts  # noqa: E402
from benchmarks.pages import database_exists, recreate_database, table_counts  # noqa: E402
from benchmarks.search import QUERIES, code_version, load_catalogue, stats  # noqa: E402
from market import create_app  # noqa: E402
from market.catalog.models import Product  # noqa: E402
from market.extensions import db  # noqa: E402
from market.search import places as search_places  # noqa: E402
from market.search import services, sync  # noqa: E402
from market.search.index import get_index  # noqa: E402

RESULTS_DIR = ROOT / "benchmarks" / "results"
DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/souk_backends"
BACKENDS = ("whoosh_outbox", "postgres_fts")


def make_app(url: str, workdir: Path, host: str):
    os.environ["INSTANCE_PATH"] = str(workdir / "instance")
    return create_app({
        "DATABASE_URL": url, "SEARCH_INDEX_DIR": str(workdir / host / "index"), "SECRET_KEY": "bench",
        "UPLOAD_DIR": str(workdir / "uploads"), "PRIVATE_DIR": str(workdir / "private"),
        "RATELIMIT_ENABLED": False, "FRAGMENT_TTL": 0, "TESTING": False, "LOG_EMAILS": False,
    })  # fmt: skip


def timed(call) -> tuple[float, Any]:
    started = time.perf_counter()
    value = call()
    return (time.perf_counter() - started) * 1000, value


def run_search(app, backend: str, q: str, filters: dict, lang: str):
    with app.test_request_context("/search"):
        params = services.SearchParams.from_args(MultiDict([("q", q), *filters.items()]))
        call = services.search if backend == "whoosh_outbox" else pg_fts.search
        ms, result = timed(lambda: call(params, lang))
        if result.fallback:
            raise SystemExit("whoosh fell back to the database: no index")
        db.session.remove()
    return ms, result.total


def measure_latency(app, repeat: int) -> dict[str, Any]:
    samples: dict[str, dict[bool, list[float]]] = {b: {False: [], True: []} for b in BACKENDS}
    totals: dict[str, list[int]] = {b: [] for b in BACKENDS}
    for round_no in range(repeat + 1):
        started = time.perf_counter()
        for query in QUERIES:
            for filtered in (False, True):
                for backend in BACKENDS:
                    ms, total = run_search(app, backend, query.text, query.filters if filtered else {}, query.lang)
                    if round_no:
                        samples[backend][filtered].append(ms)
                    elif not filtered:
                        totals[backend].append(total)
        print(f"  latency pass {round_no}/{repeat} in {time.perf_counter() - started:.1f} s", flush=True)
    out = {}
    for backend in BACKENDS:
        both = samples[backend][False] + samples[backend][True]
        out[backend] = {"all": stats(both), "no_filters": stats(samples[backend][False]),
                        "with_filters": stats(samples[backend][True]),
                        "matches_unfiltered": totals[backend]}  # fmt: skip
    return out


def measure_freshness(app_a, app_b, backend: str, rounds: int) -> dict[str, Any]:
    """Seconds from the start of host A's commit until host B's search finds the renamed product."""
    with app_a.app_context():
        ids = list(db.session.scalars(select(Product.id).where(Product.is_published).order_by(Product.id).limit(500)))
        db.session.remove()
    seen: dict[str, float] = {}
    stop = threading.Event()
    wanted: list[str] = []

    def host_b_traffic():
        while not stop.is_set():
            if wanted and wanted[-1] not in seen:
                word = wanted[-1]
                _ms, total = run_search(app_b, backend, word, {}, "fr")
                if total:
                    seen[word] = time.perf_counter()
            time.sleep(0.02)

    listener = None
    if backend == "postgres_fts":

        def collect(session, _context):
            touched = session.info.setdefault("pg_fts", set())
            touched.update(o.id for o in (*session.dirty, *session.new) if isinstance(o, Product))

        def listener(session):  # after sync's flush: the document is rewritten inside the change's transaction
            touched = session.info.pop("pg_fts", set())
            if touched:
                pg_fts.refresh(session.connection(), session, touched)

        event.listen(Session, "after_flush", collect)
        event.listen(Session, "before_commit", listener)
        event.remove(Session, "after_commit", sync._after_commit)  # (a) alone: no Whoosh drain on commit
    thread = threading.Thread(target=host_b_traffic, daemon=True)
    thread.start()
    times, commits = [], []
    try:
        for k in range(rounds):
            word = f"fraicheur{backend[:3]}{k}q{int(time.time()) % 100000}"
            with app_a.app_context():
                product = db.session.get(Product, ids[k * 37 % len(ids)])
                product.name_fr = f"{product.name_fr.split(' fraicheur')[0]} {word}"
                wanted.append(word)
                started = time.perf_counter()
                db.session.commit()
                commits.append((time.perf_counter() - started) * 1000)
                db.session.remove()
            deadline = time.perf_counter() + 10
            while word not in seen and time.perf_counter() < deadline:
                time.sleep(0.005)
            times.append((seen.get(word, float("inf")) - started) * 1000)
            time.sleep(0.3)
    finally:
        stop.set()
        thread.join()
        if listener is not None:
            event.remove(Session, "before_commit", listener)
            event.remove(Session, "after_flush", collect)
            event.listen(Session, "after_commit", sync._after_commit)
    return {
        "visible_on_b": stats(times),
        "commit_on_a": stats(commits),
        "missed": sum(t == float("inf") for t in times),
    }


def measure_recall(url: str, workdir: Path) -> dict[str, Any]:
    """The relevance test's own measure, over the demo catalogue, for both backends."""
    from market.demo.loader import load_demo
    from tests.search.relevance_queries import CASES
    from tests.search.test_relevance import K, catalogue_items, first_page

    recreate_database(url)
    search_places.clear()  # per-process caches keyed by index generation: another database's otherwise
    services.clear_caches()
    app = make_app(url, workdir / "demo", "a")
    app.config["WTF_CSRF_ENABLED"] = False
    out = {}
    with app.app_context():
        upgrade()
        load_demo(echo=lambda *_: None)
        get_index(app).rebuild()
        pg_fts.rebuild()
        items = catalogue_items()
        client = app.test_client()
        original = services.search
        for backend in BACKENDS:
            services.search = original if backend == "whoosh_outbox" else pg_fts.search
            try:
                recalls = {"ar": [], "fr": [], "en": []}
                for case in CASES:
                    relevant = {ref for ref, item in items.items() if case.relevant(item)}
                    top = [(r["cooperative"]["slug"], r["sku"]) for r in first_page(client, case)]
                    recalls[case.lang].append(len(relevant & set(top[:K])) / min(K, len(relevant)))
            finally:
                services.search = original
            every = [r for values in recalls.values() for r in values]
            out[backend] = {"mean": round(mean(every), 3), **{lang: round(mean(v), 3) for lang, v in recalls.items()},
                            "queries": len(every)}  # fmt: skip
        db.session.remove()
        db.engine.dispose()
    return out


def prepare(args, workdir: Path) -> dict[str, Any]:
    counts = table_counts(args.database_url) if args.reuse and database_exists(args.database_url) else None
    app = make_app(args.database_url, workdir, "a")
    if counts and counts[1] == args.products:
        print(f"reusing {args.database_url}: {counts[1]} products", flush=True)
        with app.app_context():
            upgrade()
            db.engine.dispose()
        return {"products": counts[1], "coops": counts[0], "reused": True}
    recreate_database(args.database_url)
    print(f"loading {args.products} products into {args.database_url}...", flush=True)
    catalogue = load_catalogue(app, args.products, args.seed)
    with app.app_context():
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")  # a bulk load leaves no planner statistics
        db.engine.dispose()
    return catalogue


def run(args, workdir: Path) -> dict[str, Any]:
    code = code_version()
    catalogue = prepare(args, workdir)
    app_a = make_app(args.database_url, workdir, "a")
    rebuild: dict[str, Any] = {}
    with app_a.app_context():
        ms, docs = timed(lambda: get_index(app_a).rebuild(procs=2))
        rebuild["whoosh_outbox"] = {"docs": docs, "seconds": round(ms / 1000, 1), "docs_per_s": round(docs / ms * 1000)}
        print(f"  whoosh rebuild: {rebuild['whoosh_outbox']}", flush=True)
        ms, docs = timed(pg_fts.rebuild)
        rebuild["postgres_fts"] = {"docs": docs, "seconds": round(ms / 1000, 1), "docs_per_s": round(docs / ms * 1000)}
        print(f"  postgres rebuild: {rebuild['postgres_fts']}", flush=True)
        size = db.session.execute(select(func.pg_total_relation_size("search_documents_pg"))).scalar()
        rebuild["postgres_fts"]["size_mb"] = round(size / 2**20, 1)
        db.session.remove()
    index_a = get_index(app_a)
    rebuild["whoosh_outbox"]["size_mb"] = round(sum(f.stat().st_size for f in index_a.path.iterdir()) / 2**20, 1)
    (workdir / "b").mkdir(exist_ok=True)
    shutil.copytree(index_a.path, workdir / "b" / "index")
    shutil.copy(index_a.outbox.mark_path, workdir / "b" / "index.outbox")
    app_b = make_app(args.database_url, workdir, "b")
    latency = measure_latency(app_a, args.repeat)
    freshness = {backend: measure_freshness(app_a, app_b, backend, args.rounds) for backend in BACKENDS}
    for backend, value in freshness.items():
        print(f"  freshness {backend}: {value['visible_on_b']}", flush=True)
    recall = measure_recall(args.database_url + "_demo", workdir)
    print(f"  recall: {recall}", flush=True)
    return {
        "machine": {
            "code": code,
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "nproc": os.cpu_count(),
            "postgres": server_version(args.database_url),
            "repeat": args.repeat,
            "rounds": args.rounds,
            "seed": args.seed,
            **catalogue,
        },  # fmt: skip
        "latency": latency,
        "freshness": freshness,
        "rebuild": rebuild,
        "recall": recall,
    }


def server_version(url: str) -> str:
    import psycopg

    with psycopg.connect(url) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


def markdown(payload: dict[str, Any]) -> str:
    m, lat, fresh, reb, rec = (payload[k] for k in ("machine", "latency", "freshness", "rebuild", "recall"))
    lines = [
        f"# Search backends at {m['products']:,} products (PostgreSQL {m['postgres']}, {m['nproc']} cores)",
        "",
        f"Code {m['code']}, {m['date']}; {m['repeat']} measured passes of 60 searches (30 queries, with and "
        f"without facet filters), {m['rounds']} freshness rounds. `benchmarks/search_backends.py`.",
        "",
        "| | (b) Whoosh per host + outbox | (a) PostgreSQL full text |",
        "|---|---|---|",
    ]
    w, p = "whoosh_outbox", "postgres_fts"

    def row(label, a, b):
        lines.append(f"| {label} | {a} | {b} |")

    row("search p50 / p95, all (ms)", f"{lat[w]['all']['p50_ms']} / {lat[w]['all']['p95_ms']}",
        f"{lat[p]['all']['p50_ms']} / {lat[p]['all']['p95_ms']}")  # fmt: skip
    for key, label in (("no_filters", "no filters"), ("with_filters", "with facet filters")):
        row(f"search p50 / p95, {label} (ms)", f"{lat[w][key]['p50_ms']} / {lat[w][key]['p95_ms']}",
            f"{lat[p][key]['p50_ms']} / {lat[p][key]['p95_ms']}")  # fmt: skip
    for key in (w, p):
        fresh[key]["text"] = f"{fresh[key]['visible_on_b']['p50_ms']} / {fresh[key]['visible_on_b']['p95_ms']}"
    row("freshness on host B p50 / p95 (ms from A's commit)", fresh[w]["text"], fresh[p]["text"])
    row("A's commit p50 (ms)", fresh[w]["commit_on_a"]["p50_ms"], fresh[p]["commit_on_a"]["p50_ms"])
    row("full rebuild (s; docs/s)", f"{reb[w]['seconds']} ({reb[w]['docs_per_s']:,}/s, procs=2)",
        f"{reb[p]['seconds']} ({reb[p]['docs_per_s']:,}/s)")  # fmt: skip
    row("index size (MB)", reb[w]["size_mb"], reb[p]["size_mb"])
    row("recall@10 on the relevance set (ar / fr / en)", f"{rec[w]['mean']} ({rec[w]['ar']} / {rec[w]['fr']} / "
        f"{rec[w]['en']})", f"{rec[p]['mean']} ({rec[p]['ar']} / {rec[p]['fr']} / {rec[p]['en']})")  # fmt: skip
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20261124)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--reuse", action="store_true", help="keep the catalogue if it has --products products")
    parser.add_argument("--no-write", action="store_true", help="print only (a trial at another size)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="search-backends-") as tmp:
        payload = run(args, Path(tmp))
    text = markdown(payload)
    print(text)
    if not args.no_write:
        RESULTS_DIR.mkdir(exist_ok=True)
        (RESULTS_DIR / "search-backends.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        (RESULTS_DIR / "search-backends.md").write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
