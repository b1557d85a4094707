from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, IntegerField, RadioField, SelectField, StringField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from market.coops.validators import normalise_phone
from market.core.params import MAX_ID
from market.orders.cart import MAX_QUANTITY
from market.orders.cities import CITIES


class AddToCartForm(FlaskForm):
    product_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=MAX_ID)])
    variant_id = IntegerField(validators=[Optional(), NumberRange(min=1, max=MAX_ID)])
    quantity = IntegerField(_l("Quantity"), validators=[InputRequired(), NumberRange(min=1, max=MAX_QUANTITY)])


class CartLineForm(FlaskForm):
    line = StringField(validators=[InputRequired(), Length(max=40)])
    quantity = IntegerField(_l("Quantity"), validators=[InputRequired(), NumberRange(min=0, max=MAX_QUANTITY)])


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class CheckoutForm(FlaskForm):
    """The buyer's address and payment; each cooperative's delivery choice and note are read by the view
    (one pair of fields per cooperative in the cart)."""

    # autocomplete: browsers and assistive tools fill in the buyer's own details (WCAG 1.3.5).
    full_name = StringField(_l("Full name"), filters=[_strip], validators=[DataRequired(), Length(min=2, max=120)],
                            render_kw={"autocomplete": "name"})  # fmt: skip
    phone = StringField(
        _l("Mobile phone"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=40)],
        description=_l("The cooperative calls this number to arrange delivery, e.g. 06 12 34 56 78."),
        render_kw={"type": "tel", "autocomplete": "tel"},
    )
    address = StringField(
        _l("Address"),
        filters=[_strip],
        validators=[DataRequired(), Length(min=5, max=300)],
        description=_l("Street and number, district, or village (douar) and commune."),
        render_kw={"autocomplete": "street-address"},
    )
    city = SelectField(_l("City"), validators=[DataRequired()], render_kw={"autocomplete": "address-level2"})
    postal_code = StringField(_l("Postal code (optional)"), filters=[_strip], validators=[Optional(), Length(max=10)],
                              render_kw={"autocomplete": "postal-code"})  # fmt: skip
    payment_method = RadioField(_l("Payment"), validators=[InputRequired()])
    checkout_token = HiddenField(validators=[DataRequired(), Length(min=16, max=64)])

    def validate_phone(self, field):
        phone = normalise_phone(field.data)
        if phone is None:
            raise ValidationError(_l("Enter a Moroccan phone number, e.g. 06 12 34 56 78 or +212 6 12 34 56 78."))
        field.data = phone

    def validate_postal_code(self, field):
        if field.data and not (field.data.isascii() and field.data.isdigit() and len(field.data) == 5):
            raise ValidationError(_l("A Moroccan postal code has 5 digits."))

    def validate_city(self, field):
        if field.data not in CITIES:
            raise ValidationError(_l("Choose a city from the list."))


class OrderActionForm(FlaskForm):
    """Buttons on the buyer's order page (cancel, reorder): the CSRF token is all they carry."""
