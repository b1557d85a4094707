"""Language choice and the helpers that show text, money and dates in the visitor's language."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_currency
from flask import current_app, g, has_request_context, request
from flask_babel import get_locale
from flask_login import current_user

from market.config import LANGUAGES, RTL_LANGUAGES

LANG_COOKIE = "lang"
# Which language to try next when a text is missing in the visitor's own.
FALLBACKS = {"ar": ("ar", "fr", "en"), "fr": ("fr", "en", "ar"), "en": ("en", "fr", "ar")}


def select_locale() -> str:
    """?lang= first (an explicit request), then the account's preference, the cookie, Accept-Language."""
    if not has_request_context():  # CLI commands and emails queued outside a request
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    asked = request.args.get("lang")
    if asked in LANGUAGES:
        g.lang_from_query = asked
        return asked
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


def format_money(centimes: int | None, lang: str | None = None) -> str:
    """Integer centimes of MAD shown per locale (e.g. `120,50 MAD` in French, `١٢٠٫٥٠ د.م.` in Arabic)."""
    if centimes is None:
        return ""
    amount = Decimal(int(centimes)) / 100
    locale = lang or current_language()
    babel_locale = "ar_MA" if locale == "ar" else f"{locale}_MA" if locale == "fr" else "en"
    return format_currency(amount, "MAD", locale=babel_locale)
