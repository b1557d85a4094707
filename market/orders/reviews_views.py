"""Reviews (placeholder routes; replaced by the reviews work)."""

from market.coops.manage import load_coop
from market.core.permissions import require
from market.orders import bp


@bp.route("/manage/<slug>/reviews")
@require("coop.orders", coop_loader=load_coop)
def manage_reviews(coop):
    return "reviews"
