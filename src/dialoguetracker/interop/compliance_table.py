"""Compliance averages for a spreadsheet: a row per period and side, then per period, topic
and side; the average on the -1…+1 scale and the percentage, as numbers a spreadsheet can
sort and chart."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

from dialoguetracker.domain.compliance import ComplianceLine, ComplianceSummary

HEADER = ("Period from", "Period to", "Side", "Topic", "Assessed", "Average", "Percent")

Cell = str | int | float | date | None


def _rows(summary: ComplianceSummary) -> Iterator[list[Cell]]:
    for line in (*summary.by_side, *summary.by_topic):
        yield _row(line)


def _row(line: ComplianceLine) -> list[Cell]:
    value, percent = line.average.value, line.average.percent
    return [
        line.period.start,
        line.period.end,
        line.side,
        line.topic,
        line.average.count,
        None if value is None else round(value, 2),
        None if percent is None else round(percent),
    ]


def compliance_csv(summary: ComplianceSummary) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in _rows(summary):
        writer.writerow(["" if cell is None else str(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def compliance_workbook(summary: ComplianceSummary) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Compliance"
    sheet.append(list(HEADER))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(summary):
        sheet.append(row)
    for cells in sheet.iter_rows(min_row=2, max_col=2):
        for cell in cells:
            cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
