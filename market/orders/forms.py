from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.validators import InputRequired, NumberRange

from market.core.params import MAX_ID
from market.orders.cart import MAX_QUANTITY


class CartLineForm(FlaskForm):
    product_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=MAX_ID)])
    quantity = IntegerField(_l("Quantity"), validators=[InputRequired(), NumberRange(min=0, max=MAX_QUANTITY)])
