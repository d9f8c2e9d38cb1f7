"""A commitment register read from a spreadsheet: an Excel workbook (.xlsx) or a CSV file.

What comes out is a :class:`~dialoguetracker.domain.register_table.RegisterTable`: the header
row and the rows under it, each with the row number a spreadsheet shows, so a report can say
"row 14". The header is the first row (of the first ten) that names at least two register
fields — the program's own export has its audience marking above it — else the first row
holding anything. In a workbook the sheet called *Commitments* (or *Compromisos*) is read,
else the first one. A CSV file is read as UTF-8 (with or without Excel's byte-order mark),
else as Windows-1252, which is what Excel writes when asked for plain "CSV"; its separator
is a comma, a semicolon (Excel's in Spanish and most European locales) or a tab.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.register_columns import column_of
from dialoguetracker.domain.register_table import Cell, RegisterTable, TableRow
from dialoguetracker.domain.words import translate
from dialoguetracker.interop.spreadsheet_write import FORMULA_START, SHEET_NAMES

HEADER_SEARCH = 10
"""How many rows from the top may sit above the header (a title, a marking, a blank line)."""

REGISTER_SHEETS = frozenset(name.casefold() for name in SHEET_NAMES["commitments"])


def read_register(raw: bytes, kind: str) -> RegisterTable:
    """The register in ``raw``, an ``xlsx`` or ``csv`` file's bytes."""
    rows = _workbook_rows(raw) if kind == "xlsx" else _csv_rows(raw)
    return _table(rows)


def _workbook_rows(raw: bytes) -> tuple[str, list[tuple[Cell, ...]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError(
            "file",
            translate(
                "Errors", "is not an Excel workbook (.xlsx) that can be read ({reason})"
            ).format(reason=str(error) or type(error).__name__),
        ) from None
    try:
        sheet = next(
            (sheet for sheet in book.worksheets if sheet.title.casefold() in REGISTER_SHEETS),
            book.worksheets[0] if book.worksheets else None,
        )
        if sheet is None:
            raise ValidationError("file", translate("Errors", "holds no sheet"))
        rows = [tuple(_cell(value) for value in row) for row in sheet.iter_rows(values_only=True)]
        return sheet.title, rows
    finally:
        book.close()


def _cell(value: object) -> Cell:
    """A cell as the register reads it; a date cell with no time of day is a date."""
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value
    if isinstance(value, str):
        return _undefused(value)
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, int | float | date):
        return value
    return None if value is None else str(value)


def _undefused(text: str) -> str:
    """A text our export kept from reading as a formula (a leading apostrophe), as written."""
    if text.startswith("'") and text[1:2] and text[1] in FORMULA_START:
        return text[1:]
    return text


def _csv_rows(raw: bytes) -> tuple[str, list[tuple[Cell, ...]]]:
    text = _decoded(raw)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:8192], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [
            tuple(_csv_cell(value) for value in row)
            for row in csv.reader(io.StringIO(text, newline=""), dialect)
        ]
    except csv.Error as error:
        raise ValidationError(
            "file",
            translate("Errors", "is not a CSV file that can be read ({reason})").format(
                reason=error
            ),
        ) from None
    return "CSV", rows


def _decoded(raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise ValidationError(
            "file", translate("Errors", "is not a CSV file (it holds binary data)")
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _csv_cell(value: str) -> Cell:
    stripped = value.strip()
    return _undefused(stripped) if stripped else None


def _table(sheet_and_rows: tuple[str, Sequence[tuple[Cell, ...]]]) -> RegisterTable:
    sheet, rows = sheet_and_rows
    numbered = [(number, row) for number, row in enumerate(rows, start=1) if _filled(row)]
    if not numbered:
        raise ValidationError("file", translate("Errors", "holds no rows"))
    header_at = _header_position(numbered[:HEADER_SEARCH])
    header_number, header = numbered[header_at]
    width = max(len(row) for _number, row in numbered[header_at:])
    headers = tuple(_header_text(header, index) for index in range(width))
    body = tuple(
        TableRow(number, tuple(_padded(row, width))) for number, row in numbered[header_at + 1 :]
    )
    return RegisterTable(sheet=sheet, header_row=header_number, headers=headers, rows=body)


def _filled(row: Iterable[Cell]) -> bool:
    return any(value is not None and str(value).strip() for value in row)


def _header_position(candidates: list[tuple[int, tuple[Cell, ...]]]) -> int:
    for position, (_number, row) in enumerate(candidates):
        named = {column_of(value) for value in row if isinstance(value, str) and column_of(value)}
        if len(named) >= 2:
            return position
    return 0


def _header_text(row: tuple[Cell, ...], index: int) -> str:
    value = row[index] if index < len(row) else None
    return "" if value is None else str(value).strip()


def _padded(row: tuple[Cell, ...], width: int) -> list[Cell]:
    return [*row, *([None] * (width - len(row)))][:width]
