"""The organiser edits a plan beyond the generated grid: a mobile market's stops, single stands, and a
stop's plan and applications exported to or imported from a file in the allocation engine's format."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from market.core.actions import page_status, perform, submit
from market.core.params import MAX_ID
from market.core.permissions import require
from market.events import bp, exchange, services
from market.events.forms import ActionForm, ImportForm, StandForm, StopForm
from market.events.models import EventStop, Stand
from market.events.organise import event_stop, own_event
from market.extensions import db


def _back(event, stop: EventStop | None = None):
    return redirect(url_for("events.organise_event", slug=event.slug, _anchor=f"stop-{stop.id}" if stop else None))


def _save_form(form, action, event, stop, success: str, template: str, **context):
    """Validate, run the service, commit and go back to the event; or show the form again with the error."""
    if submit(form, action, errors=(services.EventError,)):
        flash(success, "success")
        return _back(event, stop)
    return render_template(template, form=form, event=event, stop=stop, **context), page_status(form)


@bp.route("/events/organise/<slug>/stops/new", methods=["GET", "POST"])
@require("organise")
def add_stop(slug):
    event = own_event(slug)
    form = StopForm()
    return _save_form(form, lambda: services.add_stop(event, form.data), event, None,
                      _("The stop has been added."), "events/organise/stop_form.html")  # fmt: skip


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/edit", methods=["GET", "POST"])
@require("organise")
def edit_stop(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    form = StopForm(obj=stop)
    saved = _("The stop has been saved.")
    return _save_form(form, lambda: services.update_stop(stop, form.data), event, stop, saved,
                      "events/organise/stop_form.html", remove_form=ActionForm())  # fmt: skip


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/remove", methods=["POST"])
@require("organise")
def remove_stop(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    perform(ActionForm(), lambda: services.remove_stop(stop), success=_("The stop has been removed."),
            invalid=_("This page had expired. Please try again."), errors=(services.EventError,))  # fmt: skip
    return _back(event)


def _stand(stop: EventStop, stand_id: int) -> Stand:
    stand = next((s for s in stop.stands if s.id == stand_id), None) if 0 < stand_id <= MAX_ID else None
    if stand is None:
        abort(404)
    return stand


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/stands/new", methods=["GET", "POST"])
@require("organise")
def add_stand(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    form = StandForm(covered=True)
    if not form.is_submitted() and stop.stands:  # start beside the last stand
        last = max(stop.stands, key=lambda s: (s.y, s.x))
        form.x.data, form.y.data, form.w.data, form.h.data = last.x + last.w, last.y, last.w, last.h
        form.zone.data = last.zone
    return _save_form(form, lambda: services.update_stand(None, form.data, stop=stop), event, stop,
                      _("The stand has been added."), "events/organise/stand_form.html", stand=None)  # fmt: skip


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/stands/<int:stand_id>", methods=["GET", "POST"])
@require("organise")
def edit_stand(slug, stop_id, stand_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    stand = _stand(stop, stand_id)
    form = StandForm(obj=stand)
    return _save_form(form, lambda: services.update_stand(stand, form.data), event, stop,
                      _("The stand has been saved."), "events/organise/stand_form.html", stand=stand,
                      delete_form=ActionForm())  # fmt: skip


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/stands/<int:stand_id>/delete", methods=["POST"])
@require("organise")
def delete_stand(slug, stop_id, stand_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    stand = _stand(stop, stand_id)
    perform(ActionForm(), lambda: services.delete_stand(stand), success=_("The stand has been removed."),
            invalid=_("This page had expired. Please try again."), errors=(services.EventError,))  # fmt: skip
    return _back(event, stop)


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/instance.json")
@require("organise")
def export_stop(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    filename = f"{event.slug}-{stop.position + 1}.json"
    return Response(exchange.export_stop(stop), mimetype="application/json",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})  # fmt: skip


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/import", methods=["POST"])
@require("organise")
def import_stop(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    form = ImportForm()
    if not form.validate_on_submit():
        flash(_("Choose a JSON file in the plan's format."), "error")
        return _back(event, stop)
    try:
        summary = exchange.import_stop(stop, form.file.data.read(exchange.MAX_BYTES + 1))
    except services.EventError as exc:
        db.session.rollback()
        flash(str(exc), "error")
        return _back(event, stop)
    db.session.commit()
    if summary.plan_replaced:
        message = _("Imported a new floor plan of %(stands)d stands; %(updated)d applications updated.",
                    stands=summary.stands, updated=summary.updated)  # fmt: skip
    else:
        message = _("%(updated)d applications updated; the floor plan is unchanged.", updated=summary.updated)
    flash(message, "success")
    return _back(event, stop)
