"""Admin: orders (placeholder; replaced by the payments work)."""

from market.admin import bp
from market.core.permissions import require


@bp.route("/orders")
@require("admin")
def orders():
    return "orders"
