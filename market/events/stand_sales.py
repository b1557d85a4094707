"""Stand sales: during an event a cooperative sells at its stand, for cash, from stock set aside for the
event, and counts what is left afterwards so that online stock stays right.

A product line is a product, or one of its variants (variants keep their own stock, as in the cart).
Every stock movement is one conditional UPDATE, as at checkout: online stock is taken with
`stock = stock - n WHERE stock >= n`, a sale with `sold = sold + n WHERE set_aside - sold >= n`, and
reconciling writes `returned` only `WHERE returned IS NULL`. So two phones selling the last units at once
never oversell, and counting twice never returns stock twice. Functions flush; the caller commits.
Sales kept on a phone while offline arrive later through `stand_sales_sync`, under the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import BigInteger, and_, cast, func, or_, select, update
from sqlalchemy.orm import joinedload, selectinload

from market.catalog.models import Product, ProductVariant
from market.catalog.money import MAX_PRICE_CENTIMES
from market.coops.models import Cooperative
from market.core import audit
from market.core.i18n import local_today, local_zone
from market.core.models import utcnow
from market.events.models import Application, Event, EventStock, StandAssignment, StandSale
from market.events.services import EventError
from market.extensions import db

MAX_QUANTITY = 10_000  # units in one sale, one setting aside or one count: more is a typing mistake
TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,40}$")


# --- When ------------------------------------------------------------------------------------------


def is_selling(event: Event, today: date | None = None) -> bool:
    """Sales are recorded (and voided) while the event runs, up to its last day."""
    return event.status == "running" and (today or local_today()) <= event.ends_on


def can_set_aside(event: Event, today: date | None = None) -> bool:
    """Before the event (published) and while it runs; more can be added later."""
    return event.status == "published" or is_selling(event, today)


def can_reconcile(event: Event, today: date | None = None, coop: Cooperative | None = None) -> bool:
    """After the event: closed, or still running past its last day (never while sales may come in). A
    cooperative that lost its stand (rejected, waitlisted or moved out after setting stock aside) takes
    its stock back at once: it cannot sell there."""
    if event.status == "closed" or (event.status == "running" and (today or local_today()) > event.ends_on):
        return True
    return coop is not None and not has_stand(event, coop)


# --- Who -------------------------------------------------------------------------------------------


def _stand_query(coop: Cooperative):
    return (
        select(Application.event_id)
        .join(StandAssignment, StandAssignment.application_id == Application.id)
        .where(Application.cooperative_id == coop.id, Application.status == "accepted")
    )


def stand_events(coop: Cooperative, statuses=("published", "running")) -> list[Event]:
    """The events at which the cooperative has a stand (its accepted application was given one), and any
    where it still has stock set aside (to take it back)."""
    stock_out = select(EventStock.event_id).where(EventStock.cooperative_id == coop.id, EventStock.returned.is_(None))
    query = select(Event).where(
        or_(and_(Event.id.in_(_stand_query(coop)), Event.status.in_(statuses)), Event.id.in_(stock_out))
    )
    return list(db.session.scalars(query.order_by(Event.starts_on, Event.id)))


def stand_event_ids(coop: Cooperative) -> set[int]:
    return {event.id for event in stand_events(coop)}


def has_stand(event: Event, coop: Cooperative) -> bool:
    query = _stand_query(coop).where(Application.event_id == event.id).limit(1)
    return db.session.scalar(query) is not None


def has_stock_out(event: Event, coop: Cooperative) -> bool:
    """Units set aside for the event and not yet counted back (they must stay reachable to come back)."""
    query = select(EventStock.id).where(EventStock.event_id == event.id, EventStock.cooperative_id == coop.id,
                                        EventStock.returned.is_(None)).limit(1)  # fmt: skip
    return db.session.scalar(query) is not None


def assignments(event: Event, coop: Cooperative) -> list[StandAssignment]:
    """The cooperative's stands at the event (one per stop), with their codes."""
    query = (
        select(StandAssignment)
        .join(Application, Application.id == StandAssignment.application_id)
        .where(Application.event_id == event.id, Application.cooperative_id == coop.id)
        .options(joinedload(StandAssignment.stand))
    )
    return list(db.session.scalars(query))


