"""Public cooperative pages and joining: the directory, applying, accepting an invitation."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required
from markupsafe import Markup

from market.coops import bp, services
from market.coops.branding import readable_text_colour
from market.coops.exceptions import CoopError
from market.coops.forms import CoopApplicationForm, legal_form_choices
from market.coops.manage import load_coop
from market.core.i18n import localized
from market.core.models import Category, Region
from market.core.params import page_arg
from market.core.permissions import require
from market.extensions import db


@bp.route("/cooperatives")
def directory():
    region = request.args.get("region", "")[:40] or None
    pagination = services.list_cooperatives(page=page_arg(), region_slug=region)
    regions = db.session.scalars(db.select(Region).order_by(Region.position)).all()
    return render_template("coops/directory.html", pagination=pagination, regions=regions, region=region)


def application_form(coop=None) -> CoopApplicationForm:
    form = CoopApplicationForm(obj=coop)
    form.legal_form.choices = legal_form_choices()
    regions = db.session.scalars(db.select(Region).order_by(Region.position))
    form.region.choices = [(r.slug, localized(r, "name")) for r in regions]
    categories = db.session.scalars(db.select(Category).where(Category.parent_id.is_(None)).order_by(Category.position))
    form.sector.choices = [(c.slug, localized(c, "name")) for c in categories]
    return form


def application_data(form: CoopApplicationForm) -> dict:
    data = {name: field.data for name, field in form._fields.items() if name != "csrf_token"}
    for optional in ("name_en", "name_zgh", "city_ar"):
        data[optional] = data[optional] or None
    return data


@bp.route("/cooperatives/apply", methods=["GET", "POST"])
@login_required
def apply():
    form = application_form()
    if form.validate_on_submit():
        data = application_data(form)
        try:
            coop = services.apply_for_cooperative(current_user, data)
        except CoopError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("Thank you! Your application has been sent; an administrator will review it."), "success")
            return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))
    return render_template("coops/apply.html", form=form)


@bp.route("/manage/<slug>/application", methods=["GET", "POST"])
@require("coop.own", coop_loader=load_coop)
def edit_application(coop):
    """The owner corrects the application while it waits, or after a rejection (it is then sent again)."""
    if coop.status not in ("pending", "rejected"):
        abort(404)
    form = application_form(coop)
    if request.method == "GET":
        form.region.data = coop.region.slug
    if form.validate_on_submit():
        data = application_data(form)
        try:
            services.update_application(current_user, coop, data)
        except CoopError as exc:
            flash(str(exc), "error")
        else:
            db.session.commit()
            flash(_("Your application has been saved; an administrator will review it."), "success")
            return redirect(url_for("catalog.manage_dashboard", slug=coop.slug))
    return render_template("coops/apply.html", form=form, coop=coop)


@bp.route("/invitations/<token>", methods=["GET", "POST"])
@login_required
def accept_invitation(token):
    try:
        invitation = services.find_invitation(token)
    except CoopError as exc:
        flash(str(exc), "error")
        return redirect(url_for("catalog.home"))
    if request.method == "POST":
        try:
            services.accept_invitation(current_user, token)
        except CoopError as exc:
            flash(str(exc), "error")
            return redirect(url_for("coops.accept_invitation", token=token))
        db.session.commit()
        flash(_("Welcome to %(name)s!", name=localized(invitation.cooperative, "name")), "success")
        return redirect(url_for("catalog.manage_dashboard", slug=invitation.cooperative.slug))
    if len(token) > 200:
        abort(404)
    return render_template("coops/invitation.html", invitation=invitation)


@bp.app_template_filter("readable_text")
def readable_text(colour: str) -> str:
    return readable_text_colour(colour)


@bp.app_template_filter("story_html")
def story_html(text: str | None):
    """Stories are sanitised again when shown, so no stored text is ever trusted as HTML."""
    cleaned = services.sanitise_story(text)
    if cleaned and "<" not in cleaned:
        cleaned = "".join(f"<p>{part}</p>" for part in cleaned.split("\n\n") if part.strip())
    return Markup(cleaned or "")  # noqa: S704 - sanitised by nh3 just above
