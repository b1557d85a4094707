"""Admin: the job queue's dead letters (jobs that used up their retries), retried or deleted by hand, and
how many jobs wait, run or are scheduled. Without Redis there is no queue: work runs inline."""

from __future__ import annotations

import re

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from redis.exceptions import RedisError

from market.admin import bp
from market.core import jobs
from market.core.permissions import require

JOB_ID = re.compile(r"[A-Za-z0-9_.:-]{1,100}")


@bp.route("/jobs")
@require("admin")
def jobs_page():
    if not jobs.queue_in_use():
        return render_template("admin/jobs.html", in_use=False)
    try:
        counts, failed = jobs.registry_counts(), jobs.failed_jobs(limit=100)
    except RedisError:
        current_app.logger.exception("job queue unreachable")
        return render_template("admin/jobs.html", in_use=True, unreachable=True), 503
    names = {"queued": _("Waiting"), "started": _("Running"), "scheduled": _("Scheduled (retry after a pause)"),
             "failed": _("Failed")}  # fmt: skip
    return render_template("admin/jobs.html", in_use=True, counts=counts, names=names, failed=failed)


def _act(job_id: str, action, done: str, action_name: str):
    # CSRF is checked by CSRFProtect on every POST before we get here.
    if not jobs.queue_in_use() or not JOB_ID.fullmatch(job_id):
        abort(404)
    if action(job_id):
        current_app.logger.info("admin %s: job %s %s", current_user.id, job_id, action_name)
        flash(done, "success")
    else:
        flash(_("This job is no longer among the failed ones."), "error")
    return redirect(url_for("admin.jobs_page"))


@bp.route("/jobs/<job_id>/retry", methods=["POST"])
@require("admin")
def retry_job(job_id):
    return _act(job_id, jobs.retry_failed, _("The job is back on the queue."), "retried")


@bp.route("/jobs/<job_id>/delete", methods=["POST"])
@require("admin")
def delete_job(job_id):
    return _act(job_id, jobs.delete_failed, _("The job is deleted."), "deleted")
