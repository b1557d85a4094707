import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from market.config import LANGUAGES
from market.core.i18n import format_money, localized, localized_town
from market.extensions import db
from tests.factories import make_coop, make_user

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "market" / "translations"


@pytest.mark.parametrize(
    ("query", "headers", "expected"),
    [
        ("", {"Accept-Language": "ar-MA,ar;q=0.9"}, ('lang="ar"', 'dir="rtl"')),
        ("", {"Accept-Language": "en-GB,en;q=0.9"}, ('lang="en"', 'dir="ltr"')),
        ("", {"Accept-Language": "de-DE"}, ('lang="fr"', 'dir="ltr"')),
        ("?lang=ar", {"Accept-Language": "en"}, ('lang="ar"', 'dir="rtl"')),
        ("?lang=zgh", {"Accept-Language": "ar"}, ('lang="zgh"', 'dir="ltr"')),
        ("", {"Accept-Language": "zgh-MA,zgh;q=0.9,ar;q=0.5"}, ('lang="zgh"', 'dir="ltr"')),
        ("?lang=xx", {"Accept-Language": "en"}, ('lang="en"', 'dir="ltr"')),
    ],
)
def test_language_and_direction(client, query, headers, expected):
    html = client.get("/" + query, headers=headers).get_data(as_text=True)
    for fragment in expected:
        assert fragment in html


def test_query_language_is_remembered_in_a_cookie(client):
    client.get("/?lang=ar")
    assert 'dir="rtl"' in client.get("/", headers={"Accept-Language": "en"}).get_data(as_text=True)


def test_switcher_sets_cookie_and_account_preference(client, login):
    user = make_user(locale="fr")
    db.session.commit()
    login(user)
    response = client.post("/account/language", data={"lang": "ar", "next": "/cooperatives"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/cooperatives"
    assert db.session.get(type(user), user.id).locale == "ar"
    assert 'lang="ar"' in client.get("/").get_data(as_text=True)
    # An off-site `next` is ignored; an unknown language changes nothing.
    bad = client.post("/account/language", data={"lang": "xx", "next": "//evil.example"})
    assert bad.headers["Location"] == "/"
    assert db.session.get(type(user), user.id).locale == "ar"


def test_account_preference_beats_cookie_and_header(client, login):
    user = make_user(locale="en")
    db.session.commit()
    client.set_cookie("lang", "ar")
    login(user)
    assert 'lang="en"' in client.get("/", headers={"Accept-Language": "fr"}).get_data(as_text=True)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "120,50\u00a0MAD"), ("en", "MAD120.50"), ("ar", "120,50"), ("zgh", "120,50\u00a0MAD")],
)
def test_money_is_formatted_per_locale(app, lang, expected):
    assert expected in format_money(12050, lang)


def test_money_never_uses_floats(app):
    assert format_money(10, "en") == "MAD0.10"
    assert format_money(None, "fr") == ""


def test_localized_falls_back(app):
    coop = make_coop(name_en=None)
    assert localized(coop, "name", "en") == coop.name_fr
    assert localized(coop, "name", "ar") == coop.name_ar
    coop.name_ar = ""
    assert localized(coop, "name", "ar") == coop.name_fr


TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]  # English is the source language


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalogs_are_complete(lang):
    with open(TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po", "rb") as fh:
        catalog = read_po(fh)
    missing = [m.id for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple) and not all(m.string)))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert not missing, f"untranslated in {lang}: {missing}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy}"


def test_catalog_template_is_up_to_date(tmp_path):
    """Every string in the code is in messages.pot: `make extract-messages` was run after the last change."""
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "lazy_gettext",
            "-k",
            "_l",
            "--ignore-dirs=.*",
            "--no-location",
            "--sort-output",
            "-o",
            str(out),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with open(out, "rb") as fh:
        fresh = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}
    for lang in TRANSLATED:
        with open(TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po", "rb") as fh:
            have = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fh) if m.id}
        assert fresh <= have, f"{lang} lacks: {sorted(fresh - have)}"


@pytest.mark.parametrize(
    "path", ["/", "/account/login", "/account/register", "/cooperatives", "/search?q=zzz", "/nope"]
)
def test_arabic_pages_have_no_english_interface_text(client, path):
    english = client.get(path + ("&" if "?" in path else "?") + "lang=en").get_data(as_text=True)
    arabic = client.get(path + ("&" if "?" in path else "?") + "lang=ar").get_data(as_text=True)
    for phrase in ("Sign in", "Create an account", "Search", "Skip to content", "Language", "All cooperatives"):
        assert phrase in english
        assert phrase not in arabic, f"{phrase!r} left in Arabic on {path}"


