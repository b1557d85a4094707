"""The organiser's back office: their events, creating and editing one, its floor plan and its stage."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from market.core.actions import page_status, perform, submit
from market.core.i18n import localized
from market.core.models import Region
from market.core.params import MAX_ID, id_arg
from market.core.permissions import require
from market.events import applications, bp, services
from market.events.floorplan import GridSpec, layout
from market.events.forms import DecisionForm, EventForm, GridForm, ImportForm, PriorityForm, StatusForm
from market.events.labels import APPLICATION_LABELS, KIND_LABELS, STATUS_ACTIONS, STATUS_LABELS, ZONE_LABELS
from market.events.models import Application, Event, EventStop
from market.extensions import db


def own_event(slug: str) -> Event:
    """The organiser's own event (admins see every event); another organiser's is not found."""
    event = db.session.scalar(select(Event).where(Event.slug == str(slug)[:80]))
    if event is None or not (current_user.is_admin or event.organiser_id == current_user.id):
        abort(404)
    return event


def event_stop(event: Event, stop_id: int) -> EventStop:
    stop = next((s for s in event.stops if s.id == stop_id), None) if 0 < stop_id <= MAX_ID else None
    if stop is None:
        abort(404)
    return stop


def _event_form(event: Event | None = None) -> EventForm:
    form = EventForm(obj=event)
    form.region_id.choices = [(r.id, localized(r, "name")) for r in db.session.scalars(
        select(Region).order_by(Region.position))]  # fmt: skip
    if event is not None and not form.is_submitted():
        stop = event.stops[0] if event.stops else None
        if stop is not None:
            form.town.data, form.venue.data, form.address.data = stop.town, stop.venue, stop.address
            form.latitude.data, form.longitude.data = stop.latitude, stop.longitude
        form.stand_fee.data = event.stand_fee_centimes // 100
        form.target_sales.data = event.target_sales_centimes // 100 if event.target_sales_centimes else None
        for key in ("women_led_min_share", "youth_min_share", "max_share_per_region"):
            value = event.rules.get(key)
            getattr(form, key).data = round(value * 100, 2) if value is not None else None
        form.no_adjacent_same_category.data = bool(event.rules.get("no_adjacent_same_category"))
    return form


def _form_data(form: EventForm) -> dict:
    data = dict(form.data)
    data["stand_fee_centimes"] = (form.stand_fee.data or 0) * 100
    data["target_sales_centimes"] = form.target_sales.data * 100 if form.target_sales.data else None
    return data


@bp.route("/events/organise")
@require("organise")
def organise_list():
    query = select(Event).order_by(Event.starts_on.desc())
    if not current_user.is_admin:
        query = query.where(Event.organiser_id == current_user.id)
    return render_template("events/organise/list.html", events=db.session.scalars(query).all())


def _save(form: EventForm, event: Event | None):
    saved = submit(form, lambda: services.save_event(event, _form_data(form), current_user),
                   errors=(services.EventError,), field="title_fr")  # fmt: skip
    if saved:
        flash(_("The event has been saved."), "success")
        return redirect(url_for("events.organise_event", slug=saved.slug))
    return render_template("events/organise/form.html", form=form, event=event), page_status(form)


@bp.route("/events/organise/new", methods=["GET", "POST"])
@require("organise")
def new_event():
    return _save(_event_form(), None)


@bp.route("/events/organise/<slug>/edit", methods=["GET", "POST"])
@require("organise")
def edit_event(slug):
    event = own_event(slug)
    return _save(_event_form(event), event)


@bp.route("/events/organise/<slug>")
@require("organise")
def organise_event(slug):
    event = own_event(slug)
    return render_template(
        "events/organise/event.html",
        event=event,
        plans={stop.id: layout(stop.stands) for stop in event.stops},
        grid_form=GridForm(),
        import_form=ImportForm(),
        status_form=StatusForm(),
        next_statuses=services.STATUS_FLOW[event.status],
    )


@bp.route("/events/organise/<slug>/stops/<int:stop_id>/plan", methods=["POST"])
@require("organise")
def generate_plan(slug, stop_id):
    event = own_event(slug)
    stop = event_stop(event, stop_id)
    form = GridForm()
    perform(
        form,
        lambda: services.generate_plan(
            stop,
            GridSpec(
                rows=form.rows.data,
                columns=form.columns.data,
                stand_width=form.stand_width.data,
                stand_depth=form.stand_depth.data,
                aisle=form.aisle.data,
                block_columns=form.block_columns.data,
                power_every=form.power_every.data,
            ),
        ),  # fmt: skip
        success=_("The floor plan has been drawn."),
        invalid=_("Check the plan's numbers: rows 1–60, stands per row 1–100, sizes 1–20 m."),
        errors=(services.EventError,),
    )
    return redirect(url_for("events.organise_event", slug=event.slug, _anchor=f"stop-{stop.id}"))


@bp.route("/events/organise/<slug>/status", methods=["POST"])
@require("organise")
def change_status(slug):
    event = own_event(slug)
    form = StatusForm()
    perform(
        form,
        lambda: services.set_status(event, form.status.data),
        success=_("The event has moved to its next stage."),
        invalid=_("This event cannot move to that stage now."),
        errors=(services.EventError,),
    )
    return redirect(url_for("events.organise_event", slug=event.slug))


@bp.app_context_processor
def event_labels():
    return {
        "event_status_label": lambda status: STATUS_LABELS.get(status, status),
        "event_status_action": lambda status: STATUS_ACTIONS.get(status, status),
        "event_kind_label": lambda kind: KIND_LABELS.get(kind, kind),
        "zone_label": lambda zone: ZONE_LABELS.get(zone, zone),
        "application_status_label": lambda status: APPLICATION_LABELS.get(status, status),
    }


def _application(event: Event, application_id: int):
    application = db.session.get(Application, application_id) if 0 < application_id <= MAX_ID else None
    if application is None or application.event_id != event.id:
        abort(404)
    return application


@bp.route("/events/organise/<slug>/applications")
@require("organise")
def organise_applications(slug):
    event = own_event(slug)
    status = request.args.get("status") if request.args.get("status") in APPLICATION_LABELS else None
    women = {"yes": True, "no": False}.get(request.args.get("women_led", ""))
    listed = applications.applications(event, status=status, region_id=id_arg("region"), women_led=women,
                                       category_id=id_arg("category"))  # fmt: skip
    regions = db.session.scalars(select(Region).order_by(Region.position)).all()
    return render_template("events/organise/applications.html", event=event, applications=listed, status=status,
                           regions=regions, decision_form=DecisionForm(), priority_form=PriorityForm())  # fmt: skip


@bp.route("/events/organise/<slug>/applications/<int:application_id>/decide", methods=["POST"])
@require("organise")
def decide_application(slug, application_id):
    event = own_event(slug)
    application = _application(event, application_id)
    form = DecisionForm()
    perform(form, lambda: applications.decide(application, form.decision.data, form.reason.data or ""),
            success=_("Your decision has been recorded."), invalid=_("This page had expired. Please try again."),
            errors=(services.EventError,))  # fmt: skip
    return redirect(url_for("events.organise_applications", slug=event.slug, _anchor=f"application-{application.id}"))


@bp.route("/events/organise/<slug>/applications/<int:application_id>/priority", methods=["POST"])
@require("organise")
def prioritise_application(slug, application_id):
    event = own_event(slug)
    application = _application(event, application_id)
    form = PriorityForm()

    def change():
        applications.set_priority(application, form.priority.data)
        applications.pin(application, form.stand.data)

    perform(form, change, success=_("Saved."), invalid=_("A priority is a whole number from 1 to %(max)d.", max=10),
            errors=(services.EventError,))  # fmt: skip
    return redirect(url_for("events.organise_applications", slug=event.slug, _anchor=f"application-{application.id}"))
