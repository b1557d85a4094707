"""Several hosts, one database: changes travel through the search outbox, written in the same transaction
as the change, and every host drains it into its own index (market/search/outbox.py)."""

from __future__ import annotations

import multiprocessing
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import Session

from market.catalog.models import Product
from market.extensions import db
from market.search import outbox
from market.search.index import get_index, status
from market.search.models import SearchOutbox
from tests.conftest import make_test_app
from tests.factories import make_coop, make_product


@pytest.fixture
def host_b(database_url, tmp_path):
    """A second host: its own app and index directory, the same database."""
    other = make_test_app(database_url, tmp_path / "host-b")
    with other.app_context():
        get_index(other).rebuild()
        db.session.remove()
    yield other
    with other.app_context():
        db.session.remove()
        db.engine.dispose()


def outbox_rows() -> int:
    with Session(db.engine) as session:
        return session.scalar(select(func.count()).select_from(SearchOutbox))


def found(client, q: str) -> set[int]:
    data = client.get("/api/v1/search", query_string={"q": q, "lang": "en"}).get_json()
    return {int(r["url"].split("/")[2].split("-")[0]) for r in data["results"]}


def index_files(path: Path) -> dict[str, int]:
    return {f.name: f.stat().st_mtime_ns for f in path.iterdir()}


def test_a_change_on_one_host_reaches_another_when_it_drains(app, client, host_b):
    coop = make_coop()
    product = make_product(coop, slug="argan", name_en="Zanzibarine argan oil")
    db.session.commit()
    assert found(client, "zanzibarine") == {product.id}  # the committing host: at once, as before
    b_index = get_index(host_b)
    before = index_files(b_index.path)

    product.name_en = "Quixotic argan oil"
    db.session.commit()
    assert index_files(b_index.path) == before  # nothing wrote to host B's index: it only drains
    with host_b.app_context():
        rows = outbox_rows()  # the cooperative, the product, the rename
        assert rows == 3 and status(host_b).lag == rows
        assert b_index.outbox.catch_up() == rows
        assert status(host_b).lag == 0 and status(host_b).ok
    b_client = host_b.test_client()
    assert found(b_client, "quixotic") == {product.id}
    assert found(b_client, "zanzibarine") == set()

    product.is_published = False  # an update B learns about from its own searches' refresh check
    db.session.commit()
    time.sleep(0.25)  # past the refresh interval
    assert b_client.get("/api/v1/search?q=quixotic&lang=en").get_json()["total"] == 0


def test_a_cooperative_change_is_one_row_expanded_when_applied(app, client, host_b):
    coop = make_coop(name_en="Tiwizi Cooperative")
    products = [make_product(coop, slug=f"p{i}", name_en=f"Amlou jar {i}") for i in range(3)]
    db.session.commit()
    count = outbox_rows()
    coop.status = "suspended"
    db.session.commit()
    with Session(db.engine) as session:
        new = session.execute(
            select(SearchOutbox.product_id, SearchOutbox.cooperative_id).where(SearchOutbox.id > count)
        ).all()
    assert [tuple(r) for r in new] == [(None, coop.id)]
    with host_b.app_context():
        get_index(host_b).outbox.catch_up()
        indexed = {int(f["pid"]) for f in get_index(host_b).searcher().all_stored_fields()}
    assert not indexed & {p.id for p in products}


def test_a_rolled_back_change_writes_no_outbox_row(app):
    coop = make_coop()
    db.session.commit()
    rows = outbox_rows()
    make_product(coop, slug="ghost", name_en="Ghost product")
    db.session.flush()  # the listener has seen it
    db.session.rollback()
    db.session.commit()  # a later commit with nothing touched
    assert outbox_rows() == rows


def test_the_outbox_row_is_in_the_changes_transaction(app, host_b):
    coop = make_coop()
    db.session.commit()
    rows = outbox_rows()
    with host_b.app_context():
        get_index(host_b).outbox.catch_up()
    seen_inside = []

    def fail(session):
        # Registered after sync's own listener: the row is written, in this transaction, before we fail.
        seen_inside.append(session.connection().scalar(select(func.count()).select_from(SearchOutbox)))
        raise RuntimeError("the commit fails")

    make_product(coop, slug="doomed", name_en="Doomed product")
    event.listen(Session, "before_commit", fail)
    try:
        with pytest.raises(RuntimeError):
            db.session.commit()
    finally:
        event.remove(Session, "before_commit", fail)
    db.session.rollback()
    assert seen_inside == [rows + 1]
    assert outbox_rows() == rows
    assert db.session.scalar(select(func.count()).select_from(Product).where(Product.slug == "doomed")) == 0
    with host_b.app_context():
        assert get_index(host_b).outbox.catch_up() == 0