def _check_stand(event: Event, coop: Cooperative) -> None:
    if event.status not in ("published", "running", "closed") or not has_stand(event, coop):
        raise EventError(_l("Your cooperative has no stand at this event."))


# --- What ------------------------------------------------------------------------------------------


def line_key(product_id: int, variant_id: int | None = None) -> str:
    return f"{product_id}-{variant_id}" if variant_id else str(product_id)


def find_line(coop: Cooperative, product_id: int, variant_id: int | None = None):
    """The cooperative's product (and variant); another cooperative's, or none, is refused alike."""
    product = db.session.get(Product, product_id) if isinstance(product_id, int) else None
    if product is None or product.cooperative_id != coop.id:
        raise EventError(_l("Choose one of your cooperative's products."), field="line")
    variant = None
    if variant_id is not None:
        variant = db.session.get(ProductVariant, variant_id) if isinstance(variant_id, int) else None
        if variant is None or variant.product_id != product.id:
            raise EventError(_l("Choose one of your cooperative's products."), field="line")
    return product, variant


def _check_line(coop: Cooperative, product: Product, variant: ProductVariant | None) -> None:
    if (
        product is None
        or product.cooperative_id != coop.id
        or (variant is not None and variant.product_id != product.id)
    ):
        raise EventError(_l("Choose one of your cooperative's products."), field="line")


def _check_quantity(quantity, field: str = "quantity", minimum: int = 1) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool) or not minimum <= quantity <= MAX_QUANTITY:
        raise EventError(_l("Enter a whole number of units from %(min)d to %(max)d.", min=minimum, max=MAX_QUANTITY),
                         field=field)  # fmt: skip


def _stock_row(event: Event, product_id: int, variant_id: int | None) -> EventStock | None:
    query = select(EventStock).where(EventStock.event_id == event.id, EventStock.product_id == product_id)
    query = query.where(EventStock.variant_id == variant_id if variant_id else EventStock.variant_id.is_(None))
    return db.session.scalar(query)


def stock_rows(event: Event, coop: Cooperative) -> list[EventStock]:
    """The cooperative's stock for the event, by product line, with products and variants loaded."""
    query = (
        select(EventStock)
        .where(EventStock.event_id == event.id, EventStock.cooperative_id == coop.id)
        .options(joinedload(EventStock.product), joinedload(EventStock.variant))
        .order_by(EventStock.product_id, EventStock.variant_id.is_not(None), EventStock.variant_id)
    )
    return list(db.session.scalars(query))


def units_left(row: EventStock) -> int:
    """Units that should still be at the stand."""
    return row.set_aside - row.sold


def shortfall(row: EventStock) -> int | None:
    """Once reconciled: units neither sold nor counted back (negative when more were counted)."""
    return None if row.returned is None else row.set_aside - row.sold - row.returned


def list_price(row_or_product, variant: ProductVariant | None = None) -> int:
    if isinstance(row_or_product, EventStock):
        variant, product = row_or_product.variant, row_or_product.product
    else:
        product = row_or_product
    return (variant or product).price_centimes


def online_lines(coop: Cooperative) -> list[tuple[Product, ProductVariant | None]]:
    """What can be set aside: the cooperative's product lines with online stock (a product taken down by
    an administrator is not sold at a stand either)."""
    query = (
        select(Product)
        .where(Product.cooperative_id == coop.id, Product.blocked_reason.is_(None))
        .options(joinedload(Product.variants))
        .order_by(Product.name_fr, Product.id)
    )
    lines = []
    for product in db.session.scalars(query).unique():
        if product.stock > 0:
            lines.append((product, None))
        lines.extend((product, variant) for variant in product.variants if variant.stock > 0)
    return lines


# --- Setting stock aside -----------------------------------------------------------------------------


