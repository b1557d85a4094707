"""Several processes writing to the index at once (as gunicorn workers do) lose no update and leave an
index that matches the database."""

import multiprocessing

from market.catalog.models import Product
from market.extensions import db
from market.search.index import get_index
from tests.factories import make_coop, make_product

WORKERS = 4
ROUNDS = 8


def _write(database_url: str, tmp_path: str, worker: int, product_ids: list[int], shared_id: int) -> None:
    from pathlib import Path

    from tests.conftest import make_test_app

    app = make_test_app(database_url, Path(tmp_path))  # the same index directory as the test's app
    with app.app_context():
        for round_no in range(ROUNDS):
            for product_id in [*product_ids, shared_id]:
                product = db.session.get(Product, product_id)
                product.name_en = f"token{worker}x{round_no} item {product_id}"
                product.stock = round_no
            db.session.commit()  # each commit writes to the index, competing for its lock
        db.session.remove()
        db.engine.dispose()


def test_concurrent_writers_lose_nothing(app, client, tmp_path, database_url):
    coop = make_coop()
    products = [make_product(coop, slug=f"p{i}", name_en=f"start {i}") for i in range(WORKERS * 3 + 1)]
    db.session.commit()
    shared = products[-1].id
    ids = [p.id for p in products[:-1]]
    context = multiprocessing.get_context("spawn")
    processes = [
        context.Process(target=_write, args=(database_url, str(tmp_path), w, ids[w * 3 : w * 3 + 3], shared))
        for w in range(WORKERS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
        assert process.exitcode == 0
    index = get_index(app)
    assert index.drift() == (set(), set(), set())  # every product as the database has it, nothing else
    for worker in range(WORKERS):
        data = client.get(f"/api/v1/search?q=token{worker}x{ROUNDS - 1}&lang=en").get_json()
        own = {int(r["url"].split("/")[2].split("-")[0]) for r in data["results"]}
        assert set(ids[worker * 3 : worker * 3 + 3]) <= own
    assert not index._take_pending()  # nothing left waiting
