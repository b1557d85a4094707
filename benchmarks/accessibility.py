"""Accessibility figures: axe-core's WCAG 2.0/2.1/2.2 A and AA violations over every page of the site.

Method
------
The same scan as tests/browser/test_accessibility.py (tests/browser/accessibility.py): a marketplace built
through the services (tests/browser/accessibility_site.py) in a fresh database (a temporary SQLite file, or
``--database-url``, whose schema is dropped and migrated), served by Werkzeug on a loopback port; every page
of the public site, a buyer, a cooperative's back office, an organiser and the administration is opened in
ar, fr, en and zgh, at phone (390x844) and desktop (1280x800) width, in Debian's Chromium, and the vendored
axe-core runs in it with the tags wcag2a, wcag2aa, wcag21a, wcag21aa and wcag22aa.

Counts are given by impact and by rule, as "page loads" (a page in one language at one width where the rule
failed) and "elements" (the nodes axe reported). The target is no serious or critical violation. With
``--reflow`` the same pages are also opened 320 CSS pixels wide, where nothing may make the page scroll
sideways (WCAG 1.4.10, which axe does not test).

Usage: ``.venv/bin/python benchmarks/accessibility.py --output accessibility_after
[--database-url postgresql://postgres@127.0.0.1:5432/souk_a11y] [--roles public,coop] [--workers 2] [--reflow]``
Writes ``benchmarks/results/<output>.json`` and prints the table.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import re
import sys
import tempfile
import threading
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask_migrate import upgrade  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from market import create_app  # noqa: E402
from market.extensions import db  # noqa: E402
from tests.browser import accessibility  # noqa: E402
from tests.browser.accessibility_site import build_site  # noqa: E402
from tests.conftest import _reset_postgres, make_test_app  # noqa: E402

RESULTS_DIR = ROOT / "benchmarks" / "results"


def axe_version() -> str:
    head = accessibility.AXE_JS.read_text(encoding="utf-8")[:200]
    match = re.search(r"axe v(\S+)", head)
    return match.group(1) if match else "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default="accessibility", help="file name under benchmarks/results/, no suffix")
    parser.add_argument("--database-url", default=None, help="a PostgreSQL database to drop and migrate")
    parser.add_argument("--roles", default=None, help="comma-separated: public,buyer,coop,organiser,admin")
    parser.add_argument("--workers", type=int, default=2, help="browser contexts checked at the same time")
    parser.add_argument("--reflow", action="store_true", help="also check every page at 320 CSS pixels")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    tmp = Path(tempfile.mkdtemp(prefix="souk-a11y-"))
    url = args.database_url or f"sqlite:///{tmp / 'a11y.sqlite3'}"
    if url.startswith("postgresql"):
        _reset_postgres(url)
    with create_app({"DATABASE_URL": url, "SECRET_KEY": "migrate", "TESTING": True}).app_context():
        upgrade()
        db.engine.dispose()
    app = make_test_app(url, tmp, WTF_CSRF_ENABLED=True)
    with app.app_context():
        site = build_site(app)
        db.session.remove()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    roles = args.roles.split(",") if args.roles else None
    started = time.perf_counter()
    base_url = f"http://127.0.0.1:{server.server_port}"
    try:
        result = accessibility.scan(base_url, site, roles=roles, workers=args.workers)
        reflow = None
        if args.reflow:
            reflow = accessibility.scan(base_url, site, roles=roles, widths=accessibility.REFLOW_WIDTH,
                                        workers=args.workers, check=accessibility.check_reflow)  # fmt: skip
    finally:
        server.shutdown()
        thread.join(timeout=5)
        with app.app_context():
            db.engine.dispose()
    seconds = time.perf_counter() - started

    pages = accessibility.pages_by_role(site)
    report = {
        "benchmark": "accessibility",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "axe_core": axe_version(),
        "tags": accessibility.AXE_OPTIONS["runOnly"]["values"],
        "languages": list(accessibility.LANGUAGES),
        "widths": accessibility.WIDTHS,
        "pages": {role: [p.name for p in pages[role]] for role in (roles or pages)},
        "database": url.split(":", 1)[0],
        "seconds": round(seconds, 1),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        **accessibility.summary(result),
        "findings": [asdict(f) for f in result.findings],
    }
    if reflow is not None:  # WCAG 1.4.10, which axe does not test: no sideways scrolling at 320 CSS pixels
        report["reflow_320px"] = {**accessibility.summary(reflow), "findings": [asdict(f) for f in reflow.findings]}
    RESULTS_DIR.mkdir(exist_ok=True)
    out = RESULTS_DIR / f"{args.output}.json"
    out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(accessibility.table(result))
    if reflow is not None:
        print(accessibility.table(reflow, "reflow at 320 px"))
    print(f"{seconds:.0f} s; written to {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
