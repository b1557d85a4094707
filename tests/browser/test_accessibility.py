"""WCAG 2.2 AA as far as axe-core can tell: every page of every role (tests/browser/accessibility.py lists
them), in ar, fr, en and zgh, at phone and desktop width, with no serious or critical violation.

benchmarks/accessibility.py runs the same scan and writes the counts to benchmarks/results/."""

import pytest

from tests.browser import accessibility
from tests.browser.accessibility_site import build_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


@pytest.mark.parametrize("role", ["public", "buyer", "coop", "organiser", "admin"])
def test_no_serious_or_critical_violation(live_server, live_app, capsys, role):
    site = build_site(live_app)
    pages = accessibility.pages_by_role(site)[role]
    result = accessibility.scan(live_server.url, site, roles=[role])

    with capsys.disabled():
        print(f"\n{role}: {len(pages)} pages\n{accessibility.table(result)}")
    assert result.not_checked == [], "\n".join(result.not_checked)
    expected = len(pages) * len(accessibility.LANGUAGES) * len(accessibility.WIDTHS)
    assert result.checked == expected
    blocking = accessibility.blocking(result.findings)
    assert blocking == [], "\n" + accessibility.describe(blocking)


def test_no_page_scrolls_sideways_at_320_css_pixels(live_server, live_app, capsys):
    """Reflow (WCAG 1.4.10), which axe does not test: every page of every role, in every language, fits a
    320 px wide window (a phone, or a desktop at 400% zoom); only tables and floor plans scroll, in their box."""
    site = build_site(live_app)
    pages = accessibility.pages_by_role(site)
    narrow, reflow = accessibility.REFLOW_WIDTH, accessibility.check_reflow
    result = accessibility.scan(live_server.url, site, widths=narrow, check=reflow)

    with capsys.disabled():
        print("\n" + accessibility.table(result, "reflow at 320 px"))
    assert result.not_checked == [], "\n".join(result.not_checked)
    assert result.checked == sum(map(len, pages.values())) * len(accessibility.LANGUAGES)
    assert result.findings == [], "\n" + accessibility.describe(result.findings)


def test_the_checks_are_not_blind(live_server, live_app):
    """A page made to break rules is reported: axe sees an image without text, a field without a label and
    pale text; the reflow check sees a block wider than the window."""
    site = build_site(live_app)
    broken = {"public": [accessibility.Page("broken on purpose", "/", then=_break_the_page)]}
    phone = {"phone": accessibility.WIDTHS["phone"]}
    axe = accessibility.scan(live_server.url, site, languages=("fr",), widths=phone, pages=broken)
    reflow = accessibility.scan(live_server.url, site, languages=("ar",), widths=accessibility.REFLOW_WIDTH,
                                pages=broken, check=accessibility.check_reflow)  # fmt: skip

    rules = {(f.rule, f.impact) for f in axe.findings}
    assert {("image-alt", "critical"), ("label", "critical"), ("color-contrast", "serious")} <= rules
    assert [(f.rule, f.targets) for f in reflow.findings] == [("reflow", ["p.too-wide"])]


async def _break_the_page(page):
    await page.evaluate(
        """() => document.querySelector('main').insertAdjacentHTML('afterbegin',
            '<img src="/static/img/logo.svg"><input type="text" name="x">'
            + '<p style="color:#ccc; background:#fff">pale text</p>'
            + '<p class="too-wide" style="inline-size: 500px">wide</p>')"""
    )
