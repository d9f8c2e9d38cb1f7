"""The base of the simple read-only table models: rows, columns and translated headers."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from dialoguetracker.gui.meeting.agenda_model import AgendaModel
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel


class Words(HeaderedTableModel[str]):
    HEADER_CONTEXT = "Words"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("Words", "Word"),
        QT_TRANSLATE_NOOP("Words", "Length"),
    )


def test_rows_columns_and_headers_come_from_rows_and_headers(qapp: QApplication) -> None:
    model = Words()
    model.rows = ["joint", "agreed"]
    horizontal = Qt.Orientation.Horizontal
    assert (model.rowCount(), model.columnCount()) == (2, 2)
    assert [model.headerData(section, horizontal) for section in range(3)] == [
        "Word",
        "Length",
        None,
    ]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.row_at(model.index(1, 0)) == "agreed"
    assert model.row_at(QModelIndex()) is None


def test_a_child_index_has_no_rows_or_columns(qapp: QApplication) -> None:
    model = Words()
    model.rows = ["joint"]
    assert (model.rowCount(model.index(0, 0)), model.columnCount(model.index(0, 0))) == (0, 0)


def test_the_agenda_model_heads_its_columns(qapp: QApplication) -> None:
    model = AgendaModel()
    headers = [
        model.headerData(section, Qt.Orientation.Horizontal)
        for section in range(model.columnCount())
    ]
    assert headers == ["#", "Title", "Topic", "Lead", "Presenter", "Minutes", "Handling"]
    assert model.rowCount() == 0
