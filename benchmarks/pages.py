"""Page throughput benchmark: how fast the public pages render on a large catalogue.

Method
------
1. (Re)create a PostgreSQL database (default ``souk_bench``) and run the project's migrations with
   ``flask --app wsgi db upgrade``, which seeds the regions, categories and label types.
2. Bulk-load N cooperatives and M products with ``COPY`` (not the ORM): multilingual names built from a
   small vocabulary of Moroccan products, ``created_at`` spread over a year, ~8 featured cooperatives
   and ~40 featured products, then ``ANALYZE``. ``--reuse`` keeps a database whose counts already match.
3. Start gunicorn exactly as in production on a 2-core box (2 workers x 4 threads, gthread) on a free
   loopback port, wait for ``/healthz`` and warm every URL.
4. Drive each URL with wrk (1 thread, ``--connections`` keep-alive connections, ``--duration`` seconds)
   and collect requests/s, p50/p95/p99 latency and the count of non-2xx answers (a Lua script prints
   them as JSON). All URLs are measured in turn, three rounds interleaved, and the median of each
   figure over the rounds is reported, so a burst of noise on the machine hits one round of every page
   rather than all rounds of one page.

The bare endpoint ``/healthz`` (no database, no template) is the yardstick: it measures what gunicorn,
Flask and the load generator cost on this machine, so the ratios below carry over between machines.

Targets, per page
-----------------
- ``rps(page) / rps(/healthz) >= 0.30``: a page costs at most ~3x the framework's own overhead;
- p95 latency < 50 ms at 16 concurrent connections.

A missed target is reported, not fatal: the script exits 0 (it is a measurement). Results go to
``benchmarks/results/pages.json`` and ``benchmarks/results/pages.md``. wrk and gunicorn share the two
cores with PostgreSQL, so absolute numbers are lower than on a dedicated server; compare ratios.

With ``--redis-url`` the app shares its page cache in Redis and the report gives the cache's hit ratio
over the measured rounds (``flask cache stats``: every worker counts in Redis).

Usage: ``.venv/bin/python benchmarks/pages.py [--products 100000] [--coops 2000] [--duration 10]
[--connections 16] [--database-url postgresql://postgres@127.0.0.1:5432/souk_bench] [--reuse]
[--redis-url redis://127.0.0.1:6379/12]``
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ROOT = Path(__file__).resolve().parent.parent
RESULTS_DIR = ROOT / "benchmarks" / "results"
BIN_DIR = Path(sys.executable).parent
DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/souk_bench"

RATIO_TARGET = 0.30
P95_TARGET_MS = 50.0
ROUNDS = 3
WARM_REQUESTS = 5
WRK_THREADS = 1  # one wrk thread drives tens of thousands of req/s; more would only steal CPU from gunicorn
WORKERS = 2
# --worker-connections caps each worker at its share of wrk's keep-alive connections. Without it the
# kernel hands a run's 16 connections to whichever worker accepts first: all 16 on one worker (one
# core) or split, at random, which made every page (and /healthz) swing 3x between runs.
GUNICORN_ARGS = ["--workers", str(WORKERS), "--threads", "4", "--worker-class", "gthread"]

# (ar, fr, en, slug, category slug, units): categories are the ones seeded by migration 0001.
PRODUCT_WORDS: list[tuple[str, str, str, str, str, tuple[str, ...]]] = [
    ("زيت الأركان", "Huile d'argan", "Argan oil", "huile-d-argan", "oils", ("100 ml", "250 ml", "500 ml")),
    ("زيت الزيتون", "Huile d'olive", "Olive oil", "huile-d-olive", "oils", ("500 ml", "1 l", "5 l")),
    ("عسل الزعتر", "Miel de thym", "Thyme honey", "miel-de-thym", "honey", ("250 g", "500 g", "1 kg")),
    ("عسل الدغموس", "Miel d'euphorbe", "Euphorbia honey", "miel-d-euphorbe", "honey", ("250 g", "500 g")),
    ("زعفران تالوين", "Safran de Taliouine", "Taliouine saffron", "safran", "spices-herbs", ("1 g", "5 g")),
    ("رأس الحانوت", "Ras el hanout", "Ras el hanout", "ras-el-hanout", "spices-herbs", ("100 g", "250 g")),
    ("تمر المجهول", "Dattes Majhoul", "Medjool dates", "dattes-majhoul", "dates-nuts", ("500 g", "1 kg")),
    ("لوز بلدي", "Amandes beldi", "Beldi almonds", "amandes-beldi", "dates-nuts", ("250 g", "500 g")),
    ("كسكس الشعير", "Couscous d'orge", "Barley couscous", "couscous-d-orge", "cereals-couscous", ("1 kg",)),
    ("أملو", "Amlou", "Amlou", "amlou", "preserves-spreads", ("250 g", "500 g")),
    ("جبن الماعز", "Fromage de chèvre", "Goat cheese", "fromage-de-chevre", "dairy", ("200 g", "500 g")),
    ("ماء الورد", "Eau de rose", "Rose water", "eau-de-rose", "cosmetics", ("200 ml", "500 ml")),
    ("صابون بلدي", "Savon noir", "Black soap", "savon-noir", "cosmetics", ("250 g", "500 g")),
    ("زربية أمازيغية", "Tapis berbère", "Berber rug", "tapis-berbere", "carpets-textiles", ("1 pièce",)),
    ("طاجين فخاري", "Tajine en terre cuite", "Clay tagine", "tajine", "pottery-ceramics", ("1 pièce",)),
    ("بلغة جلدية", "Babouches en cuir", "Leather slippers", "babouches", "leather", ("1 paire",)),
    ("علبة من خشب العرعار", "Boîte en thuya", "Thuya wood box", "boite-en-thuya", "wood-crafts", ("1 pièce",)),
]
# (ar, fr, en, slug)
QUALIFIERS: list[tuple[str, str, str, str]] = [
    ("عضوي", "bio", "organic", "bio"),
    ("تقليدي", "traditionnel", "traditional", "traditionnel"),
    ("ممتاز", "extra", "premium", "extra"),
    ("من الجبل", "de montagne", "mountain", "de-montagne"),
    ("بلدي", "beldi", "farmhouse", "beldi"),
]
# (ar, Latin) cooperative names.
COOP_NAMES: list[tuple[str, str]] = [
    ("تيفاوت", "Tifaout"),
    ("الأمل", "Al Amal"),
    ("النور", "Nour"),
    ("تامونت", "Tamount"),
    ("البركة", "Al Baraka"),
    ("تيغانيمين", "Tighanimine"),
    ("الصفاء", "Assafa"),
    ("الوفاء", "Al Wafa"),
    ("تاركانت", "Targante"),
    ("أفوس", "Afous"),
    ("إيمي", "Imi"),
    ("الخير", "Al Khair"),
]
# (city, city_ar, region slug): regions are the ones seeded by migration 0001.
CITIES: list[tuple[str, str, str]] = [
    ("Chefchaouen", "شفشاون", "tanger-tetouan-al-hoceima"),
    ("Berkane", "بركان", "oriental"),
    ("Sefrou", "صفرو", "fes-meknes"),
    ("Khémisset", "الخميسات", "rabat-sale-kenitra"),
    ("Azilal", "أزيلال", "beni-mellal-khenifra"),
    ("El Jadida", "الجديدة", "casablanca-settat"),
    ("Essaouira", "الصويرة", "marrakech-safi"),
    ("Tinghir", "تنغير", "draa-tafilalet"),
    ("Taliouine", "تالوين", "souss-massa"),
    ("Tiznit", "تزنيت", "souss-massa"),
    ("Guelmim", "كلميم", "guelmim-oued-noun"),
    ("Laâyoune", "العيون", "laayoune-sakia-el-hamra"),
    ("Dakhla", "الداخلة", "dakhla-oued-ed-dahab"),
]
BRAND_COLORS = ["#1f6f5c", "#8a3b12", "#2b4c7e", "#6b2d5c", "#7a6a1f", "#114b3f", "#9c2f2f", "#3d5a1e"]
LEGAL_FORMS = ["cooperative"] * 8 + ["union", "association"]

COOP_COLUMNS = [
    "slug", "name_ar", "name_fr", "name_en", "legal_form", "region_id", "city", "city_ar", "members_count",
    "women_members_count", "women_led", "youth", "status", "story_ar", "story_fr", "story_en", "brand_color",
    "featured", "created_at", "updated_at",
]  # fmt: skip
PRODUCT_COLUMNS = [
    "cooperative_id", "category_id", "sku", "slug", "name_ar", "name_fr", "name_en", "description_ar",
    "description_fr", "description_en", "price_centimes", "stock", "unit", "weight_g", "is_published", "image",
    "featured", "created_at", "updated_at",
]  # fmt: skip

ROTATION_LUA = r"""
counter = 0

