"""The File menu's store tools: *Check store…* runs the checks of ``dialoguetracker check`` in a
box that does not block, naming each broken record; *Export calendar…* writes the iCalendar
file of the dialogue shown."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from task_support import finished_task

from dialoguetracker.gui.main_window import MainWindow


def run_check(qtbot: QtBot, window: MainWindow) -> QMessageBox:
    action = window.findChild(QAction, "checkStore")
    assert isinstance(action, QAction)
    action.trigger()
    assert finished_task(qtbot, window).outcome == "done"
    box = window.check_box
    assert box is not None and box.isVisible()
    return box


def test_a_sound_store_passes_every_check(window: MainWindow, qtbot: QtBot) -> None:
    box = run_check(qtbot, window)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text().endswith("passed every check; no problems found.")
    assert box.detailedText() == ""


def test_a_commitment_handed_to_a_party_not_at_the_table_is_named(
    make_window: Callable[..., MainWindow], sample_template: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    path = Path(shutil.copyfile(sample_template, tmp_path / "damaged.db"))
    with sqlite3.connect(path) as connection:
        party = connection.execute(
            "INSERT INTO parties (code, name) VALUES ('CA', 'Canada') RETURNING id"
        ).fetchone()[0]
        connection.execute(
            "UPDATE commitments SET owner_party_id = ?, owner_joint = 0 WHERE id = 3", (party,)
        )
    connection.close()
    window = make_window(path)

    box = run_check(qtbot, window)

    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The check found 1 problem in ")
    assert box.detailedText() == (
        f"commitment 3: its owner, party {party} (CA), is not one of dialogue 1's parties"
    )


def test_the_calendar_is_exported_from_the_file_menu(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    target = tmp_path / "working-group"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args: (str(target), "iCalendar files (*.ics)")
    )
    action = window.findChild(QAction, "exportCalendar")
    assert isinstance(action, QAction)
    action.trigger()
    assert finished_task(qtbot, window).outcome == "done"

    written = Calendar.from_ical((tmp_path / "working-group.ics").read_bytes())
    assert str(written["X-WR-CALNAME"]) == "U.S.-Mexico Working Group on Cyber Issues"
    assert len(written.walk("VEVENT")) == 5  # two meetings, three due dates
    assert "working-group.ics" in window.statusBar().currentMessage()
