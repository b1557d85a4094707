"""Language choice and the helpers that show text, money and dates in the visitor's language."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

import flask_wtf.i18n as flask_wtf_i18n
from babel import Locale, support
from flask import current_app, g, has_request_context, request
from flask_babel import get_locale
from flask_login import current_user
from wtforms.i18n import messages_path

from market.config import LANGUAGES, RTL_LANGUAGES

LANG_COOKIE = "lang"
# Each language's name in itself, for the language switcher and the account's preference.
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "en": "English", "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ"}
assert tuple(LANGUAGE_NAMES) == LANGUAGES
# Which language to try next when a text is missing in the visitor's own.
# A Tamazight reader who finds no Tamazight text gets Arabic first: the script most members read at school.
FALLBACKS = {
    "ar": ("ar", "fr", "en", "zgh"),
    "fr": ("fr", "en", "ar", "zgh"),
    "en": ("en", "fr", "ar", "zgh"),
    "zgh": ("zgh", "ar", "fr", "en"),
}
# CLDR's Tamazight has no currency symbol for MAD and glues the code to the number ("120,50MAD"): money in
# zgh pages is written as Morocco's French pages write it ("120,50 MAD"); its dates and month names are CLDR's.
MONEY_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "zgh": "fr_MA"}


def select_locale() -> str:
    """?lang= first (an explicit request), then the account's preference, the cookie, Accept-Language
    (for the API, Accept-Language before the account and the cookie)."""
    if not has_request_context():  # CLI commands and emails queued outside a request
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        g.lang_from_query = asked
        return asked
    if request.path.startswith("/api/") and request.accept_languages:
        # An API client says what it wants in each request; the account's preference is for pages.
        best = request.accept_languages.best_match(LANGUAGES)
        if best:
            return best
    if current_user and getattr(current_user, "is_authenticated", False) and current_user.locale in LANGUAGES:
        return current_user.locale
    cookie = request.cookies.get(LANG_COOKIE)
    if cookie in LANGUAGES:
        return cookie
    return request.accept_languages.best_match(LANGUAGES) or current_app.config["BABEL_DEFAULT_LOCALE"]


def current_language() -> str:
    locale = get_locale()
    return locale.language if locale else current_app.config["BABEL_DEFAULT_LOCALE"]


def text_direction(lang: str | None = None) -> str:
    return "rtl" if (lang or current_language()) in RTL_LANGUAGES else "ltr"


def localized(obj, field: str, lang: str | None = None) -> str:
    """`obj.<field>_<lang>` in the visitor's language, falling back to the others, never None."""
    for code in FALLBACKS.get(lang or current_language(), LANGUAGES):
        value = getattr(obj, f"{field}_{code}", None)
        if value:
            return value
    return ""


def localized_town(obj, lang: str | None = None) -> str:
    """A cooperative's town: `city` is in Latin letters as on the register; Arabic and Tamazight pages show
    `city_ar` / `city_zgh` when the cooperative gave it."""
    lang = lang or current_language()
    return (getattr(obj, f"city_{lang}", None) if lang in ("ar", "zgh") else None) or obj.city or ""


@lru_cache(maxsize=8)
def _currency_format(lang: str):
    # Parsing the CLDR pattern is most of format_currency's cost; a listing formats dozens of prices.
    locale = Locale.parse(MONEY_LOCALES.get(lang, "en"))
    return locale, locale.currency_formats["standard"]


def format_money(centimes: int | None, lang: str | None = None) -> str:
    """Integer centimes of MAD shown per locale (`120,50 MAD` in French, `120,50 د.م.` in Arabic)."""
    if centimes is None:
        return ""
    locale, pattern = _currency_format(lang or current_language())
    return pattern.apply(Decimal(int(centimes)) / 100, locale, currency="MAD", currency_digits=True)


@lru_cache(maxsize=8)
def _wtforms_catalog(locale: str):
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


def _cached_wtforms_translations():
    return _wtforms_catalog(str(get_locale())) if has_request_context() else None


def cache_wtforms_translations() -> None:
    """Flask-WTF reads WTForms' own message catalog from disk on every request that builds a form (about
    a millisecond, a tenth of an add-to-cart); the catalogs never change while the app runs, so keep one
    per language. Flask-WTF looks the loader up by its module-level name at each call."""
    flask_wtf_i18n._get_translations = _cached_wtforms_translations


def local_zone() -> ZoneInfo:
    """The zone the marketplace's days are counted in (Africa/Casablanca: UTC+1, UTC+0 around Ramadan), so a
    day's sales, a label's expiry or a fair's last day are the day as Morocco lives it."""
    return ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])


def local_today(now: datetime | None = None) -> date:
    return (now or datetime.now(UTC)).astimezone(local_zone()).date()