function request()
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end
"""

WRK_LUA = r"""
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  non2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do
    bad = bad + t:get("non2xx")
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_us": %d, "non2xx": %d, "socket_errors": %d, ' ..
    '"p50_us": %.1f, "p95_us": %.1f, "p99_us": %.1f, "mean_us": %.1f, "max_us": %.1f}\n',
    summary.requests, summary.duration, bad, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max))
end
"""


@dataclass
class Page:
    name: str
    path: str
    # When set, wrk requests these paths in turn (the cache then holds some pages and not others, as on
    # a real site) and `path` is only the label shown in the table.
    rotation: tuple[str, ...] = ()


@dataclass
class Run:
    """One wrk run of one page."""

    rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    requests: int
    non2xx: int
    socket_errors: int


@dataclass
class PageResult:
    page: Page
    runs: list[Run] = field(default_factory=list)

    def median(self, attr: str) -> float:
        return statistics.median(getattr(run, attr) for run in self.runs)

    @property
    def non2xx(self) -> int:
        return sum(run.non2xx + run.socket_errors for run in self.runs)


# --------------------------------------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000, help="products to load (default 100000)")
    parser.add_argument("--coops", type=int, default=2_000, help="cooperatives to load (default 2000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per page and round (default 10)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument(
        "--database-url", default=DEFAULT_DATABASE_URL, help="PostgreSQL URL; the database is recreated"
    )
    parser.add_argument("--reuse", action="store_true", help="keep the database if its counts already match")
    parser.add_argument("--redis-url", default="", help="share the page cache in Redis and report its hit ratio")
    args = parser.parse_args(argv)
    if args.products < 1 or args.coops < 1 or args.duration < 1 or args.connections < 1:
        parser.error("--products, --coops, --duration and --connections must be positive")
    return args


# --------------------------------------------------------------------------------------------- database


def libpq_url(url: str) -> str:
    """The URL as libpq reads it (SQLAlchemy's `postgresql+psycopg://` spelling accepted)."""
    for prefix in ("postgresql+psycopg://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix) :]
    return url


def database_name(url: str) -> str:
    name = conninfo_to_dict(libpq_url(url)).get("dbname")
    if not name:
        raise SystemExit(f"no database name in {url}")
    return str(name)


def admin_conninfo(url: str) -> str:
    """The same server and user, on the `postgres` maintenance database."""
    return make_conninfo(libpq_url(url), dbname="postgres")


def recreate_database(url: str) -> None:
    name = database_name(url)
    with psycopg.connect(admin_conninfo(url), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def database_exists(url: str) -> bool:
    with psycopg.connect(admin_conninfo(url), autocommit=True) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (database_name(url),)).fetchone()
    return row is not None


def app_env(url: str, instance_dir: Path) -> dict[str, str]:
    return os.environ | {
        "DATABASE_URL": libpq_url(url),
        "SECRET_KEY": "bench",
        "INSTANCE_PATH": str(instance_dir),
        "RATELIMIT_ENABLED": "false",
    }


def page_cache_stats(env: dict[str, str], reset: bool = False) -> dict[str, Any]:
    """The page cache's shared counters (`flask cache stats`): meaningful with Redis, where every worker counts."""
    command = [str(BIN_DIR / "flask"), "--app", "wsgi", "cache", "stats", "--json", *(["--reset"] if reset else [])]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stdout}\n{done.stderr}")
    return json.loads(done.stdout)


def run_migrations(url: str, instance_dir: Path) -> None:
    command = [str(BIN_DIR / "flask"), "--app", "wsgi", "db", "upgrade"]
    done = subprocess.run(command, cwd=ROOT, env=app_env(url, instance_dir), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"`{' '.join(command)}` failed:\n{done.stdout}\n{done.stderr}")


def table_counts(url: str) -> tuple[int, int] | None:
    """(cooperatives, products) in the database, or None when the schema is not there."""
    with psycopg.connect(libpq_url(url)) as conn:
        if conn.execute("SELECT to_regclass('products') IS NULL OR to_regclass('cooperatives') IS NULL").fetchone()[0]:
            return None
        coops = conn.execute("SELECT count(*) FROM cooperatives").fetchone()[0]
        products = conn.execute("SELECT count(*) FROM products").fetchone()[0]
    return int(coops), int(products)


def required_fillers(conn: psycopg.Connection, table: str, given: Sequence[str]) -> dict[str, Any]:
    """Values for NOT NULL columns without a server default that this script does not know about.

    Migrations written by Alembic's autogenerate give ORM-side defaults only, so a new `NOT NULL` column
    would make COPY fail; such a column gets the zero value of its type, with a warning."""
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s AND is_nullable = 'NO'"
        " AND column_default IS NULL AND is_identity = 'NO' AND is_generated = 'NEVER'",
        (table,),
    ).fetchall()
    zero_values: dict[str, Any] = {
        "boolean": False,
        "integer": 0,
        "smallint": 0,
        "bigint": 0,
        "numeric": 0,
        "real": 0,
        "double precision": 0,
        "text": "",
        "character varying": "",
        "timestamp without time zone": datetime.now(UTC).replace(tzinfo=None),
        "timestamp with time zone": datetime.now(UTC),
        "date": date.today(),
    }
    fillers: dict[str, Any] = {}
    for column, data_type in rows:
        if column in given:
            continue
        if data_type not in zero_values:
            raise SystemExit(
                f"{table}.{column} ({data_type}) is NOT NULL without a server default: "
                "teach benchmarks/pages.py a value for it"
            )
        fillers[column] = zero_values[data_type]
        print(f"  warning: {table}.{column} is NOT NULL without a server default; filling {fillers[column]!r}")
    return fillers


