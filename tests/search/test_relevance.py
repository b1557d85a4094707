"""Relevance of product search over the demo catalogue: mean recall@10 of the queries in
tests/search/relevance_queries.py, overall and per language of the query (every language of
market.config.LANGUAGES, Tamazight included, is held to the same thresholds).

recall@10 of a query = |relevant ∩ first 10 results| / min(10, |relevant|): 1.0 when the first page of
ten is all relevant products (or holds every relevant product, when there are fewer than ten).
The table of the worst queries is in the failure message; `pytest -s` prints it when the test passes too.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import mean

from sqlalchemy import select

from market.catalog.models import Product
from market.config import LANGUAGES
from market.coops.models import Cooperative
from market.demo.data import COOPERATIVES, PRODUCT_FAMILIES
from market.demo.loader import load_demo
from market.extensions import db
from tests.search.relevance_queries import CASES, Case, Item

K = 10
MIN_MEAN = 0.9
MIN_LANGUAGE_MEAN = 0.85
WORST_SHOWN = 15


def catalogue_items() -> dict[tuple[str, str], Item]:
    """(cooperative slug, SKU) -> Item, for every demo product the search may show."""
    public = set(
        db.session.execute(
            select(Cooperative.slug, Product.sku)
            .join(Product.cooperative)
            .where(Cooperative.status == "approved", Product.is_published, Product.blocked_reason.is_(None))
        ).all()
    )
    items = {}
    for coop in COOPERATIVES:
        for family_slug in coop["families"]:
            for product in PRODUCT_FAMILIES[family_slug]["products"]:
                ref = (coop["slug"], product["key"].upper()[:64])  # the loader's SKU
                if ref in public:
                    items[ref] = Item(coop["slug"], coop["region"], coop["city"], family_slug, product["key"])
    assert len(items) == len(public), "the demo loader and the catalogue disagree"
    return items


@dataclass
class Row:
    recall: float
    case: Case
    n_relevant: int
    names: list[str]
    intruders: list[str]


def first_page(client, case) -> list[dict]:
    response = client.get("/api/v1/search", query_string={"q": case.q, "lang": case.page_lang, "per_page": K})
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["results"]


def test_the_relevance_set_covers_every_language():
    assert len(CASES) >= 80
    assert len({(case.q, case.page_lang) for case in CASES}) == len(CASES), "a query is there twice"
    assert {case.lang for case in CASES} | {case.ui for case in CASES if case.ui} <= set(LANGUAGES)
    for lang in LANGUAGES:
        cases = [case for case in CASES if case.lang == lang]
        assert len(cases) >= 20, lang
        assert any(case.ui and case.ui != lang for case in cases), f"no cross-language query in {lang}"


def test_mean_recall_at_10(app, client):
    load_demo(echo=lambda *_: None)
    items = catalogue_items()
    rows = []
    for case in CASES:
        relevant = {ref for ref, item in items.items() if case.relevant(item)}
        assert relevant, f"no demo product is relevant to {case.q!r}: check its rule {case.relevant}"
        results = first_page(client, case)
        top = [(r["cooperative"]["slug"], r["sku"]) for r in results]
        recall = len(relevant & set(top[:K])) / min(K, len(relevant))
        names = [r["name"] for r in results]
        intruders = [f"#{rank} {name}" for rank, (ref, name) in enumerate(zip(top, names, strict=True), 1)
                     if ref not in relevant]  # fmt: skip
        rows.append(Row(recall, case, len(relevant), names, intruders))

    by_lang = {lang: mean(row.recall for row in rows if row.case.lang == lang) for lang in LANGUAGES}
    overall = mean(row.recall for row in rows)
    counts = {lang: sum(row.case.lang == lang for row in rows) for lang in by_lang}
    lines = [
        f"mean recall@{K}: {overall:.3f} over {len(rows)} queries; "
        + ", ".join(f"{lang} {value:.3f} ({counts[lang]} queries)" for lang, value in by_lang.items()),
        "worst queries: recall, query [language of the query>of the page, kind], relevant products; "
        "not relevant among the first ten; first results",
    ]
    for row in sorted(rows, key=lambda row: row.recall)[:WORST_SHOWN]:
        case = row.case
        lang = f"{case.lang}>{case.ui}" if case.ui else case.lang
        lines.append(
            f"  {row.recall:.2f}  {case.q!r} [{lang}, {case.kind}] {row.n_relevant} relevant; "
            f"not relevant: {', '.join(row.intruders) or '-'}; first: {' | '.join(row.names[:3]) or '(nothing)'}"
        )
    report = "\n".join(lines)
    print(report)

    assert overall >= MIN_MEAN, report
    for lang, value in by_lang.items():
        assert value >= MIN_LANGUAGE_MEAN, f"{lang}: {value:.3f}\n{report}"
