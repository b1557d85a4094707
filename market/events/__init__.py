"""The events area (its routes arrive with its issue)."""

from flask import Blueprint

bp = Blueprint("events", __name__, url_prefix="/events")
