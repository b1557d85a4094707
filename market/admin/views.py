from flask import render_template
from sqlalchemy import func, select

from market.accounts.models import User
from market.admin import bp
from market.catalog.models import Product
from market.coops.models import Cooperative
from market.core.models import OutboxEmail
from market.core.permissions import require
from market.extensions import db


@bp.route("/")
@require("admin")
def dashboard():
    def count(model, *where):
        return db.session.scalar(select(func.count()).select_from(model).where(*where))

    stats = {
        "users": count(User),
        "coops_pending": count(Cooperative, Cooperative.status == "pending"),
        "coops_approved": count(Cooperative, Cooperative.status == "approved"),
        "products": count(Product, Product.is_published.is_(True)),
        "emails_pending": count(OutboxEmail, OutboxEmail.status == "pending"),
    }
    return render_template("admin/dashboard.html", stats=stats)
