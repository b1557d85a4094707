"""Admin: reviews (placeholder; replaced by the reviews work)."""

from market.admin import bp
from market.core.permissions import require


@bp.route("/reviews")
@require("admin")
def reviews():
    return "reviews"
