from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    FieldList,
    Form,
    FormField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from market.catalog.money import parse_price
from market.core.params import MAX_ID

EXTRA_VARIANT_ROWS = 2


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _check_price(form, field):
    if field.data and parse_price(field.data) is None:
        raise ValidationError(_l("Write the price in dirhams, e.g. 120.50."))


class VariantForm(Form):
    title = StringField(_l("Variant"), filters=[_strip], validators=[Optional(), Length(max=60)])
    sku = StringField(_l("SKU"), filters=[_strip], validators=[Optional(), Length(max=64)])
    price = StringField(_l("Price (MAD)"), filters=[_strip], validators=[Optional(), _check_price])
    stock = IntegerField(_l("Stock"), validators=[Optional(), NumberRange(min=0, max=1_000_000)])

    def is_blank(self) -> bool:
        return not (self.title.data or self.sku.data or self.price.data)

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        if ok and not self.is_blank():
            for field in (self.title, self.sku, self.price):
                if not field.data:
                    field.errors.append(_l("This field is required for a variant."))
                    ok = False
        return ok


class ProductForm(FlaskForm):
    name_ar = StringField(_l("Name in Arabic"), filters=[_strip], validators=[Optional(), Length(max=200)])
    name_fr = StringField(_l("Name in French"), filters=[_strip], validators=[Optional(), Length(max=200)])
    name_en = StringField(_l("Name in English"), filters=[_strip], validators=[Optional(), Length(max=200)])
    name_zgh = StringField(_l("Name in Tamazight"), filters=[_strip], validators=[Optional(), Length(max=200)])
    description_ar = TextAreaField(_l("Description in Arabic"), validators=[Optional(), Length(max=5000)])
    description_fr = TextAreaField(_l("Description in French"), validators=[Optional(), Length(max=5000)])
    description_en = TextAreaField(_l("Description in English"), validators=[Optional(), Length(max=5000)])
    description_zgh = TextAreaField(_l("Description in Tamazight"), validators=[Optional(), Length(max=5000)])
    category_id = SelectField(_l("Category"), coerce=int, validators=[InputRequired()])
    sku = StringField(_l("SKU (your product code)"), filters=[_strip], validators=[DataRequired(), Length(max=64)])
    price = StringField(_l("Price (MAD)"), filters=[_strip], validators=[DataRequired(), _check_price])
    stock = IntegerField(_l("Stock"), validators=[InputRequired(), NumberRange(min=0, max=1_000_000)])
    unit = StringField(
        _l("Unit"), filters=[_strip], validators=[Optional(), Length(max=40)], description=_l("e.g. 250 ml, 1 kg")
    )
    weight_g = IntegerField(_l("Shipping weight (grams)"), validators=[Optional(), NumberRange(min=1, max=1_000_000)])
    is_published = BooleanField(_l("Published (visible to buyers)"))
    variants = FieldList(FormField(VariantForm), min_entries=0, max_entries=20)

    def validate_name_fr(self, field):
        if not (field.data or self.name_ar.data):
            raise ValidationError(_l("Give the product a name in Arabic or in French."))


class PhotoUploadForm(FlaskForm):
    photo = FileField(_l("Photo"), validators=[DataRequired()])


class ItemForm(FlaskForm):
    item_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=MAX_ID)])


class ConfirmForm(FlaskForm):
    """A button that only needs its CSRF token (delete, hide...)."""


class PublishForm(FlaskForm):
    publish = BooleanField()


class ImportForm(FlaskForm):
    file = FileField(_l("CSV file"), validators=[DataRequired()])


class LabelClaimForm(FlaskForm):
    label_type_id = SelectField(_l("Label"), coerce=int, validators=[InputRequired()])
    product_ids = SelectMultipleField(
        _l("Products covered"),
        coerce=int,
        validators=[Optional()],
        description=_l("Leave empty if the label covers the whole cooperative."),
    )
    certificate_number = StringField(
        _l("Certificate number"), filters=[_strip], validators=[DataRequired(), Length(max=80)]
    )
    issuer = StringField(_l("Issued by"), filters=[_strip], validators=[DataRequired(), Length(max=200)])
    valid_from = DateField(_l("Valid from"), validators=[DataRequired()])
    valid_until = DateField(_l("Valid until"), validators=[DataRequired()])
    document = FileField(
        _l("Certificate (PDF or photo)"),
        validators=[DataRequired()],
        description=_l("Kept private: only your cooperative and the platform's administrators can see it."),
    )

    def validate_valid_until(self, field):
        if self.valid_from.data and field.data and field.data <= self.valid_from.data:
            raise ValidationError(_l("The end date must come after the start date."))
        if field.data and field.data < date.today():
            raise ValidationError(_l("This certificate has already expired."))


class ReviewForm(FlaskForm):
    decision = StringField(validators=[DataRequired()])
    reason = TextAreaField(_l("Reason (shown to the cooperative)"), validators=[Optional(), Length(max=2000)])


class ReportForm(FlaskForm):
    reason = TextAreaField(
        _l("What is wrong with this product?"), filters=[_strip], validators=[DataRequired(), Length(min=10, max=2000)]
    )
