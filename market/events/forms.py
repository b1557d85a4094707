from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    DateField,
    FloatField,
    IntegerField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional
from wtforms.widgets import CheckboxInput, ListWidget

from market.events.labels import ZONE_LABELS


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def kind_choices():
    return [("regional_fair", _l("Regional fair")), ("national_fair", _l("National fair")),
            ("mobile_market", _l("Mobile market"))]  # fmt: skip


class VenueFields:
    """Where a fair or a stop of a mobile market takes place (coordinates within Morocco)."""

    town = StringField(_l("Town"), filters=[_strip], validators=[DataRequired(), Length(max=80)])
    venue = StringField(_l("Venue"), filters=[_strip], validators=[DataRequired(), Length(max=200)])
    address = StringField(_l("Address"), filters=[_strip], validators=[Optional(), Length(max=300)])
    latitude = FloatField(_l("Latitude"), validators=[Optional(), NumberRange(min=20, max=36)])
    longitude = FloatField(_l("Longitude"), validators=[Optional(), NumberRange(min=-18, max=-1)])


class EventForm(VenueFields, FlaskForm):
    kind = SelectField(_l("Kind of event"), choices=kind_choices, validators=[DataRequired()])
    title_ar = StringField(_l("Title in Arabic"), filters=[_strip], validators=[DataRequired(), Length(max=200)])
    title_fr = StringField(_l("Title in French"), filters=[_strip], validators=[DataRequired(), Length(max=200)])
    title_en = StringField(
        _l("Title in English (optional)"), filters=[_strip], validators=[Optional(), Length(max=200)]
    )
    description_ar = TextAreaField(
        _l("Description in Arabic"), filters=[_strip], validators=[Optional(), Length(max=5000)]
    )
    description_fr = TextAreaField(
        _l("Description in French"), filters=[_strip], validators=[Optional(), Length(max=5000)]
    )
    description_en = TextAreaField(
        _l("Description in English"), filters=[_strip], validators=[Optional(), Length(max=5000)]
    )
    title_zgh = StringField(
        _l("Title in Tamazight (optional)"), filters=[_strip], validators=[Optional(), Length(max=200)]
    )
    description_zgh = TextAreaField(
        _l("Description in Tamazight"), filters=[_strip], validators=[Optional(), Length(max=5000)]
    )
    region_id = SelectField(_l("Region"), coerce=int, validators=[InputRequired()])
    starts_on = DateField(_l("First day"), validators=[DataRequired()])
    ends_on = DateField(_l("Last day"), validators=[DataRequired()])
    opening_hours = StringField(_l("Opening hours"), filters=[_strip], validators=[Optional(), Length(max=120)],
                                description=_l("For example 10:00–20:00."))  # fmt: skip
    applications_open_on = DateField(_l("Applications open on"), validators=[Optional()])
    applications_close_on = DateField(_l("Applications close on"), validators=[Optional()])
    stand_fee = IntegerField(_l("Stand fee (MAD)"), validators=[InputRequired(), NumberRange(min=0, max=100000)])
    women_led_min_share = FloatField(_l("Women-led cooperatives, at least (%)"),
                                     validators=[Optional(), NumberRange(min=0, max=100)])  # fmt: skip
    youth_min_share = FloatField(
        _l("Youth cooperatives, at least (%)"), validators=[Optional(), NumberRange(min=0, max=100)]
    )
    max_share_per_region = FloatField(_l("Any one region, at most (%)"),
                                      validators=[Optional(), NumberRange(min=0, max=100)])  # fmt: skip
    no_adjacent_same_category = BooleanField(_l("No two cooperatives of the same category side by side"))
    target_participants = IntegerField(_l("Target: cooperatives taking part"),
                                       validators=[Optional(), NumberRange(min=1, max=10000)])  # fmt: skip
    target_sales = IntegerField(
        _l("Target: stand sales (MAD)"), validators=[Optional(), NumberRange(min=1, max=1_000_000_000)]
    )


