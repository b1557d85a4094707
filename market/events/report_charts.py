"""The event report's charts, as plain data the `events/_charts.html` macro draws: horizontal bars, each
with its label, its figure in words, its length (percent of the chart's scale) and where its target
falls. Kept out of the templates so that the scales and the words are computed (and tested) in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import format_decimal, format_percent, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from market.core.i18n import format_money, localized
from market.events.report import MET, NO_TARGET, NOT_MET, EventReport, Share, Versus, YearIndicators

STATUS_LABELS = {MET: _l("Met"), NOT_MET: _l("Not met"), NO_TARGET: _l("No target")}


@dataclass(frozen=True)
class Bar:
    label: str
    text: str  # the figure in words, e.g. "42 %" or "1 200,00 MAD"
    length: float  # 0..100, of the chart's scale
    kind: str = "plain"  # plain | met | not_met | target (a bar standing for a target)
    marker: float | None = None  # 0..100: where the bar's target line falls
    target_text: str = ""
    status: str | None = None  # met | not_met | no_target, for bars compared with a target

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status]) if self.status else ""


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    summary: str  # one sentence saying what the chart shows, read before the bars
    bars: list[Bar] = field(default_factory=list)
    empty: str = ""  # shown instead of bars when there is nothing to draw


def percent(value: float) -> str:
    return format_percent(value, "#,##0.#%")


def number(value: int) -> str:
    return format_decimal(value)


def _length(value: float, scale: float) -> float:
    return round(min(max(value / scale * 100, 0), 100), 2) if scale > 0 else 0.0


def _at_least(target: float) -> str:
    return _("at least %(share)s", share=percent(target))


def _at_most(target: float) -> str:
    return _("at most %(share)s", share=percent(target))


def _versus_bars(label: str, target_label: str, versus: Versus, fmt, others=()) -> list[Bar]:
    values = [versus.value, versus.target or 0, *(value for _name, value in others)]
    scale = max(values) or 1
    bars = [Bar(name, fmt(value), _length(value, scale)) for name, value in others]
    bars.append(
        Bar(
            label,
            fmt(versus.value),
            _length(versus.value, scale),
            kind=versus.status if versus.status != NO_TARGET else "plain",
            status=versus.status,
            target_text=fmt(versus.target) if versus.target is not None else "",
        )
    )
    if versus.target is not None:
        bars.append(Bar(target_label, fmt(versus.target), _length(versus.target, scale), kind="target"))
    return bars


def _share_bar(label: str, share: Share) -> Bar:
    """A share on the whole 0–100 % scale, its rule (if any) drawn as a line across the bar."""
    text = _(
        "%(share)s (%(count)s of %(total)s)",
        share=percent(share.value),
        count=number(share.count),
        total=number(share.total),
    )
    if share.target is None:
        return Bar(label, text, _length(share.value, 1))
    return Bar(
        label,
        text,
        _length(share.value, 1),
        kind=share.status,
        marker=_length(share.target, 1),
        target_text=_at_most(share.target) if share.ceiling else _at_least(share.target),
        status=share.status,
    )


def _summary(versus: Versus, fmt, what: str) -> str:
    if versus.target is None:
        return _("%(what)s: %(value)s; no target was set.", what=what, value=fmt(versus.value))
    return _(
        "%(what)s: %(value)s against a target of %(target)s (%(status)s).",
        what=what,
        value=fmt(versus.value),
        target=fmt(versus.target),
        status=STATUS_LABELS[versus.status],
    )


def participants_chart(report: EventReport) -> Chart:
    others = [
        (_("Applications received"), report.applications_received),
        (_("Applications accepted"), report.applications["accepted"]),
    ]
    return Chart(
        "chart-participants",
        _("Cooperatives taking part"),
        _summary(report.participants, number, _("Cooperatives with a stand")),
        _versus_bars(_("Cooperatives with a stand"), _("Target"), report.participants, number, others),
    )


def shares_chart(women_led: Share, youth: Share, summary: str | None = None) -> Chart:
    return Chart(
        "chart-shares",
        _("Women-led and youth cooperatives"),
        summary or _("Share of the cooperatives taking part; the line marks the event's minimum, where there is one."),
        [_share_bar(_("Women-led"), women_led), _share_bar(_("Youth"), youth)],
        empty=_("No cooperative has a stand yet.") if not women_led.total else "",
    )


def regions_chart(regions, cap: float | None, total: int) -> Chart:
    summary = (
        _(
            "Share of the cooperatives from each region; the line marks the most one region may have (%(cap)s).",
            cap=percent(cap),
        )
        if cap is not None
        else _("Share of the cooperatives from each region; no region has a maximum.")
    )
    return Chart(
        "chart-regions",
        _("Regions represented: %(num)s", num=number(len(regions))),
        summary,
        [_share_bar(localized(line.region, "name"), line.share) for line in regions],
        empty=_("No cooperative has a stand yet.") if not total else "",
    )


def categories_chart(sales) -> Chart:
    scale = sales.max_category_centimes or 1
    return Chart(
        "chart-categories",
        _("Sales per category"),
        _("Stand sales per product category (voided sales left out)."),
        [
            Bar(
                localized(line.category, "name") if line.category else _("No category"),
                format_money(line.centimes),
                _length(line.centimes, scale),
            )
            for line in sales.categories
        ],
        empty=_("No stand sale recorded yet.") if not sales.categories else "",
    )


def sales_chart(versus: Versus) -> Chart:
    return Chart(
        "chart-sales",
        _("Sales in total"),
        _summary(versus, format_money, _("Stand sales")),
        _versus_bars(_("Stand sales"), _("Target"), versus, format_money),
    )


def event_charts(report: EventReport) -> list[Chart]:
    cap = report.top_region.target
    return [
        participants_chart(report),
        shares_chart(report.women_led, report.youth),
        regions_chart(report.regions, cap, report.participants.value),
        categories_chart(report.sales),
        sales_chart(report.sales_total),
    ]


def _targets_label(events: int) -> str:
    return _("Target") if events == 1 else _("Targets summed")


def year_charts(year: YearIndicators) -> list[Chart]:
    counts = [
        (_("Events"), len(year.events)),
        (_("Cooperatives (each counted once)"), year.cooperatives),
        (_("Participations (a cooperative at two events counts twice)"), year.participations),
    ]
    if year.participants_vs_target.target is not None:
        participants = Chart(
            "chart-participants",
            _("Cooperatives taking part"),
            ngettext(
                "Participations in the %(num)d event with a target, against its target.",
                "Participations in the %(num)d events with a target, against their targets summed.",
                year.participants_targeted_events,
            ),
            _versus_bars(
                _("Participations in events with a target"),
                _targets_label(year.participants_targeted_events),
                year.participants_vs_target,
                number,
                counts,
            ),
        )
    else:
        scale = max(value for _name, value in counts) or 1
        participants = Chart(
            "chart-participants",
            _("Cooperatives taking part"),
            _("No event of the year set a target for the cooperatives taking part."),
            [Bar(name, number(value), _length(value, scale)) for name, value in counts],
        )
    every_sale = [(_("Stand sales, every event"), year.sales.centimes)]
    if year.sales_vs_target.target is not None:
        sales = Chart(
            "chart-sales",
            _("Sales in total"),
            ngettext(
                "Sales of the %(num)d event with a target, against its target.",
                "Sales of the %(num)d events with a target, against their targets summed.",
                year.sales_targeted_events,
            ),
            _versus_bars(
                _("Sales of events with a target"),
                _targets_label(year.sales_targeted_events),
                year.sales_vs_target,
                format_money,
                every_sale,
            ),
        )
    else:
        sales = Chart(
            "chart-sales",
            _("Sales in total"),
            _("No event of the year set a sales target."),
            [Bar(every_sale[0][0], format_money(year.sales.centimes), 100.0 if year.sales.centimes else 0.0)],
        )
    return [
        participants,
        shares_chart(year.women_led, year.youth, _("Share of the cooperatives taking part, each counted once.")),
        regions_chart(year.regions, None, year.cooperatives),
        categories_chart(year.sales),
        sales,
    ]