def lookup_ids(conn: psycopg.Connection, table: str) -> dict[str, int]:
    query = sql.SQL("SELECT slug, id FROM {} ORDER BY id").format(sql.Identifier(table))
    ids = {slug: id_ for slug, id_ in conn.execute(query).fetchall()}
    if not ids:
        raise SystemExit(f"table {table} is empty: the migrations should have seeded it")
    return ids


def spread_over_a_year(rng: random.Random, now: datetime) -> datetime:
    """A naive UTC timestamp (the app stores UTC without zone) within the last 365 days."""
    return now - timedelta(seconds=rng.uniform(0, 365 * 24 * 3600))


def coop_rows(count: int, region_ids: dict[str, int], rng: random.Random) -> Iterator[tuple[Any, ...]]:
    now = datetime.now(UTC).replace(tzinfo=None)
    featured = set(rng.sample(range(count), min(8, count)))
    fallback_region = next(iter(region_ids.values()))
    for i in range(count):
        name_ar, name_latin = COOP_NAMES[i % len(COOP_NAMES)]
        city, city_ar, region_slug = rng.choice(CITIES)
        members = rng.randint(7, 300)
        created = spread_over_a_year(rng, now)
        yield (
            f"cooperative-{name_latin.lower().replace(' ', '-')}-{i + 1}",
            f"تعاونية {name_ar} {i + 1}",
            f"Coopérative {name_latin} {i + 1}",
            f"{name_latin} Cooperative {i + 1}",
            rng.choice(LEGAL_FORMS),
            region_ids.get(region_slug, fallback_region),
            city,
            city_ar,
            members,
            rng.randint(0, members),
            rng.random() < 0.4,
            rng.random() < 0.15,
            "approved",
            f"تأسست تعاونية {name_ar} في {city_ar} وتجمع {members} عضوا.",
            f"La coopérative {name_latin} a été fondée à {city} et réunit {members} membres.",
            f"The {name_latin} cooperative was founded in {city} and brings together {members} members.",
            rng.choice(BRAND_COLORS),
            i in featured,
            created,
            created,
        )


