"""Routes that belong to no area: uploaded media (the health checks are in market/core/health.py)."""

from flask import Blueprint, abort

from market.core.storage import PUBLIC, current_storage

bp = Blueprint("core", __name__)

ONE_YEAR = 365 * 24 * 3600


@bp.route("/media/<path:filename>")
def media(filename):
    # Only the re-encoded JPEGs we wrote ourselves are served, with long cache headers (names never change).
    # Proxied from the public namespace whatever the backend (why not a bucket redirect: market/core/storage.py).
    if not filename.endswith(".jpg"):
        abort(404)
    response = current_storage().send(PUBLIC, filename, mimetype="image/jpeg", max_age=ONE_YEAR)
    response.cache_control.immutable = True
    return response
