"""Reports built in the background (market/core/exports.py): ask for one, follow it, download it."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from market.core import exports, jobs
from market.core.redirects import safe_next
from market.core.storage import PRIVATE, current_storage
from market.core.views import bp
from market.extensions import db


def _own(token: str):
    export = exports.by_token(token)
    if export is None or not exports.may_see(export, current_user):
        abort(404)  # another person's report, or one its owner may no longer see, does not exist for them
    return export


@bp.route("/exports", methods=["POST"])
@login_required
def request_export():
    back = safe_next(request.form.get("next"), url_for("core.my_exports"))
    if not jobs.queue_in_use():
        exports.sweep()  # no scheduler without Redis: old files go when someone asks for a new one
    try:
        export = exports.request_export(current_user, request.form.get("kind", ""), request.form)
    except exports.ExportRefused as refused:
        db.session.rollback()
        flash(str(refused), "error")
        return redirect(back)
    except PermissionError:
        db.session.rollback()
        abort(403)
    db.session.commit()
    exports.start(export)
    return redirect(url_for("core.export_status", token=export.token))


@bp.route("/exports")
@login_required
def my_exports():
    found = [e for e in exports.recent_for(current_user) if exports.may_see(e, current_user)]
    return render_template("exports/list.html", exports=found, kinds=exports.KINDS, params_of=exports.params_of,
                           keep_days=exports.EXPORT_KEEP_DAYS)  # fmt: skip


@bp.route("/exports/<token>")
@login_required
def export_status(token):
    export = _own(token)
    kind = exports.kind_of(export)
    params = exports.params_of(export)
    response = render_template("exports/status.html", export=export, title=kind.title(params),
                               back=kind.back(params), keep_days=exports.EXPORT_KEEP_DAYS)  # fmt: skip
    return response, 200, {"Cache-Control": "private, no-store"}


@bp.route("/exports/<token>/download")
@login_required
def download_export(token):
    export = _own(token)
    if export.status != "done" or not export.storage_key:
        return redirect(url_for("core.export_status", token=token))
    response = current_storage().send(PRIVATE, export.storage_key, mimetype="text/csv",
                                      download_name=export.filename)  # fmt: skip
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    return response


@bp.route("/exports/<token>/retry", methods=["POST"])
@login_required
def retry_export(token):
    export = _own(token)
    if not exports.retry(export):
        flash(_("This report is not in error: nothing to try again."), "info")
        return redirect(url_for("core.export_status", token=token))
    db.session.commit()
    exports.start(export)
    return redirect(url_for("core.export_status", token=token))


@bp.route("/exports/<token>/state")
@login_required
def export_state(token):
    export = _own(token)
    return {"status": export.status}, 200, {"Cache-Control": "private, no-store"}