def set_aside(event: Event, coop: Cooperative, product: Product, quantity: int, actor,
              variant: ProductVariant | None = None, today: date | None = None) -> EventStock:  # fmt: skip
    """Move units from online stock to the event's stock (adding to what was set aside before)."""
    if not can_set_aside(event, today):
        raise EventError(_l("Stock can be set aside only before and during the event."))
    _check_stand(event, coop)
    _check_line(coop, product, variant)
    _check_quantity(quantity)
    row = _stock_row(event, product.id, variant.id if variant else None)
    if row is not None and row.returned is not None:
        raise EventError(_l("This stock has already been reconciled."))
    model, row_id = (ProductVariant, variant.id) if variant else (Product, product.id)
    taken = db.session.execute(
        update(model).where(model.id == row_id, model.stock >= quantity).values(stock=model.stock - quantity)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    if taken.rowcount != 1:
        left = db.session.scalar(select(model.stock).where(model.id == row_id)) or 0
        raise EventError(_l("Only %(num)d left in online stock.", num=left), field="quantity")
    db.session.expire(variant or product, ["stock"])
    if row is None:
        row = EventStock(event_id=event.id, cooperative_id=coop.id, product_id=product.id,
                         variant_id=variant.id if variant else None, set_aside=quantity, sold=0)  # fmt: skip
        db.session.add(row)
        db.session.flush()  # two first settings aside at once: the unique index refuses the second
    else:
        added = db.session.execute(
            update(EventStock).where(EventStock.id == row.id, EventStock.returned.is_(None))
            .values(set_aside=EventStock.set_aside + quantity).execution_options(synchronize_session=False)
        )  # fmt: skip
        if added.rowcount != 1:
            raise EventError(_l("This stock has already been reconciled."))
        db.session.expire(row)
    audit.record(actor, "stand.set_aside", row, f"{event.slug}: {quantity} × {_sku(product, variant)}")
    return row


def _sku(product: Product | None, variant: ProductVariant | None) -> str:
    return (variant or product).sku if product is not None else "?"


# --- Selling -----------------------------------------------------------------------------------------


def sale_by_token(client_token: str) -> StandSale | None:
    if not isinstance(client_token, str) or not TOKEN.match(client_token):
        return None
    return db.session.scalar(select(StandSale).where(StandSale.client_token == client_token))


def sale_of(event: Event, coop: Cooperative, sale_id: int) -> StandSale | None:
    """One of the cooperative's sales at the event; another cooperative's is never found."""
    query = select(StandSale).where(
        StandSale.id == sale_id, StandSale.event_id == event.id, StandSale.cooperative_id == coop.id
    )
    return db.session.scalar(query)


def _is_resend(sale: StandSale, event, coop, product, variant, quantity, unit_price_centimes) -> bool:
    return (sale.event_id, sale.cooperative_id, sale.product_id, sale.variant_id, sale.quantity,
            sale.unit_price_centimes) == (event.id, coop.id, product.id, variant.id if variant else None, quantity,
                                          unit_price_centimes)  # fmt: skip


def record_sale(
    event: Event,
    coop: Cooperative,
    product: Product,
    quantity: int,
    unit_price_centimes: int,
    actor,
    client_token: str,
    variant: ProductVariant | None = None,
    today: date | None = None,
    sold_at: datetime | None = None,
) -> StandSale:
    """Record a cash sale at the stand, taken from the units set aside. The same form sent twice (a slow
    connection, a double tap) returns the sale it recorded the first time."""
    return record_sale_once(event, coop, product, quantity, unit_price_centimes, actor, client_token,
                            variant=variant, today=today, sold_at=sold_at)[0]  # fmt: skip


def sale_time(event: Event, sold_at: datetime | None, now: datetime | None = None) -> datetime:
    """When a sale kept on a phone while offline was made: the phone's time when it falls between the
    start of the event's first day and now, else now (a phone's clock is not to be trusted beyond that)."""
    now = now or utcnow()
    if not isinstance(sold_at, datetime) or sold_at.tzinfo is None:
        return now
    opens = datetime.combine(event.starts_on, time(0), tzinfo=local_zone()).astimezone(UTC)
    return sold_at.astimezone(UTC) if opens <= sold_at <= now else now


def record_sale_once(
    event: Event,
    coop: Cooperative,
    product: Product,
    quantity: int,
    unit_price_centimes: int,
    actor,
    client_token: str,
    variant: ProductVariant | None = None,
    today: date | None = None,
    sold_at: datetime | None = None,
) -> tuple[StandSale, bool]:
    """`record_sale`, also saying whether this call recorded the sale (False: the sale of this token was
    already recorded, by an earlier sending of the same form or of the same sale kept offline)."""
    if not isinstance(client_token, str) or not TOKEN.match(client_token):
        raise EventError(_l("This form has expired. Please record the sale again."), field="client_token")
    _check_line(coop, product, variant)
    existing = sale_by_token(client_token)
    if existing is not None:
        if _is_resend(existing, event, coop, product, variant, quantity, unit_price_centimes):
            return existing, False
        # An old page (the back button) sent again with other values: never record it as the old sale.
        raise EventError(_l("This sale form was already used. Check the sales below and record the sale again."),
                         field="client_token")  # fmt: skip
    if not is_selling(event, today):
        raise EventError(_l("Sales are recorded only while the event is running."))
    _check_stand(event, coop)
    _check_quantity(quantity)
    if not isinstance(unit_price_centimes, int) or not 0 <= unit_price_centimes <= MAX_PRICE_CENTIMES:
        raise EventError(_l("Enter the price in dirhams, for example 120 or 120.50."), field="price")
    row = _stock_row(event, product.id, variant.id if variant else None)
    if row is None or row.cooperative_id != coop.id:
        raise EventError(_l("Nothing of this product was set aside for the event."), field="line")
    taken = db.session.execute(
        update(EventStock)
        .where(EventStock.id == row.id, EventStock.returned.is_(None),
               EventStock.set_aside - EventStock.sold >= quantity)
        .values(sold=EventStock.sold + quantity)
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    if taken.rowcount != 1:
        # A double tap on the last units: the first request took them and committed while this one waited
        # for the row; it is the same sale, not a refusal.
        existing = sale_by_token(client_token)
        if existing is not None and _is_resend(existing, event, coop, product, variant, quantity, unit_price_centimes):
            return existing, False
        left = db.session.scalar(select(EventStock.set_aside - EventStock.sold).where(EventStock.id == row.id)) or 0
        raise EventError(_l("Only %(num)d left at the stand.", num=left), field="quantity")
    db.session.expire(row)
    sale = StandSale(event_id=event.id, cooperative_id=coop.id, product_id=product.id,
                     variant_id=variant.id if variant else None, event_stock_id=row.id,
                     category_id=product.category_id, quantity=quantity, unit_price_centimes=unit_price_centimes,
                     recorded_by_id=getattr(actor, "id", None), client_token=client_token,
                     created_at=sale_time(event, sold_at))  # fmt: skip
    db.session.add(sale)
    db.session.flush()  # the same token sent twice at once: the unique constraint refuses the second
    return sale, True


def void_sale(sale: StandSale, actor, today: date | None = None) -> None:
    """Cancel a sale entered by mistake: it is kept (who voided it, when) and its units go back to the
    stand's stock."""
    if sale.voided_at is not None:
        raise EventError(_l("This sale has already been voided."))
    if not is_selling(db.session.get(Event, sale.event_id), today):
        raise EventError(_l("Sales can be voided only while the event is running."))
    voided = db.session.execute(
        update(StandSale).where(StandSale.id == sale.id, StandSale.voided_at.is_(None))
        .values(voided_at=utcnow(), voided_by_id=getattr(actor, "id", None))
        .execution_options(synchronize_session=False)
    )  # fmt: skip
    if voided.rowcount != 1:
        raise EventError(_l("This sale has already been voided."))
    if sale.event_stock_id is not None:
        db.session.execute(
            update(EventStock)
            .where(EventStock.id == sale.event_stock_id, EventStock.returned.is_(None),
                   EventStock.sold >= sale.quantity)
            .values(sold=EventStock.sold - sale.quantity)
            .execution_options(synchronize_session=False)
        )  # fmt: skip
    db.session.expire(sale)
    audit.record(actor, "stand.void", sale, f"{sale.quantity} × {sale.unit_price_centimes} c (sale {sale.id})")
    db.session.flush()


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=local_zone()).astimezone(UTC)
    return start, datetime.combine(day + timedelta(days=1), time(0), tzinfo=local_zone()).astimezone(UTC)


def _sales_query(event: Event, coop: Cooperative, day: date | None):
    query = select(StandSale).where(StandSale.event_id == event.id, StandSale.cooperative_id == coop.id)
    if day is not None:
        start, end = _day_bounds(day)
        query = query.where(StandSale.created_at >= start, StandSale.created_at < end)
    return query


def sales(event: Event, coop: Cooperative, day: date | None = None) -> list[StandSale]:
    """The cooperative's sales at the event (of one day in Morocco), newest first, voided ones included."""
    query = (
        _sales_query(event, coop, day)
        .options(selectinload(StandSale.product), selectinload(StandSale.variant), selectinload(StandSale.recorded_by))
        .order_by(StandSale.created_at.desc(), StandSale.id.desc())
    )
    return list(db.session.scalars(query))


@dataclass
class Totals:
    units: int
    centimes: int


def totals(event: Event, coop: Cooperative, day: date | None = None) -> Totals:
    """Units sold and cash taken (voided sales left out; amounts in 64 bits, past what INTEGER holds)."""
    query = _sales_query(event, coop, day).where(StandSale.voided_at.is_(None)).subquery()
    units, centimes = db.session.execute(
        select(func.coalesce(func.sum(query.c.quantity), 0),
               func.coalesce(func.sum(cast(query.c.quantity, BigInteger) * query.c.unit_price_centimes), 0))
    ).one()  # fmt: skip
    return Totals(int(units), int(centimes))


# --- After the event -----------------------------------------------------------------------------------


def reconcile(event: Event, coop: Cooperative, counted: dict, actor, today: date | None = None) -> list[EventStock]:
    """Units counted back at the end, by stock row id: they return to online stock (`returned`); what
    was neither sold nor counted is the shortfall. A row is reconciled once: counting again (another
    phone, the form sent twice) returns nothing more. Returns the rows reconciled now."""
    if not can_reconcile(event, today, coop):
        raise EventError(_l("The stock is counted and returned after the event."))
    rows = {row.id: row for row in stock_rows(event, coop)}
    if not counted:
        raise EventError(_l("Enter the units counted back for each product."))
    for stock_id, units in counted.items():
        row = rows.get(stock_id)
        if row is None:
            raise EventError(_l("Choose one of your cooperative's products."))
        _check_quantity(units, field=f"count_{stock_id}", minimum=0)
        if units > row.set_aside:
            raise EventError(_l("You cannot count back more than the %(num)d units set aside.", num=row.set_aside),
                             field=f"count_{stock_id}")  # fmt: skip
    done = []
    for stock_id in sorted(counted):
        result = db.session.execute(
            update(EventStock)
            .where(EventStock.id == stock_id, EventStock.returned.is_(None), EventStock.set_aside >= counted[stock_id])
            .values(returned=counted[stock_id])
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        if result.rowcount == 1:  # not reconciled meanwhile by another request
            done.append(rows[stock_id])
    if not done:
        raise EventError(_l("This stock has already been reconciled."))
    # Online stock last, products then variants by id, as checkout takes them: no two writers wait on each other.
    for row in sorted(done, key=lambda r: (r.variant_id is not None, r.variant_id or r.product_id)):
        model, row_id = (ProductVariant, row.variant_id) if row.variant_id else (Product, row.product_id)
        if counted[row.id]:
            db.session.execute(
                update(model).where(model.id == row_id).values(stock=model.stock + counted[row.id])
                .execution_options(synchronize_session=False)
            )  # fmt: skip
        db.session.expire(row.variant or row.product, ["stock"])
        db.session.expire(row)
        summary = f"{event.slug}: {counted[row.id]} × {_sku(row.product, row.variant)} counted back"
        audit.record(actor, "stand.reconcile", row, summary)
    db.session.flush()
    return done
