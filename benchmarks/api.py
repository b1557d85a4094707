"""API throughput benchmark: the public JSON API (``/api/v1``) beside the HTML pages that show the same data.

Method
------
1. Database: pages.py's (``prepare_database``: migrations, then ``COPY`` of N products and M cooperatives,
   ``ANALYZE``; ``--reuse`` keeps a database whose counts already match), in a database of its own (default
   ``souk_bench_api``) so that it does not clash with pages.py's runs.
2. Search index: ``flask --app wsgi search rebuild`` into the run's instance folder before the server starts
   (timed, not measured), so that the API's list and search and the /search page read the index, as in
   production, and not the database fallback a missing index falls back on. /readyz must report the index
   reachable after the warm-up.
3. Server: gunicorn as pages.py starts it (2 workers x 4 threads, gthread, ``--worker-connections`` =
   connections / 2) with pages.py's environment (``app_env``, which sets ``RATELIMIT_ENABLED=false``) plus
   ``API_RATE_LIMIT`` set very high: with the API's default limit (600/minute per client) wrk would get
   429s within a second.
4. Warm-up: pages.py's ``warm`` (every URL must answer 200); the API lists must hold 24 items and every
   API answer an ETag. The response sizes are recorded.
5. Load: pages.py's ``measure``: wrk (1 thread, ``--connections`` keep-alive connections, ``--duration``
   seconds per URL), all URLs in turn, three interleaved rounds, the median of each figure reported. The
   non-2xx column is the total over the rounds (answers outside 2xx plus socket errors), as in pages.py.

ETags: every API read answers with an ETag and a 304 to a matching If-None-Match. wrk sends no
If-None-Match, so every request here is a full 200 with its body: the cost of a first visit, not of a
revalidation.

HTML page cache: the HTML pages are measured as pages.py measures them by default, page cache on
(``FRAGMENT_TTL``, 30 s unless set in the environment; per process, no Redis): repeated requests for the
category and product pages are served from the cache, re-rendered once per expiry. The /search page is
never page-cached and neither are the API's lists, so ``/search?q=`` vs ``/api/v1/products?q=`` (and the
browse pair) compare like with like; the category pair compares a live API list with a cached page. The
API's product (like a cooperative and the events) is kept in the same page cache under its page's tags,
so the product pair compares two cached answers.
The "x1000" rows request 1,000 products in turn (pages.py's rotation): there most HTML requests render the
page (a first visit to it within the TTL), which is the product pair's uncached comparison.

Yardstick: ``/healthz`` (no database, no template), as in pages.py; every URL's ratio is
rps(URL) / rps(/healthz). pages.py's page targets (ratio >= 0.30, p95 < 50 ms at 16 connections) are shown
for reference; the x1000 rows are for information. Nothing is fatal: the script exits 0.

Targets measured (``--word`` huile, ``--category`` oils, a published product half-way through the table):
``/api/v1/products?lang=fr`` (browse, newest first, 24 items) beside ``/search?lang=fr``;
``/api/v1/products?category=oils&lang=fr`` beside ``/category/oils?lang=fr``;
``/api/v1/products?q=huile&lang=fr`` beside ``/search?q=huile&lang=fr``;
``/api/v1/products/<id>?lang=fr`` beside ``/p/<id>-<slug>?lang=fr``; and both over 1,000 products in turn.

Results go to ``benchmarks/results/api.json`` and ``benchmarks/results/api.md``.

Usage: ``.venv/bin/python benchmarks/api.py [--products 100000] [--coops 2000] [--duration 10]
[--connections 16] [--database-url postgresql://postgres@127.0.0.1:5432/souk_bench_api] [--reuse]
[--word huile] [--category oils]``
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/api.py` from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.pages import (  # noqa: E402
    BIN_DIR,
    P95_TARGET_MS,
    RATIO_TARGET,
    RESULTS_DIR,
    ROUNDS,
    WRK_LUA,
    Page,
    PageResult,
    app_env,
    database_name,
    free_port,
    machine_info,
    measure,
    missed_targets,
    page_row,
    pick_pages,
    prepare_database,
    require_wrk,
    start_gunicorn,
    stop_gunicorn,
    wait_healthy,
    warm,
)

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/souk_bench_api"
DEFAULT_WORD = "huile"  # in ~2/17 of the French names (huile d'argan, huile d'olive)
DEFAULT_CATEGORY = "oils"
LIST_SIZE = 24
# Far above what wrk can send; RATELIMIT_ENABLED=false (app_env) already switches the limiter off.
API_RATE_LIMIT = "100000000/second"
DEFAULT_FRAGMENT_TTL = "30"  # market/config.py's default


# --------------------------------------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000, help="products to load (default 100000)")
    parser.add_argument("--coops", type=int, default=2_000, help="cooperatives to load (default 2000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per URL and round (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument(
        "--database-url", default=DEFAULT_DATABASE_URL, help="PostgreSQL URL; the database is recreated"
    )
    parser.add_argument("--reuse", action="store_true", help="keep the database if its counts already match")
    parser.add_argument("--word", default=DEFAULT_WORD, help=f"the search word (default {DEFAULT_WORD})")
    parser.add_argument("--category", default=DEFAULT_CATEGORY, help=f"the category slug (default {DEFAULT_CATEGORY})")
    args = parser.parse_args(argv)
    if args.products < 1 or args.coops < 1 or args.duration < 1 or args.connections < 1:
        parser.error("--products, --coops, --duration and --connections must be positive")
    return args


# --------------------------------------------------------------------------------------------- URLs

# API page name -> the HTML page that shows the same data.
PAIRS = {
    "api browse": "html browse",
    "api category": "html category",
    "api search": "html search",
    "api product": "html product",
    "api product x1000": "html product x1000",
}


def pick_urls(url: str, word: str, category: str) -> list[Page]:
    """/healthz first (the yardstick), then each API URL followed by its HTML page. The product and the
    1,000 rotated products are pages.py's (`pick_pages`), so the product rows compare with pages.json."""
    chosen = {page.name: page for page in pick_pages(url)}
    product_path = chosen["product"].path  # /p/<id>-<slug>
    rotation = next(page.rotation for page in chosen.values() if page.rotation)
    q = quote(word)
    return [
        Page("bare /healthz", "/healthz"),
        Page("api browse", "/api/v1/products?lang=fr"),
        Page("html browse", "/search?lang=fr"),
        Page("api category", f"/api/v1/products?category={quote(category)}&lang=fr"),
        Page("html category", f"/category/{quote(category)}?lang=fr"),
        Page("api search", f"/api/v1/products?q={q}&lang=fr"),
        Page("html search", f"/search?q={q}&lang=fr"),
        Page("api product", f"/api/v1/products/{product_id(product_path)}?lang=fr"),
        Page("html product", f"{product_path}?lang=fr"),
        Page(
            f"api product x{len(rotation)}",
            f"/api/v1/products/<{len(rotation)} products in turn>?lang=fr",
            rotation=tuple(f"/api/v1/products/{product_id(path)}?lang=fr" for path in rotation),
        ),
        Page(
            f"html product x{len(rotation)}",
            f"/p/<{len(rotation)} products in turn>?lang=fr",
            rotation=tuple(f"{path}?lang=fr" for path in rotation),
        ),
    ]


