"""*File ▸ Import commitments from a spreadsheet…*: the column-mapping step guesses each field's
column from the headers, checks every row and names each refused one; the user may change a
column, check again, and import everything or the valid rows only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.register_columns import RegisterColumn
from dialoguetracker.gui import interchange_actions
from dialoguetracker.gui.column_mapping_dialog import ColumnMappingDialog
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.interop.spreadsheet_read import read_register
from dialoguetracker.services.commitments import list_commitments


def _register(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Compromiso", "Quién", "Estado", "Plazo"])
    sheet.append(["Intercambiar listas de contactos", "MX", "Acordado", date(2027, 2, 1)])
    sheet.append(["Organizar un taller", "Canadá", "Acordado", None])
    sheet.append(["Publicar un informe", "Conjunto", "En curso", "2027-05-01"])
    book.save(path)
    return path


def _dialog(window: MainWindow, path: Path) -> ColumnMappingDialog:
    dialogue = window.navigator.current_dialogue()
    assert dialogue is not None
    table = read_register(path.read_bytes(), "xlsx")
    return ColumnMappingDialog(window, window.context.services, dialogue, "WG", str(path), table)


def test_the_mapping_is_guessed_checked_and_can_be_corrected(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _dialog(window, _register(tmp_path / "register.xlsx"))
    qtbot.addWidget(dialog)

    # "Quién" names no field: the owner is not guessed, so nothing can be imported yet
    assert dialog.columns() == {
        RegisterColumn.TEXT: 0,
        RegisterColumn.STATUS: 2,
        RegisterColumn.DUE: 3,
    }
    qtbot.waitUntil(lambda: not dialog.checker.busy)
    assert dialog.summary.text() == (
        "columns: no column holds Owner; the headers are: Compromiso, Quién, Estado, Plazo"
    )
    assert not dialog.import_button.isEnabled()

    dialog.choices[RegisterColumn.OWNER].setCurrentIndex(2)  # "(not imported)", A, then B
    assert "check the rows again" in dialog.summary.text()
    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)

    assert dialog.summary.text() == "2 commitments would be imported; rows refused: 3"
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "row 3, Quién: 'Canadá' is not a party of this dialogue (US, MX) nor Joint"
    ]
    assert not dialog.import_button.isEnabled()
    assert dialog.valid_only_button.isVisible() or not dialog.isVisible()
    assert dialog.valid_only_button.isEnabled()


def _answer_mapping(button: str) -> Callable[[], None]:
    """Click ``button`` of the mapping dialog once its check is done, as a user would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ColumnMappingDialog) or dialog.report is None:
            QTimer.singleShot(50, answer)
            return
        chosen = dialog.findChild(QPushButton, button)
        assert chosen is not None
        chosen.click()

    return answer


def test_the_menu_imports_the_valid_rows_into_the_dialogue_shown(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _register(tmp_path / "register.xlsx")
    book_path = tmp_path / "owners.xlsx"
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["B1"] = "Responsable"
    book.save(book_path)
    monkeypatch.setattr(interchange_actions, "ask_file", lambda *_a, **_k: str(book_path))
    services = window.context.services
    before = len(list_commitments(services, CommitmentFilter()))

    QTimer.singleShot(50, _answer_mapping("importValidOnly"))
    action = window.findChild(QAction, "importSpreadsheet")
    assert action is not None
    action.trigger()
    task = window.long_task
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=20000)

    assert task.outcome == "done"
    texts = {c.text for c in list_commitments(services, CommitmentFilter())}
    assert len(texts) == before + 2
    assert "Organizar un taller" not in texts
    assert window.statusBar().currentMessage() == "2 commitments imported; rows refused: 3"
