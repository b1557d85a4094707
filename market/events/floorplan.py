"""Floor plans: generate a grid of stands quickly, and lay a plan out for drawing.

A generated plan is blocks of `rows` × `columns` stands: every two rows face each other across an aisle
(back to back in between), and a cross aisle cuts the columns every `block_columns` stands. Stands on
the ends of a row are corners. Zones are given to whole row pairs in turn, so that food, crafts and
cosmetics each get a street.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

MAX_STANDS = 600


class PlanError(ValueError):
    """A plan that cannot be made; the message is translatable and shown to the organiser."""


@dataclass(frozen=True)
class GridSpec:
    rows: int
    columns: int
    stand_width: float = 3.0
    stand_depth: float = 3.0
    aisle: float = 4.0
    block_columns: int = 10
    zones: tuple[str, ...] = ("food", "crafts", "cosmetics")
    power_every: int = 2  # every n-th stand of a row has power (1: all; 0: none)


def row_label(index: int) -> str:
    """A, B, ..., Z, AA, AB, ... (stand codes read aloud at the fair)."""
    letters = string.ascii_uppercase
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = letters[rest] + label
    return label


def generate_grid(spec: GridSpec) -> list[dict]:
    if not (1 <= spec.rows <= 60 and 1 <= spec.columns <= 100):
        raise PlanError(_l("Choose between 1 and 60 rows and between 1 and 100 stands per row."))
    if spec.rows * spec.columns > MAX_STANDS:
        raise PlanError(_l("A plan has at most %(max)d stands.", max=MAX_STANDS))
    if not (1 <= spec.stand_width <= 20 and 1 <= spec.stand_depth <= 20 and 1 <= spec.aisle <= 20):
        raise PlanError(_l("Stands and aisles measure between 1 and 20 metres."))
    if not spec.zones:
        raise PlanError(_l("Choose at least one zone."))
    stands = []
    block = max(1, spec.block_columns)
    for row in range(spec.rows):
        pair, back = divmod(row, 2)
        # Row pairs are separated by an aisle; within a pair, the two rows stand back to back.
        y = pair * (2 * spec.stand_depth + spec.aisle) + back * spec.stand_depth + spec.aisle
        zone = spec.zones[pair % len(spec.zones)]
        for column in range(spec.columns):
            x = column * spec.stand_width + (column // block) * spec.aisle + spec.aisle
            first_in_block = column % block == 0
            last_in_block = column % block == block - 1 or column == spec.columns - 1
            stands.append({
                "code": f"{row_label(row)}{column + 1}",
                "x": round(x, 2), "y": round(y, 2), "w": spec.stand_width, "h": spec.stand_depth,
                "zone": zone,
                "power": spec.power_every > 0 and column % spec.power_every == 0,
                "corner": first_in_block or last_in_block,
                "covered": True,
            })  # fmt: skip
    return stands


@dataclass
class Layout:
    """What a drawing needs: the plan's extent and each stand's rectangle."""

    width: float
    height: float
    stands: list


def layout(stands, margin: float = 2.0) -> Layout:
    if not stands:
        return Layout(10.0, 10.0, [])
    width = max(s.x + s.w for s in stands) + margin
    height = max(s.y + s.h for s in stands) + margin
    return Layout(round(width, 2), round(height, 2), list(stands))
