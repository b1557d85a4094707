from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from market.core.params import MAX_ID
from market.orders.cart import MAX_QUANTITY


class AddToCartForm(FlaskForm):
    product_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=MAX_ID)])
    variant_id = IntegerField(validators=[Optional(), NumberRange(min=1, max=MAX_ID)])
    quantity = IntegerField(_l("Quantity"), validators=[InputRequired(), NumberRange(min=1, max=MAX_QUANTITY)])


class CartLineForm(FlaskForm):
    line = StringField(validators=[InputRequired(), Length(max=40)])
    quantity = IntegerField(_l("Quantity"), validators=[InputRequired(), NumberRange(min=0, max=MAX_QUANTITY)])
