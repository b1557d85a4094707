"""Keyboard only (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11): a buyer searches, opens a product, puts it in the cart
and orders it for cash on delivery; a cooperative member records a sale at her stand. Nothing is clicked:
the tests press Tab, Shift+Tab, Enter, Space, the arrow keys, and type. At every stop of the Tab key the
focused element shows a focus ring that nothing hides, and focus moves forward through the page in the
order of its source (which the stylesheet keeps in reading order)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from market.events import allocating, applications, services, stand_sales
from market.events.floorplan import GridSpec
from market.events.models import StandSale
from market.extensions import db
from market.orders.models import Order
from market.search.index import get_index
from tests.factories import PASSWORD, category, make_coop, make_product, make_user, region

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

# What has focus, whether its focus ring shows, and where it is in the page's source.
FOCUS_JS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) { return null; }
  const style = getComputedStyle(e);
  const width = parseFloat(style.outlineWidth) || 0, offset = parseFloat(style.outlineOffset) || 0;
  const ring = style.outlineStyle !== 'none' && width >= 2;
  const r = e.getBoundingClientRect(), grow = Math.max(width + offset, 0);
  // The ring is drawn around the box: a parent that clips its overflow must not cut it off.
  let clipped = null;
  for (let a = e.parentElement; a && a !== document.documentElement; a = a.parentElement) {
    const s = getComputedStyle(a);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') { continue; }
    const b = a.getBoundingClientRect();
    if (r.left - grow < b.left - 0.5 || r.right + grow > b.right + 0.5 || r.top - grow < b.top - 0.5
        || r.bottom + grow > b.bottom + 0.5) { clipped = a.tagName.toLowerCase() + '.' + a.className; break; }
  }
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  return {
    what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '')
          + ' "' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 40) + '"',
    ring: ring, clipped: clipped,
    inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    onTop: !!top && (top === e || e.contains(top) || top.contains(e) || (e.labels && [...e.labels].includes(top))),
    position: [...document.querySelectorAll('*')].indexOf(e),
  };
}"""


def focused(page) -> dict | None:
    return page.evaluate(FOCUS_JS)


def assert_visible_focus(info: dict) -> None:
    assert info is not None, "focus was lost (on the page's body)"
    assert info["ring"], f"no focus ring on {info['what']}"
    assert info["clipped"] is None, f"the focus ring of {info['what']} is cut off by {info['clipped']}"
    assert info["inView"] and info["onTop"], f"{info['what']} has focus but is hidden (off screen or covered)"


def tab_to(page, selector: str, backwards: bool = False, limit: int = 80) -> int:
    """Press Tab (or Shift+Tab) until the element matching `selector` has focus (if it has not already);
    every stop on the way must show its focus and come after the previous one in the page (before it, going
    backwards)."""
    key = "Shift+Tab" if backwards else "Tab"
    # After Enter on a link or a form, the URL changes before the new page is whole: on a loaded machine the
    # first Tab could land in a page still being built. Start once it has loaded.
    page.wait_for_load_state("load")
    if page.evaluate("s => document.activeElement.matches(s)", selector):
        return 0
    previous = None
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        info = focused(page)
        assert_visible_focus(info)
        if previous is not None:
            assert (info["position"] < previous) if backwards else (info["position"] > previous), (
                f"focus went {'forward' if backwards else 'back'} to {info['what']}"
            )
        previous = info["position"]
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} not reached in {limit} presses of {key}")


def replace_text(page, text: str) -> None:
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.type(text)


