"""The event report as CSV, for organisers' spreadsheets: sections one after the other (indicators with
their targets, stops, categories, regions, then one line per cooperative or per event), each headed by
its own row of column names. Column names are fixed English keys, as in the payout ledger's CSV, so a
spreadsheet built on them keeps working whatever the organiser's language; names are given in Arabic
and French.

The file starts with a byte order mark so that Excel reads it as UTF-8 (Arabic names stay Arabic), and
text that a spreadsheet would take for a formula (= + - @, tab, carriage return) is quoted with a leading
apostrophe: cooperative names are typed by cooperatives, and the file is opened by organisers.
"""

from __future__ import annotations

import csv
import io

from market.events.report import EventReport, Share, Versus, YearIndicators

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text(value) -> str:
    """A text cell that a spreadsheet shows as typed, never evaluates."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def mad(centimes: int | None) -> str:
    return "" if centimes is None else f"{centimes / 100:.2f}"


def share(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def yes_no(value: bool) -> str:
    return "yes" if value else "no"


def _versus(name: str, versus: Versus, fmt=str) -> list:
    target = "" if versus.target is None else fmt(versus.target)
    return [name, fmt(versus.value), target, "at_least", versus.status]


def _share(name: str, value: Share) -> list:
    return [name, share(value.value), share(value.target), "at_most" if value.ceiling else "at_least", value.status]


def _write_categories(writer, sales) -> None:
    writer.writerow([])
    writer.writerow(["category", "category_ar", "category_fr", "sales", "units", "sales_mad"])
    for line in sales.categories:
        named = line.category
        writer.writerow([named.slug if named else "", text(named.name_ar if named else ""),
                         text(named.name_fr if named else ""), line.sales, line.units, mad(line.centimes)])  # fmt: skip


def _write_regions(writer, regions) -> None:
    writer.writerow([])
    writer.writerow(["region", "region_ar", "region_fr", "cooperatives", "share", "max_share", "status"])
    for line in regions:
        writer.writerow([line.region.slug, text(line.region.name_ar), text(line.region.name_fr), line.share.count,
                         share(line.share.value), share(line.share.target), line.share.status])  # fmt: skip


def event_csv(report: EventReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    event = report.event
    writer.writerow(["event", "title_ar", "title_fr", "starts_on", "ends_on", "status"])
    writer.writerow([event.slug, text(event.title_ar), text(event.title_fr), event.starts_on.isoformat(),
                     event.ends_on.isoformat(), event.status])  # fmt: skip
    writer.writerow([])
    writer.writerow(["indicator", "value", "target", "comparison", "status"])
    writer.writerow(["applications_received", report.applications_received, "", "", ""])
    for status, count in report.applications.items():
        writer.writerow([f"applications_{status}", count, "", "", ""])
    writer.writerow(_versus("participants", report.participants))
    writer.writerow(_share("women_led_share", report.women_led))
    writer.writerow(_share("youth_share", report.youth))
    writer.writerow(["regions_represented", len(report.regions), "", "", ""])
    writer.writerow(_share("top_region_share", report.top_region))
    writer.writerow(["sales_count", report.sales.count, "", "", ""])
    writer.writerow(["units_sold", report.sales.units, "", "", ""])
    writer.writerow(_versus("sales_total_mad", report.sales_total, mad))
    writer.writerow([])
    writer.writerow(["stop", "town", "venue", "starts_on", "ends_on", "stands", "stands_taken", "stand_days"])
    for n, stop in enumerate(report.stops, 1):
        writer.writerow([n, text(stop.town), text(stop.venue), stop.starts_on.isoformat(), stop.ends_on.isoformat(),
                         stop.stands, stop.taken, stop.stand_days])  # fmt: skip
    _write_categories(writer, report.sales)
    _write_regions(writer, report.regions)
    writer.writerow([])
    writer.writerow(["cooperative", "name_ar", "name_fr", "region", "women_led", "youth", "stands", "units",
                     "sales_mad"])  # fmt: skip
    for coop in report.cooperatives:
        stands = "; ".join(f"{town} {code}" for town, code in coop.stands)
        writer.writerow([coop.slug, text(coop.name_ar), text(coop.name_fr), coop.region.slug, yes_no(coop.women_led),
                         yes_no(coop.youth), text(stands), coop.units, mad(coop.sales_centimes)])  # fmt: skip
    return BOM + out.getvalue()


def year_csv(year: YearIndicators) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["indicator", "value", "target", "comparison", "status"])
    writer.writerow(["year", year.year, "", "", ""])
    writer.writerow(["events", len(year.events), "", "", ""])
    writer.writerow(["participations", year.participations, "", "", ""])
    writer.writerow(["cooperatives", year.cooperatives, "", "", ""])
    writer.writerow(_share("women_led_share", year.women_led))
    writer.writerow(_share("youth_share", year.youth))
    writer.writerow(["regions_represented", len(year.regions), "", "", ""])
    writer.writerow(["sales_total_mad", mad(year.sales.centimes), "", "", ""])
    writer.writerow(_versus("participations_in_events_with_target", year.participants_vs_target))
    writer.writerow(_versus("sales_mad_in_events_with_target", year.sales_vs_target, mad))
    _write_categories(writer, year.sales)
    _write_regions(writer, year.regions)
    writer.writerow([])
    writer.writerow(["event", "title_ar", "title_fr", "starts_on", "participants", "participants_target",
                     "participants_status", "women_led_share", "women_led_min_share", "women_led_status", "youth_share",
                     "youth_min_share", "youth_status", "top_region_share", "max_share_per_region", "region_status",
                     "sales_mad", "sales_target_mad", "sales_status"])  # fmt: skip
    for line in year.events:
        event = line.event
        writer.writerow([
            event.slug, text(event.title_ar), text(event.title_fr), event.starts_on.isoformat(),
            line.participants.value, "" if line.participants.target is None else line.participants.target,
            line.participants.status, share(line.women_led.value), share(line.women_led.target), line.women_led.status,
            share(line.youth.value), share(line.youth.target), line.youth.status, share(line.top_region.value),
            share(line.top_region.target), line.top_region.status, mad(line.sales_total.value),
            mad(line.sales_total.target), line.sales_total.status,
        ])  # fmt: skip
    return BOM + out.getvalue()
