"""The accessibility scan shared by tests/browser/test_accessibility.py and benchmarks/accessibility.py:
every page worth checking, by role (`pages_by_role`: the one place to extend), and axe-core run in each of
them in every language at phone and desktop width (`scan`), over the marketplace of accessibility_site.py.

axe-core is vendored in tests/browser/vendor/axe-core/ (MPL-2.0): nothing is fetched at test time. One
Chromium; one context per role and width (signed in once), `workers` of them at a time. A page load costs
about half a second, mostly Chromium's (layout, and axe's first run in each new document), so on a two-core
machine more workers hardly help."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import async_playwright

from tests.browser.accessibility_site import Site
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS
from tests.factories import PASSWORD

AXE_JS = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no wcag22a tag: 2.2's new A criteria are not automatable).
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
LANGUAGES = ("ar", "fr", "en", "zgh")
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
BLOCKING = ("critical", "serious")
IMPACTS = ("critical", "serious", "moderate", "minor")
TIMEOUT_MS = 10_000


@dataclass(frozen=True)
class Page:
    """A page to check: its path (without ?lang=), the status it answers with, and optionally what to do in
    it before checking (`then(page)`: show a form's errors, open a drawer), which waits for it to happen."""

    name: str
    path: str
    status: int = 200
    then: Callable[..., Awaitable[None]] | None = None


async def keep_language(form) -> None:
    """A form posting to another URL loses ?lang=, and a signed-in person's own language would answer: keep
    the language of the page being checked."""
    await form.evaluate("f => { const u = new URL(f.action); u.searchParams.set('lang', document.documentElement"
                        ".lang); f.action = u.href; }")  # fmt: skip


def submit_empty(form: str = "form.stack-form") -> Callable[..., Awaitable[None]]:
    """Empty the form's text boxes, send it and wait for the page to show the errors."""

    async def then(page) -> None:
        target = page.locator(f"main {form}").first
        await target.evaluate("f => f.querySelectorAll('input[type=text], input[type=tel], input[type=email], "
                              "textarea').forEach(i => { i.value = ''; })")  # fmt: skip
        await keep_language(target)
        await target.locator("button[type=submit]").first.click()
        await page.locator("main .errors, main .flash-error").first.wait_for()

    return then


async def open_facets(page) -> None:
    """The search filters: a drawer to open on phones, a sidebar on desktops."""
    summary = page.locator("details.facets > summary")
    if await summary.is_visible():
        await summary.click()
    await page.locator(".facets-body .facet-link").first.wait_for()


async def show_suggestions(page) -> None:
    await page.locator("#header-q").press_sequentially("arg")
    await page.locator(".suggestions [role=option]").first.wait_for()


async def checkout_review(page) -> None:
    """The second step of checkout: the order to confirm."""
    await page.fill("input[name=full_name]", "Fatima Zahra Amrani")
    await page.fill("input[name=phone]", "06 61 23 45 67")
    await page.fill("input[name=address]", "Douar Tamaloukt, commune Imouzzer")
    await page.select_option("select[name=city]", "agadir")
    await page.check("input[name=payment_method][value=cod]")
    await keep_language(page.locator("form.checkout-form"))
    await page.locator("form.checkout-form button[type=submit]").click()
    await page.locator(".grand-total").wait_for()


async def make_token(page) -> None:
    """A token just made: its secret shown once, and the list of tokens."""
    await page.fill("input[name=name]", "Tableur")
    await keep_language(page.locator("main form.stack-form"))
    await page.locator("main form.stack-form button[type=submit]").click()
    await page.locator("#new-token").wait_for()


def pages_by_role(site: Site) -> dict[str, list[Page]]:
    """Every page to check, by who looks at it. Extend here."""
    coop = f"/manage/{site.coop}"
    fair = f"/events/organise/{site.fair}"
    return {
        "public": [
            Page("home", "/"),
            Page("search results", "/search?q=argan"),
            Page("search filters", "/search?q=argan", then=open_facets),
            Page("search suggestions", "/", then=show_suggestions),
            Page("search without results", "/search?q=zzzzqqq"),
            Page("category", f"/category/{site.category}"),
            Page("product", f"/p/{site.product_id}-{site.product_slug}"),
            Page("storefront", f"/c/{site.coop}"),
            Page("label", f"/labels/{site.label_code}"),
            Page("cooperatives", "/cooperatives"),
            Page("empty cart", "/cart"),
            Page("sign in", "/account/login"),
            Page("sign in with errors", "/account/login", then=submit_empty()),
            Page("register", "/account/register"),
            Page("register with errors", "/account/register", then=submit_empty()),
            Page("forgotten password", "/account/forgot"),
            Page("events", "/events"),
            Page("event with its plan", f"/events/{site.fair}"),
            Page("not found", "/no-such-page", status=404),
            Page("API documentation", "/api/v1/docs"),
        ],
        "buyer": [
            Page("cart", "/cart"),
            Page("checkout", "/checkout"),
            Page("checkout with errors", "/checkout", then=submit_empty("form.checkout-form")),
            Page("checkout review", "/checkout", then=checkout_review),
            Page("my orders", "/orders"),
            Page("an order", f"/orders/{site.order_number}"),
            Page("profile", "/account/profile"),
            Page("API tokens", "/account/api-tokens", then=make_token),
            Page("register a cooperative", "/cooperatives/apply"),
            Page("register a cooperative with errors", "/cooperatives/apply", then=submit_empty()),
        ],
        "coop": [
            Page("dashboard and products", f"{coop}/"),
            Page("new product", f"{coop}/products/new"),
            Page("new product with errors", f"{coop}/products/new", then=submit_empty()),
            Page("product form", f"{coop}/products/{site.product_id}"),
            Page("storefront editor", f"{coop}/storefront"),
            Page("orders", f"{coop}/orders"),
            Page("an order", f"{coop}/orders/{site.part_id}"),
            Page("packing slip", f"{coop}/orders/{site.part_id}/packing-slip"),
            Page("reviews", f"{coop}/reviews"),
            Page("sales and payouts", f"{coop}/sales"),
            Page("delivery and payment", f"{coop}/delivery"),
            Page("claim a label", f"{coop}/labels/new"),
            Page("import and export", f"{coop}/import"),
            Page("members", f"{coop}/members"),
            Page("API tokens", f"{coop}/api-tokens", then=make_token),
            Page("API tokens with errors", f"{coop}/api-tokens", then=submit_empty()),
            Page("fairs and markets", f"{coop}/events"),
            Page("stand sales list", f"{coop}/events/stands"),
            Page("stand sales", f"{coop}/events/{site.market}/stand"),  # with its offline panel
            Page("my exports", "/exports"),
        ],
        "organiser": [
            Page("events", "/events/organise"),
            Page("event form", "/events/organise/new"),
            Page("event form with errors", "/events/organise/new", then=submit_empty()),
            Page("event edit form", f"{fair}/edit"),
            Page("event and plan", fair),
            Page("applications", f"{fair}/applications"),
            Page("allocation", f"{fair}/stops/{site.fair_stop_id}/allocation"),
            Page("report", f"/events/organise/{site.market}/report"),
            Page("year indicators", "/events/organise/indicators"),
        ],
        "admin": [
            Page("dashboard", "/admin/"),
            Page("cooperatives", "/admin/cooperatives"),
            Page("a cooperative to review", f"/admin/cooperatives/{site.pending_coop_id}"),
            Page("orders", "/admin/orders"),
            Page("an order", f"/admin/orders/{site.order_number}"),
            Page("labels", "/admin/labels"),
            Page("reviews", "/admin/reviews"),
            Page("reports", "/admin/reports"),
            Page("jobs", "/admin/jobs"),
            Page("audit log", "/admin/audit"),
        ],
    }


# --- Running axe ----------------------------------------------------------------------------------------


@dataclass
class Finding:
    role: str
    page: str
    path: str
    lang: str
    width: str
    rule: str
    impact: str
    help: str
    nodes: int
    targets: list[str]


@dataclass
class ScanResult:
    findings: list[Finding] = field(default_factory=list)  # one per rule broken in a page, language and width
    checked: int = 0  # page loads checked
    not_checked: list[str] = field(default_factory=list)  # pages that did not answer as expected, or `then` failed


def with_lang(path: str, lang: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang={lang}"


async def sign_in(page, email: str) -> None:
    await page.goto("/account/login?lang=en")
    await page.fill("input[name=email]", email)
    await page.fill("input[name=password]", PASSWORD)
    await page.locator("form.stack-form button[type=submit]").click()
    await page.locator(".account-link").wait_for()


async def prepare(page, role: str, site: Site) -> None:
    """Sign the role's person in; the buyer also fills a cart from two cooperatives."""
    if role == "public":
        return
    await sign_in(page, site.emails[role])
    if role == "buyer":
        for path in site.cart_paths:
            await page.goto(path)
            await page.locator("form.add-to-cart button[type=submit]").click()
            await page.locator(".flash-success").wait_for()


async def run_axe(page) -> list[dict]:
    return (await page.evaluate("options => axe.run(document, options)", AXE_OPTIONS))["violations"]


# Elements wider than the window that no scrolling box holds (a table in .table-wrap, a floor plan may scroll).
REFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth <= width) { return []; }
  const boxed = ['auto', 'scroll', 'hidden', 'clip'];
  const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) {
    if (boxed.includes(getComputedStyle(a).overflowX)) { return true; } } return false; };
  return [...document.querySelectorAll('body *')].filter(e => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && (r.right > width + 1 || r.left < -1) && !scrolls(e) && !e.closest('.visually-hidden');
  }).slice(0, 5).map(e => e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join(''));
}"""


async def check_reflow(page) -> list[dict]:
    """WCAG 1.4.10, which axe does not test: at 320 CSS pixels nothing makes the page scroll sideways."""
    offenders = await page.evaluate(REFLOW_JS)
    if not offenders:
        return []
    return [{"id": "reflow", "impact": "serious", "help": "Content must fit 320 CSS pixels without scrolling sideways",
             "nodes": [{"target": [target]} for target in offenders]}]  # fmt: skip


REFLOW_WIDTH = {"320px": {"width": 320, "height": 640}}


def scan(base_url: str, site: Site, roles=None, languages=LANGUAGES, widths=None, workers=2, log=None,
         pages: dict[str, list[Page]] | None = None, check=run_axe) -> ScanResult:  # fmt: skip
    """Run `check` (axe, or check_reflow) in every page of the given roles (all of `pages_by_role` unless
    `pages` is given), in every language, at every width. Playwright's async API runs in a thread of its
    own, so this may be called from anywhere (from a test using the sync API too)."""
    outcome: dict = {}
    pages = pages or pages_by_role(site)

    def run() -> None:
        try:
            outcome["result"] = asyncio.run(
                _scan(base_url, site, pages, roles, languages, widths or WIDTHS, workers, log, check)
            )
        except BaseException as exc:  # handed to the caller's thread
            outcome["error"] = exc

    thread = threading.Thread(target=run, name="axe-scan")
    thread.start()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


async def _scan(base_url, site, pages, roles, languages, widths, workers, log, check) -> ScanResult:
    result = ScanResult()
    limit = asyncio.Semaphore(workers)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:

            async def one_context(role: str, width: str) -> None:
                async with limit:
                    context = await browser.new_context(base_url=base_url, viewport=widths[width], locale="fr-FR")
                    if check is run_axe:
                        await context.add_init_script(path=str(AXE_JS))  # in every page as it loads
                    context.set_default_timeout(TIMEOUT_MS)
                    try:
                        page = await context.new_page()
                        await prepare(page, role, site)
                        for target in pages[role]:
                            for lang in languages:
                                await _check(page, role, width, target, lang, result, log, check)
                    finally:
                        await context.close()

            await asyncio.gather(*(one_context(role, width) for role in roles or pages for width in widths))
        finally:
            await browser.close()
    return result


async def _check(page, role: str, width: str, target: Page, lang: str, result: ScanResult, log, check) -> None:
    url = with_lang(target.path, lang)
    where = f"{role} / {target.name} ({url}) at {width} width"
    try:
        response = await page.goto(url)
        status = response.status if response is not None else None
        assert status == target.status, f"HTTP {status}, expected {target.status}"
        if target.then is not None:
            await target.then(page)
            # A form sent: its answer is in the page, but its stylesheets may still be loading.
            await page.wait_for_load_state("load")
        shown = await page.locator("html").get_attribute("lang")
        assert shown == lang, f"the page is in {shown!r}, not {lang!r}"
        # The Tifinagh font swaps in when it arrives (font-display: swap) and the lines it sets change size:
        # measure sizes and contrast on the page as it will stay (a loaded machine once measured before).
        await page.evaluate("() => document.fonts.ready.then(() => true)")
        violations = await check(page)
    except (AssertionError, PlaywrightError) as exc:
        result.not_checked.append(f"{where}: {str(exc).splitlines()[0]}")
        return
    result.checked += 1
    for violation in violations:
        result.findings.append(Finding(
            role, target.name, target.path, lang, width, violation["id"], violation["impact"] or "minor",
            violation["help"], len(violation["nodes"]),
            [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]],
        ))  # fmt: skip
    if log is not None:
        log(f"{where}: {len(violations)} rules broken")


def summary(result: ScanResult) -> dict:
    """Counts for the JSON file: by impact and by rule, in page loads where a rule failed and in elements."""
    by_rule: dict[tuple[str, str], Counter] = {}
    for f in result.findings:
        counts = by_rule.setdefault((f.rule, f.impact), Counter())
        counts["pages"] += 1
        counts["nodes"] += f.nodes
    by_impact = {impact: {"pages": 0, "nodes": 0} for impact in IMPACTS}
    for (_rule, impact), counts in by_rule.items():
        by_impact[impact]["pages"] += counts["pages"]
        by_impact[impact]["nodes"] += counts["nodes"]
    return {
        "page_loads_checked": result.checked,
        "pages_not_checked": result.not_checked,
        "violations": len(result.findings),
        "by_impact": by_impact,
        "by_rule": [
            {"rule": rule, "impact": impact, "pages": counts["pages"], "nodes": counts["nodes"]}
            for (rule, impact), counts in sorted(by_rule.items(), key=lambda kv: (IMPACTS.index(kv[0][1]), kv[0][0]))
        ],
    }


def table(result: ScanResult, title: str = "axe-core") -> str:
    data = summary(result)
    lines = [
        f"{title}: {result.checked} page loads checked, {data['violations']} rule failures",
        f"{'rule':32} {'impact':9} {'page loads':>10} {'elements':>9}",
    ]
    for row in data["by_rule"]:
        lines.append(f"{row['rule']:32} {row['impact']:9} {row['pages']:>10} {row['nodes']:>9}")
    for impact, counts in data["by_impact"].items():
        lines.append(f"{'total':32} {impact:9} {counts['pages']:>10} {counts['nodes']:>9}")
    lines.extend(f"not checked: {line}" for line in result.not_checked)
    return "\n".join(lines)


def blocking(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.impact in BLOCKING]


def describe(findings: list[Finding]) -> str:
    return "\n".join(
        f"[{f.impact}] {f.rule} — {f.role} / {f.page} ({f.path}) {f.lang} {f.width}: {f.help}; {', '.join(f.targets)}"
        for f in findings
    )
