"""*Export as shown…* in the Commitments view writes the list the filters let through, every
row of it in the order shown, to an XLSX workbook or a CSV file, off the GUI thread."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.views.commitments_view import CommitmentsView


def _view(window: MainWindow) -> CommitmentsView:
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    return view


def _shown(view: CommitmentsView) -> list[str]:
    rows = (view.model.commitment(row) for row in range(view.model.rowCount()))
    return [commitment.text for commitment in rows if commitment is not None]


def _export(qtbot: QtBot, view: CommitmentsView, target: Path) -> Path:
    asked: list[str] = []

    def ask(_parent: object, caption: str, suggested: str) -> str:
        asked.append(caption)
        return str(target)

    view.ask_export_path = ask
    view.filters.export_button.click()
    assert asked == ["Export commitments as shown"]
    assert view.export_task is not None
    task = view.export_task
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20000)
    assert (task.outcome, task.message) == ("done", "")
    return target


def test_the_filtered_list_goes_to_a_workbook_in_its_order(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    view = _view(window)
    everything = _shown(view)
    view.filters.overdue.setChecked(True)
    qtbot.waitUntil(lambda: len(_shown(view)) < len(everything))
    overdue = _shown(view)
    assert overdue

    written = _export(qtbot, view, tmp_path / "overdue")  # no extension: a workbook
    book = load_workbook(written.with_name("overdue.xlsx"))
    sheet = book["Commitments"]
    assert sheet["A1"].value == "Internal: our side only"
    assert [row[2] for row in sheet.iter_rows(min_row=3, values_only=True)] == overdue


def test_the_whole_list_as_csv(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    view = _view(window)
    written = _export(qtbot, view, tmp_path / "register.csv")
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines()))
    assert [row[2] for row in rows[2:]] == _shown(view)
