"""Forms of the stand page (the shape of the input; the rules are in `stand_sales`)."""

from __future__ import annotations

import re

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, SelectField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from market.catalog.money import parse_price
from market.core.params import MAX_ID
from market.events.stand_sales import MAX_QUANTITY

_LINE = re.compile(r"^(\d{1,10})(?:-(\d{1,10}))?$")
_ZERO = re.compile(r"^[0٠۰]+([.,٫][0٠۰]{1,2})?$")


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def parse_line(text: str | None) -> tuple[int, int | None] | None:
    """`"12"` -> (12, None), "12-34" -> (12, 34): a product, or one of its variants; None when malformed."""
    match = _LINE.match(text or "")
    if not match:
        return None
    product_id, variant_id = int(match.group(1)), int(match.group(2)) if match.group(2) else None
    if not 0 < product_id <= MAX_ID or (variant_id is not None and not 0 < variant_id <= MAX_ID):
        return None
    return product_id, variant_id


def mad_to_centimes(text: str | None) -> int | None:
    """Centimes for a price in MAD ("30", "30,5", "٣٠", "0" for a gift); None when it is not one."""
    cleaned = (text or "").strip()
    return 0 if _ZERO.match(cleaned) else parse_price(cleaned)


def _check_line(form, field):
    if parse_line(field.data) is None:
        raise ValidationError(_l("Choose one of your cooperative's products."))


def _quantity_field(label, minimum=1, **kwargs):
    return IntegerField(label, validators=[InputRequired(_l("Enter a number of units.")),
                                           NumberRange(min=minimum, max=MAX_QUANTITY,
                                                       message=_l("Enter a whole number of units from %(min)d to "
                                                                  "%(max)d."))],
                        render_kw={"inputmode": "numeric", "min": minimum, "max": MAX_QUANTITY, "autocomplete": "off"},
                        **kwargs)  # fmt: skip


class SaleForm(FlaskForm):
    # A plain select without choice validation: a product sold out (or never set aside) since the page was
    # shown gets the service's clear message rather than WTForms' "Not a valid choice".
    line = SelectField(_l("Product"), validate_choice=False, validators=[InputRequired(), _check_line])
    quantity = _quantity_field(_l("Quantity"), default=1)
    price = StringField(_l("Unit price (MAD)"), filters=[_strip], validators=[InputRequired(), Length(max=20)],
                        render_kw={"inputmode": "decimal", "autocomplete": "off"})  # fmt: skip
    # Which product the price was filled in for: a price left as filled in for another product (the
    # product changed without script) is read as the new product's own price.
    priced_for = HiddenField(validators=[Optional(), Length(max=30)])
    client_token = HiddenField(validators=[InputRequired(), Length(min=16, max=40)])

    price_centimes: int | None = None

    def validate_price(self, field):
        centimes = mad_to_centimes(field.data)
        if centimes is None:
            raise ValidationError(_l("Enter the price in dirhams, for example 120 or 120.50."))
        self.price_centimes = centimes


class SetAsideForm(FlaskForm):
    line = SelectField(_l("Product"), validate_choice=False, validators=[InputRequired(), _check_line])
    quantity = _quantity_field(_l("Units to set aside"))


class ReconcileForm(FlaskForm):
    """One `count_<stock id>` field per product line still to count, made by `reconcile_form`."""

    def counts(self) -> dict[int, int]:
        return {int(name[len("count_") :]): field.data for name, field in self._fields.items()
                if name.startswith("count_")}  # fmt: skip


def reconcile_form(rows, labels: dict[int, str]) -> ReconcileForm:
    """Left empty on purpose (not filled with what should be there): the member counts."""

    class Form(ReconcileForm):
        pass

    for row in rows:
        expected = _l("Expected: %(num)d", num=row.set_aside - row.sold)
        setattr(Form, f"count_{row.id}", _quantity_field(labels[row.id], minimum=0, description=expected))
    return Form()


class VoidForm(FlaskForm):
    sale_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=MAX_ID)])
