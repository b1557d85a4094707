from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, HiddenField, IntegerField, PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, EqualTo, InputRequired, Length, NumberRange

from market.core.i18n import LANGUAGE_NAMES


def _strip(value):
    return value.strip() if isinstance(value, str) else value


# Each language named in itself (ⵜⴰⵎⴰⵣⵉⵖⵜ, العربية...), whatever the page's language.
LANGUAGE_CHOICES = [SelectChoice(code, name, render_kw={"lang": code}) for code, name in LANGUAGE_NAMES.items()]


def _password_fields():
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(min=8, max=128)],
        description=_l("At least 8 characters."),
        render_kw={"autocomplete": "new-password"},
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The two passwords do not match."))],
        render_kw={"autocomplete": "new-password"},
    )
    return password, confirm


class RegisterForm(FlaskForm):
    display_name = StringField(
        _l("Your name"),
        filters=[_strip],
        validators=[DataRequired(), Length(min=2, max=80)],
        render_kw={"autocomplete": "name"},
    )
    email = EmailField(
        _l("Email"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=254), Email()],
        render_kw={"autocomplete": "email"},
    )
    password, confirm = _password_fields()
    locale = SelectField(_l("Preferred language"), choices=LANGUAGE_CHOICES, validators=[DataRequired()])


class LoginForm(FlaskForm):
    email = EmailField(
        _l("Email"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=254), Email()],
        render_kw={"autocomplete": "email"},
    )
    password = PasswordField(
        _l("Password"), validators=[DataRequired(), Length(max=128)], render_kw={"autocomplete": "current-password"}
    )
    remember = BooleanField(_l("Remember me on this device"))
    next = HiddenField()


class ForgotPasswordForm(FlaskForm):
    email = EmailField(
        _l("Email"),
        filters=[_strip],
        validators=[DataRequired(), Length(max=254), Email()],
        render_kw={"autocomplete": "email"},
    )


class ResetPasswordForm(FlaskForm):
    password, confirm = _password_fields()


class ProfileForm(FlaskForm):
    display_name = StringField(_l("Your name"), filters=[_strip], validators=[DataRequired(), Length(min=2, max=80)])
    locale = SelectField(_l("Preferred language"), choices=LANGUAGE_CHOICES, validators=[DataRequired()])


class LanguageForm(FlaskForm):
    lang = SelectField(_l("Language"), choices=LANGUAGE_CHOICES, validators=[DataRequired()])
    next = HiddenField()


class ApiTokenForm(FlaskForm):
    name = StringField(_l("Name"), filters=[_strip], validators=[DataRequired(), Length(max=80)],
                       description=_l("What uses it, e.g. \"stock sheet\" or \"delivery partner\"."))  # fmt: skip
    scope = SelectField(
        _l("It may"),
        default="read",
        choices=[SelectChoice("read", _l("Read only")), SelectChoice("write", _l("Read and change"))],
    )


class RevokeTokenForm(FlaskForm):
    item_id = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=2**31 - 1)])