@pytest.mark.parametrize(
    "path", ["/", "/account/login", "/account/register", "/cooperatives", "/search?q=zzz", "/nope"]
)
def test_tamazight_pages_have_no_english_interface_text(client, path):
    tamazight = client.get(path + ("&" if "?" in path else "?") + "lang=zgh").get_data(as_text=True)
    assert 'lang="zgh"' in tamazight and 'dir="ltr"' in tamazight
    for phrase in ("Sign in", "Create an account", "Search", "Skip to content", "Language", "All cooperatives"):
        assert phrase not in tamazight, f"{phrase!r} left in Tamazight on {path}"
    assert "ⵜⴰⵎⴰⵣⵉⵖⵜ" in tamazight  # the language switcher names it in Tifinagh


def test_tamazight_texts_fall_back_to_arabic_then_french(app):
    coop = make_coop(name_zgh=None, city_ar="تالوين", city_zgh=None)
    assert localized(coop, "name", "zgh") == coop.name_ar
    coop.name_ar = ""
    assert localized(coop, "name", "zgh") == coop.name_fr
    coop.name_zgh = "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⴰⵍⵉⵡⵉⵏ"
    assert localized(coop, "name", "zgh") == "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⴰⵍⵉⵡⵉⵏ"
    assert localized(coop, "name", "fr") == coop.name_fr  # other languages never show the Tamazight name first
    assert localized_town(coop, "zgh") == coop.city  # no Tifinagh town: the register's Latin spelling
    coop.city_zgh = "ⵜⴰⵍⵉⵡⵉⵏ"
    assert (localized_town(coop, "zgh"), localized_town(coop, "ar"), localized_town(coop, "fr")) == (
        "ⵜⴰⵍⵉⵡⵉⵏ",
        "تالوين",
        coop.city,
    )


def test_dates_in_tamazight_use_cldr_month_names(client):
    from datetime import date

    from flask_babel import format_date

    with client.application.test_request_context("/?lang=zgh"):
        assert format_date(date(2026, 4, 10), "long") == "10 ⵉⴱⵔⵉⵔ 2026"


def test_the_tifinagh_font_is_vendored_and_loaded_only_for_tifinagh(client):
    with client.get("/static/css/site.css") as response:
        css = response.get_data(as_text=True)
    assert "unicode-range: U+2D30-2D7F" in css and "NotoSansTifinagh-Regular.woff2" in css
    with client.get("/static/vendor/fonts/noto-sans-tifinagh/NotoSansTifinagh-Regular.woff2") as font:
        assert font.status_code == 200 and font.data[:4] == b"wOF2"
    assert (ROOT / "static" / "vendor" / "fonts" / "noto-sans-tifinagh" / "OFL.txt").exists()


def test_emails_go_out_in_tamazight_for_a_tamazight_account(app):
    from market.core.mail import queue_email
    from market.core.models import OutboxEmail

    user = make_user(locale="zgh")
    email = queue_email(user.email, "password_reset", user.locale, user=user, link="http://localhost/x", hours=2)
    db.session.flush()
    stored = db.session.get(OutboxEmail, email.id)
    assert stored.locale == "zgh"
    for text in (stored.subject, stored.body):
        assert any("\u2d30" <= c <= "\u2d7f" for c in text), text
    assert "Choose a new password" not in stored.subject and "The Souk Tadamon team" not in stored.body


def test_tamazight_can_be_chosen_in_the_switcher_and_as_the_accounts_language(client, login):
    user = make_user(locale="fr")
    db.session.commit()
    login(user)
    response = client.post("/account/language", data={"lang": "zgh", "next": "/cooperatives"})
    assert response.status_code == 302 and response.headers["Location"] == "/cooperatives"
    assert db.session.get(type(user), user.id).locale == "zgh"
    page = client.get("/").get_data(as_text=True)
    assert 'lang="zgh"' in page and 'dir="ltr"' in page
    profile = client.get("/account/profile?lang=ar").get_data(as_text=True)
    assert '<option lang="zgh" selected value="zgh">ⵜⴰⵎⴰⵣⵉⵖⵜ' in profile
