"""Platform administration: verify cooperatives and labels, moderate products, read the audit log."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from market.admin import bp, services
from market.catalog import labels, moderation
from market.catalog.exceptions import CatalogError
from market.catalog.forms import ReviewForm
from market.catalog.manage import send_certificate
from market.catalog.models import LabelClaim, Product
from market.coops import services as coops
from market.coops.exceptions import CoopError
from market.coops.models import Cooperative
from market.core import audit
from market.core.actions import perform
from market.core.mail import deliver_outbox
from market.core.params import MAX_ID, page_arg
from market.core.permissions import require
from market.extensions import db


def _get_or_404(model, object_id: int):
    obj = db.session.get(model, object_id) if 0 < object_id <= MAX_ID else None
    if obj is None:
        abort(404)
    return obj


def _decide(form: ReviewForm, action) -> None:
    perform(
        form,
        action,
        success=_("Your decision has been recorded."),
        invalid=_("This decision is not possible for a cooperative in this state."),
        errors=(CatalogError,),
        after_commit=deliver_outbox,
    )


@bp.route("/")
@require("admin")
def dashboard():
    return render_template("admin/dashboard.html", stats=services.platform_stats())


@bp.route("/cooperatives")
@require("admin")
def cooperatives():
    status = request.args.get("status", "pending")
    return render_template(
        "admin/cooperatives.html", coops=coops.cooperatives_for_review(status), status=status,
        statuses=coops.DECISIONS,
    )  # fmt: skip


@bp.route("/cooperatives/<int:coop_id>", methods=["GET", "POST"])
@require("admin")
def review_cooperative(coop_id):
    coop = _get_or_404(Cooperative, coop_id)
    form = ReviewForm()
    if form.validate_on_submit():
        try:
            coops.decide(current_user, coop, form.decision.data, form.reason.data)
        except CoopError as exc:
            form.reason.errors.append(str(exc))
        else:
            db.session.commit()
            deliver_outbox()
            flash(_("Your decision has been recorded."), "success")
            return redirect(url_for("admin.cooperatives"))
    history = audit.history_of(coop)
    return render_template(
        "admin/review_cooperative.html", coop=coop, form=form, decisions=coops.DECISIONS.get(coop.status, {}),
        history=history,
    )  # fmt: skip


@bp.route("/labels", methods=["GET", "POST"])
@require("admin")
def label_claims():
    form = ReviewForm()
    if request.method == "POST":
        claim = _get_or_404(LabelClaim, request.form.get("claim_id", 0, type=int) or 0)
        _decide(form, lambda: labels.review_claim(current_user, claim, form.decision.data, form.reason.data))
        return redirect(url_for("admin.label_claims"))
    return render_template("admin/labels.html", claims=labels.pending_claims(), today=labels.today())


@bp.route("/labels/<int:claim_id>/certificate")
@require("admin")
def label_certificate(claim_id):
    claim = _get_or_404(LabelClaim, claim_id)
    if not claim.document:
        abort(404)
    return send_certificate(claim)


@bp.route("/reports")
@require("admin")
def reports():
    return render_template("admin/reports.html", reports=moderation.open_reports(), form=ReviewForm())


@bp.route("/products/<int:product_id>/moderate", methods=["POST"])
@require("admin")
def moderate_product(product_id):
    product = _get_or_404(Product, product_id)
    form = ReviewForm()
    _decide(form, lambda: moderation.moderate(current_user, product, form.decision.data, form.reason.data))
    return redirect(url_for("admin.reports"))


@bp.route("/audit")
@require("admin")
def audit_log():
    return render_template("admin/audit.html", pagination=audit.recent(page_arg()))
