"""A cooperative's back office for its identity and its people: storefront editor, gallery, members, API
tokens."""

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from market.accounts import tokens
from market.accounts.exceptions import AccountError
from market.accounts.forms import RevokeTokenForm
from market.accounts.token_pages import NO_STORE, make_token_from_form
from market.coops import bp, services
from market.coops.exceptions import CoopError
from market.coops.forms import InviteForm, MemberRoleForm, PhotoForm, RemoveForm, StorefrontForm
from market.core.actions import perform
from market.core.images import InvalidImage, store_upload
from market.core.mail import deliver_outbox
from market.core.permissions import require
from market.core.storage import StorageUnavailable
from market.extensions import db


def load_coop(view_args: dict):
    """Coop loader for `require`: any status (a pending cooperative prepares its storefront too)."""
    coop = services.get_cooperative(str(view_args.pop("slug"))[:80])
    if coop is None:
        abort(404)
    return coop


@bp.route("/manage/<slug>/storefront", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def edit_storefront(coop):
    form = StorefrontForm(obj=coop)
    if form.validate_on_submit():
        ok = True
        try:
            services.update_storefront(coop, form.data)
        except CoopError as exc:
            form.brand_color.errors.append(str(exc))
            ok = False
        for field, min_side in ((form.logo, 64), (form.banner, 200)):
            if ok and getattr(field.data, "filename", ""):
                try:
                    setattr(coop, field.name, store_upload(field.data, field.name, min_side=min_side))
                except (InvalidImage, StorageUnavailable) as exc:
                    field.errors.append(str(exc))
                    ok = False
        if ok:
            db.session.commit()
            flash(_("Your storefront has been saved."), "success")
            return redirect(url_for("coops.edit_storefront", slug=coop.slug))
        db.session.rollback()
    return render_template(
        "coops/manage/storefront.html", coop=coop, form=form, photo_form=PhotoForm(), remove_form=RemoveForm()
    )


@bp.route("/manage/<slug>/gallery", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def add_photo(coop):
    form = PhotoForm()
    perform(
        form,
        lambda: services.add_gallery_photo(coop, store_upload(form.photo.data, "gallery", min_side=200)),
        success=_("The photo has been added to your gallery."),
        invalid=_("Choose a photo to send."),
        errors=(InvalidImage, StorageUnavailable, CoopError),
    )
    return redirect(url_for("coops.edit_storefront", slug=coop.slug))


@bp.route("/manage/<slug>/gallery/remove", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def remove_photo(coop):
    form = RemoveForm()
    perform(
        form,
        lambda: services.remove_gallery_photo(coop, form.item_id.data),
        success=_("The photo has been removed."),
        invalid=_("This photo is not in the gallery."),
        errors=(CoopError,),
    )
    return redirect(url_for("coops.edit_storefront", slug=coop.slug))


@bp.route("/manage/<slug>/members", methods=["GET", "POST"])
@require("coop.own", coop_loader=load_coop)
def members(coop):
    form = InviteForm()
    if form.validate_on_submit():
        try:
            services.invite_member(current_user, coop, form.email.data, form.role.data)
        except CoopError as exc:
            form.email.errors.append(str(exc))
        else:
            db.session.commit()
            deliver_outbox()
            flash(_("The invitation has been sent to %(email)s.", email=form.email.data), "success")
            return redirect(url_for("coops.members", slug=coop.slug))
    return render_template("coops/manage/members.html", coop=coop, form=form, role_form=MemberRoleForm())


@bp.route("/manage/<slug>/members/role", methods=["POST"])
@require("coop.own", coop_loader=load_coop)
def change_member_role(coop):
    form = MemberRoleForm()
    perform(
        form,
        lambda: services.change_role(coop, form.item_id.data, form.role.data),
        success=_("The role has been changed."),
        invalid=_("Choose a role: owner, manager or staff."),
        errors=(CoopError,),
    )
    return redirect(url_for("coops.members", slug=coop.slug))


@bp.route("/manage/<slug>/members/remove", methods=["POST"])
@require("coop.own", coop_loader=load_coop)
def remove_member(coop):
    form = RemoveForm()
    perform(
        form,
        lambda: services.remove_member(coop, form.item_id.data),
        success=_("The member has been removed."),
        invalid=_("This person is not a member of the cooperative."),
        errors=(CoopError,),
    )
    return redirect(url_for("coops.members", slug=coop.slug))


@bp.route("/manage/<slug>/api-tokens", methods=["GET", "POST"])
@require("coop.manage", coop_loader=load_coop)
def api_tokens(coop):
    """Tokens for the cooperative's own tools (/api/v1/coop/…): its managers and owners see and revoke all
    of them; each acts with its maker's role."""
    form, secret = make_token_from_form(coop)
    page = render_template("coops/manage/api_tokens.html", coop=coop, form=form, revoke_form=RevokeTokenForm(),
                           tokens=tokens.active_tokens(current_user, coop), new_secret=secret)  # fmt: skip
    return page, 200, NO_STORE


@bp.route("/manage/<slug>/api-tokens/revoke", methods=["POST"])
@require("coop.manage", coop_loader=load_coop)
def revoke_api_token(coop):
    form = RevokeTokenForm()
    perform(
        form,
        lambda: tokens.revoke_token(form.item_id.data, current_user, coop),
        success=_("The token has been revoked: it no longer works."),
        invalid=_("This token does not exist or is already revoked."),
        errors=(AccountError,),
    )
    return redirect(url_for("coops.api_tokens", slug=coop.slug))
