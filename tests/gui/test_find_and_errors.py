"""Find (Ctrl+F), the error dialog, and the screenshot command, through the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from dialoguetracker.cli import main
from dialoguetracker.gui.error_report import ErrorReporter
from dialoguetracker.gui.main_window import MainWindow


def test_ctrl_f_finds_a_commitment_grouped_by_kind_and_enter_opens_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    opened: list[tuple[str, int]] = []
    window.show_view("overview")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.find_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.open_requested.connect(lambda kind, record: opened.append((kind, record)))

    qtbot.keyClicks(dialog.query, "ransomware")
    dialog.run_search()
    groups = [
        dialog.results.topLevelItem(i).text(0) for i in range(dialog.results.topLevelItemCount())
    ]
    assert groups == ["Agenda items", "Commitments", "Progress updates", "People"]
    commitments = dialog.results.topLevelItem(1)
    dialog.results.setCurrentItem(commitments.child(0))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)

    assert opened and opened[-1][0] == "commitment"
    assert window.current_view().key == "commitments"


def test_an_agenda_item_found_opens_its_meeting(window: MainWindow, qtbot: QtBot) -> None:
    window.show_find()
    dialog = window.find_dialog
    assert dialog is not None
    dialog.query.setText("Institutional capabilities to prevent")
    dialog.run_search()
    item = dialog.results.topLevelItem(0).child(0)
    dialog.results.setCurrentItem(item)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.current_view().key == "meeting"


def test_a_query_of_symbols_and_sql_gives_results_or_nothing_never_an_error(
    window: MainWindow,
) -> None:
    window.show_find()
    dialog = window.find_dialog
    assert dialog is not None
    for query in ['"', "budget AND (", "%", "_", "'; DROP TABLE commitments; --", "NEAR("]:
        dialog.query.setText(query)
        dialog.run_search()
        assert dialog.status.text() in {"No match"} or "match" in dialog.status.text()


def test_an_unexpected_error_in_a_slot_shows_a_dialog_and_the_window_survives(
    window: MainWindow, qtbot: QtBot
) -> None:
    reporter = ErrorReporter(window)
    reporter.install()
    try:
        button = QPushButton("fail", window)

        def broken() -> None:
            raise RuntimeError("injected failure")

        button.clicked.connect(broken)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        assert reporter.dialog is not None
        assert "RuntimeError: injected failure" in reporter.dialog.informativeText()
        assert "Traceback" in reporter.dialog.detailedText()
        reporter.dialog.done(QMessageBox.StandardButton.Close)
    finally:
        reporter.uninstall()
    window.show_view("commitments")
    assert window.isVisible() and window.current_view().key == "commitments"


@pytest.mark.parametrize(
    "view", ["overview", "meetings", "meeting", "commitments", "people", "documents", "portfolio"]
)
def test_screenshot_renders_a_non_blank_image_of_each_view(
    view: str, sample_template: Path, tmp_path: Path
) -> None:
    out = tmp_path / f"{view}.png"
    status = main(
        [
            "--db",
            str(sample_template),
            "screenshot",
            "--view",
            view,
            "--out",
            str(out),
            "--size",
            "1280x800",
        ]
    )
    assert status == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20