class GridForm(FlaskForm):
    rows = IntegerField(_l("Rows"), validators=[InputRequired(), NumberRange(min=1, max=60)])
    columns = IntegerField(_l("Stands per row"), validators=[InputRequired(), NumberRange(min=1, max=100)])
    stand_width = FloatField(_l("Stand width (m)"), default=3, validators=[InputRequired(), NumberRange(min=1, max=20)])
    stand_depth = FloatField(_l("Stand depth (m)"), default=3, validators=[InputRequired(), NumberRange(min=1, max=20)])
    aisle = FloatField(_l("Aisle width (m)"), default=4, validators=[InputRequired(), NumberRange(min=1, max=20)])
    block_columns = IntegerField(_l("Cross aisle every … stands"), default=10,
                                 validators=[InputRequired(), NumberRange(min=1, max=100)])  # fmt: skip
    power_every = IntegerField(_l("Power on every … stand (0: none)"), default=2,
                               validators=[InputRequired(), NumberRange(min=0, max=100)])  # fmt: skip


class StatusForm(FlaskForm):
    status = StringField(validators=[DataRequired(), Length(max=12)])


def zone_choices():
    return list(ZONE_LABELS.items())


# Ticked boxes, not a multiple <select> (hard to use on a phone).
TICK_BOXES = {"widget": ListWidget(prefix_label=False), "option_widget": CheckboxInput()}


class ApplicationForm(FlaskForm):
    category_id = SelectField(_l("What you will mainly sell"), coerce=int, validators=[InputRequired()])
    needs_power = BooleanField(_l("We need electricity at the stand"))
    min_area = FloatField(_l("Smallest stand you can use (m²)"), default=9,
                          validators=[InputRequired(), NumberRange(min=0, max=400)])  # fmt: skip
    preferred_zones = SelectMultipleField(_l("Preferred zones"), choices=zone_choices, validate_choice=True,
                                          **TICK_BOXES)  # fmt: skip
    stop_ids = SelectMultipleField(_l("Stops"), coerce=int, validate_choice=True, **TICK_BOXES)
    statement = TextAreaField(_l("A few words about your cooperative and what you will bring"), filters=[_strip],
                              validators=[Optional(), Length(max=2000)])  # fmt: skip


class DecisionForm(FlaskForm):
    decision = StringField(validators=[DataRequired(), Length(max=12)])
    reason = StringField(
        _l("Reason (sent to the cooperative)"), filters=[_strip], validators=[Optional(), Length(max=1000)]
    )


class PriorityForm(FlaskForm):
    priority = IntegerField(_l("Priority"), validators=[InputRequired(), NumberRange(min=1, max=10)])
    stand = StringField(_l("Pin to stand"), filters=[_strip], validators=[Optional(), Length(max=12)])


class ActionForm(FlaskForm):
    """Buttons that only carry the CSRF token (withdraw an application)."""


class MoveForm(FlaskForm):
    application_id = IntegerField(validators=[InputRequired(), NumberRange(min=1)])
    stand = StringField(_l("Stand"), filters=[_strip], validators=[Optional(), Length(max=12)])


class StopForm(VenueFields, FlaskForm):
    """A stop of a mobile market: a town, a venue and its days."""

    starts_on = DateField(_l("First day"), validators=[DataRequired()])
    ends_on = DateField(_l("Last day"), validators=[DataRequired()])


class StandForm(FlaskForm):
    """One stand of a floor plan: its code, its rectangle in metres, its zone and equipment."""

    code = StringField(_l("Code"), filters=[_strip], validators=[DataRequired(), Length(max=12)])
    x = FloatField(_l("Position x (m)"), validators=[InputRequired(), NumberRange(min=0, max=10000)])
    y = FloatField(_l("Position y (m)"), validators=[InputRequired(), NumberRange(min=0, max=10000)])
    w = FloatField(_l("Width (m)"), validators=[InputRequired(), NumberRange(min=0.5, max=100)])
    h = FloatField(_l("Depth (m)"), validators=[InputRequired(), NumberRange(min=0.5, max=100)])
    zone = SelectField(_l("Zone"), choices=zone_choices, validators=[DataRequired()])
    power = BooleanField(_l("Electricity"))
    corner = BooleanField(_l("Corner stand"))
    covered = BooleanField(_l("Covered"))


class ImportForm(FlaskForm):
    file = FileField(_l("Plan and applications (JSON)"), validators=[DataRequired()])
