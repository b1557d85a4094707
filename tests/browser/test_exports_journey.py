"""A cooperative manager downloads her payout ledger: the report is prepared in the background, its page
says so, then offers the file (embedded default: the job runs at once)."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from market.extensions import db
from tests.browser.test_cooperative_journey import sign_in
from tests.factories import make_coop, make_product, make_user

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_a_manager_downloads_the_ledger_and_the_catalogue(page, live_app, lang):
    manager = make_user(email=f"ledger.{lang}@example.ma", locale=lang)
    coop = make_coop(owner=manager, name_fr="Tafoukt", name_ar="تافوكت")
    make_product(coop, sku="HONEY-7")
    db.session.commit()
    sign_in(page, manager.email, lang)

    page.goto(f"/manage/{coop.slug}/sales?start=2026-01-01&end=2026-01-31&lang={lang}")
    page.locator("form.export-form button").click()
    expect(page).to_have_url(re.compile(r"/exports/[\w-]+"))
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    ready = {"ar": "تقريرك جاهز.", "fr": "Votre rapport est prêt."}[lang]
    expect(page.locator("#export-state")).to_contain_text(ready)
    with page.expect_download() as info:
        page.locator("#export-state a.button").click()
    download = info.value
    assert download.suggested_filename == f"{coop.slug}-ledger-2026-01-01-2026-01-31.csv"
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert rows[0] == ["date", "order", "kind", "amount_mad"] and rows[-1][2] == "balance"

    page.goto(f"/manage/{coop.slug}/import?lang={lang}")
    page.locator("form.export-form button").click()
    expect(page.locator("#export-state")).to_contain_text(ready)
    with page.expect_download() as info:
        page.locator("#export-state a.button").click()
    assert "HONEY-7" in Path(info.value.path()).read_text(encoding="utf-8")

    page.goto(f"/exports?lang={lang}")
    expect(page.locator("table.data-table tbody tr")).to_have_count(2)
