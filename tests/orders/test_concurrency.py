"""Many buyers checking out the last units at once, through the real checkout view, from several
processes with many threads each (as gunicorn workers would): exactly the stock is sold, every other
buyer is told it is sold out, and no order is half-made. 200 buyers for 50 units on PostgreSQL; on
SQLite (one writer at a time) 40 buyers for 10 units."""

import multiprocessing
import threading

from flask.testing import FlaskClient
from sqlalchemy import func, select

from market.catalog.models import Product
from market.extensions import db
from market.orders.models import CartItem, CoopOrder, Order, OrderLine
from tests.factories import make_coop, make_product, make_user

PROCESSES = 4


def _buyers(database_url: str, tmp_path: str, product_id: int, coop_id: int, user_ids, queue) -> None:
    from pathlib import Path

    from market.accounts.models import User
    from tests.conftest import make_test_app

    threads = len(user_ids)
    app = make_test_app(database_url, Path(tmp_path), SQLALCHEMY_ENGINE_OPTIONS={
        "pool_size": min(threads, 20), "max_overflow": 0, "pool_timeout": 120,
        **({"connect_args": {"timeout": 120}} if database_url.startswith("sqlite") else {})})  # fmt: skip
    with app.app_context():
        session_ids = {uid: db.session.get(User, uid).get_id() for uid in user_ids}
        db.session.remove()
    start = threading.Barrier(threads)
    results = []

    def buy(user_id: int) -> None:
        client = FlaskClient(app, use_cookies=True)  # not the test's IsolatedClient: no app context here
        with client.session_transaction() as session:
            session["_user_id"], session["_fresh"] = session_ids[user_id], True
        data = {"full_name": "Buyer", "phone": "0612345678", "address": "1 rue de la Paix", "city": "rabat",
                "payment_method": "cod", "checkout_token": f"concurrent-checkout-{user_id:08d}", "step": "confirm",
                "expected_total": "13000",
                f"delivery-{coop_id}": "home", "lang": "fr"}  # fmt: skip
        start.wait()
        response = client.post("/checkout?lang=fr", data=data)
        if "/orders/ST-" in response.headers.get("Location", ""):
            results.append(("ok", ""))
            return
        page = client.get("/cart?lang=fr").get_data(as_text=True)
        results.append(("refused", page))

    workers = [threading.Thread(target=buy, args=(uid,)) for uid in user_ids]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    with app.app_context():
        db.engine.dispose()
    queue.put(results)


def test_concurrent_checkouts_never_oversell(app, tmp_path, database_url, is_postgres):
    buyers, units = (200, 50) if is_postgres else (40, 10)
    coop = make_coop()
    product = make_product(coop, stock=units, price_centimes=10000, name_fr="Safran de Taliouine")
    users = [make_user(email=f"rush{i}@example.ma") for i in range(buyers)]
    db.session.flush()
    for user in users:
        db.session.add(CartItem(user_id=user.id, line_key=str(product.id), product_id=product.id, quantity=1))
    db.session.commit()
    ids = [user.id for user in users]

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    share = buyers // PROCESSES
    processes = [
        context.Process(
            target=_buyers,
            args=(database_url, str(tmp_path), product.id, coop.id, ids[i * share : (i + 1) * share], queue),
        )  # fmt: skip
        for i in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    results = [item for _ in processes for item in queue.get(timeout=600)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    ok = [r for r in results if r[0] == "ok"]
    refused = [r for r in results if r[0] == "refused"]
    assert len(results) == buyers
    assert len(ok) == units
    for _status, page in refused:
        flashes = page[page.index('class="flashes"') : page.index("</main>")]
        assert "Safran de Taliouine" in flashes and ("Épuisé" in flashes or "Sold out" in flashes), flashes
    db.session.expire_all()
    assert db.session.get(Product, product.id).stock == 0
    assert db.session.scalar(select(func.count(Order.id))) == units
    assert db.session.scalar(select(func.count(CoopOrder.id))) == units
    assert db.session.scalar(select(func.coalesce(func.sum(OrderLine.quantity), 0))) == units
    # the buyers who got nothing still have their cart
    assert db.session.scalar(select(func.count(CartItem.id))) == buyers - units