def skip_to_content(page) -> None:
    """The first Tab stop is the skip link, visible when focused; Enter moves focus to the main content."""
    page.wait_for_load_state("load")
    page.keyboard.press("Tab")
    info = focused(page)
    assert_visible_focus(info)
    assert page.evaluate("() => document.activeElement.matches('a.skip-link[href=\"#main\"]')"), info["what"]
    page.keyboard.press("Enter")
    assert page.evaluate("() => document.activeElement.id") == "main"
    page.keyboard.press("Tab")  # the next stop is the first control of the content, not the header's
    assert page.evaluate("() => !!document.activeElement.closest('main')"), focused(page)["what"]
    assert_visible_focus(focused(page))


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_search_to_cash_on_delivery_order_with_the_keyboard(page, live_app, lang):
    buyer = make_user(email=f"keyboard.{lang}@example.ma", name="Fatima Zahra", locale=lang)
    coop = make_coop(slug=f"argan-{lang}", name_fr="Coopérative Argan Tamri", name_ar="تعاونية أركان تامري",
                     delivery_fee_centimes=2500)  # fmt: skip
    oil = make_product(coop, name_fr="Huile d’argan", name_ar="زيت أركان", name_en="Argan oil", price_centimes=15000,
                       stock=10)  # fmt: skip
    db.session.commit()
    get_index(live_app).rebuild()
    page.goto(f"/?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")

    # 1. Skip the header, search from the home page's box.
    skip_to_content(page)
    assert page.evaluate("() => document.activeElement.id") == "hero-q"
    page.keyboard.type("زيت" if lang == "ar" else "argan")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q="))

    # 2. Through the results to the product.
    tab_to(page, ".search-results .product-card a.card-link")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/p/{oil.id}-"))

    # 3. Two of them in the cart: the quantity goes up with the arrow key, Tab reaches the button.
    tab_to(page, "#quantity")
    page.keyboard.press("ArrowUp")
    expect(page.locator("#quantity")).to_have_value("2")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('form.add-to-cart button[type=submit]')")
    page.keyboard.press("Enter")
    expect(page.locator(".flash-success")).to_be_visible()
    expect(page.locator(".cart-count")).to_contain_text("2")

    # 4. Back up to the header's cart link (Shift+Tab), then to checkout: sign in on the way.
    tab_to(page, "a.cart-link", backwards=True)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/cart"))
    expect(page.locator(".cart-line")).to_have_count(1)
    tab_to(page, "main a[href='/checkout']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/account/login"))
    tab_to(page, "input[name=email]")
    page.keyboard.type(buyer.email)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.name") == "password"
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/checkout$"))
    expect(page.locator("html")).to_have_attribute("lang", lang)

    # 5. The address, a town chosen with the arrow keys, cash on delivery chosen with the arrow keys.
    for name, value in (("full_name", "Fatima Zahra Amrani"), ("phone", "06 61 23 45 67"),
                        ("address", "Douar Tamaloukt, commune Imouzzer")):  # fmt: skip
        tab_to(page, f"input[name={name}]")
        replace_text(page, value)
    tab_to(page, "select[name=city]")
    for _ in range(60):
        if page.evaluate("() => document.activeElement.value") == "agadir":
            break
        page.keyboard.press("ArrowDown")
    expect(page.locator("select[name=city]")).to_have_value("agadir")
    tab_to(page, "input[name=payment_method]")
    for _ in range(4):
        if page.evaluate("() => document.activeElement.value") == "cod":
            break
        page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.locator("input[name=payment_method][value=cod]")).to_be_checked()
    tab_to(page, "form.checkout-form button[type=submit]")
    page.keyboard.press("Enter")

    # 6. The review, then the order is placed.
    expect(page.locator(".grand-total")).to_contain_text("325")  # 2 × 150 + 25 delivery
    tab_to(page, "button[name=step][value=confirm]")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/orders/ST-"))
    expect(page.locator(".flash-success")).to_be_visible()
    db.session.expire_all()
    order = db.session.scalar(select(Order).where(Order.buyer_id == buyer.id))
    assert order.payment_method == "cod"
    assert [(line.product_id, line.quantity) for part in order.parts for line in part.lines] == [(oil.id, 2)]


def _selling_today(owner, lang):
    """A fair running today where the owner's cooperative has a stand and has set argan oil aside."""
    today = stand_sales.local_today()
    organiser = make_user(email=f"organiser.kb.{lang}@example.ma", is_organiser=True)
    coop = make_coop(owner=owner, slug=f"stand-{lang}", name_fr="Coopérative Argan Tamri",
                     name_ar="تعاونية أركان تامري")  # fmt: skip
    oil = make_product(coop, name_fr="Huile d’argan", name_ar="زيت أركان", price_centimes=15000, stock=20)
    event = services.save_event(None, {
        "kind": "regional_fair", "title_fr": f"Marché d’Agadir {lang}", "title_ar": "سوق أكادير",
        "region_id": region("souss-massa").id, "town": "Agadir", "venue": "Place Al Amal",
        "starts_on": today + timedelta(days=5), "ends_on": today + timedelta(days=6),
        "applications_open_on": today - timedelta(days=3), "applications_close_on": today + timedelta(days=2),
    }, organiser)  # fmt: skip
    services.generate_plan(event.stops[0], GridSpec(rows=1, columns=3))
    services.set_status(event, "open")
    application = applications.apply(event, coop, {"category_id": category("oils").id, "min_area": 4}, today=today)
    applications.decide(application, "accept")
    services.set_status(event, "allocating")
    allocating.allocate(event.stops[0], organiser)
    services.set_status(event, "published")
    stand_sales.set_aside(event, coop, oil, 10, owner)
    services.set_status(event, "running")
    event.starts_on = event.stops[0].starts_on = today - timedelta(days=1)
    event.ends_on = event.stops[0].ends_on = today + timedelta(days=1)
    db.session.commit()
    return coop, event, oil


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_recording_a_stand_sale_with_the_keyboard(page, live_app, lang):
    owner = make_user(email=f"seller.{lang}@example.ma", name="Hafsa", locale=lang)
    coop, event, oil = _selling_today(owner, lang)

    page.goto(f"/account/login?lang={lang}")
    skip_to_content(page)
    tab_to(page, "input[name=email]")
    page.keyboard.type(owner.email)
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.locator(".account-link")).to_be_visible()

    # From the header to the back office, its list of stands, the stand page; then a sale of 3 at the list price.
    # Signed in, she is back on the home page at its content (the skip link's #main stayed in the address).
    tab_to(page, f"header a[href='/manage/{coop.slug}/']", backwards=True)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/manage/{coop.slug}/$"))
    tab_to(page, f"nav.manage-nav a[href='/manage/{coop.slug}/events/stands']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/events/stands$"))
    tab_to(page, f"main a[href*='/events/{event.slug}/stand']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/events/{event.slug}/stand"))
    tab_to(page, "select[name=sale-line]")
    expect(page.locator("select[name=sale-line]")).to_have_value(str(oil.id))
    tab_to(page, "input[name=sale-quantity]")
    replace_text(page, "3")
    tab_to(page, "form.stand-sale-form button[type=submit]")
    page.keyboard.press("Enter")

    expect(page.locator(".stand-sales li").first).to_contain_text("3")
    db.session.expire_all()
    sales = db.session.scalars(select(StandSale).where(StandSale.event_id == event.id)).all()
    assert [(s.product_id, s.quantity, s.unit_price_centimes) for s in sales] == [(oil.id, 3, 15000)]
