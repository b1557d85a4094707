"""The events area: regional fairs and mobile markets."""

from flask import Blueprint

# No URL prefix: organisers work under /events/organise, cooperatives under their /manage/<slug>/ back office.
bp = Blueprint("events", __name__)
