"""Routes that belong to no area: uploaded media (the health checks are in market/core/health.py)."""

from flask import Blueprint, abort, current_app, send_from_directory

bp = Blueprint("core", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.route("/media/<path:filename>")
def media(filename):
    # Only the re-encoded JPEGs we wrote ourselves are served, with long cache headers (names never change).
    if not filename.endswith(".jpg"):
        abort(404)
    return send_from_directory(current_app.config["UPLOAD_DIR"], filename, max_age=ONE_YEAR)
