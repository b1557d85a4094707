"""An organiser creates a regional fair, draws its floor plan and opens applications; cooperatives apply;
the organiser accepts them, the solver allocates the stands within the rules, the organiser moves one
cooperative by hand and publishes; the public page shows the plan linking to storefronts; during the fair
a cooperative member records stand sales from a phone; the report shows the indicators."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from market.events.models import Event, StandAssignment
from market.extensions import db
from tests.browser.test_cooperative_journey import sign_in, sign_out
from tests.factories import category, make_coop, make_product, make_user, region

pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def submit(page, form_selector="form.stack-form"):
    page.locator(f"{form_selector} button[type=submit]").first.click()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_fair_from_call_for_applications_to_report(page, live_app, lang):
    organiser = make_user(email=f"organiser.{lang}@example.ma", is_organiser=True, locale=lang)
    owners = [make_user(email=f"coop{i}.{lang}@example.ma", locale=lang) for i in range(4)]
    kinds = (("honey", True), ("oils", False), ("honey", True), ("spices-herbs", True))
    coops = [
        make_coop(
            owner=owner,
            slug=f"coop-{lang}-{i}",
            women_led=women,
            name_fr=f"Coopérative {i} {lang}",
            name_ar=f"تعاونية {i}",
        )  # fmt: skip
        for i, (owner, (_kind, women)) in enumerate(zip(owners, kinds, strict=True))
    ]
    products = [make_product(coop, name_fr=f"Produit {i}", name_ar=f"منتج {i}", price_centimes=5000, stock=20)
                for i, coop in enumerate(coops)]  # fmt: skip
    region_id = region("souss-massa").id
    categories = {slug: category(slug).id for slug, _women in kinds}
    db.session.commit()
    today = date.today()
    title_fr = f"Salon régional {lang}"

    # 1. The organiser creates the fair, with the rules, and draws its plan: 2 rows of 4 stands.
    sign_in(page, organiser.email, lang)
    page.goto(f"/events/organise/new?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    page.select_option("select[name=kind]", "regional_fair")
    page.fill("input[name=title_ar]", f"المعرض الجهوي {lang}")
    page.fill("input[name=title_fr]", title_fr)
    page.select_option("select[name=region_id]", str(region_id))
    page.fill("input[name=town]", "Agadir")
    page.fill("input[name=venue]", "Parc des expositions")
    page.fill("input[name=starts_on]", (today + timedelta(days=20)).isoformat())
    page.fill("input[name=ends_on]", (today + timedelta(days=23)).isoformat())
    page.fill("input[name=opening_hours]", "10:00–20:00")
    page.fill("input[name=applications_open_on]", (today - timedelta(days=1)).isoformat())
    page.fill("input[name=applications_close_on]", (today + timedelta(days=10)).isoformat())
    page.fill("input[name=stand_fee]", "300")
    page.fill("input[name=women_led_min_share]", "50")
    page.check("input[name=no_adjacent_same_category]")
    page.fill("input[name=target_participants]", "4")
    page.fill("input[name=target_sales]", "1000")
    submit(page)
    expect(page.locator(".flash-success")).to_be_visible()
    event = db.session.scalar(select(Event).where(Event.title_fr == title_fr))
    page.locator("details summary").first.click()
    page.fill("input[name=rows]", "2")
    page.fill("input[name=columns]", "4")
    page.locator(f"form[action$='/stops/{event.stops[0].id}/plan'] button[type=submit]").click()
    expect(page.locator("svg .fp-stand")).to_have_count(8)
    page.locator("form[action$='/status'] button").filter(has_text="").first.click()  # open applications
    expect(page.locator(".flash-success")).to_be_visible()
    db.session.expire_all()
    assert db.session.get(Event, event.id).status == "open"
    sign_out(page)

    # 2. Four cooperatives apply.
    for owner, coop, (kind, _women) in zip(owners, coops, kinds, strict=True):
        sign_in(page, owner.email, lang)
        page.goto(f"/manage/{coop.slug}/events?lang={lang}")
        page.locator(f"a[href$='/events/{event.slug}/apply']").click()
        page.select_option("select[name=category_id]", str(categories[kind]))
        page.fill("input[name=min_area]", "9")
        page.check("input[name=preferred_zones][value=food]")
        submit(page)
        expect(page.locator(".flash-success")).to_be_visible()
        sign_out(page)

    # 3. The organiser accepts them, closes applications and lets the solver allocate.
    sign_in(page, organiser.email, lang)
    page.goto(f"/events/organise/{event.slug}/applications?lang={lang}")
    for n in range(4):
        page.locator("button[name=decision][value=accept]").nth(n).click()
        expect(page.locator(".flash-success")).to_be_visible()
    page.goto(f"/events/organise/{event.slug}?lang={lang}")
    page.locator("form[action$='/status']:has(input[value=allocating]) button").click()
    page.goto(f"/events/organise/{event.slug}/stops/{event.stops[0].id}/allocation?lang={lang}")
    page.locator(f"form[action$='/stops/{event.stops[0].id}/allocate'] button").click()
    expect(page.locator("p.flash[role=status]:not(.flash-success)")).to_be_visible()
    expect(page.locator("table.data-table tbody tr")).to_have_count(4)
    expect(page.locator(".flash-error")).to_have_count(0)  # no rule broken

    # 4. It moves a cooperative to a free stand by hand, then publishes.
    taken = {row.stand.code for row in db.session.scalars(select(StandAssignment))}
    free = next(s.code for s in event.stops[0].stands if s.code not in taken and s.code.startswith("A"))
    page.locator("table.data-table tbody tr input[name=stand]").first.fill(free)
    page.locator("table.data-table tbody tr button").first.click()
    expect(page.locator("table.data-table")).to_contain_text(free)
    page.locator("form[action$='/publish'] button").click()
    expect(page.locator(".flash-success")).to_be_visible()
    sign_out(page)

    # 5. The public page shows the plan, each taken stand linking to its storefront, and the list.
    page.goto(f"/events/{event.slug}?lang={lang}")
    expect(page.locator("svg a")).to_have_count(4)
    expect(page.locator("table.stand-list tbody tr")).to_have_count(4)
    page.locator("table.stand-list tbody a").first.click()
    expect(page.locator(".meet-us")).to_be_visible()
    expect(page.locator(".meet-us")).to_contain_text(event.title_ar if lang == "ar" else title_fr)

    # 6. Before the fair, a cooperative sets stock aside (it leaves online stock); the organiser opens the
    #    fair; at the stand, from the phone, a member records a cash sale and the page totals it.
    coop, product = coops[0], products[0]
    sign_in(page, owners[0].email, lang)
    page.goto(f"/manage/{coop.slug}/events/stands?lang={lang}")
    page.locator(f"a[href*='/events/{event.slug}/stand']").first.click()
    page.fill("form[action$='/stand/stock'] input[name=aside-quantity]", "5")
    page.locator("form[action$='/stand/stock'] button[type=submit]").click()
    expect(page.locator(".flash-success")).to_be_visible()
    db.session.expire_all()
    assert db.session.get(type(product), product.id).stock == 15
    sign_out(page)
    sign_in(page, organiser.email, lang)
    page.goto(f"/events/organise/{event.slug}?lang={lang}")
    page.locator("form[action$='/status']:has(input[value=running]) button").click()
    expect(page.locator(".flash-success")).to_be_visible()
    sign_out(page)
    sign_in(page, owners[0].email, lang)
    page.goto(f"/manage/{coop.slug}/events/{event.slug}/stand?lang={lang}")
    page.fill("form[action$='/stand/sales'] input[name=sale-quantity]", "2")
    page.locator("form[action$='/stand/sales'] button[type=submit]").click()
    expect(page.locator(".flash-success[role=status]")).to_be_visible()
    expect(page.locator(".stand-sales li")).to_have_count(1)
    expect(page.locator("table.stand-stock tbody tr").first).to_contain_text("3")  # 5 set aside, 2 sold
    sign_out(page)

    # 7. The report shows the indicators: 4 cooperatives, the women-led share, the sales against the target.
    sign_in(page, organiser.email, lang)
    page.goto(f"/events/organise/{event.slug}?lang={lang}")
    page.locator(f"a[href='/events/organise/{event.slug}/report']").first.click()
    targets = page.locator("table.report-targets")
    expect(targets.locator("tbody tr").first).to_contain_text("4")
    expect(targets).to_contain_text("75")  # 3 of the 4 are women-led
    with live_app.test_request_context(f"/?lang={lang}"):
        from market.core.i18n import format_money

        expect(targets).to_contain_text(format_money(10000, lang))  # 2 × 50 MAD
    expect(page.locator("svg").first).to_be_visible()
    page.goto(f"/events/organise/indicators?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    expect(page.locator("main")).to_contain_text(title_fr if lang == "fr" else event.title_ar)
