"""The organiser's allocation page: run the engine, review the proposal on the floor plan, move
cooperatives by hand (the page says which rule a move breaks), run again with pins kept, publish."""

from __future__ import annotations

from flask import abort, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from market.core.actions import perform
from market.core.mail import deliver_outbox
from market.core.params import MAX_ID
from market.core.permissions import require
from market.events import allocating, bp
from market.events.floorplan import layout
from market.events.forms import ActionForm, MoveForm
from market.events.labels import RULE_PROBLEMS, UNASSIGNED_REASONS
from market.events.models import AllocationRun, Application
from market.events.organise import event_stop, own_event
from market.events.services import EventError
from market.extensions import db


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/allocation")
@require("organise")
def allocation_page(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    placed = allocating.assignments(stop)
    run = db.session.scalar(
        select(AllocationRun).where(AllocationRun.stop_id == stop.id).order_by(AllocationRun.id.desc()).limit(1)
    )
    applications = [a for a in event.applications if a.status == "accepted" and stop in a.stops]
    placed_ids = {row.application_id for row in placed.values()}
    return render_template(
        "events/organise/allocation.html",
        event=event,
        stop=stop,
        plan=layout(stop.stands),
        placed=placed,
        names={stand_id: row.application.cooperative.name_fr for stand_id, row in placed.items()},
        unplaced=[a for a in applications if a.id not in placed_ids],
        run=run,
        broken=allocating.check(stop) if placed else [],
        form=ActionForm(),
        move_form=MoveForm(),
        reasons={item["applicant"]: item for item in (run.result.get("unassigned", []) if run else [])},
        unassigned_reason=lambda codes: UNASSIGNED_REASONS.get(
            (codes or ["not_placed"])[0], UNASSIGNED_REASONS["not_placed"]
        ),
        rule_problem=lambda rule: RULE_PROBLEMS.get(rule.split("+")[0], rule),
    )


def _back(event, stop):
    return redirect(url_for("events.allocation_page", slug=event.slug, stop_id=stop.id))


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/allocate", methods=["POST"])
@require("organise")
def run_allocation(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    perform(ActionForm(), lambda: allocating.allocate(stop, current_user), success=_("The stands have been allocated."),
            invalid=_("This page had expired. Please try again."), errors=(EventError,))  # fmt: skip
    return _back(event, stop)


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/move", methods=["POST"])
@require("organise")
def move_cooperative(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    form = MoveForm()
    application_id = form.application_id.data or 0
    application = db.session.get(Application, application_id) if 0 < application_id <= MAX_ID else None
    if application is None or application.event_id != event.id:
        abort(404)
    perform(form, lambda: allocating.move(stop, application, form.stand.data), success=_("The plan has been changed."),
            invalid=_("This page had expired. Please try again."), errors=(EventError,))  # fmt: skip
    return _back(event, stop)


@bp.route("/events/organise/<slug>/publish", methods=["POST"])
@require("organise")
def publish_plan(slug):
    event = own_event(slug)
    perform(
        ActionForm(),
        lambda: allocating.publish(event),
        success=_("The plan is published; every cooperative has been told its stand or its place on the waiting list."),
        invalid=_("This page had expired. Please try again."),
        errors=(EventError,),
        after_commit=deliver_outbox,
    )
    return redirect(url_for("events.organise_event", slug=event.slug))