def test_rows_committed_out_of_order_are_not_skipped(app, host_b):
    """PostgreSQL may commit id 4 before id 3: the mark waits at the hole, so 3 is applied when it shows."""
    coop = make_coop()
    products = [make_product(coop, slug=f"p{i}", name_en=f"Nougat{i} bar") for i in range(4)]
    db.session.commit()
    # The ids are read here, in this host's context: read inside host B's, an expired attribute would be
    # loaded by this host's session through host B's engine (Flask-SQLAlchemy binds by the current app),
    # and that connection, given back after host B's engine was disposed, was never closed.
    a, b, c, d = (p.id for p in products)
    with Session(db.engine) as session:  # replace what the commit wrote with rows of chosen ids
        rows = [{"id": 1001, "product_id": a}, {"id": 1002, "product_id": b}, {"id": 1004, "product_id": d}]
        session.connection().execute(SearchOutbox.__table__.delete())
        session.connection().execute(insert(SearchOutbox.__table__), rows)
        session.commit()
    follower = get_index(host_b).outbox
    with host_b.app_context():
        follower.save(outbox.Mark(1000))
        assert follower.catch_up() == 3
        assert (follower.load().mark, follower.load().applied) == (1002, {1004})
        with Session(db.engine) as session:
            session.connection().execute(insert(SearchOutbox.__table__), [{"id": 1003, "product_id": c}])
            session.commit()
        assert follower.catch_up() == 1
        assert follower.load().mark == 1004
        indexed = {int(f["pid"]) for f in get_index(host_b).searcher().all_stored_fields()}
    assert {a, b, c, d} <= indexed


def test_a_hole_is_stepped_over_after_the_grace_period(monkeypatch):
    mark = outbox.Mark(10, {11, 13})
    mark.advance({11, 13}, now=1000.0)
    assert (mark.mark, mark.applied, mark.stalled_at) == (11, {13}, 1000.0)
    mark.advance({13}, now=1000.0 + outbox.GAP_GRACE_SECONDS - 1)
    assert mark.mark == 11
    mark.advance({13}, now=1000.0 + outbox.GAP_GRACE_SECONDS)
    assert (mark.mark, mark.applied, mark.stalled_at) == (13, set(), None)


def test_a_host_behind_pruned_rows_rebuilds(app, client, host_b):
    coop = make_coop()
    early = make_product(coop, slug="early", name_en="Early saffron")
    db.session.commit()
    late = make_product(coop, slug="late", name_en="Late saffron")
    db.session.commit()
    with Session(db.engine) as session:
        assert outbox.prune(session, timedelta(0)) >= 1  # host B never saw the first row
        assert session.scalar(select(func.count()).select_from(SearchOutbox)) == 1  # the newest stays
    b_index = get_index(host_b)
    with host_b.app_context():
        assert status(host_b).behind and not status(host_b).ok
        b_index.outbox.catch_up()  # outside a request: rebuilds at once
        assert not status(host_b).behind and status(host_b).ok
    assert found(host_b.test_client(), "saffron") == {early.id, late.id}


def test_a_host_without_a_mark_rebuilds(app, host_b):
    coop = make_coop()
    product = make_product(coop, slug="p", name_en="Orphan fig jam")
    db.session.commit()
    b_index = get_index(host_b)
    b_index.outbox.mark_path.unlink()
    with host_b.app_context():
        assert status(host_b).mark is None and not status(host_b).ok
        b_index.outbox.catch_up()
        assert status(host_b).ok
    assert found(host_b.test_client(), "orphan") == {product.id}


# ------------------------------------------------------------------------------ two hosts at once

ROUNDS = 6


def _host_writer(database_url: str, index_root: str, tag: str, product_ids: list[int]) -> None:
    app = make_test_app(database_url, Path(index_root))
    with app.app_context():
        for round_no in range(ROUNDS):
            for product_id in product_ids:
                db.session.get(Product, product_id).name_en = f"{tag}x{round_no} item {product_id}"
            db.session.commit()  # writes the outbox; this process drains into its host's index
        db.session.remove()
        db.engine.dispose()


def _host_reader(database_url: str, index_root: str, seconds: float) -> None:
    app = make_test_app(database_url, Path(index_root))
    deadline = time.monotonic() + seconds
    with app.app_context():
        while time.monotonic() < deadline:  # as a second gunicorn worker's searches do
            get_index(app).outbox.poll(app)
            time.sleep(0.01)
        db.session.remove()
        db.engine.dispose()


def test_two_hosts_draining_at_once_converge(app, tmp_path, database_url, host_b):
    coop = make_coop()
    products = [make_product(coop, slug=f"p{i}", name_en=f"start {i}") for i in range(6)]
    db.session.commit()
    ids = [p.id for p in products]
    context = multiprocessing.get_context("spawn")
    roots = {"a": str(tmp_path), "b": str(tmp_path / "host-b")}  # the test app's index, and host B's
    processes = [
        context.Process(target=_host_writer, args=(database_url, roots["a"], "hosta", ids[:3])),
        context.Process(target=_host_writer, args=(database_url, roots["b"], "hostb", ids[3:])),
        context.Process(target=_host_reader, args=(database_url, roots["a"], 6.0)),
        context.Process(target=_host_reader, args=(database_url, roots["b"], 6.0)),
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=180)
        assert process.exitcode == 0
    for host in (app, host_b):
        with host.app_context():
            get_index(host).outbox.catch_up(host, wait=30)
            assert get_index(host).drift() == (set(), set(), set())
            assert status(host).lag == 0
        last = ROUNDS - 1
        client = host.test_client()
        assert found(client, f"hostax{last}") == set(ids[:3])
        assert found(client, f"hostbx{last}") == set(ids[3:])