def product_rows(
    count: int, coop_ids: Sequence[int], category_ids: dict[str, int], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    now = datetime.now(UTC).replace(tzinfo=None)
    featured = set(rng.sample(range(count), min(40, count)))
    all_categories = list(category_ids.values())
    for i in range(count):
        word_ar, word_fr, word_en, word_slug, category_slug, units = rng.choice(PRODUCT_WORDS)
        qual_ar, qual_fr, qual_en, qual_slug = rng.choice(QUALIFIERS)
        unit = rng.choice(units)
        number = i + 1
        created = spread_over_a_year(rng, now)
        yield (
            rng.choice(coop_ids),
            category_ids.get(category_slug) or rng.choice(all_categories),
            f"BENCH-{number:07d}",
            f"{word_slug}-{qual_slug}-{number}",
            f"{word_ar} {qual_ar} {unit} رقم {number}",
            f"{word_fr} {qual_fr} {unit} n°{number}",
            f"{word_en}, {qual_en}, {unit} #{number}",
            f"{word_ar} {qual_ar} من إنتاج تعاونية محلية، معبأ بعناية.",
            f"{word_fr} {qual_fr}, produit et conditionné avec soin par une coopérative locale.",
            f"{word_en}, {qual_en}, made and packed with care by a local cooperative.",
            rng.randrange(1_000, 90_000, 50),
            0 if rng.random() < 0.05 else rng.randint(1, 200),
            unit,
            rng.choice((100, 250, 500, 1000)),
            True,
            f"products/bench{number:08x}",
            i in featured,
            created,
            created,
        )


def copy_rows(conn: psycopg.Connection, table: str, columns: Sequence[str], rows: Iterator[tuple[Any, ...]]) -> None:
    fillers = required_fillers(conn, table, columns)
    all_columns = [*columns, *fillers]
    extra = tuple(fillers.values())
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, all_columns))
    )
    with conn.cursor() as cur, cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row + extra)


