"""Forms for reviews: the buyer's rating, the cooperative's reply, an admin hiding or showing a review.
They check the shape; market/orders/reviews.py checks the rules again (it is called from elsewhere too)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange

from market.catalog.reviews import MODERATION_FILTERS
from market.orders.reviews import MAX_REASON, MAX_REPLY, MAX_TEXT, MIN_TEXT


def _strip(value):
    return value.strip() if isinstance(value, str) else value


RATING_MESSAGE = _l("Choose a rating from 1 to 5 stars.")


class ProductReviewForm(FlaskForm):
    rating = IntegerField(
        _l("Your rating"), validators=[InputRequired(RATING_MESSAGE), NumberRange(min=1, max=5, message=RATING_MESSAGE)]
    )
    text = TextAreaField(
        _l("Your review"),
        filters=[_strip],
        validators=[
            DataRequired(_l("Write a few words about the product.")),
            Length(
                min=MIN_TEXT,
                max=MAX_TEXT,
                message=_l("Write your review in %(min)d to %(max)d characters.", min=MIN_TEXT, max=MAX_TEXT),
            ),
        ],
    )

    def error_messages(self) -> list[str]:
        """One clear message per wrong field (IntegerField adds its own technical one for "abc")."""
        messages = []
        if self.rating.errors:
            messages.append(str(RATING_MESSAGE))
        if self.text.errors:
            messages.append(str(self.text.errors[-1]))
        return messages


class ReplyForm(FlaskForm):
    text = TextAreaField(
        _l("Your reply"),
        filters=[_strip],
        validators=[
            DataRequired(_l("Write your reply.")),
            Length(max=MAX_REPLY, message=_l("Write a reply of at most %(max)d characters.", max=MAX_REPLY)),
        ],
    )


class HideReviewForm(FlaskForm):
    reason = TextAreaField(
        _l("Reason for hiding it"),
        filters=[_strip],
        validators=[
            DataRequired(_l("Give the reason for hiding this review.")),
            Length(max=MAX_REASON, message=_l("Write a reason of at most %(max)d characters.", max=MAX_REASON)),
        ],
    )
    back = StringField(validators=[Length(max=10)])  # which list to return to: all | visible | hidden

    def back_filter(self) -> str:
        return self.back.data if self.back.data in MODERATION_FILTERS else "all"


class UnhideReviewForm(FlaskForm):
    back = StringField(validators=[Length(max=10)])

    def back_filter(self) -> str:
        return self.back.data if self.back.data in MODERATION_FILTERS else "all"
