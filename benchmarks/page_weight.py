"""Page weight on a slow link: bytes transferred by a phone's *first* visit of the home page and of a
product page (HTML, CSS, scripts, fonts and pictures; empty cache), in every language of the site.

Method
------
1. A fresh SQLite database in a temporary folder, the project's migrations, the demo catalogue
   (``flask demo load``: drawn pictures at every size the site serves) and the search index.
2. The app served on a free loopback port (Werkzeug in a thread, as the browser tests do).
3. Headless Chromium (Debian's ``/usr/bin/chromium`` through Playwright) at phone width, 390×844, device
   scale factor 2 (a common phone: it makes the browser choose the larger ``srcset`` candidates). A new
   browser context per page, so nothing is cached; the page is loaded and scrolled to the bottom, so
   lazily loaded pictures below the fold count too.
4. The DevTools protocol's ``Network.loadingFinished.encodedDataLength`` is summed over every request:
   bytes on the wire, headers included, after compression.

Target (issue 13): at most 300 KB (307,200 bytes) for each page's first visit. A missed target is
reported, not fatal (exit 0): ``tests/browser/test_page_weight.py`` is the check that fails.

Results: ``benchmarks/results/page_weight.json`` and ``page_weight.md``.

Usage: ``.venv/bin/python benchmarks/page_weight.py [--width 390] [--scale 2]``
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import threading
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
BUDGET_BYTES = 300 * 1024
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"


def measure(browser, url: str, width: int = 390, height: int = 844, scale: float = 2.0) -> dict:
    """First visit of `url` in a fresh context: {"total": bytes, "by_type": {...}, "requests": n}."""
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=scale)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    kinds: dict[str, str] = {}
    sizes: dict[str, int] = defaultdict(int)
    cdp.on("Network.responseReceived", lambda e: kinds.__setitem__(e["requestId"], e.get("type", "Other")))
    cdp.on(
        "Network.loadingFinished",
        lambda e: sizes.__setitem__(e["requestId"], sizes[e["requestId"]] + int(e["encodedDataLength"])),
    )
    try:
        response = page.goto(url, wait_until="load")
        assert response is not None and response.ok, f"{url}: {response.status if response else 'no response'}"
        # Scroll through the page so that lazy pictures load, then let the network settle.
        page.evaluate(
            """async () => {
                for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
                    window.scrollTo(0, y);
                    await new Promise(r => setTimeout(r, 50));
                }
            }"""
        )
        page.wait_for_load_state("networkidle")
        by_type: dict[str, int] = defaultdict(int)
        for request_id, size in sizes.items():
            by_type[kinds.get(request_id, "Other")] += size
        return {"total": sum(sizes.values()), "by_type": dict(by_type), "requests": len(sizes)}
    finally:
        context.close()


def demo_urls(app) -> dict[str, str]:
    """The home page and the first product the demo's home page features."""
    from market.catalog.models import Product
    from market.catalog.services import public_products
    from market.extensions import db

    with app.app_context():
        product = db.session.scalars(public_products().order_by(Product.id).limit(1)).first()
        path = f"/p/{product.id}-{product.slug}" if product else None
        if path is None:
            raise SystemExit("no public product: the demo did not load")
    return {"home": "/", "product": path}


def serve(app):
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--width", type=int, default=390)
    parser.add_argument("--scale", type=float, default=2.0)
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    from flask_migrate import upgrade
    from playwright.sync_api import sync_playwright

    from market import create_app
    from market.config import LANGUAGES
    from market.demo.loader import load_demo
    from market.search.index import get_index

    tmp = Path(tempfile.mkdtemp(prefix="page-weight-"))
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp / 'bench.sqlite3'}",
            "SECRET_KEY": "page-weight-benchmark",
            "SEARCH_INDEX_DIR": str(tmp / "index"),
            "UPLOAD_DIR": str(tmp / "uploads"),
            "PRIVATE_DIR": str(tmp / "private"),
            "LOG_EMAILS": False,
        }
    )
    with app.app_context():
        upgrade(directory=str(ROOT / "migrations"))
        load_demo(echo=lambda *_: None)
        get_index(app).rebuild()
    urls = demo_urls(app)
    server, base = serve(app)
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for name, path in urls.items():
                for lang in LANGUAGES:
                    url = f"{base}{path}{'&' if '?' in path else '?'}lang={lang}"
                    result = measure(browser, url, args.width, scale=args.scale)
                    rows.append(
                        {"page": name, "lang": lang, **result, "within_budget": result["total"] <= BUDGET_BYTES}
                    )
            browser.close()
    finally:
        server.shutdown()
        shutil.rmtree(tmp, ignore_errors=True)

    kinds = sorted({k for row in rows for k in row["by_type"]})
    header = ["page", "lang", "total KB", "requests", *(f"{k} KB" for k in kinds), "≤ 300 KB"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [row["page"], row["lang"], f"{row['total'] / 1024:.1f}", str(row["requests"])]
        cells += [f"{row['by_type'].get(k, 0) / 1024:.1f}" for k in kinds]
        cells.append("yes" if row["within_budget"] else "**no**")
        lines.append("| " + " | ".join(cells) + " |")
    table = "\n".join(lines)
    print(table)
    meta = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "viewport": f"{args.width}x844 @{args.scale}x",
        "budget_bytes": BUDGET_BYTES,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "page_weight.json").write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")
    (RESULTS / "page_weight.md").write_text(
        f"# First visit at phone width ({meta['viewport']}), empty cache\n\n{meta['date']}, {meta['machine']}\n\n"
        + table
        + "\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
