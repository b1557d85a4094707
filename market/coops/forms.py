from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    EmailField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, InputRequired, Length, NumberRange, Optional, ValidationError

from market.coops.validators import normalise_ice, normalise_phone


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def legal_form_choices():
    return [
        SelectChoice("cooperative", _l("Cooperative")),
        SelectChoice("union", _l("Union of cooperatives")),
        SelectChoice("association", _l("Association")),
    ]


def role_choices():
    return [
        SelectChoice("owner", _l("Owner")),
        SelectChoice("manager", _l("Manager")),
        SelectChoice("staff", _l("Staff")),
    ]


class CoopApplicationForm(FlaskForm):
    name_ar = StringField(_l("Name in Arabic"), filters=[_strip], validators=[DataRequired(), Length(max=160)])
    name_fr = StringField(_l("Name in French"), filters=[_strip], validators=[DataRequired(), Length(max=160)])
    name_en = StringField(_l("Name in English (optional)"), filters=[_strip], validators=[Optional(), Length(max=160)])
    name_zgh = StringField(
        _l("Name in Tamazight (optional)"), filters=[_strip], validators=[Optional(), Length(max=160)]
    )
    legal_form = SelectField(_l("Legal form"), validators=[DataRequired()])
    registration_number = StringField(
        _l("Number in the register of cooperatives"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=40)],
    )
    ice = StringField(
        _l("ICE (common company identifier)"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=40)],
        description=_l("15 digits."),
    )
    region = SelectField(_l("Region"), validators=[DataRequired()])
    province = StringField(_l("Province"), filters=[_strip], validators=[DataRequired(), Length(max=80)])
    city = StringField(_l("Town (in Latin letters)"), filters=[_strip], validators=[DataRequired(), Length(max=80)])
    city_ar = StringField(_l("Town in Arabic"), filters=[_strip], validators=[Optional(), Length(max=80)])
    sector = SelectField(_l("Sector"), validators=[DataRequired()])
    founded_on = DateField(_l("Founding date"), validators=[DataRequired()])
    members_count = IntegerField(_l("Number of members"), validators=[InputRequired(), NumberRange(min=1, max=100000)])
    women_members_count = IntegerField(
        _l("Number of women members"), validators=[InputRequired(), NumberRange(min=0, max=100000)]
    )
    women_led = BooleanField(_l("The cooperative is led by women"))
    youth = BooleanField(_l("Youth cooperative (members under 35)"))
    phone = StringField(
        _l("Contact phone"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=30)],
        description=_l("A Moroccan number, e.g. 06 12 34 56 78."),
        render_kw={"type": "tel", "autocomplete": "tel"},
    )
    email = EmailField(_l("Contact email"), filters=[_strip], validators=[DataRequired(), Email(), Length(max=254)])

    def validate_ice(self, field):
        if normalise_ice(field.data) is None:
            raise ValidationError(_l("The ICE has exactly 15 digits."))
        field.data = normalise_ice(field.data)

    def validate_phone(self, field):
        if normalise_phone(field.data) is None:
            raise ValidationError(_l("Enter a Moroccan phone number, e.g. 06 12 34 56 78."))
        field.data = normalise_phone(field.data)

    def validate_founded_on(self, field):
        if field.data and not date(1900, 1, 1) <= field.data <= date.today():
            raise ValidationError(_l("The founding date cannot be in the future."))

    def validate_women_members_count(self, field):
        if field.data is not None and self.members_count.data is not None and field.data > self.members_count.data:
            raise ValidationError(_l("There cannot be more women members than members."))


class StorefrontForm(FlaskForm):
    brand_color = StringField(
        _l("Brand colour"), filters=[_strip], validators=[DataRequired(), Length(max=7)], render_kw={"type": "color"}
    )
    name_en = StringField(_l("Name in English (optional)"), filters=[_strip], validators=[Optional(), Length(max=160)])
    name_zgh = StringField(
        _l("Name in Tamazight (optional)"), filters=[_strip], validators=[Optional(), Length(max=160)]
    )
    city_ar = StringField(_l("Town in Arabic"), filters=[_strip], validators=[Optional(), Length(max=80)])
    city_zgh = StringField(_l("Town in Tamazight"), filters=[_strip], validators=[Optional(), Length(max=80)])
    story_ar = TextAreaField(_l("Our story, in Arabic"), validators=[Optional(), Length(max=10000)])
    story_fr = TextAreaField(_l("Our story, in French"), validators=[Optional(), Length(max=10000)])
    story_en = TextAreaField(_l("Our story, in English"), validators=[Optional(), Length(max=10000)])
    story_zgh = TextAreaField(_l("Our story, in Tamazight"), validators=[Optional(), Length(max=10000)])
    logo = FileField(_l("Logo"))
    banner = FileField(_l("Banner"))


class PhotoForm(FlaskForm):
    photo = FileField(_l("Photo"), validators=[DataRequired()])


class RemoveForm(FlaskForm):
    item_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=2**31 - 1)])


class InviteForm(FlaskForm):
    email = EmailField(_l("Email"), filters=[_strip], validators=[DataRequired(), Email(), Length(max=254)])
    role = SelectField(_l("Role"), validators=[DataRequired()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.role.choices = role_choices()


class MemberRoleForm(FlaskForm):
    item_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=2**31 - 1)])
    role = SelectField(_l("Role"), validators=[DataRequired()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.role.choices = role_choices()