def product_id(path: str) -> int:
    """50001 from /p/50001-babouches-extra-50001."""
    return int(path.removeprefix("/p/").split("-", 1)[0])


# --------------------------------------------------------------------------------------------- setup


def rebuild_search_index(env: dict[str, str]) -> str:
    command = [str(BIN_DIR / "flask"), "--app", "wsgi", "search", "rebuild"]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout.strip().splitlines()[-1]


def fetch(port: int, path: str) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def check_answers(port: int, pages: Sequence[Page]) -> dict[str, dict[str, Any]]:
    """Each URL's answer once: its size, and for the API its ETag and item count (lists must be full)."""
    facts: dict[str, dict[str, Any]] = {}
    for page in pages:
        path = page.rotation[0] if page.rotation else page.path
        status, headers, body = fetch(port, path)
        if status != 200:
            raise SystemExit(f"GET {path} answered {status}, not 200")
        fact: dict[str, Any] = {"bytes": len(body), "content_type": headers.get("content-type", "")}
        if page.name.startswith("api"):
            if "etag" not in headers:
                raise SystemExit(f"GET {path}: no ETag")
            data = json.loads(body)
            fact["etag"] = True
            if "items" in data:
                fact["items"], fact["total"] = len(data["items"]), data["pagination"]["total"]
                if fact["items"] != LIST_SIZE:
                    raise SystemExit(f"GET {path}: {fact['items']} items, not {LIST_SIZE}")
        facts[page.name] = fact
    status, _headers, body = fetch(port, "/readyz")
    search = json.loads(body).get("checks", {}).get("search")
    if status != 200 or "not reachable" in json.dumps(search):
        raise SystemExit(f"/readyz answered {status}: the search index is not in use ({body[:500]!r})")
    facts["readyz search"] = search
    return facts


