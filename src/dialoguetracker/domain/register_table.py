"""A spreadsheet's rows as read, before any of them is taken for a commitment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

Cell = str | int | float | date | datetime | None


@dataclass(frozen=True)
class TableRow:
    number: int
    """The row's number as the spreadsheet shows it (1 is the top row)."""
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class RegisterTable:
    sheet: str
    """The sheet read (``CSV`` for a CSV file), for the report."""
    header_row: int
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
