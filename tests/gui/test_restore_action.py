"""File ▸ Restore from backup…: the backup is checked, the store it replaces is kept, and the
window reopens on the restored store. Dialogs are replaced, so nothing waits for a click."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from task_support import finished_task

from dialoguetracker.gui.app import WindowOpener
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _meetings(window: MainWindow) -> int:
    with window.context.services.store.reading() as uow:
        return int(uow.session.execute(_text("SELECT COUNT(*) FROM meetings")).scalar_one())


def _text(sql: str) -> Any:
    from sqlalchemy import text

    return text(sql)


class Dialogs:
    """Stand-ins for the platform dialogs: answers given in advance, messages recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, chosen: Path, answer: Any) -> None:
        self.warnings: list[str] = []
        self.information: list[str] = []
        self.questions: list[str] = []
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(chosen), ""))

        def question(_parent: object, _title: str, text: str, *_args: object) -> Any:
            self.questions.append(text)
            return answer

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(
            QMessageBox, "warning", lambda _parent, _title, text: self.warnings.append(text)
        )
        monkeypatch.setattr(
            QMessageBox,
            "information",
            lambda _parent, _title, text: self.information.append(text),
        )


@pytest.fixture
def opener(qtbot: QtBot, app_settings: AppSettings, sample_template: Path, tmp_path: Path) -> Any:
    path = tmp_path / "office" / "office.db"
    path.parent.mkdir()
    shutil.copyfile(sample_template, path)
    opener = WindowOpener(app_settings)
    opener.switch(str(path))
    assert opener.window is not None
    qtbot.addWidget(opener.window)
    yield opener
    if opener.window is not None:
        opener.window.context.services.store.close()


def _trigger_restore(window: MainWindow) -> None:
    action = window.findChild(QAction, "restoreStore")
    assert action is not None and action.text() == "Res&tore from backup…"
    action.trigger()


def test_restore_replaces_the_store_keeps_the_old_one_and_reopens_the_window(
    qtbot: QtBot,
    opener: WindowOpener,
    migrated_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty_backup = Path(shutil.copyfile(migrated_template, tmp_path / "empty-backup.db"))
    first = opener.window
    assert first is not None and _meetings(first) > 0
    dialogs = Dialogs(monkeypatch, empty_backup, QMessageBox.StandardButton.Yes)

    _trigger_restore(first)

    task = finished_task(qtbot, first)
    assert task.outcome == "done"
    assert task.cancellable is False  # a restore says it cannot be cancelled
    second = opener.window
    assert second is not None and second is not first
    qtbot.addWidget(second)
    assert _meetings(second) == 0
    assert dialogs.warnings == []
    assert len(dialogs.questions) == 1 and str(empty_backup) in dialogs.questions[0]
    [kept] = (tmp_path / "office").glob("office.db.backup-*-before-restore.db")
    assert str(kept) in dialogs.information[0]
    assert second.context.services.store.location.path == tmp_path / "office" / "office.db"


def test_a_file_that_is_not_a_store_is_refused_and_nothing_changes(
    qtbot: QtBot, opener: WindowOpener, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("minutes, not a database\n" * 20)
    store = tmp_path / "office" / "office.db"
    first = opener.window
    assert first is not None
    meetings, before = _meetings(first), _digest(store)
    dialogs = Dialogs(monkeypatch, notes, QMessageBox.StandardButton.Yes)

    _trigger_restore(first)

    task = finished_task(qtbot, first)
    assert opener.window is first
    assert (task.outcome, task.message) == (
        "failed",
        f"{notes} is not a Dialogue Tracker store (not a SQLite database)",
    )
    assert task.labelText() == task.message  # said in the progress dialog, with Close
    assert dialogs.warnings == []  # and in no second box
    assert _digest(store) == before
    assert list((tmp_path / "office").glob("*-before-restore*")) == []
    assert _meetings(first) == meetings  # the window goes on working on its store


def test_declining_the_confirmation_changes_nothing(
    opener: WindowOpener,
    migrated_template: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = Path(shutil.copyfile(migrated_template, tmp_path / "empty-backup.db"))
    store = tmp_path / "office" / "office.db"
    first = opener.window
    assert first is not None
    before = _digest(store)
    dialogs = Dialogs(monkeypatch, backup, QMessageBox.StandardButton.No)

    _trigger_restore(first)

    assert opener.window is first and dialogs.information == [] and dialogs.warnings == []
    assert _digest(store) == before