# --------------------------------------------------------------------------------------------- report


def summarise(results: Sequence[PageResult]) -> tuple[list[dict[str, Any]], list[str]]:
    """pages.py's row per URL (medians, ratio to /healthz, its targets); API rows also get the ratio of
    their req/s to their HTML page's."""
    bare_rps = results[0].median("rps")
    rows = [
        page_row(result, bare_rps, is_yardstick=index == 0 or bool(result.page.rotation))
        for index, result in enumerate(results)
    ]
    by_name = {row["page"]: row for row in rows}
    for row in rows:
        html = by_name.get(PAIRS.get(row["page"], ""))
        row["pair"] = html["page"] if html else None
        row["rps_vs_html"] = round(row["rps"] / html["rps"], 2) if html and html["rps"] else None
    return rows, [item for row in rows for item in missed_targets(row)]


def table(rows: Sequence[dict[str, Any]], facts: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| URL | path | req/s | p50 ms | p95 ms | p99 ms | non-2xx | ratio vs /healthz | API/HTML req/s"
        " | body bytes | pages.py targets |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|",
    ]
    for row in rows:
        met = "yes" if row["target_met"] else "**no**"
        if row["target_met"] is None:
            met = "yardstick" if row["page"].startswith("bare") else "for information"
        vs_html = f"{row['rps_vs_html']:.2f}" if row["rps_vs_html"] is not None else ""
        size = facts.get(row["page"], {}).get("bytes", "")
        lines.append(
            f"| {row['page']} | `{row['path']}` | {row['rps']:.1f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f}"
            f" | {row['p99_ms']:.1f} | {row['non2xx']} | {row['ratio']:.3f} | {vs_html} | {size} | {met} |"
        )
    return "\n".join(lines)


def markdown(info: dict[str, Any], rows: Sequence[dict[str, Any]], facts: dict[str, Any], missed: Sequence[str]) -> str:
    facts_md = "\n".join(f"- {key}: {value}" for key, value in info.items())
    verdict = "\n".join(f"- {item}" for item in missed) if missed else "- none"
    totals = ", ".join(f"{name}: {fact['total']}" for name, fact in facts.items() if "total" in fact)
    return (
        "# API benchmark (benchmarks/api.py)\n\n"
        f"The public JSON API beside the HTML pages showing the same data, in one run at {info['products']:,}"
        f" products. Medians over {ROUNDS} interleaved rounds of {info['duration_s']} s per URL at"
        f" {info['connections']} connections; non-2xx is the total over the rounds.\n\n"
        f"HTML mode: **page cache on** (FRAGMENT_TTL={info['fragment_ttl']} s, pages.py's default): the category"
        " and product pages are mostly served from the cache, and so is the API's product (under its page's tags);"
        " /search and the API's lists are computed each time. wrk sends no If-None-Match: every API answer is a"
        " full 200 with its body (no 304).\n\n"
        f"{table(rows, facts)}\n\n"
        f"`pagination.total` in the API lists (every match, though a list stops at page 400): {totals}.\n\n"
        f"## pages.py targets missed (for reference: ratio >= {RATIO_TARGET:.2f}, p95 < {P95_TARGET_MS:.0f} ms)"
        f"\n\n{verdict}\n\n## Machine\n\n{facts_md}\n"
    )


