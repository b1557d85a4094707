"""What every template may use: localised text, money, dates, images, permissions, the language form."""

from __future__ import annotations

from babel.dates import format_interval
from flask import Flask, has_request_context, request
from flask_babel import format_date, format_datetime, get_locale
from flask_login import current_user

from market.config import LANGUAGES
from market.core.fragments import personal_part
from market.core.i18n import LANGUAGE_NAMES, current_language, format_money, localized, localized_town, text_direction
from market.core.images import image_srcset, image_url
from market.core.permissions import can


def register_template_helpers(app: Flask) -> None:
    app.jinja_env.filters["money"] = format_money
    app.jinja_env.filters["date"] = lambda value, fmt="medium": format_date(value, fmt) if value else ""
    app.jinja_env.filters["datetime"] = lambda value, fmt="medium": format_datetime(value, fmt) if value else ""
    app.jinja_env.filters["image_abs_url"] = lambda key: request.url_root.rstrip("/") + image_url(key, 1024)
    app.jinja_env.globals.update(
        localized=localized,
        localized_town=localized_town,
        image_url=image_url,
        image_srcset=image_srcset,
        LANGUAGES=LANGUAGES,
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        personal_part=personal_part,
        date_span=date_span,
    )

    @app.context_processor
    def inject_page_context():
        lang = current_language()
        return {
            "lang": lang,
            "dir": text_direction(lang),
            "can": lambda permission, coop=None: can(current_user, permission, coop),
            "current_path": request.full_path.rstrip("?") if has_request_context() else "/",
        }


def date_span(start, end) -> str:
    """ "10–13 Apr 2027", "10 Apr – 2 May 2027" as the visitor's language writes a span of days."""
    if start == end:
        return format_date(start, "medium")
    return format_interval(start, end, "yMMMd", locale=get_locale())
