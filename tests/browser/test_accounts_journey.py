"""A new visitor registers, signs out, signs back in, switches language and sees the page mirror."""

import re

import pytest
from playwright.sync_api import expect

from market.extensions import db
from tests.factories import make_coop, make_product

# Werkzeug's development server leaves a static file's handle to the garbage collector when Chromium
# drops a connection mid-response (it skips closing the response iterator on a dropped connection); that
# ResourceWarning surfaces in whichever test runs next. It comes from the test server, not the app.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]

TEXT = {
    "fr": {
        "register": "Créer un compte",
        "name": "Votre nom",
        "password": "Mot de passe",
        "repeat": "Répétez le mot de passe",
        "submit_register": "Créer mon compte",
        "sign_out": "Se déconnecter",
        "sign_in": "Se connecter",
    },
    "ar": {
        "register": "إنشاء حساب",
        "name": "اسمك",
        "password": "كلمة المرور",
        "repeat": "أعد كتابة كلمة المرور",
        "submit_register": "إنشاء حسابي",
        "sign_out": "تسجيل الخروج",
        "sign_in": "تسجيل الدخول",
    },
}


@pytest.fixture
def shop(live_app):
    coop = make_coop(name_fr="Coopérative Tifaout", name_ar="تعاونية تيفاوت", featured=True)
    make_product(coop, name_fr="Huile d’argan culinaire", name_ar="زيت أركان غذائي", featured=True)
    db.session.commit()


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_register_sign_out_sign_in_and_switch_language(page, shop, lang):
    t = TEXT[lang]
    page.goto(f"/?lang={lang}")
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if lang == "ar" else "ltr")

    page.get_by_role("link", name=t["register"]).first.click()
    page.get_by_label(t["name"]).fill("Fatima Zahra")
    page.get_by_label("E-mail" if lang == "fr" else "البريد الإلكتروني").fill(f"fatima.{lang}@example.com")
    page.get_by_label(t["password"], exact=True).fill("a good password")
    page.get_by_label(t["repeat"]).fill("another password")
    page.get_by_role("button", name=t["submit_register"]).click()
    # The mismatch is shown next to the field, in the page's language; nothing was created.
    expect(page.locator(".field.has-error .errors")).to_be_visible()
    page.get_by_label(t["password"], exact=True).fill("a good password")
    page.get_by_label(t["repeat"]).fill("a good password")
    page.get_by_role("button", name=t["submit_register"]).click()
    expect(page.locator(".account-link")).to_have_text("Fatima Zahra")

    page.get_by_role("button", name=t["sign_out"]).click()
    expect(page.get_by_role("link", name=t["sign_in"])).to_be_visible()
    page.get_by_role("link", name=t["sign_in"]).click()
    page.get_by_label("E-mail" if lang == "fr" else "البريد الإلكتروني").fill(f"FATIMA.{lang}@example.com")
    page.get_by_label(t["password"], exact=True).fill("a good password")
    page.locator("form.stack-form").get_by_role("button", name=t["sign_in"]).click()
    expect(page.locator(".account-link")).to_have_text("Fatima Zahra")
    expect(page).to_have_url(re.compile(r"/$"))

    # Switch to the other language with the header's switcher: direction and text follow.
    other = "fr" if lang == "ar" else "ar"
    page.locator(f".language-switcher button[value={other}]").click()
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("html")).to_have_attribute("dir", "rtl" if other == "ar" else "ltr")
    expect(page.get_by_role("button", name=TEXT[other]["sign_out"])).to_be_visible()
    if other == "ar":
        # The layout mirrors: the brand sits at the right edge in Arabic.
        brand = page.locator(".brand").bounding_box()
        assert brand["x"] + brand["width"] > 390 / 2
        expect(page.get_by_text("زيت أركان غذائي")).to_be_visible()
    page.get_by_role("button", name=TEXT[other]["sign_out"]).click()
    expect(page.get_by_role("link", name=TEXT[other]["sign_in"])).to_be_visible()
