"""CSV files people upload: decoding, and the report an all-or-nothing import gives back."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    claims: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_csv(data: bytes | str) -> tuple[list[str], list[dict]] | None:
    """(header, rows), or None when the file is not UTF-8 CSV."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    try:
        reader = csv.DictReader(io.StringIO(data, newline=""))
        return [(h or "").strip() for h in (reader.fieldnames or [])], list(reader)
    except csv.Error:
        return None