def load_data(url: str, coops: int, products: int) -> None:
    rng = random.Random(20261124)  # the same catalogue on every run
    with psycopg.connect(libpq_url(url)) as conn:
        copy_rows(conn, "cooperatives", COOP_COLUMNS, coop_rows(coops, lookup_ids(conn, "regions"), rng))
        coop_ids = [row[0] for row in conn.execute("SELECT id FROM cooperatives ORDER BY id").fetchall()]
        categories = lookup_ids(conn, "categories")
        copy_rows(conn, "products", PRODUCT_COLUMNS, product_rows(products, coop_ids, categories, rng))
        conn.commit()
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("ANALYZE")


def prepare_database(args: argparse.Namespace, instance_dir: Path) -> str:
    """Create, migrate and fill the database (or reuse it); returns what was done."""
    url = args.database_url
    if args.reuse and database_exists(url):
        run_migrations(url, instance_dir)
        if table_counts(url) == (args.coops, args.products):
            return "reused"
        print(f"  --reuse: counts differ from {args.coops} coops / {args.products} products; reloading")
    recreate_database(url)
    run_migrations(url, instance_dir)
    load_data(url, args.coops, args.products)
    return "loaded"


ROTATION_SIZE = 1000


def pick_pages(url: str) -> list[Page]:
    """The URLs to measure, with a real published product and the largest storefront; and the product
    page measured over 1,000 different products."""
    with psycopg.connect(libpq_url(url)) as conn:
        many = conn.execute(
            "SELECT p.id, p.slug FROM products p JOIN cooperatives c ON c.id = p.cooperative_id"
            " WHERE p.is_published AND p.blocked_reason IS NULL AND c.status = 'approved'"
            " ORDER BY p.id LIMIT %s",
            (ROTATION_SIZE,),
        ).fetchall()
        product = conn.execute(
            "SELECT p.id, p.slug FROM products p JOIN cooperatives c ON c.id = p.cooperative_id"
            " WHERE p.is_published AND p.blocked_reason IS NULL AND c.status = 'approved'"
            " ORDER BY p.id OFFSET (SELECT count(*) / 2 FROM products) LIMIT 1"
        ).fetchone()
        coop = conn.execute(
            "SELECT c.slug FROM cooperatives c JOIN products p ON p.cooperative_id = c.id"
            " WHERE c.status = 'approved' AND p.is_published"
            " GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
    if product is None or coop is None:
        raise SystemExit("no published product or storefront with products in the database")
    return [
        Page("bare /healthz", "/healthz"),
        Page("home", "/"),
        Page("category", "/category/oils"),
        Page("product", f"/p/{product[0]}-{product[1]}"),
        Page("storefront", f"/c/{coop[0]}"),
        Page(
            f"product x{len(many)}",
            f"/p/<{len(many)} products in turn>",
            rotation=tuple(f"/p/{pid}-{slug}" for pid, slug in many),
        ),
    ]


def server_version(url: str) -> str:
    with psycopg.connect(libpq_url(url)) as conn:
        return str(conn.execute("SHOW server_version").fetchone()[0])


# --------------------------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_gunicorn(port: int, env: dict[str, str], log_path: Path, connections: int) -> subprocess.Popen[bytes]:
    share = ["--worker-connections", str(max(1, connections // WORKERS))]
    command = [str(BIN_DIR / "gunicorn"), *GUNICORN_ARGS, *share, "--bind", f"127.0.0.1:{port}", "wsgi:app"]
    with log_path.open("wb") as log:
        return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop_gunicorn(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the master (it stops its workers), SIGKILL if it does not exit within 15 s."""
    if proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def wait_healthy(proc: subprocess.Popen[bytes], port: int, log_path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if get(port, "/healthz") == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"gunicorn did not answer /healthz within {timeout:.0f} s:\n{log_path.read_text()[-3000:]}")


def warm(port: int, pages: Sequence[Page]) -> None:
    for page in pages:
        for path in page.rotation or [page.path] * WARM_REQUESTS:
            status = get(port, path)
            if status != 200:
                raise SystemExit(f"warm-up: GET {path} answered {status}, not 200")


# --------------------------------------------------------------------------------------------- load (wrk)


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk is not installed. Install it with:  apt-get install -y wrk  (Debian package 'wrk')")
    return path


def wrk_version(wrk: str) -> str:
    """`wrk debian/4.1.0-3+b2` from wrk's banner."""
    done = subprocess.run([wrk, "--version"], capture_output=True, text=True)
    banner = (done.stdout or done.stderr).strip().splitlines()
    return banner[0].split(" [")[0] if banner else "wrk"


def run_wrk(wrk: str, lua: Path, url: str, connections: int, duration: int) -> Run:
    threads = min(WRK_THREADS, connections)
    command = [wrk, "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s"]
    done = subprocess.run([*command, "-s", str(lua), url], capture_output=True, text=True, timeout=duration + 60)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"wrk failed on {url} (exit {done.returncode}):\n{done.stdout}\n{done.stderr}")
    data = json.loads(line.removeprefix("BENCH_JSON "))
    return Run(
        rps=data["requests"] / (data["duration_us"] / 1e6),
        p50_ms=data["p50_us"] / 1000,
        p95_ms=data["p95_us"] / 1000,
        p99_ms=data["p99_us"] / 1000,
        requests=data["requests"],
        non2xx=data["non2xx"],
        socket_errors=data["socket_errors"],
    )


def measure(wrk: str, lua: Path, port: int, pages: Sequence[Page], args: argparse.Namespace) -> list[PageResult]:
    results = [PageResult(page) for page in pages]
    for round_no in range(1, ROUNDS + 1):
        for result in results:
            script, path = lua, result.page.path
            if result.page.rotation:
                script, path = lua.with_name("rotation.lua"), result.page.rotation[0]
                paths = ", ".join(json.dumps(item) for item in result.page.rotation)
                script.write_text(f"paths = {{{paths}}}\n{ROTATION_LUA}{WRK_LUA}")
            run = run_wrk(wrk, script, f"http://127.0.0.1:{port}{path}", args.connections, args.duration)
            result.runs.append(run)
            print(
                f"  round {round_no}/{ROUNDS}  {result.page.name:<14} {run.rps:8.1f} req/s"
                f"  p50 {run.p50_ms:6.1f}  p95 {run.p95_ms:6.1f}  p99 {run.p99_ms:6.1f} ms  non-2xx {run.non2xx}",
                flush=True,
            )
    return results


# --------------------------------------------------------------------------------------------- report


def summarise(results: Sequence[PageResult]) -> tuple[list[dict[str, Any]], list[str]]:
    """Median figures, ratio to the bare endpoint and target checks per page; and the missed targets."""
    bare_rps = results[0].median("rps")
    # The rotating product row is for information (how the uncached page holds up): no target.
    rows = [
        page_row(result, bare_rps, is_yardstick=index == 0 or bool(result.page.rotation))
        for index, result in enumerate(results)
    ]
    return rows, [item for row in rows for item in missed_targets(row)]


def page_row(result: PageResult, bare_rps: float, is_yardstick: bool) -> dict[str, Any]:
    rps, p95 = result.median("rps"), round(result.median("p95_ms"), 2)
    ratio = round(rps / bare_rps, 3) if bare_rps else 0.0
    ratio_ok, p95_ok = ratio >= RATIO_TARGET, p95 < P95_TARGET_MS
    return {
        "page": result.page.name,
        "path": result.page.path,
        "rps": round(rps, 1),
        "p50_ms": round(result.median("p50_ms"), 2),
        "p95_ms": p95,
        "p99_ms": round(result.median("p99_ms"), 2),
        "non2xx": result.non2xx,
        "ratio": ratio,
        "yardstick": is_yardstick,
        "ratio_met": ratio_ok,
        "p95_met": p95_ok,
        "target_met": None if is_yardstick else ratio_ok and p95_ok and not result.non2xx,
        "rounds": [asdict(run) for run in result.runs],
    }


def missed_targets(row: dict[str, Any]) -> list[str]:
    where = f"{row['page']} ({row['path']})"
    missed = []
    if not row["yardstick"] and not row["ratio_met"]:
        missed.append(f"{where}: ratio {row['ratio']:.3f} < {RATIO_TARGET:.2f}")
    if not row["yardstick"] and not row["p95_met"]:
        missed.append(f"{where}: p95 {row['p95_ms']:.1f} ms >= {P95_TARGET_MS:.0f} ms")
    if row["non2xx"]:
        missed.append(f"{where}: {row['non2xx']} non-2xx answers or socket errors")
    return missed


def table(rows: Sequence[dict[str, Any]]) -> str:
    header = "| page | path | req/s | p50 ms | p95 ms | p99 ms | non-2xx | ratio vs bare | target met |"
    lines = [header, "|---|---|--:|--:|--:|--:|--:|--:|---|"]
    for row in rows:
        met = "yes" if row["target_met"] else "**no**"
        if row["target_met"] is None:
            met = "yardstick" if row["page"].startswith("bare") else "for information"
        lines.append(
            f"| {row['page']} | `{row['path']}` | {row['rps']:.1f} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f}"
            f" | {row['p99_ms']:.1f} | {row['non2xx']} | {row['ratio']:.3f} | {met} |"
        )
    return "\n".join(lines)


def machine_info(wrk: str, url: str, args: argparse.Namespace) -> dict[str, Any]:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "postgresql": server_version(url),
        "tool": f"{wrk_version(wrk)} ({WRK_THREADS} thread, keep-alive, Lua script for percentiles and non-2xx)",
        "server": "gunicorn " + " ".join(GUNICORN_ARGS) + f" --worker-connections {args.connections // WORKERS}",
        "products": args.products,
        "coops": args.coops,
        "duration_s": args.duration,
        "connections": args.connections,
        "rounds": ROUNDS,
        "database": database_name(url),
    }


def markdown(info: dict[str, Any], rows: Sequence[dict[str, Any]], missed: Sequence[str]) -> str:
    facts = "\n".join(f"- {key}: {value}" for key, value in info.items())
    verdict = "\n".join(f"- {item}" for item in missed) if missed else "- none: every page met its targets"
    return (
        "# Page benchmark (benchmarks/pages.py)\n\n"
        f"Medians over {ROUNDS} interleaved rounds. Targets: req/s >= {RATIO_TARGET:.2f} x the bare endpoint's,"
        f" p95 < {P95_TARGET_MS:.0f} ms.\n\n{table(rows)}\n\n## Missed targets\n\n{verdict}\n\n## Machine\n\n{facts}\n"
    )


def write_results(info: dict[str, Any], rows: Sequence[dict[str, Any]], missed: Sequence[str]) -> None:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    targets = {"ratio_min": RATIO_TARGET, "p95_max_ms": P95_TARGET_MS}
    payload = {"machine": info, "targets": targets, "pages": list(rows), "missed": list(missed)}
    (RESULTS_DIR / "pages.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    (RESULTS_DIR / "pages.md").write_text(markdown(info, rows, missed))


# --------------------------------------------------------------------------------------------- main


def benchmark(args: argparse.Namespace, wrk: str, workdir: Path) -> tuple[list[PageResult], float, dict | None]:
    """Prepare the database, serve the app and measure every page; returns the results, the load time and
    (with --redis-url) the page cache's counters over the measured rounds."""
    instance_dir = workdir / "instance"
    instance_dir.mkdir()
    started = time.monotonic()
    print(f"database {database_name(args.database_url)}: {args.coops} coops, {args.products} products", flush=True)
    print(f"  {prepare_database(args, instance_dir)} in {time.monotonic() - started:.1f} s", flush=True)
    load_seconds = time.monotonic() - started
    pages = pick_pages(args.database_url)
    lua = workdir / "report.lua"
    lua.write_text(WRK_LUA)
    port, log_path = free_port(), workdir / "gunicorn.log"
    env = app_env(args.database_url, instance_dir) | ({"REDIS_URL": args.redis_url} if args.redis_url else {})
    proc = start_gunicorn(port, env, log_path, args.connections)
    try:
        wait_healthy(proc, port, log_path)
        warm(port, pages)
        if args.redis_url:
            page_cache_stats(env, reset=True)  # count the measured rounds only, not the warming
        print(f"gunicorn on 127.0.0.1:{port}; {ROUNDS} rounds x {len(pages)} pages x {args.duration} s", flush=True)
        results = measure(wrk, lua, port, pages, args)
        return results, load_seconds, page_cache_stats(env) if args.redis_url else None
    finally:
        stop_gunicorn(proc)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    wrk = require_wrk()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="souk-bench-") as tmp:
        results, load_seconds, cache = benchmark(args, wrk, Path(tmp))
    rows, missed = summarise(results)
    info = machine_info(wrk, args.database_url, args) | {
        "load_s": round(load_seconds, 1),
        "total_s": round(time.monotonic() - started, 1),
    }
    if cache is not None:
        info["page_cache"] = {kind: cache[kind]["hit_ratio"] for kind in ("pages", "fragments")} | {
            "backend": cache["backend"],
            "errors": cache["errors"],
        }
    write_results(info, rows, missed)
    print()
    print(table(rows))
    print()
    if missed:
        print("TARGETS MISSED:")
        for item in missed:
            print(f"  - {item}")
    else:
        print("All targets met.")
    print(f"\nResults: {RESULTS_DIR / 'pages.json'} and {RESULTS_DIR / 'pages.md'} (total {info['total_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
