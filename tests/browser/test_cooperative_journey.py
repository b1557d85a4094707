"""A cooperative goes from application to a verified storefront with a product and a verified label."""

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from market.extensions import db
from tests.factories import PASSWORD, make_user
from tests.images import PDF, png_bytes

# Werkzeug's development server leaves a static file's handle to the garbage collector when Chromium
# drops a connection mid-response (it skips closing the response iterator on a dropped connection); that
# ResourceWarning surfaces in whichever test runs next. It comes from the test server, not the app.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def sign_in(page, email, lang):
    page.goto(f"/account/login?lang={lang}")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form.stack-form button[type=submit]").click()
    expect(page.locator(".account-link")).to_be_visible()


def sign_out(page):
    page.locator("form[action='/account/logout'] button").click()


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_application_to_verified_storefront(page, live_app, lang, tmp_path):
    applicant = make_user(email=f"owner.{lang}@example.ma", name="Hafsa", locale=lang)
    make_user(email=f"admin.{lang}@example.ma", name="Admin", locale=lang, is_admin=True)
    db.session.commit()
    slug = f"cooperative-argan-{lang}"

    # 1. The applicant registers her cooperative.
    sign_in(page, applicant.email, lang)
    page.goto(f"/cooperatives/apply?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")
    page.fill("input[name=name_ar]", "تعاونية أركان")
    page.fill("input[name=name_fr]", f"Coopérative Argan {lang}")
    page.fill("input[name=registration_number]", "2020/17")
    page.fill("input[name=ice]", "001234567000089")
    page.select_option("select[name=region]", "souss-massa")
    page.fill("input[name=province]", "Taroudant")
    page.fill("input[name=city]", "Tamri")
    page.select_option("select[name=sector]", "oils")
    page.fill("input[name=founded_on]", "2012-05-01")
    page.fill("input[name=members_count]", "30")
    page.fill("input[name=women_members_count]", "40")  # more women than members: refused
    page.fill("input[name=phone]", "0612345678")
    page.fill("input[name=email]", "contact@argan.ma")
    page.locator("form.stack-form button[type=submit]").click()
    expect(page.locator("#women_members_count-error")).to_be_visible()
    page.fill("input[name=women_members_count]", "30")
    page.check("input[name=women_led]")
    page.locator("form.stack-form button[type=submit]").click()
    expect(page.locator(".manage-nav")).to_be_visible()

    # 2. She adds a product with a photo, and claims the IGP label with its certificate.
    page.goto(f"/manage/{slug}/products/new?lang={lang}")
    page.fill("input[name=name_ar]", "زيت أركان غذائي")
    page.fill("input[name=name_fr]", "Huile d’argan alimentaire")
    page.select_option("select[name=category_id]", label="زيوت" if lang == "ar" else "Huiles")
    page.fill("input[name=sku]", "ARG-250")
    page.fill("input[name=price]", "140.00")
    page.fill("input[name=stock]", "20")
    page.check("input[name=is_published]")
    page.locator("form.wide-form button[type=submit]").click()
    photo = tmp_path / "argan.png"
    photo.write_bytes(png_bytes((600, 600)))
    page.set_input_files("input[name=photo]", str(photo))
    page.locator("form.inline-upload button[type=submit]").click()
    expect(page.locator(".photo-grid img")).to_have_count(1)

    page.goto(f"/manage/{slug}/labels/new?lang={lang}")
    page.select_option(
        "select[name=label_type_id]",
        label="IGP — بيان جغرافي محمي" if lang == "ar" else "IGP — Indication géographique protégée",
    )
    page.fill("input[name=certificate_number]", "IGP-ARG-2025-04")
    page.fill("input[name=issuer]", "Ministère de l’Agriculture")
    page.fill("input[name=valid_from]", "2025-01-01")
    page.fill("input[name=valid_until]", (date.today() + timedelta(days=365)).isoformat())
    certificate = tmp_path / "certificat.pdf"
    certificate.write_bytes(PDF)
    page.set_input_files("input[name=document]", str(certificate))
    page.locator("form.stack-form button[type=submit]").click()
    expect(page.locator(".claim-list li")).to_have_count(1)
    sign_out(page)
    assert page.goto(f"/c/{slug}").status == 404  # not verified yet

    # 3. An admin approves the cooperative and verifies the label.
    sign_in(page, f"admin.{lang}@example.ma", lang)
    page.goto(f"/admin/cooperatives?status=pending&lang={lang}")
    page.locator(f"a:has-text('Coopérative Argan {lang}'), a:has-text('تعاونية أركان')").first.click()
    page.locator("button[name=decision][value=approve]").click()
    page.goto(f"/admin/labels?lang={lang}")
    page.locator("button[name=decision][value=verify]").click()
    expect(page.locator(".review-card")).to_have_count(0)
    sign_out(page)

    # 4. A buyer sees the storefront, the product and the verified label with its details.
    page.goto(f"/c/{slug}?lang={lang}")
    expect(page.locator(".storefront h1")).to_be_visible()
    page.locator(".product-card a.card-link").first.click()
    badge = page.locator(".label-badge")
    expect(badge).to_contain_text("IGP")
    badge.locator("summary").click()
    expect(badge.locator(".label-details")).to_contain_text("IGP-ARG-2025-04")
    expect(page.locator("html")).to_have_attribute("lang", lang)
