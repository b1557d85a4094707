"""Checkout benchmark: orders per second end to end (cart -> order, cash on delivery) on gunicorn and
PostgreSQL, and 200 buyers contending for 50 units of one product.

The issue asks for "checkouts per second end to end (cart -> order with cash on delivery) on gunicorn +
PostgreSQL at 16 concurrent buyers", at least 100 orders/s uncontended. "cart -> order" is read as: a buyer
with a filled cart checks out, i.e. the confirmation request that turns a cart into an order. That is the
main uncontended figure ("checkout from a filled cart"); the loop that also fills the cart over HTTP
("shop and check out") is kept as a second, informational figure.

Method
------
1. (Re)create a PostgreSQL database (default ``souk_bench_checkout``), run the project's migrations with
   ``flask --app wsgi db upgrade`` and bulk-load ``--coops`` approved cooperatives and ``--products``
   published products with pages.py's loader (``COPY``). Every product then gets 1,000,000 units, except
   one product per contended round, which gets ``--units`` (50). Every product's ``price_centimes`` and
   every cooperative's ``delivery_fee_centimes`` are read back for the client's totals (step 5).
   ``--buyers`` + ``--contenders`` buyer accounts are written with ``COPY``, their password hashed once by
   the app's own ``User.set_password`` (scrypt). None of this is measured.
2. Start gunicorn exactly as pages.py does (2 workers x 4 threads, gthread, ``--worker-connections`` =
   the run's concurrency / 2) on a free loopback port with pages.py's environment
   (``RATELIMIT_ENABLED=false``, CSRF on as in production), and wait for ``/healthz``. The shopping and
   contending buyers sign in through ``POST /account/login`` (CSRF token read from the login form, then
   from ``GET /cart``); the signed-in session cookie is kept and sent as is afterwards (a flashed message
   the server adds to the cookie is read from the answer, not stored: a browser's next page would
   consume it).
3. Filled carts, before every filled-cart round (not timed): ``--buyers`` x pool fresh accounts (pool =
   enough buyers per client thread for 400 orders/s during ``--duration`` plus 20 %: 300 at the
   defaults) are written with ``COPY``, and each gets a cart of 1-3 random products from 1-3 random
   cooperatives (1-3 units each) written straight into ``cart_items`` with ``COPY``; then ``VACUUM
   ANALYZE users, cart_items``. They are signed in without the login's scrypt: a helper process builds
   the app (``create_app()``) with the server's environment and, for each account, in a request context
   with the client's address and User-Agent, makes the session that ``login_user`` leaves behind
   (``_user_id`` = ``<id>:<session_token>``, ``_fresh``, ``_id`` = Flask-Login's session identifier, so
   that session protection "basic" keeps it as is) with the CSRF token Flask-WTF's ``generate_csrf``
   stores in it, and signs it with the app's own session interface; the form token is the one
   ``generate_csrf`` returns. Each pool entry also carries the total of the cart written for that buyer
   (see step 5). Before the first run one such buyer must get ``200`` from ``GET /orders`` (not a redirect
   to the sign-in page), and whether the server rewrote the session cookie is recorded.
4. The client: Python ``http.client``, one keep-alive connection per client thread, the threads split
   over 2 processes (multiprocessing) so that the client's GIL is not the limit. The client shares the
   machine's 2 cores with gunicorn and PostgreSQL, so absolute figures are lower than on a dedicated
   server; the ratio to the yardstick carries over better between machines.
5. Rounds, interleaved so that a burst of noise hits one round of each rather than all rounds of one:
   - yardstick: ``GET /healthz`` (no database, no template) for ``--duration`` seconds by ``--buyers``
     threads of the same client; requests/s;
   - checkout from a filled cart (the target): ``--buyers`` threads, each going through its own pool of
     filled-cart buyers: one ``POST /checkout`` per buyer with ``step=confirm``, ``payment_method=cod``,
     home delivery for each cooperative of that buyer's cart, a fresh checkout token and
     ``expected_total``, for ``--duration`` seconds. ``expected_total`` is the grand total the review
     page would have shown, which a browser sends back through the review page's hidden field: the
     client computes it, without an extra request, from the prices and delivery fees loaded in step 1
     (sum of unit price x quantity over the cart's lines, plus each cooperative's
     ``delivery_fee_centimes``, every cooperative being delivered at home). An order counts when the
     confirmation's answer (302 to ``/orders/ST-...``) arrives within the window. Reported: orders/s,
     p50/p95 of the confirmation, errors (any other answer: status, a redirect with an error message, a
     ``409`` re-showing the review because the server's total differs from the one sent, a socket error;
     a thread running out of buyers before the end is an error too). Buyers not reached keep their cart;
   - shop and check out (informational, no target): the ``--buyers`` signed-in buyers, each in a loop:
     ``POST /cart/add`` of 1-3 random products (from 1-3 random cooperatives, 1-3 units each), then the
     same confirmation (with the total of the products just added), for ``--duration`` seconds.
     Reported: orders/s, p50/p95 of a whole checkout (the adds + the confirmation), of one add and of one
     confirmation, HTTP requests/s, and errors;
   - contended: a gunicorn with ``--worker-connections`` = ``--contenders`` / 2; ``--contenders``
     (200) other buyers each put 1 unit of a fresh product holding ``--units`` (50) in their cart (not
     timed), then all confirm at the same instant (``expected_total``: the product's price plus its
     cooperative's delivery fee). Reported per round: orders made (must be exactly 50),
     buyers sent back to their cart with a sold-out message, errors, the product's final stock (must be
     0), oversold units (= units in order lines for the product - 50, must be 0), wall time from the
     start to the last answer and the p50/p95/max of one confirmation.
   The figures reported are the medians over ``--rounds`` (3) rounds.
6. After every run the database is checked: no product or variant with a negative stock; for every
   product, the stock taken (initial - now) equals the units in its order lines; every order has at
   least one cooperative part and every part at least one line (no half-made order); the parts' and
   orders' amounts add up; the orders in the database are exactly the ones the client was told about.
   The gunicorn logs are scanned for tracebacks (kept in the JSON).
7. CPU accounting, because this machine is shared and timings are noisy: around every run the CPU time
   of gunicorn (master and workers), of this database's PostgreSQL backends and of the client processes
   is read from /proc, and the machine's busy time from /proc/stat. Reported: CPU ms per order (per
   request for /healthz) by group, the share of the 2 cores used by everything else (other processes,
   PostgreSQL's background writers, interrupts), the idle share, and the CPU ceiling: the orders/s the
   2 cores could reach if the checkout's own CPU (gunicorn + PostgreSQL + client) was all that ran.

Targets (issue)
---------------
- at least 100 orders/s for checkout from a filled cart at ``--buyers`` (16) buyers (median of the
  rounds), with no error;
- shop and check out: informational, no target (its errors are listed as notes);
- zero oversold units in every run; in the contended runs exactly ``--units`` orders and a final stock
  of 0; every consistency check passes; no traceback in the gunicorn logs.

A missed target is reported, not fatal: the script exits 0 (it is a measurement). Results go to
``benchmarks/results/checkout.json`` and ``benchmarks/results/checkout.md``.

Usage: ``.venv/bin/python benchmarks/checkout.py [--duration 10] [--buyers 16] [--rounds 3]
[--contenders 200] [--units 50] [--coops 50] [--products 2000]
[--database-url postgresql://postgres@127.0.0.1:5432/souk_bench_checkout]``
"""

from __future__ import annotations

