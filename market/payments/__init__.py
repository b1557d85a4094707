"""The payments area (its routes arrive with its issue)."""

from flask import Blueprint

bp = Blueprint("payments", __name__, url_prefix="/payments")
