"""A cooperative's orders back office (placeholder routes; replaced by the dashboard work)."""

from market.coops.manage import load_coop
from market.core.permissions import require
from market.orders import bp


@bp.route("/manage/<slug>/orders")
@require("coop.orders", coop_loader=load_coop)
def manage_orders(coop):
    return "orders"


@bp.route("/manage/<slug>/sales")
@require("coop.manage", coop_loader=load_coop)
def manage_sales(coop):
    return "sales"


@bp.route("/manage/<slug>/delivery", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def manage_delivery(coop):
    return "delivery"
