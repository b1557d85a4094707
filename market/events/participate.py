"""A cooperative's side of events: the events open to it, applying, withdrawing."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from market.coops.manage import load_coop
from market.core.actions import page_status, perform, submit
from market.core.i18n import localized
from market.core.models import Category
from market.core.permissions import require
from market.events import applications, bp
from market.events.forms import ActionForm, ApplicationForm
from market.events.models import Application, Event
from market.events.services import EventError
from market.extensions import db


def _event(slug: str) -> Event:
    event = db.session.scalar(select(Event).where(Event.slug == str(slug)[:80], Event.status != "draft"))
    if event is None:
        abort(404)
    return event


@bp.route("/manage/<slug>/events", endpoint="coop_events")
@require("coop.manage", coop_loader=load_coop)
def coop_events(coop):
    events = db.session.scalars(select(Event).where(Event.status.in_(("open", "allocating", "published", "running")))
                                .order_by(Event.starts_on)).all()  # fmt: skip
    mine = {a.event_id: a for a in db.session.scalars(select(Application).where(Application.cooperative_id == coop.id))}
    return render_template("events/coop_events.html", coop=coop, events=events, mine=mine,
                           is_open=applications.is_open, form=ActionForm())  # fmt: skip


def _application_form(event: Event, application: Application | None) -> ApplicationForm:
    form = ApplicationForm(obj=application)
    categories = db.session.scalars(select(Category).where(Category.parent_id.is_(None)).order_by(Category.position))
    form.category_id.choices = [(c.id, localized(c, "name")) for c in categories]
    form.stop_ids.choices = [(s.id, f"{s.town} — {s.venue}") for s in event.stops]
    if application is not None and not form.is_submitted():
        form.stop_ids.data = [s.id for s in application.stops]
    return form


@bp.route("/manage/<slug>/events/<event_slug>/apply", methods=["GET", "POST"], endpoint="apply")
@require("coop.manage", coop_loader=load_coop)
def apply_view(coop, event_slug):
    event = _event(event_slug)
    application = applications.application_of(event, coop)
    form = _application_form(event, application)
    if submit(form, lambda: applications.apply(event, coop, form.data), errors=(EventError,), field="statement"):
        flash(_("Your application has been sent to the organiser."), "success")
        return redirect(url_for("events.coop_events", slug=coop.slug))
    return render_template("events/apply.html", coop=coop, event=event, form=form, application=application,
                           open=applications.is_open(event)), page_status(form)  # fmt: skip


@bp.route("/manage/<slug>/events/<event_slug>/withdraw", methods=["POST"], endpoint="withdraw")
@require("coop.manage", coop_loader=load_coop)
def withdraw_view(coop, event_slug):
    event = _event(event_slug)
    application = applications.application_of(event, coop)
    if application is None:
        abort(404)
    perform(ActionForm(), lambda: applications.withdraw(application),
            success=_("Your application has been withdrawn."), invalid=_("This page had expired. Please try again."),
            errors=(EventError,))  # fmt: skip
    return redirect(url_for("events.coop_events", slug=coop.slug))