import argparse
import base64
import concurrent.futures
import contextlib
import http.client
import json
import math
import multiprocessing
import os
import platform
import random
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import psycopg

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python benchmarks/checkout.py` from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.pages import (  # noqa: E402
    GUNICORN_ARGS,
    RESULTS_DIR,
    WORKERS,
    app_env,
    copy_rows,
    database_name,
    free_port,
    libpq_url,
    load_data,
    recreate_database,
    run_migrations,
    server_version,
    start_gunicorn,
    stop_gunicorn,
    wait_healthy,
)

DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/souk_bench_checkout"
ORDERS_PER_S_TARGET = 100.0
CLIENT_PROCESSES = 2
LARGE_STOCK = 1_000_000
PASSWORD = "bench-checkout-password"  # noqa: S105 - the benchmark's throw-away accounts
WARM_SECONDS = 2
REQUEST_TIMEOUT = 30.0
# gunicorn closes a keep-alive connection idle for 2 s (--keep-alive default): reconnect before that.
IDLE_RECONNECT_S = 1.0
USER_AGENT = "souk-bench-checkout/1"
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
EXPECTED_TOTAL_RE = re.compile(r'name="expected_total" value="(\d+)"')
ADDRESS = {
    "full_name": "Bench Buyer",
    "phone": "0612345678",
    "address": "12 rue des Oliviers, Hay Riad",
    "city": "rabat",
    "postal_code": "10100",
    "payment_method": "cod",
    "step": "confirm",
}
# Checks of verify() that must be 0.
FAILED_CHECKS = (
    "negative_stock", "stock_mismatches", "orders_without_parts", "parts_without_lines", "part_amount_mismatches",
    "order_amount_mismatches", "orders_unknown_to_client", "orders_told_but_missing",
)  # fmt: skip
# Filled-cart pools: enough buyers per client thread for this rate during --duration, plus a margin.
FILLED_MAX_ORDERS_PER_S = 400
FILLED_POOL_MARGIN = 1.2
CART_COLUMNS = ["user_id", "line_key", "product_id", "variant_id", "quantity", "created_at", "updated_at"]
USER_COLUMNS = [
    "email", "password_hash", "display_name", "locale", "is_admin", "is_organiser", "active", "session_token",
    "created_at", "updated_at",
]  # fmt: skip


# A filled-cart buyer as a client thread gets it: email, Cookie header value, form token, the cart's
# cooperatives, and the grand total the review page would show for that cart (centimes).
PoolEntry = tuple[str, str, str, list[int], int]


# --------------------------------------------------------------------------------------------- arguments


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds per timed run (default 10)")
    parser.add_argument("--buyers", type=int, default=16, help="concurrent buyers, uncontended (default 16)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each run (default 3)")
    parser.add_argument("--contenders", type=int, default=200, help="buyers in a contended run (default 200)")
    parser.add_argument("--units", type=int, default=50, help="stock of the contended product (default 50)")
    parser.add_argument("--coops", type=int, default=50, help="cooperatives to load (default 50)")
    parser.add_argument("--products", type=int, default=2_000, help="products to load (default 2000)")
    parser.add_argument(
        "--database-url", default=DEFAULT_DATABASE_URL, help="PostgreSQL URL; the database is recreated"
    )
    args = parser.parse_args(argv)
    if min(args.duration, args.buyers, args.rounds, args.contenders, args.units, args.coops) < 1:
        parser.error("every count and --duration must be positive")
    if args.products < args.rounds + 3:
        parser.error("--products must leave a product per contended round and a few to buy")
    return args


# --------------------------------------------------------------------------------------------- database


@dataclass
class Catalogue:
    """What the buyers may buy (cooperative id -> product ids), the contended products (one per round,
    with their cooperative), every product's stock before the first run, and what the review page's
    total is made of: every product's price and every cooperative's home delivery fee (centimes)."""

    by_coop: dict[int, list[int]]
    contested: list[tuple[int, int]]
    initial_stock: dict[int, int]
    password_hash: str
    prices: dict[int, int]
    fees: dict[int, int]

    def total(self, picks: Sequence[tuple[int, int, int]]) -> int:
        """The grand total the review page shows for a cart of `picks` (product, cooperative, quantity),
        every cooperative delivering at home."""
        return expected_total(self.prices, self.fees, picks)


def expected_total(prices: dict[int, int], fees: dict[int, int], picks: Sequence[tuple[int, int, int]]) -> int:
    """As the server's `orders.services.quote`: the sum of unit price x quantity over the cart's lines, plus the
    delivery fee of each cooperative in the cart (home delivery)."""
    return sum(prices[product] * quantity for product, _coop, quantity in picks) + sum(
        fees[coop] for coop in {coop for _product, coop, _quantity in picks}
    )


def buyer_emails(prefix: str, count: int) -> list[str]:
    return [f"{prefix}-{i + 1:04d}@bench.example" for i in range(count)]


def password_hash() -> str:
    """The app's own hashing (User.set_password), once: every benchmark account has the same password."""
    import market.models  # noqa: F401 - every mapper, so that the User model configures
    from market.accounts.models import User

    user = User()
    user.set_password(PASSWORD)
    return user.password_hash


def prepare_database(args: argparse.Namespace, instance_dir: Path) -> Catalogue:
    url = args.database_url
    recreate_database(url)
    run_migrations(url, instance_dir)
    load_data(url, args.coops, args.products)
    hashed = password_hash()
    now = datetime.now(UTC).replace(tzinfo=None)
    emails = buyer_emails("buyer", args.buyers) + buyer_emails("contender", args.contenders)
    with psycopg.connect(libpq_url(url)) as conn:
        rows = conn.execute(
            "SELECT p.id, p.cooperative_id FROM products p JOIN cooperatives c ON c.id = p.cooperative_id"
            " WHERE p.is_published AND p.blocked_reason IS NULL AND c.status = 'approved' AND c.cod_enabled"
            " ORDER BY p.id"
        ).fetchall()
        if len(rows) < args.rounds + 3:
            raise SystemExit("not enough public products in the loaded catalogue")
        contested = [(int(pid), int(coop)) for pid, coop in rows[-args.rounds :]]
        conn.execute("UPDATE products SET stock = %s", (LARGE_STOCK,))
        conn.execute("UPDATE products SET stock = %s WHERE id = ANY(%s)", (args.units, [p for p, _c in contested]))
        users = (
            (email, hashed, f"Buyer {i + 1}", "en", False, False, True, secrets.token_hex(16), now, now)
            for i, email in enumerate(emails)
        )
        copy_rows(conn, "users", USER_COLUMNS, users)
        conn.commit()
        initial = {int(pid): int(stock) for pid, stock in conn.execute("SELECT id, stock FROM products")}
        prices = {int(pid): int(price) for pid, price in conn.execute("SELECT id, price_centimes FROM products")}
        fees = {int(cid): int(fee) for cid, fee in conn.execute("SELECT id, delivery_fee_centimes FROM cooperatives")}
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("ANALYZE")
    by_coop: dict[int, list[int]] = {}
    for pid, coop in rows[: -args.rounds]:
        by_coop.setdefault(int(coop), []).append(int(pid))
    return Catalogue(by_coop, contested, initial, hashed, prices, fees)


@dataclass
class FilledBuyer:
    """An account with a filled cart (its cooperatives and the review page's total), signed in by a minted
    session cookie."""

    email: str
    user_id: int
    session_token: str
    coops: list[int]
    total: int
    cookie: str = ""
    csrf: str = ""


def pool_size(args: argparse.Namespace, duration: float) -> int:
    """Filled-cart buyers per client thread: none runs out within `duration` at up to 400 orders/s."""
    return math.ceil(FILLED_MAX_ORDERS_PER_S * duration * FILLED_POOL_MARGIN / args.buyers)


def fill_carts(url: str, catalogue: Catalogue, tag: str, count: int, seed: int) -> list[FilledBuyer]:
    """`count` fresh accounts, each with 1-3 random products from 1-3 cooperatives (1-3 units each) in its
    cart, written with COPY (users, then cart_items); then VACUUM ANALYZE, so that neither the planner's
    statistics nor autovacuum lag behind the bulk load during the timed run."""
    rng, now = random.Random(seed), datetime.now(UTC).replace(tzinfo=None)
    emails = buyer_emails(f"filled-{tag}", count)
    with psycopg.connect(libpq_url(url)) as conn:
        users = (
            (email, catalogue.password_hash, f"Filled buyer {tag}-{i + 1}", "en", False, False, True,
             secrets.token_hex(16), now, now)
            for i, email in enumerate(emails)
        )  # fmt: skip
        copy_rows(conn, "users", USER_COLUMNS, users)
        query = "SELECT email, id, session_token FROM users WHERE email = ANY(%s)"
        accounts = {email: (int(uid), token) for email, uid, token in conn.execute(query, (emails,))}
        buyers, lines = [], []
        for email in emails:
            picks = pick_cart(rng, catalogue.by_coop)
            user_id, token = accounts[email]
            lines += [(user_id, str(product), product, None, quantity, now, now) for product, _c, quantity in picks]
            coops = sorted({coop for _p, coop, _q in picks})
            buyers.append(FilledBuyer(email, user_id, token, coops, catalogue.total(picks)))
        copy_rows(conn, "cart_items", CART_COLUMNS, iter(lines))
        conn.commit()
    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) users, cart_items")
    return buyers


# --------------------------------------------------------------------------------------------- minted sessions

_MINT_APP: Any = None


def _minter_init(env: dict[str, str]) -> None:
    """The helper process: the app, built with the server's environment (gunicorn's cwd and variables)."""
    global _MINT_APP  # noqa: PLW0603 - one app per helper process
    os.environ.clear()
    os.environ.update(env)
    os.chdir(ROOT)
    from market import create_app

    _MINT_APP = create_app()


def mint_sessions(users: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[str, str]]]:
    """For each (user id, session token): the signed session cookie the app sets after a sign-in, and the
    form's CSRF token. The session is the one the login leaves (Flask-WTF's raw CSRF token from the login
    form, then login_user's `_user_id`, `_fresh` and `_id`, computed here for the client's address and
    User-Agent), signed by the app's own session interface. Returns (cookie name, [(cookie, token)])."""
    from flask import session
    from flask_wtf.csrf import generate_csrf

    app = _MINT_APP
    serializer = app.session_interface.get_signing_serializer(app)
    minted = []
    for user_id, token in users:
        environ = {"REMOTE_ADDR": "127.0.0.1"}
        with app.test_request_context("/account/login", environ_base=environ, headers={"User-Agent": USER_AGENT}):
            form_token = generate_csrf()
            session["_user_id"] = f"{user_id}:{token}"
            session["_fresh"] = True
            session["_id"] = app.login_manager._session_identifier_generator()  # noqa: SLF001 - as login_user
            minted.append((serializer.dumps(dict(session)), form_token))
    return app.config["SESSION_COOKIE_NAME"], minted


class Minter:
    """The helper process that mints signed-in sessions (spawned once, reused for every pool)."""

    def __init__(self, env: dict[str, str]) -> None:
        context = multiprocessing.get_context("spawn")
        self.pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=context, initializer=_minter_init,
                                                           initargs=(env,))  # fmt: skip
        self.cookie_name = "session"

    def sign_in(self, buyers: Sequence[FilledBuyer]) -> None:
        name, minted = self.pool.submit(mint_sessions, [(b.user_id, b.session_token) for b in buyers]).result()
        self.cookie_name = name
        for buyer, (cookie, token) in zip(buyers, minted, strict=True):
            buyer.cookie, buyer.csrf = cookie, token

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def verify(url: str, catalogue: Catalogue, told: set[str]) -> dict[str, Any]:
    """The database's invariants after a run; `told` is every order number the client was sent to."""
    with psycopg.connect(libpq_url(url)) as conn:

        def scalar(query: str) -> int:
            return int(conn.execute(query).fetchone()[0])

        negative = scalar(
            "SELECT (SELECT count(*) FROM products WHERE stock < 0) + (SELECT count(*) FROM product_variants"
            " WHERE stock < 0)"
        )
        ordered = dict(
            conn.execute(
                "SELECT l.product_id, sum(l.quantity) FROM order_lines l JOIN coop_orders c ON c.id = l.coop_order_id"
                " WHERE c.status <> 'cancelled' GROUP BY l.product_id"
            ).fetchall()
        )
        stock = dict(conn.execute("SELECT id, stock FROM products").fetchall())
        mismatched = {
            pid: {"taken": catalogue.initial_stock[pid] - now, "ordered": int(ordered.get(pid, 0))}
            for pid, now in stock.items()
            if catalogue.initial_stock.get(pid, now) - now != int(ordered.get(pid, 0))
        }
        numbers = {row[0] for row in conn.execute("SELECT number FROM orders")}
        checks = {
            "orders": len(numbers),
            "order_lines": scalar("SELECT count(*) FROM order_lines"),
            "units_ordered": int(sum(ordered.values())),
            "negative_stock": negative,
            "stock_mismatches": len(mismatched),
            "stock_mismatch_examples": dict(list(mismatched.items())[:5]),
            "orders_without_parts": scalar(
                "SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM coop_orders c WHERE c.order_id = o.id)"
            ),
            "parts_without_lines": scalar(
                "SELECT count(*) FROM coop_orders c"
                " WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.coop_order_id = c.id)"
            ),
            "part_amount_mismatches": scalar(
                "SELECT count(*) FROM coop_orders c WHERE c.items_centimes <> (SELECT"
                " coalesce(sum(l.unit_price_centimes * l.quantity), 0) FROM order_lines l WHERE l.coop_order_id = c.id)"
            ),
            "order_amount_mismatches": scalar(
                "SELECT count(*) FROM orders o WHERE o.total_centimes <> o.items_centimes + o.delivery_centimes"
                " OR o.items_centimes <> (SELECT coalesce(sum(c.items_centimes), 0) FROM coop_orders c"
                " WHERE c.order_id = o.id)"
                " OR o.delivery_centimes <> (SELECT coalesce(sum(c.delivery_fee_centimes), 0) FROM coop_orders c"
                " WHERE c.order_id = o.id)"
            ),
            "parts_not_confirmed": scalar("SELECT count(*) FROM coop_orders WHERE status <> 'confirmed'"),
            "orders_unknown_to_client": len(numbers - told),
            "orders_told_but_missing": len(told - numbers),
            "outbox_emails": scalar("SELECT count(*) FROM outbox_emails"),
            "outbox_pending": scalar("SELECT count(*) FROM outbox_emails WHERE status = 'pending'"),
        }
    checks["ok"] = not any(checks[key] for key in FAILED_CHECKS)
    return checks


def contested_state(url: str, product_id: int) -> tuple[int, int, int]:
    """(stock now, units in order lines, orders holding it) of the contended product."""
    with psycopg.connect(libpq_url(url)) as conn:
        stock = conn.execute("SELECT stock FROM products WHERE id = %s", (product_id,)).fetchone()[0]
        units, orders = conn.execute(
            "SELECT coalesce(sum(l.quantity), 0), count(DISTINCT c.order_id) FROM order_lines l"
            " JOIN coop_orders c ON c.id = l.coop_order_id WHERE l.product_id = %s",
            (product_id,),
        ).fetchone()
    return int(stock), int(units), int(orders)


def empty_carts(url: str, emails: Sequence[str]) -> int:
    with psycopg.connect(libpq_url(url)) as conn:
        cur = conn.execute(
            "DELETE FROM cart_items WHERE user_id IN (SELECT id FROM users WHERE email = ANY(%s))", (list(emails),)
        )
        return cur.rowcount


# --------------------------------------------------------------------------------------------- HTTP client


class Failure(Exception):
    """An answer the buyer did not expect (recorded as an error)."""


@dataclass
class Buyer:
    """A signed-in buyer's browser: cookies and the form token of its session."""

    email: str
    cookies: dict[str, str] = field(default_factory=dict)
    csrf: str = ""


@dataclass
class Reply:
    status: int
    location: str
    body: bytes
    set_cookies: dict[str, str]

    def flashes(self) -> list[tuple[str, str]]:
        """The messages flashed in the session cookie this answer sets (Flask's signed, not encrypted,
        cookie: base64 of (zlib'd) tagged JSON)."""
        value = self.set_cookies.get("session")
        if not value:
            return []
        try:
            compressed = value.startswith(".")
            payload = value.lstrip(".").split(".")[0]
            raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
            data = json.loads(zlib.decompress(raw) if compressed else raw)
        except (ValueError, zlib.error):
            return []
        items = data.get("_flashes", []) if isinstance(data, dict) else []
        return [tuple(item[" t"]) if isinstance(item, dict) else tuple(item) for item in items]

    def last_flash(self) -> tuple[str, str] | None:
        flashes = self.flashes()
        return flashes[-1] if flashes else None

    def path(self) -> str:
        return urlsplit(self.location).path

    def describe(self) -> str:
        where = f" -> {self.path()}" if self.location else ""
        flash = self.last_flash()
        said = f" [{flash[0]}: {flash[1][:80]}]" if flash else ""
        return f"{self.status}{where}{said}"


def parse_set_cookie(header: str) -> tuple[str, str]:
    """(name, value) of a Set-Cookie header; the value is '' when the cookie is deleted."""
    first, *attributes = header.split(";")
    name, _, value = first.strip().partition("=")
    lowered = [attr.strip().lower() for attr in attributes]
    if "max-age=0" in lowered or any(attr.startswith("expires=") and "1970" in attr for attr in lowered):
        value = ""
    return name, value.strip('"')


class Connection:
    """One keep-alive HTTP/1.1 connection to the server (one per buyer thread)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn: http.client.HTTPConnection | None = None
        self.last_used = 0.0

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def request(
        self, method: str, path: str, buyer: Buyer | None = None, form: dict[str, Any] | None = None, store=False
    ) -> Reply:
        if self.conn is not None and time.monotonic() - self.last_used > IDLE_RECONNECT_S:
            self.close()
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
        headers = {"User-Agent": USER_AGENT, "Accept-Language": "en"}
        if buyer is not None and buyer.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in buyer.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
            data = response.read()
        except BaseException:
            self.close()
            raise
        self.last_used = time.monotonic()
        if response.will_close:
            self.close()
        cookies = dict(parse_set_cookie(h) for h in response.msg.get_all("Set-Cookie") or [])
        if store and buyer is not None:
            for name, value in cookies.items():
                if value:
                    buyer.cookies[name] = value
                else:
                    buyer.cookies.pop(name, None)
        return Reply(response.status, response.getheader("Location", ""), data, cookies)


def csrf_token(reply: Reply) -> str:
    match = CSRF_RE.search(reply.body.decode("utf-8", "replace"))
    if match is None:
        raise Failure(f"no csrf_token in the page ({reply.status})")
    return match.group(1)


def sign_in(conn: Connection, buyer: Buyer) -> None:
    """GET the form, POST the credentials, then read the signed-in session's form token from /cart."""
    buyer.cookies.clear()
    page = conn.request("GET", "/account/login", buyer, store=True)
    form = {"email": buyer.email, "password": PASSWORD, "csrf_token": csrf_token(page)}
    reply = conn.request("POST", "/account/login", buyer, form, store=True)
    if reply.status != 302:
        raise Failure(f"sign-in of {buyer.email}: {reply.describe()}")
    cart = conn.request("GET", "/cart", buyer, store=True)
    if cart.status != 200:
        raise Failure(f"GET /cart after sign-in: {cart.describe()}")
    buyer.csrf = csrf_token(cart)


def add_to_cart(conn: Connection, buyer: Buyer, product_id: int, quantity: int) -> None:
    form = {"product_id": product_id, "quantity": quantity, "csrf_token": buyer.csrf}
    reply = conn.request("POST", "/cart/add", buyer, form)
    flash = reply.last_flash()
    if reply.status != 302 or (flash is not None and flash[0] != "success"):
        raise Failure(f"POST /cart/add: {reply.describe()}")


def confirm(conn: Connection, buyer: Buyer, coops: Sequence[int], total: int) -> Reply:
    """The review page's "Confirm": home delivery for every cooperative and, as the page's hidden field
    `expected_total`, the grand total (centimes) it showed."""
    form = dict(ADDRESS, checkout_token=secrets.token_urlsafe(24), csrf_token=buyer.csrf, expected_total=total)
    form.update({f"delivery-{coop}": "home" for coop in coops})
    return conn.request("POST", "/checkout", buyer, form)


def confirm_failure(reply: Reply, total: int) -> str:
    """An unexpected answer to the confirmation, described; a 409 is the server refusing the total sent
    (its own total differs: the review page is shown again with it, and no order is made)."""
    if reply.status == 409:
        match = EXPECTED_TOTAL_RE.search(reply.body.decode("utf-8", "replace"))
        server = match.group(1) if match else "?"
        return (f"POST /checkout: 409, total mismatch: sent expected_total={total}, the server's total is {server}"
                " (review shown again, no order)")  # fmt: skip
    return f"POST /checkout: {reply.describe()}"


def order_number(reply: Reply) -> str | None:
    path = reply.path()
    if reply.status == 302 and path.startswith("/orders/ST-"):
        return path.rsplit("/", 1)[-1]
    return None


def error_name(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:160]


def wait_until(moment: float) -> None:
    delay = moment - time.time()
    if delay > 0:
        time.sleep(delay)


# --------------------------------------------------------------------------------------------- client threads


def healthz_thread(port: int, start_at: float, stop_at: float, out: list[Any]) -> None:
    conn, latencies, errors = Connection(port), [], Counter()
    wait_until(start_at)
    while (started := time.time()) < stop_at:
        try:
            reply = conn.request("GET", "/healthz")
        except (OSError, http.client.HTTPException) as exc:
            errors[f"GET /healthz: {error_name(exc)}"] += 1
            continue
        ended = time.time()
        if reply.status != 200:
            errors[f"GET /healthz: {reply.status}"] += 1
        elif ended <= stop_at:
            latencies.append(ended - started)
    conn.close()
    out.append({"latencies": latencies, "errors": errors})


def pick_cart(rng: random.Random, by_coop: dict[int, list[int]]) -> list[tuple[int, int, int]]:
    """1-3 distinct products from 1-3 cooperatives, 1-3 units each: (product, cooperative, quantity)."""
    count = rng.randint(1, 3)
    coops = rng.sample(sorted(by_coop), min(len(by_coop), rng.randint(1, count)))
    picks: dict[int, tuple[int, int, int]] = {}
    for i in range(count):
        coop = coops[i] if i < len(coops) else rng.choice(coops)
        product = rng.choice(by_coop[coop])
        picks.setdefault(product, (product, coop, rng.randint(1, 3)))
    return list(picks.values())


def shop_thread(
    port: int,
    buyer: Buyer,
    by_coop: dict[int, list[int]],
    prices: dict[int, int],
    fees: dict[int, int],
    seed: int,
    start_at: float,
    stop_at: float,
    out: list,
) -> None:
    """Add to the cart and check out in a loop until stop_at, confirming the total of what was just added
    (`prices`, `fees`: the catalogue's); one record per checkout."""
    rng, conn, records = random.Random(seed), Connection(port), []
    wait_until(start_at)
    while (started := time.time()) < stop_at:
        picks = pick_cart(rng, by_coop)
        adds, confirm_s, number, error = [], 0.0, None, None
        try:
            for product, _coop, quantity in picks:
                before = time.time()
                add_to_cart(conn, buyer, product, quantity)
                adds.append(time.time() - before)
            before = time.time()
            total = expected_total(prices, fees, picks)
            reply = confirm(conn, buyer, sorted({coop for _p, coop, _q in picks}), total)
            confirm_s = time.time() - before
            number = order_number(reply)
            if number is None:
                raise Failure(confirm_failure(reply, total))
        except Failure as exc:
            error = str(exc)
        except (OSError, http.client.HTTPException) as exc:
            error = error_name(exc)
        records.append((started, time.time(), adds, confirm_s, number, error))
        if error is not None:  # take what this checkout left out of the cart, so the next one starts clean
            for product, _coop, _quantity in picks:
                try:
                    form = {"line": str(product), "quantity": 0, "csrf_token": buyer.csrf}
                    conn.request("POST", "/cart/update", buyer, form)
                except (OSError, http.client.HTTPException):
                    conn.close()
    conn.close()
    out.append(records)


def filled_thread(port: int, pool: Sequence[PoolEntry], start_at: float, stop_at: float,
                  out: list) -> None:  # fmt: skip
    """Check out one filled-cart buyer after the other until stop_at: one confirmation per buyer, each
    sent with that buyer's session cookie and the total of its cart (a pool entry: email, Cookie header
    value, form token, the cart's cooperatives, the total). One record per confirmation: (started, ended,
    order number, error)."""
    conn, records = Connection(port), []
    wait_until(start_at)
    for email, cookie, token, coops, total in pool:
        started = time.time()
        if started >= stop_at:
            break
        name, _, value = cookie.partition("=")
        buyer, number, error = Buyer(email, {name: value}, token), None, None
        try:
            reply = confirm(conn, buyer, coops, total)
            number = order_number(reply)
            if number is None:
                raise Failure(confirm_failure(reply, total))
        except Failure as exc:
            error = str(exc)
        except (OSError, http.client.HTTPException) as exc:
            error = error_name(exc)
        records.append((started, time.time(), number, error))
    else:
        if (now := time.time()) < stop_at:
            records.append((now, now, None, f"the pool of {len(pool)} filled-cart buyers ran out before the end"))
    conn.close()
    out.append(records)


def contend_thread(
    port: int,
    buyer: Buyer,
    product: int,
    coop: int,
    total: int,
    ready: threading.Barrier,
    go: threading.Event,
    out: list,
) -> None:
    """1 unit in the cart (not timed), wait for the start, then confirm `total` (the product's price plus
    its cooperative's delivery fee)."""
    conn, error = Connection(port), None
    try:
        add_to_cart(conn, buyer, product, 1)
    except Failure as exc:
        error = f"prepare: {exc}"
    except Exception as exc:  # noqa: BLE001 - recorded; the thread must reach the barrier
        error = f"prepare: {error_name(exc)}"
    ready.wait()
    go.wait()
    started = time.time()
    result: dict[str, Any] = {"number": None, "sold_out": None, "error": error}
    if error is None:
        try:
            reply = confirm(conn, buyer, [coop], total)
            result["number"] = order_number(reply)
            flash = reply.last_flash()
            if result["number"] is None:
                if reply.status == 302 and reply.path() == "/cart" and flash and flash[0] == "error":
                    result["sold_out"] = flash[1]
                else:
                    result["error"] = confirm_failure(reply, total)
        except Exception as exc:  # noqa: BLE001 - recorded as an error
            result["error"] = error_name(exc)
    result.update(started=started, ended=time.time())
    conn.close()
    out.append(result)


def run_threads(targets: Sequence[tuple[Any, tuple[Any, ...]]]) -> list[Any]:
    out: list[Any] = []
    threads = [threading.Thread(target=target, args=(*args, out), daemon=True) for target, args in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out


def login_thread(port: int, buyers: Sequence[Buyer], out: list) -> None:
    conn, errors = Connection(port), []
    for buyer in buyers:
        try:
            sign_in(conn, buyer)
        except (Failure, OSError, http.client.HTTPException) as exc:
            errors.append(f"{buyer.email}: {error_name(exc)}")
    conn.close()
    out.append(errors)


LOGIN_THREADS = 8  # per client process


def client_process(pipe: Any, index: int) -> None:
    """A client process: keeps its buyers' sessions and runs the commands the parent sends."""
    buyers: dict[str, Buyer] = {}
    while True:
        command, params = pipe.recv()
        if command == "stop":
            return
        try:
            if command == "login":
                mine = [buyers.setdefault(email, Buyer(email)) for email in params["emails"]]
                chunks = [mine[i::LOGIN_THREADS] for i in range(LOGIN_THREADS)]
                errors = run_threads([(login_thread, (params["port"], chunk)) for chunk in chunks if chunk])
                pipe.send(("done", [e for chunk in errors for e in chunk]))
            elif command == "healthz":
                targets = [(healthz_thread, (params["port"], params["start_at"], params["stop_at"]))] * params[
                    "threads"
                ]
                pipe.send(("done", run_threads(targets)))
            elif command == "shop":
                targets = [
                    (shop_thread, (params["port"], buyers[email], params["by_coop"], params["prices"],
                                   params["fees"], params["seed"] + n, params["start_at"], params["stop_at"]))
                    for n, email in enumerate(params["emails"])
                ]  # fmt: skip
                pipe.send(("done", run_threads(targets)))
            elif command == "filled":
                targets = [(filled_thread, (params["port"], pool, params["start_at"], params["stop_at"]))
                           for pool in params["pools"]]  # fmt: skip
                pipe.send(("done", run_threads(targets)))
            elif command == "contend":
                emails = params["emails"]
                ready, go, out = threading.Barrier(len(emails) + 1), threading.Event(), []
                threads = [
                    threading.Thread(
                        target=contend_thread,
                        args=(
                            params["port"],
                            buyers[email],
                            params["product"],
                            params["coop"],
                            params["total"],
                            ready,
                            go,
                            out,
                        ),
                        daemon=True,
                    )
                    for email in emails
                ]
                for thread in threads:
                    thread.start()
                ready.wait()
                pipe.send(("ready", None))
                _go, start_at = pipe.recv()
                wait_until(start_at)
                go.set()
                for thread in threads:
                    thread.join()
                pipe.send(("done", out))
            else:
                raise ValueError(f"unknown command {command}")
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the benchmark
            pipe.send(("failed", f"client {index}: {error_name(exc)}"))


class Clients:
    """The client processes; buyers are split between them (round-robin)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes, self.procs = [], []
        for index in range(CLIENT_PROCESSES):
            parent, child = context.Pipe()
            proc = context.Process(target=client_process, args=(child, index), daemon=True)
            proc.start()
            self.pipes.append(parent)
            self.procs.append(proc)

    @property
    def pids(self) -> list[int]:
        return [proc.pid for proc in self.procs]

    @staticmethod
    def split(items: Sequence[Any]) -> list[list[Any]]:
        return [list(items[i::CLIENT_PROCESSES]) for i in range(CLIENT_PROCESSES)]

    def send(self, command: str, params_per_process: Sequence[dict[str, Any]]) -> None:
        for pipe, params in zip(self.pipes, params_per_process, strict=True):
            pipe.send((command, params))

    def receive(self, expected: str = "done") -> list[Any]:
        answers = []
        for pipe in self.pipes:
            kind, value = pipe.recv()
            if kind != expected:
                raise SystemExit(f"client process: {value}")
            answers.append(value)
        return answers

    def call(self, command: str, params_per_process: Sequence[dict[str, Any]]) -> list[Any]:
        self.send(command, params_per_process)
        return self.receive()

    def stop(self) -> None:
        for pipe, proc in zip(self.pipes, self.procs, strict=True):
            with contextlib.suppress(OSError):
                pipe.send(("stop", None))
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()


# --------------------------------------------------------------------------------------------- CPU accounting

CLK_TCK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc; 0 when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLK_TCK


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def machine_cpu() -> tuple[float, float, float]:
    """(busy, total, steal) CPU seconds of the whole machine since boot, from /proc/stat."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:9]]
    total, idle, steal = sum(values), values[3] + values[4], values[7]
    return (total - idle) / CLK_TCK, total / CLK_TCK, steal / CLK_TCK


class CpuMeter:
    """Where the CPU goes during a run: gunicorn (master and workers), this database's PostgreSQL backends,
    the client processes, and everything else on the machine (other processes, PostgreSQL's background
    writers, interrupts). Measured because this machine is shared and noisy: CPU per order is much
    steadier than orders/s, and `other` shows how much of the 2 cores something else took."""

    def __init__(self, server_pid: int, client_pids: Sequence[int], url: str) -> None:
        self.server_pid, self.client_pids, self.url = server_pid, list(client_pids), url

    def snapshot(self) -> dict[str, Any]:
        with psycopg.connect(libpq_url(self.url)) as conn:
            query = "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            backends = [row[0] for row in conn.execute(query)]
        groups = {
            "gunicorn": [self.server_pid, *children(self.server_pid)],
            "postgres": backends,
            "client": self.client_pids,
        }
        busy, total, steal = machine_cpu()
        return {
            "at": time.monotonic(),
            "machine": (busy, total, steal),
            "groups": {name: {pid: cpu_seconds(pid) for pid in pids} for name, pids in groups.items()},
        }

    @staticmethod
    def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, float]:
        used = {}
        for name, pids in after["groups"].items():
            start = before["groups"].get(name, {})
            used[name] = sum(max(0.0, cpu - start.get(pid, 0.0)) for pid, cpu in pids.items())
        busy = after["machine"][0] - before["machine"][0]
        wall = after["at"] - before["at"]
        return {
            "wall_s": round(wall, 2),
            "capacity_s": round(wall * (os.cpu_count() or 1), 2),
            "gunicorn_s": round(used["gunicorn"], 2),
            "postgres_s": round(used["postgres"], 2),
            "client_s": round(used["client"], 2),
            "other_s": round(max(0.0, busy - sum(used.values())), 2),
            "idle_s": round(max(0.0, wall * (os.cpu_count() or 1) - busy), 2),
            "steal_s": round(after["machine"][2] - before["machine"][2], 2),
        }


def per_unit(cpu: dict[str, float], count: int) -> dict[str, float]:
    """CPU milliseconds per order (or request) by group."""
    if not count:
        return {}
    return {key.removesuffix("_s") + "_ms": round(cpu[key] * 1000 / count, 2)
            for key in ("gunicorn_s", "postgres_s", "client_s", "other_s")}  # fmt: skip


# --------------------------------------------------------------------------------------------- runs


def ms(seconds: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) in milliseconds, nearest rank; 0 for no data."""
    if not seconds:
        return 0.0
    ordered = sorted(seconds)
    rank = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return round(ordered[rank] * 1000, 2)


def run_healthz(clients: Clients, meter: CpuMeter, port: int, threads: int, duration: int) -> dict[str, Any]:
    before = meter.snapshot()
    start_at = time.time() + 0.5
    per_process = [len(part) for part in Clients.split(range(threads))]
    params = [{"port": port, "threads": n, "start_at": start_at, "stop_at": start_at + duration} for n in per_process]
    results = [item for answer in clients.call("healthz", params) for item in answer]
    cpu = CpuMeter.diff(before, meter.snapshot())
    latencies = [x for item in results for x in item["latencies"]]
    errors = sum((item["errors"] for item in results), Counter())
    return {
        "rps": round(len(latencies) / duration, 1),
        "requests": len(latencies),
        "p50_ms": ms(latencies, 50),
        "p95_ms": ms(latencies, 95),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(5)),
        "cpu": cpu,
        "cpu_per_request": per_unit(cpu, len(latencies)),
    }


def prepare_pools(
    url: str, catalogue: Catalogue, minter: Minter, tag: str, threads: int, per_thread: int, seed: int
) -> list[list[PoolEntry]]:
    """Fresh filled-cart buyers, signed in by minted sessions, `per_thread` for each client thread (not
    timed). Returns every thread's pool: (email, Cookie header value, form token, cooperatives, the cart's
    total as the review page shows it)."""
    buyers = fill_carts(url, catalogue, tag, threads * per_thread, seed)
    minter.sign_in(buyers)
    entries = [(b.email, f"{minter.cookie_name}={b.cookie}", b.csrf, b.coops, b.total) for b in buyers]
    return [entries[i * per_thread : (i + 1) * per_thread] for i in range(threads)]


def check_minted_session(port: int, pool: Sequence[PoolEntry]) -> dict[str, Any]:
    """A minted session must be signed in: GET /orders answers 200, not a redirect to the sign-in page.
    Also recorded: whether the server rewrote the session cookie (it would, e.g., if session protection
    found the session's identifier wrong and marked it not fresh)."""
    email, cookie, _token, _coops, _total = pool[0]
    name, _, value = cookie.partition("=")
    conn = Connection(port)
    try:
        reply = conn.request("GET", "/orders", Buyer(email, {name: value}))
    finally:
        conn.close()
    result = {"buyer": email, "status": reply.status, "location": reply.path(),
              "session_rewritten": name in reply.set_cookies}  # fmt: skip
    if reply.status != 200:
        raise SystemExit(f"a minted session is not signed in: GET /orders -> {reply.describe()}")
    return result


def run_filled(
    clients: Clients,
    meter: CpuMeter,
    port: int,
    pools: Sequence[Sequence[PoolEntry]],
    duration: float,
    told: set,
) -> dict[str, Any]:
    before = meter.snapshot()
    start_at = time.time() + 0.5
    stop_at = start_at + duration
    params = [{"port": port, "pools": part, "start_at": start_at, "stop_at": stop_at} for part in Clients.split(pools)]
    records = [r for answer in clients.call("filled", params) for per_thread in answer for r in per_thread]
    cpu = CpuMeter.diff(before, meter.snapshot())
    told.update(r[2] for r in records if r[2])  # every order made, in the window or after it
    done = [r for r in records if r[2] and r[1] <= stop_at]
    answered = [r[1] - r[0] for r in records if r[1] <= stop_at and r[1] > r[0]]
    errors = Counter(r[3] for r in records if r[3])
    return {
        "orders_per_s": round(len(done) / duration, 1),
        "orders": len(done),
        "confirm_p50_ms": ms(answered, 50),
        "confirm_p95_ms": ms(answered, 95),
        "buyers_used": len(records),
        "pool_per_thread": max((len(pool) for pool in pools), default=0),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(8)),
        "cpu": cpu,
        "cpu_per_order": per_unit(cpu, sum(1 for r in records if r[2])),
    }


def run_shop(
    clients: Clients,
    meter: CpuMeter,
    port: int,
    emails: Sequence[str],
    catalogue: Catalogue,
    duration: float,
    seed: int,
    told: set,
) -> dict[str, Any]:
    before = meter.snapshot()
    start_at = time.time() + 0.5
    stop_at = start_at + duration
    params = [
        {"port": port, "emails": part, "by_coop": catalogue.by_coop, "prices": catalogue.prices,
         "fees": catalogue.fees, "seed": seed + 1000 * i, "start_at": start_at, "stop_at": stop_at}
        for i, part in enumerate(Clients.split(emails))
    ]  # fmt: skip
    records = [r for answer in clients.call("shop", params) for per_buyer in answer for r in per_buyer]
    cpu = CpuMeter.diff(before, meter.snapshot())
    told.update(r[4] for r in records if r[4])  # every order made, in the window or after it
    done = [r for r in records if r[4] and r[1] <= stop_at]
    errors = Counter(r[5] for r in records if r[5])
    adds = [a for r in records for a in r[2]]
    confirms = [r[3] for r in records if r[3]]
    requests = sum(len(r[2]) + (1 if r[3] else 0) for r in records if r[1] <= stop_at)
    return {
        "orders_per_s": round(len(done) / duration, 1),
        "orders": len(done),
        "checkout_p50_ms": ms([r[1] - r[0] for r in done], 50),
        "checkout_p95_ms": ms([r[1] - r[0] for r in done], 95),
        "add_p50_ms": ms(adds, 50),
        "add_p95_ms": ms(adds, 95),
        "confirm_p50_ms": ms(confirms, 50),
        "confirm_p95_ms": ms(confirms, 95),
        "adds_per_order": round(len(adds) / len(records), 2) if records else 0.0,
        "http_requests_per_s": round(requests / duration, 1),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(8)),
        "cpu": cpu,
        "cpu_per_order": per_unit(cpu, sum(1 for r in records if r[4])),
    }


def run_contended(
    clients: Clients,
    meter: CpuMeter,
    port: int,
    emails: Sequence[str],
    product: int,
    coop: int,
    total: int,
    url: str,
    units: int,
    told: set,
) -> dict[str, Any]:
    clients.send("contend", [{"port": port, "emails": part, "product": product, "coop": coop, "total": total}
                             for part in Clients.split(emails)])  # fmt: skip
    clients.receive("ready")
    before = meter.snapshot()
    start_at = time.time() + 0.3
    for pipe in clients.pipes:
        pipe.send(("go", start_at))
    results = [item for answer in clients.receive() for item in answer]
    cpu = CpuMeter.diff(before, meter.snapshot())
    numbers = [r["number"] for r in results if r["number"]]
    told.update(numbers)
    stock, ordered_units, orders = contested_state(url, product)
    latencies = [r["ended"] - r["started"] for r in results if not (r["error"] or "").startswith("prepare")]
    errors = Counter(r["error"] for r in results if r["error"])
    messages = Counter(r["sold_out"] for r in results if r["sold_out"])
    return {
        "product_id": product,
        "buyers": len(results),
        "units": units,
        "succeeded": len(numbers),
        "sold_out_flash": sum(messages.values()),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors.most_common(8)),
        "sold_out_messages": dict(messages.most_common(5)),
        "final_stock": stock,
        "units_ordered": ordered_units,
        "orders_in_db": orders,
        "oversold": ordered_units - units,
        "wall_s": round(max(r["ended"] for r in results) - start_at, 3),
        "confirm_p50_ms": ms(latencies, 50),
        "confirm_p95_ms": ms(latencies, 95),
        "confirm_max_ms": ms(latencies, 100),
        "cpu": cpu,
        "cpu_per_buyer": per_unit(cpu, len(results)),
    }


def scan_log(path: Path) -> dict[str, Any]:
    """Tracebacks and error lines in a gunicorn log."""
    text = path.read_text(errors="replace") if path.exists() else ""
    tracebacks, lines = [], text.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("Traceback"):
            end = i + 1
            while end < len(lines) and (lines[end].startswith((" ", "\t")) or not lines[end].strip()):
                end += 1
            tracebacks.append("\n".join(lines[max(0, i - 1) : end + 1])[-4000:])
    errors = [ln for ln in lines if "[ERROR]" in ln or "[CRITICAL]" in ln or " 500 " in ln]
    distinct = list(dict.fromkeys(tb.splitlines()[-1] for tb in tracebacks))
    return {
        "tracebacks": len(tracebacks),
        "error_lines": len(errors),
        "distinct_exceptions": distinct[:10],
        "first_tracebacks": tracebacks[:3],
        "error_line_examples": errors[:5],
    }


@dataclass
class Server:
    proc: subprocess.Popen[bytes]
    port: int
    log: Path


def serve(url: str, instance_dir: Path, workdir: Path, name: str, connections: int) -> Server:
    port, log = free_port(), workdir / f"gunicorn-{name}.log"
    proc = start_gunicorn(port, app_env(url, instance_dir), log, connections)
    try:
        wait_healthy(proc, port, log)
    except BaseException:
        stop_gunicorn(proc)
        raise
    return Server(proc, port, log)


def benchmark(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    instance_dir = workdir / "instance"
    instance_dir.mkdir()
    url = args.database_url
    started = time.monotonic()
    print(f"database {database_name(url)}: {args.coops} coops, {args.products} products", flush=True)
    catalogue = prepare_database(args, instance_dir)
    setup_s = round(time.monotonic() - started, 1)
    print(f"  loaded in {setup_s} s", flush=True)
    buyers, contenders = buyer_emails("buyer", args.buyers), buyer_emails("contender", args.contenders)
    told: set[str] = set()
    out: dict[str, Any] = {"setup_s": setup_s, "yardstick": [], "filled_cart": [], "shop": [], "contended": []}
    per_thread = pool_size(args, args.duration)
    clients, minter = Clients(), Minter(app_env(url, instance_dir))
    try:
        server = serve(url, instance_dir, workdir, "uncontended", args.buyers)
        try:
            before = time.monotonic()
            params = [{"port": server.port, "emails": part} for part in Clients.split(buyers + contenders)]
            errors = [error for part in clients.call("login", params) for error in part]
            if errors:
                raise SystemExit(f"{len(errors)} sign-ins failed, e.g. {errors[:3]}")
            out["sign_in_s"] = round(time.monotonic() - before, 1)
            meter = CpuMeter(server.proc.pid, clients.pids, url)
            print(f"gunicorn on 127.0.0.1:{server.port}; {len(buyers) + len(contenders)} buyers signed in"
                  f" in {out['sign_in_s']} s", flush=True)  # fmt: skip
            before = time.monotonic()
            pools = prepare_pools(url, catalogue, minter, "w", args.buyers, pool_size(args, WARM_SECONDS), 7)
            out["session_check"] = check_minted_session(server.port, pools[0])
            print(f"  filled-cart pools: {per_thread} buyers per thread; minted sessions signed in"
                  f" (GET /orders {out['session_check']['status']}, session cookie rewritten:"
                  f" {out['session_check']['session_rewritten']}); warm-up pools in"
                  f" {time.monotonic() - before:.1f} s", flush=True)  # fmt: skip
            run_healthz(clients, meter, server.port, args.buyers, WARM_SECONDS)
            warm = run_filled(clients, meter, server.port, pools, WARM_SECONDS, told)
            print(f"  warm-up, filled carts: {warm['orders']} orders, {warm['errors']} errors", flush=True)
            warm = run_shop(clients, meter, server.port, buyers, catalogue, WARM_SECONDS, 1, told)
            print(f"  warm-up, shop and check out: {warm['orders']} orders, {warm['errors']} errors", flush=True)
            for round_no in range(1, args.rounds + 1):
                health = run_healthz(clients, meter, server.port, args.buyers, args.duration)
                out["yardstick"].append(health)
                before = time.monotonic()
                pools = prepare_pools(url, catalogue, minter, str(round_no), args.buyers, per_thread, round_no)
                prepared_s = round(time.monotonic() - before, 1)
                filled = run_filled(clients, meter, server.port, pools, args.duration, told)
                filled["prepare_s"] = prepared_s
                filled["checks"] = verify(url, catalogue, told)
                out["filled_cart"].append(filled)
                shop = run_shop(clients, meter, server.port, buyers, catalogue, args.duration, 100 * round_no, told)
                shop["checks"] = verify(url, catalogue, told)
                out["shop"].append(shop)
                print(f"  round {round_no}/{args.rounds}  /healthz {health['rps']:8.1f} req/s", flush=True)
                for label, run, p50, p95 in (
                    ("filled cart  ", filled, filled["confirm_p50_ms"], filled["confirm_p95_ms"]),
                    ("shop+checkout", shop, shop["checkout_p50_ms"], shop["checkout_p95_ms"]),
                ):
                    cpu = run["cpu_per_order"]
                    print(
                        f"    {label} {run['orders_per_s']:6.1f} orders/s  p50 {p50:6.1f}  p95 {p95:6.1f} ms"
                        f"  errors {run['errors']}  CPU ms/order gunicorn {cpu.get('gunicorn_ms', 0):.1f}"
                        f" pg {cpu.get('postgres_ms', 0):.1f} client {cpu.get('client_ms', 0):.1f}"
                        f" else {cpu.get('other_ms', 0):.1f}, other load {share(run, 'other_s'):.0f} %"
                        f"  checks {'ok' if run['checks']['ok'] else 'FAILED'}",
                        flush=True,
                    )
        finally:
            stop_gunicorn(server.proc)
            out["log_uncontended"] = scan_log(server.log)

        server = serve(url, instance_dir, workdir, "contended", args.contenders)
        try:
            meter = CpuMeter(server.proc.pid, clients.pids, url)
            run_shop(
                clients, meter, server.port, buyers, catalogue, WARM_SECONDS, 2, told
            )  # warm this server's workers
            for round_no, (product, coop) in enumerate(catalogue.contested, start=1):
                total = catalogue.total([(product, coop, 1)])  # 1 unit + the cooperative's delivery fee
                run = run_contended(
                    clients, meter, server.port, contenders, product, coop, total, url, args.units, told
                )
                run["checks"] = verify(url, catalogue, told)
                run["carts_emptied"] = empty_carts(url, contenders)
                out["contended"].append(run)
                print(
                    f"  contended {round_no}/{args.rounds}  {run['buyers']} buyers for {args.units} units:"
                    f" {run['succeeded']} orders, {run['sold_out_flash']} sold out, {run['errors']} errors,"
                    f" stock {run['final_stock']}, oversold {run['oversold']}, {run['wall_s']:.2f} s"
                    f"  checks {'ok' if run['checks']['ok'] else 'FAILED'}",
                    flush=True,
                )
        finally:
            stop_gunicorn(server.proc)
            out["log_contended"] = scan_log(server.log)
    finally:
        clients.stop()
        minter.close()
    return out


# --------------------------------------------------------------------------------------------- report


def median(runs: Sequence[dict[str, Any]], key: str) -> float:
    return round(statistics.median(run[key] for run in runs), 2) if runs else 0.0


def median_cpu(runs: Sequence[dict[str, Any]], key: str) -> dict[str, float]:
    names = ("gunicorn_ms", "postgres_ms", "client_ms", "other_ms")
    usable = [run[key] for run in runs if run.get(key)]
    return {name: round(statistics.median(item[name] for item in usable), 3) for name in names} if usable else {}


def share(run: dict[str, Any], key: str) -> float:
    """A CPU figure of a run as a percentage of the machine's capacity during it."""
    cpu = run["cpu"]
    return 100 * cpu[key] / cpu["capacity_s"] if cpu["capacity_s"] else 0.0


def pct(runs: Sequence[dict[str, Any]], key: str) -> float:
    """The median share of the machine's CPU capacity a group took during the runs."""
    return round(statistics.median(share(run, key) for run in runs), 1) if runs else 0.0


def ceiling(per_order: dict[str, float]) -> float:
    """The orders/s the machine's cores could reach with only this run's own CPU (gunicorn, PostgreSQL,
    client) per order."""
    measured = sum(per_order.get(k, 0.0) for k in ("gunicorn_ms", "postgres_ms", "client_ms"))
    return round((os.cpu_count() or 1) * 1000 / measured, 1) if measured else 0.0


def summarise(out: dict[str, Any], args: argparse.Namespace) -> tuple[dict[str, Any], list[str], list[str]]:
    """The medians, the missed targets, and notes (informational runs' errors)."""
    yard, filled, shop, cont = out["yardstick"], out["filled_cart"], out["shop"], out["contended"]
    healthz_rps, orders_per_s = median(yard, "rps"), median(filled, "orders_per_s")
    shop_orders_per_s = median(shop, "orders_per_s")
    summary = {
        "healthz_rps": healthz_rps,
        "healthz_p50_ms": median(yard, "p50_ms"),
        "healthz_p95_ms": median(yard, "p95_ms"),
        "healthz_errors": sum(run["errors"] for run in yard),
        # checkout from a filled cart: the target's figure
        "orders_per_s": orders_per_s,
        "ratio_vs_healthz": round(orders_per_s / healthz_rps, 4) if healthz_rps else 0.0,
        "confirm_p50_ms": median(filled, "confirm_p50_ms"),
        "confirm_p95_ms": median(filled, "confirm_p95_ms"),
        "errors": sum(run["errors"] for run in filled),
        "cpu_ms_per_order": median_cpu(filled, "cpu_per_order"),
        "other_load_pct": pct(filled, "other_s"),
        "idle_pct": pct(filled, "idle_s"),
        # shop and check out: informational
        "shop_orders_per_s": shop_orders_per_s,
        "shop_ratio_vs_healthz": round(shop_orders_per_s / healthz_rps, 4) if healthz_rps else 0.0,
        "shop_checkout_p50_ms": median(shop, "checkout_p50_ms"),
        "shop_checkout_p95_ms": median(shop, "checkout_p95_ms"),
        "shop_add_p50_ms": median(shop, "add_p50_ms"),
        "shop_add_p95_ms": median(shop, "add_p95_ms"),
        "shop_confirm_p50_ms": median(shop, "confirm_p50_ms"),
        "shop_confirm_p95_ms": median(shop, "confirm_p95_ms"),
        "shop_adds_per_order": median(shop, "adds_per_order"),
        "shop_http_requests_per_s": median(shop, "http_requests_per_s"),
        "shop_errors": sum(run["errors"] for run in shop),
        "shop_cpu_ms_per_order": median_cpu(shop, "cpu_per_order"),
        "shop_other_load_pct": pct(shop, "other_s"),
        "shop_idle_pct": pct(shop, "idle_s"),
        # contended
        "contended_succeeded": [run["succeeded"] for run in cont],
        "contended_final_stock": [run["final_stock"] for run in cont],
        "contended_oversold": [run["oversold"] for run in cont],
        "contended_wall_s": median(cont, "wall_s"),
        "contended_errors": sum(run["errors"] for run in cont),
        "cpu_ms_per_healthz": median_cpu(yard, "cpu_per_request"),
        "cpu_ms_per_contender": median_cpu(cont, "cpu_per_buyer"),
        "healthz_other_load_pct": pct(yard, "other_s"),
    }
    summary["cpu_ceiling_orders_per_s"] = ceiling(summary["cpu_ms_per_order"])
    summary["shop_cpu_ceiling_orders_per_s"] = ceiling(summary["shop_cpu_ms_per_order"])
    missed, notes = [], []
    if orders_per_s < ORDERS_PER_S_TARGET:
        missed.append(f"checkout from a filled cart: {orders_per_s:.1f} orders/s < {ORDERS_PER_S_TARGET:.0f} (median)")
    if summary["errors"]:
        kinds = Counter()
        for run in filled:
            kinds.update(run["error_kinds"])
        missed.append(f"checkout from a filled cart: {summary['errors']} errors, e.g. {dict(kinds.most_common(3))}")
    if summary["shop_errors"]:
        kinds = Counter()
        for run in shop:
            kinds.update(run["error_kinds"])
        notes.append(f"shop and check out: {summary['shop_errors']} errors, e.g. {dict(kinds.most_common(3))}")
    for i, run in enumerate(cont, start=1):
        if run["oversold"] != 0:
            missed.append(f"contended round {i}: {run['oversold']} units oversold")
        if run["succeeded"] != args.units:
            missed.append(f"contended round {i}: {run['succeeded']} orders, not exactly {args.units}")
        if run["final_stock"] != 0:
            missed.append(f"contended round {i}: final stock {run['final_stock']}, not 0")
        if run["errors"]:
            missed.append(f"contended round {i}: {run['errors']} errors")
    for name, runs in (("checkout from a filled cart", filled), ("shop and check out", shop), ("contended", cont)):
        for i, run in enumerate(runs, start=1):
            if not run["checks"]["ok"]:
                bad = {k: v for k, v in run["checks"].items() if v and k in FAILED_CHECKS}
                missed.append(f"{name} round {i}: database check failed {bad}")
    for name in ("log_uncontended", "log_contended"):
        if out.get(name, {}).get("tracebacks"):
            log = out[name]
            missed.append(f"{name}: {log['tracebacks']} tracebacks ({'; '.join(log['distinct_exceptions'][:3])})")
    if out.get("session_check", {}).get("session_rewritten"):
        notes.append("the server rewrote a minted session's cookie on GET /orders (the minted session differs"
                     " from a real sign-in's)")  # fmt: skip
    return summary, missed, notes


def tables(summary: dict[str, Any], out: dict[str, Any], args: argparse.Namespace) -> str:
    yard, filled, shop = out["yardstick"], out["filled_cart"], out["shop"]
    met = "yes" if summary["orders_per_s"] >= ORDERS_PER_S_TARGET and not summary["errors"] else "**no**"
    lines = [
        "| run | figure (median) | p50 ms | p95 ms | errors | ratio vs /healthz | target | met |",
        "|---|--:|--:|--:|--:|--:|---|---|",
        f"| bare `GET /healthz`, {args.buyers} connections | {summary['healthz_rps']:.1f} req/s"
        f" | {summary['healthz_p50_ms']:.1f} | {summary['healthz_p95_ms']:.1f} | {summary['healthz_errors']}"
        " | 1.000 | yardstick | - |",
        f"| **checkout from a filled cart** (one `POST /checkout` confirm per buyer), {args.buyers} buyers"
        f" | {summary['orders_per_s']:.1f} orders/s | {summary['confirm_p50_ms']:.1f}"
        f" | {summary['confirm_p95_ms']:.1f} | {summary['errors']} | {summary['ratio_vs_healthz']:.4f}"
        f" | >= {ORDERS_PER_S_TARGET:.0f} orders/s | {met} |",
        f"| shop and check out (add {summary['shop_adds_per_order']:.1f} lines + confirm), {args.buyers} buyers"
        f" | {summary['shop_orders_per_s']:.1f} orders/s | {summary['shop_checkout_p50_ms']:.1f}"
        f" | {summary['shop_checkout_p95_ms']:.1f} | {summary['shop_errors']} | {summary['shop_ratio_vs_healthz']:.4f}"
        " | informational | - |",
        f"| one `POST /cart/add` (in shop and check out) | - | {summary['shop_add_p50_ms']:.1f}"
        f" | {summary['shop_add_p95_ms']:.1f} | - | - | - | - |",
        f"| one `POST /checkout` confirm (in shop and check out) | - | {summary['shop_confirm_p50_ms']:.1f}"
        f" | {summary['shop_confirm_p95_ms']:.1f} | - | - | - | - |",
        "",
        "| round | /healthz req/s | filled cart: orders/s | confirm p50 / p95 ms | errors | checks"
        " | shop and check out: orders/s | HTTP req/s | checkout p50 / p95 ms | errors | checks |",
        "|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|---|",
    ]
    for i, (health, run, loop) in enumerate(zip(yard, filled, shop, strict=True), start=1):
        lines.append(
            f"| {i} | {health['rps']:.1f} | {run['orders_per_s']:.1f}"
            f" | {run['confirm_p50_ms']:.1f} / {run['confirm_p95_ms']:.1f} | {run['errors']}"
            f" | {'ok' if run['checks']['ok'] else '**failed**'}"
            f" | {loop['orders_per_s']:.1f} | {loop['http_requests_per_s']:.1f}"
            f" | {loop['checkout_p50_ms']:.1f} / {loop['checkout_p95_ms']:.1f} | {loop['errors']}"
            f" | {'ok' if loop['checks']['ok'] else '**failed**'} |"
        )
    lines += [
        "",
        "| contended round | buyers | units | orders | sold-out message | errors | final stock | oversold | wall s"
        " | confirm p50 / p95 / max ms | database checks | met |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|---|",
    ]
    for i, run in enumerate(out["contended"], start=1):
        ok = run["succeeded"] == args.units and run["final_stock"] == 0 and run["oversold"] == 0
        ok = ok and not run["errors"] and run["checks"]["ok"]
        lines.append(
            f"| {i} | {run['buyers']} | {run['units']} | {run['succeeded']} | {run['sold_out_flash']} | {run['errors']}"
            f" | {run['final_stock']} | {run['oversold']} | {run['wall_s']:.2f} | {run['confirm_p50_ms']:.0f} /"
            f" {run['confirm_p95_ms']:.0f} / {run['confirm_max_ms']:.0f}"
            f" | {'ok' if run['checks']['ok'] else '**failed**'} | {'yes' if ok else '**no**'} |"
        )
    cpu_rows = (
        ("bare `GET /healthz`, per request", summary["cpu_ms_per_healthz"], summary["healthz_other_load_pct"], None),
        ("checkout from a filled cart, per order", summary["cpu_ms_per_order"], summary["other_load_pct"],
         summary["idle_pct"]),
        ("shop and check out, per order", summary["shop_cpu_ms_per_order"], summary["shop_other_load_pct"],
         summary["shop_idle_pct"]),
        ("contended confirmation, per buyer", summary["cpu_ms_per_contender"], None, None),
    )  # fmt: skip
    lines += [
        "",
        "| CPU ms (median) | gunicorn | PostgreSQL backends | client | everything else | other load | idle |",
        "|---|--:|--:|--:|--:|--:|--:|",
    ]
    for label, cpu, other, idle in cpu_rows:
        if cpu:
            lines.append(
                f"| {label} | {cpu['gunicorn_ms']:.3f} | {cpu['postgres_ms']:.3f} | {cpu['client_ms']:.3f}"
                f" | {cpu['other_ms']:.3f} | {'-' if other is None else f'{other:.0f} %'}"
                f" | {'-' if idle is None else f'{idle:.0f} %'} |"
            )
    ceilings = [
        f"{label}: {summary[key]:.0f} orders/s"
        for label, key in (("checkout from a filled cart", "cpu_ceiling_orders_per_s"),
                           ("shop and check out", "shop_cpu_ceiling_orders_per_s"))
        if summary.get(key)
    ]  # fmt: skip
    if ceilings:
        lines += [
            "",
            f"CPU ceiling on {os.cpu_count()} cores (gunicorn + PostgreSQL + client CPU per order, nothing else"
            f" running): {'; '.join(ceilings)}.",
        ]
    return "\n".join(lines)


def machine_info(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "postgresql": server_version(args.database_url),
        "client": f"Python http.client, keep-alive, one connection per client thread, threads over"
        f" {CLIENT_PROCESSES} processes, on the same 2 cores as gunicorn and PostgreSQL",
        "server": "gunicorn " + " ".join(GUNICORN_ARGS) + f" --worker-connections {max(1, args.buyers // WORKERS)}"
        f" (contended: {max(1, args.contenders // WORKERS)})",
        "coops": args.coops,
        "products": args.products,
        "buyers": args.buyers,
        "filled_cart_buyers_per_thread": pool_size(args, args.duration),
        "filled_cart_sign_in": "session cookie minted with the app's session interface (no login request)",
        "contenders": args.contenders,
        "units": args.units,
        "duration_s": args.duration,
        "rounds": args.rounds,
        "database": database_name(args.database_url),
        "loadavg_at_end": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def markdown(info: dict[str, Any], summary: dict[str, Any], out: dict[str, Any], missed: Sequence[str],
             notes: Sequence[str], args: argparse.Namespace) -> str:  # fmt: skip
    facts = "\n".join(f"- {key}: {value}" for key, value in info.items())
    verdict = "\n".join(f"- {item}" for item in missed) if missed else "- none: every target met"
    remarks = "\n".join(f"- {item}" for item in notes) if notes else "- none"
    logs = "\n".join(
        f"- {name.removeprefix('log_')} server: {out[name]['tracebacks']} tracebacks, {out[name]['error_lines']} error"
        f" lines{': ' + '; '.join(out[name]['distinct_exceptions']) if out[name]['distinct_exceptions'] else ''}"
        for name in ("log_uncontended", "log_contended")
        if name in out
    )
    return (
        "# Checkout benchmark (benchmarks/checkout.py)\n\n"
        f"Medians over {args.rounds} interleaved rounds of {args.duration} s. Targets: >= {ORDERS_PER_S_TARGET:.0f}"
        f" orders/s for checkout from a filled cart (a signed-in buyer's confirmation turning a filled cart into"
        f" a cash-on-delivery order) at {args.buyers} concurrent buyers, with no error; shop and check out (add"
        " 1-3 products over HTTP, then confirm) is informational; with"
        f" {args.contenders} buyers for {args.units} units, exactly {args.units} orders, final stock 0, zero oversold"
        " units; every database check passes.\n\n"
        f"{tables(summary, out, args)}\n\n## Missed targets\n\n{verdict}\n\n## Notes\n\n{remarks}\n\n"
        f"## gunicorn logs\n\n{logs}\n\n"
        f"## Machine\n\n{facts}\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started, load_at_start = time.monotonic(), " ".join(f"{x:.2f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory(prefix="souk-bench-checkout-") as tmp:
        out = benchmark(args, Path(tmp))
    summary, missed, notes = summarise(out, args)
    info = machine_info(args) | {"loadavg_at_start": load_at_start, "total_s": round(time.monotonic() - started, 1)}
    targets = {"filled_cart_orders_per_s_min": ORDERS_PER_S_TARGET, "shop_and_check_out": "informational",
               "contended_orders": args.units, "oversold": 0}  # fmt: skip
    payload = {"machine": info, "targets": targets, "summary": summary, "missed": missed, "notes": notes} | out
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    (RESULTS_DIR / "checkout.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    (RESULTS_DIR / "checkout.md").write_text(markdown(info, summary, out, missed, notes, args))
    print()
    print(tables(summary, out, args))
    print()
    if missed:
        print("TARGETS MISSED:")
        for item in missed:
            print(f"  - {item}")
    else:
        print("All targets met.")
    for item in notes:
        print(f"  note: {item}")
    print(f"\nResults: {RESULTS_DIR / 'checkout.json'} and {RESULTS_DIR / 'checkout.md'} (total {info['total_s']} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
