"""How long a CSV import of N products takes (issue target: 10,000 rows in under 30 s).

Runs the real import service on a throwaway SQLite database (or DATABASE_URL), in one transaction,
three times on fresh data; prints a table and writes benchmarks/results/catalog_import.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from flask_migrate import upgrade

from market import create_app
from market.catalog.importing import COLUMNS, import_products
from market.coops.models import Cooperative
from market.extensions import db

RESULTS = Path(__file__).parent / "results"


def csv_text(rows: int, coops: int) -> str:
    lines = [",".join(COLUMNS)]
    for i in range(rows):
        lines.append(
            f"bench-coop-{i % coops},SKU-{i},oils,زيت أركان {i},Huile d’argan {i},Argan oil {i},"
            f"وصف,Description,Description,{100 + i % 50}.50,{i % 40},250 ml,{'BIO' if i % 10 == 0 else ''}"
        )
    return "\n".join(lines)


def run_once(rows: int, coops: int, database_url: str | None) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        url = database_url or f"sqlite:///{tmp}/bench.sqlite3"
        app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "UPLOAD_DIR": tmp, "PRIVATE_DIR": tmp})
        with app.app_context():
            if database_url:
                db.drop_all()
                db.session.execute(db.text("DROP TABLE IF EXISTS alembic_version"))
                db.session.commit()
            upgrade()
            for c in range(coops):
                db.session.add(Cooperative(slug=f"bench-coop-{c}", name_ar="تعاونية", name_fr="Coop", region_id=1,
                                           city="Agadir", status="approved"))  # fmt: skip
            db.session.commit()
            data = csv_text(rows, coops)
            start = time.perf_counter()
            report = import_products(data)
            db.session.commit()
            elapsed = time.perf_counter() - start
            assert report.ok and report.created == rows, report.errors[:3]
            db.session.remove()
            db.engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--coops", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL"))
    args = parser.parse_args()
    times = [run_once(args.rows, args.coops, args.database_url) for _ in range(args.runs)]
    median = statistics.median(times)
    result = {
        "benchmark": "catalog_import",
        "rows": args.rows,
        "runs": [round(t, 3) for t in times],
        "median_s": round(median, 3),
        "rows_per_s": round(args.rows / median),
        "target_s": 30,
        "target_met": median < 30,
        "database": "postgresql" if args.database_url else "sqlite",
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    met = "yes" if median < 30 else "NO"
    print("| rows | database | median s | rows/s | target < 30 s |\n|---|---|---|---|---|")
    print(f"| {args.rows} | {result['database']} | {median:.2f} | {result['rows_per_s']} | {met} |")
    RESULTS.mkdir(exist_ok=True)
    name = f"catalog_import_{result['database']}.json"
    (RESULTS / name).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
