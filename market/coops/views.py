from flask import render_template, request

from market.coops import bp, services
from market.coops.branding import readable_text_colour
from market.core.models import Region
from market.core.params import page_arg
from market.extensions import db


@bp.route("/cooperatives")
def directory():
    region = request.args.get("region", "")[:40] or None
    pagination = services.list_cooperatives(page=page_arg(), region_slug=region)
    regions = db.session.scalars(db.select(Region).order_by(Region.position)).all()
    return render_template("coops/directory.html", pagination=pagination, regions=regions, region=region)


@bp.app_template_filter("readable_text")
def readable_text(colour: str) -> str:
    return readable_text_colour(colour)
