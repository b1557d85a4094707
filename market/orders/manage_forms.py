"""Forms of a cooperative's orders back office (the shape of the input; the rules are in the services)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, StringField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from market.catalog.money import parse_price
from market.orders.settings import MAX_DELIVERY_DAYS, MAX_DELIVERY_FEE_CENTIMES

_ZERO = re.compile(r"^[0٠۰]+([.,٫][0٠۰]{1,2})?$")


def mad_to_centimes(text: str | None) -> int | None:
    """Centimes for an amount in MAD ("30", "30,5", "٣٠", "0"); None when it is not one."""
    cleaned = (text or "").strip()
    if _ZERO.match(cleaned):
        return 0
    return parse_price(cleaned)


class StatusForm(FlaskForm):
    status = StringField(validators=[InputRequired(), Length(max=16)])
    tracking = StringField(_l("Tracking number or carrier (optional)"), validators=[Optional(), Length(max=200)])


class CancelForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason for the cancellation (sent to the buyer)"), validators=[InputRequired(), Length(min=3, max=500)]
    )


class DeliverySettingsForm(FlaskForm):
    delivery_fee = StringField(
        _l("Home delivery fee (MAD)"),
        validators=[InputRequired()],
        render_kw={"inputmode": "decimal", "autocomplete": "off"},
        description=_l("One flat fee per order, from 0 (free delivery) to 1000 MAD. It applies to new orders."),
    )
    delivery_days = IntegerField(
        _l("Delivery time (days)"),
        validators=[InputRequired(), NumberRange(min=0, max=MAX_DELIVERY_DAYS)],
        render_kw={"inputmode": "numeric"},
        description=_l("How many days a home delivery usually takes, from 0 to 60."),
    )
    pickup_enabled = BooleanField(_l("Buyers can pick up their order at the cooperative"))
    pickup_address = TextAreaField(
        _l("Pickup address and opening hours"), validators=[Optional(), Length(max=300)], render_kw={"rows": 3}
    )
    cod_enabled = BooleanField(_l("Accept cash on delivery"))

    fee_centimes: int | None = None

    def validate_delivery_fee(self, field):
        centimes = mad_to_centimes(field.data)
        if centimes is None or centimes > MAX_DELIVERY_FEE_CENTIMES:
            raise ValidationError(_("Enter an amount in MAD between 0 and 1000, for example 30 or 25.50."))
        self.fee_centimes = centimes


@dataclass
class LedgerPeriod:
    start: date
    end: date  # inclusive

    @property
    def month_value(self) -> str:
        return self.start.strftime("%Y-%m")


MIN_YEAR, MAX_YEAR = 2000, 2100


def _day(text: str) -> date | None:
    try:
        value = datetime.strptime(text.strip(), "%Y-%m-%d").date()
    except ValueError:
        return None
    return value if MIN_YEAR <= value.year <= MAX_YEAR else None


def ledger_period(args, today: date) -> tuple[LedgerPeriod, str | None]:
    """The payout ledger's period from `month=YYYY-MM` or `start`/`end` (YYYY-MM-DD, inclusive); this month
    so far when none is given. Bad input gives the default period and a message saying why."""
    default = LedgerPeriod(today.replace(day=1), today)
    month = (args.get("month") or "").strip()
    start_text, end_text = (args.get("start") or "").strip(), (args.get("end") or "").strip()
    if month:
        first = _day(f"{month}-01") if re.fullmatch(r"\d{4}-\d{2}", month) else None
        if first is None:
            return default, _("Choose a month from the list.")
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return LedgerPeriod(first, last), None
    if not start_text and not end_text:
        return default, None
    start, end = _day(start_text), _day(end_text)
    if start is None or end is None:
        return default, _("Enter the dates as YYYY-MM-DD, for example %(example)s.", example=today.isoformat())
    if start > end:
        return default, _("The start date must be before the end date.")
    return LedgerPeriod(start, end), None
