"""Long work from the File menu never freezes the window: an import of a large file runs off
the GUI thread while timers fire and the window repaints, shows its progress, and Cancel rolls
it back whole; a cancelled calendar export leaves no file behind."""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot
from task_support import finished_task

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import PartyDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.tasks import TaskProgress, TaskRunner
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import count_commitments
from dialoguetracker.services.directory import create_party, list_parties
from dialoguetracker.services.interchange_import import import_interchange
from dialoguetracker.store.engine import open_store
from large_files import many_commitments

BIG = 10_000
"""Commitments in the large file: enough for an import to take a couple of seconds even in
sets."""


def big_document(count: int = BIG, name: str = "Large working group") -> dict[str, Any]:
    return many_commitments(count, name)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert isinstance(action, QAction)
    action.trigger()


class Paints(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def office(sample_template: Path, tmp_path: Path) -> Path:
    """A store file holding the sample dialogue, for a window of its own."""
    return Path(shutil.copyfile(sample_template, tmp_path / "office.db"))


def test_an_import_keeps_the_window_alive_and_cancel_leaves_the_store_untouched(
    make_window: Callable[..., MainWindow],
    office: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = office
    before = _digest(store)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(big_document()), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(big), ""))
    window = make_window(store)
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: (ticks.append(1), window.navigator.viewport().update()))
    timer.start(20)
    paints = Paints(window.navigator.viewport())

    _trigger(window, "importInterchange")
    task = window.long_task
    assert task is not None and task.outcome is None
    qtbot.waitUntil(lambda: task.value() > 0 and len(ticks) >= 10 and paints.count >= 5)
    assert task.outcome is None  # still importing while the event loop turned
    assert task.maximum() == 2 + BIG  # a determinate bar: the parties and commitments

    cancel = task.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    finished_task(qtbot, window)
    timer.stop()

    assert task.outcome == "cancelled"
    assert task.labelText() == "Import cancelled: the store was left exactly as it was."
    assert task.isVisible()  # the dialog says so, and offers to close
    bar = task.findChild(QProgressBar)
    assert bar is not None and not bar.isVisible()
    assert window.context.services.store is not None
    window.context.services.store.close()
    assert _digest(store) == before


def test_an_import_that_runs_to_its_end_is_announced_and_shown(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = tmp_path / "small.json"
    small.write_text(json.dumps(big_document(5, "Small working group")), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(small), ""))

    _trigger(window, "importInterchange")
    task = finished_task(qtbot, window)

    assert task.outcome == "done" and not task.isVisible()
    assert "5 commitments" in window.statusBar().currentMessage()
    names = [window.navigator.items.item(row).text() for row in range(2)]
    assert "Small working group" in names


def test_a_cancelled_calendar_export_writes_no_file(
    make_window: Callable[..., MainWindow],
    office: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = office
    opened = open_store(store)
    import_interchange(Services(opened), read_interchange(json.dumps(big_document(300))))
    opened.close()
    folder = tmp_path / "calendars"
    folder.mkdir()
    target = folder / "working-group.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window = make_window(store)

    _trigger(window, "exportCalendar")
    task = window.long_task
    assert task is not None
    task.canceled.emit()  # Cancel (or Esc) at once, before the file could be written
    finished_task(qtbot, window)

    assert task.outcome == "cancelled"
    assert task.labelText() == "Export cancelled; no file was written."
    assert list(folder.iterdir()) == []  # neither the file nor a temporary one


def test_the_runner_reports_results_failures_and_cancelling_on_the_gui_thread(
    qtbot: QtBot,
) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    workers: list[int] = []

    def work(progress: TaskProgress) -> str:
        workers.append(threading.get_ident())
        progress(1, 2)
        return "done"

    with qtbot.waitSignal(runner.finished) as finished:
        runner.request(work)
    assert finished.args == ["done"] and workers[0] != gui and not runner.busy

    def broken(_progress: TaskProgress) -> None:
        raise OSError(2, "No such file or directory", "missing.json")

    with qtbot.waitSignal(runner.failed) as failed:
        runner.request(broken)
    assert failed.args == ["missing.json: No such file or directory"]

    started = threading.Event()
    release = threading.Event()

    def long(progress: TaskProgress) -> None:
        started.set()
        release.wait(5)
        progress(1, 2)  # cancelled meanwhile: raises here

    with qtbot.waitSignal(runner.cancelled):
        runner.request(long)
        assert started.wait(5)
        runner.cancel()
        release.set()
    assert runner.wait()


def test_a_newer_request_supersedes_an_older_one(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    results: list[object] = []
    runner.finished.connect(results.append)

    def first(progress: TaskProgress) -> str:
        release.wait(5)
        progress(1, 1)  # told to stop: the newer request superseded it
        return "first"

    runner.request(first)
    with qtbot.waitSignal(runner.finished):
        runner.request(lambda _progress: "second")
        release.set()
    assert runner.wait()
    qtbot.wait(50)
    assert results == ["second"]


def test_one_writer_at_a_time_while_an_import_runs_in_the_background(
    store_path: Path, qtbot: QtBot
) -> None:
    """The worker's import holds SQLite's write lock; a write on the GUI thread waits for it
    and lands after it, and neither is half-written."""
    worker_store, gui_store = open_store(store_path), open_store(store_path)
    try:
        worker, gui = Services(worker_store, actor="worker"), Services(gui_store, actor="gui")
        document = read_interchange(json.dumps(big_document(150)))
        committed = threading.Event()
        runner = TaskRunner()
        reports: list[int] = []
        runner.progressed.connect(lambda done, _total: reports.append(done))

        def imported(progress: TaskProgress) -> None:
            import_interchange(worker, document, progress)
            committed.set()

        runner.request(imported)
        qtbot.waitUntil(lambda: bool(reports) and max(reports) > 0)
        create_party(gui, PartyDraft("CA", "Canada"))  # waits for the import's commit
        assert committed.is_set()
        assert runner.wait()

        assert {party.code for party in list_parties(gui)} == {"US", "MX", "CA"}
        everything = CommitmentFilter()
        assert count_commitments(gui, everything) == 150
    finally:
        worker_store.close()
        gui_store.close()