def write_results(info: dict[str, Any], rows: Sequence[dict[str, Any]], facts: dict[str, Any], missed: list[str]):
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    payload = {
        "machine": info,
        "targets": {"ratio_min": RATIO_TARGET, "p95_max_ms": P95_TARGET_MS, "source": "benchmarks/pages.py"},
        "urls": list(rows),
        "answers": facts,
        "missed": missed,
    }
    (RESULTS_DIR / "api.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    (RESULTS_DIR / "api.md").write_text(markdown(info, rows, facts, missed))


# --------------------------------------------------------------------------------------------- main


def benchmark(args: argparse.Namespace, wrk: str, workdir: Path) -> tuple[list[PageResult], dict, dict]:
    """Prepare the database and the search index, serve the app and measure every URL; returns the
    results, each URL's answer facts and the setup timings."""
    instance_dir = workdir / "instance"
    instance_dir.mkdir()
    timings: dict[str, float] = {}
    started = time.monotonic()
    print(f"database {database_name(args.database_url)}: {args.coops} coops, {args.products} products", flush=True)
    print(f"  {prepare_database(args, instance_dir)} in {time.monotonic() - started:.1f} s", flush=True)
    timings["load_s"] = round(time.monotonic() - started, 1)
    env = app_env(args.database_url, instance_dir) | {"API_RATE_LIMIT": API_RATE_LIMIT}
    started = time.monotonic()
    print(f"  search index: {rebuild_search_index(env)}", flush=True)
    timings["index_rebuild_s"] = round(time.monotonic() - started, 1)
    pages = pick_urls(args.database_url, args.word, args.category)
    lua = workdir / "report.lua"
    lua.write_text(WRK_LUA)
    port, log_path = free_port(), workdir / "gunicorn.log"
    proc = start_gunicorn(port, env, log_path, args.connections)
    try:
        wait_healthy(proc, port, log_path)
        warm(port, pages)
        facts = check_answers(port, pages)
        print(f"gunicorn on 127.0.0.1:{port}; {ROUNDS} rounds x {len(pages)} URLs x {args.duration} s", flush=True)
        return measure(wrk, lua, port, pages, args), facts, timings
    finally:
        stop_gunicorn(proc)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = require_wrk()
    started, load_before = time.monotonic(), os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="souk-bench-api-") as tmp:
        results, facts, timings = benchmark(args, wrk, Path(tmp))
    rows, missed = summarise(results)
    info = machine_info(wrk, args.database_url, args) | {
        "fragment_ttl": os.environ.get("FRAGMENT_TTL") or DEFAULT_FRAGMENT_TTL,
        "rate_limit": f"RATELIMIT_ENABLED=false, API_RATE_LIMIT={API_RATE_LIMIT}",
        "search_word": args.word,
        "category": args.category,
        **timings,
        # Other work on the machine skews every figure: the 1-minute load average before and after the run.
        "loadavg_1min": f"{load_before[0]:.2f} before, {os.getloadavg()[0]:.2f} after",
        "total_s": round(time.monotonic() - started, 1),
    }
    write_results(info, rows, facts, missed)
    print()
    print(table(rows, facts))
    print(f"\nResults: {RESULTS_DIR / 'api.json'} and {RESULTS_DIR / 'api.md'} (total {info['total_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
