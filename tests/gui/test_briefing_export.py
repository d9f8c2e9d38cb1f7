"""Export briefing… and Export meeting record…: options, live preview built off the GUI
thread, Save… writing exactly the previewed bytes and recording them so that ``verify``
recognises the file; refusals and failures in one plain line."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from meeting_support import open_editor, sample_meetings
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from dialoguetracker.cli import main
from dialoguetracker.domain.briefing import BriefingData, BriefingFormat, BriefingOptions
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.provenance import ExportKind
from dialoguetracker.gui.export import jobs
from dialoguetracker.gui.export.briefing_dialog import BriefingExportDialog
from dialoguetracker.gui.export.builder import PdfBuilder
from dialoguetracker.gui.export.dialog import ExportDialog
from dialoguetracker.gui.export.jobs import BuiltPdf
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.history_tab import HistoryTab
from dialoguetracker.reports.lengths import MeasuredBriefing
from dialoguetracker.services.provenance import verify_pdf

BUILD_TIMEOUT = 30_000


def open_from_menu(window: MainWindow) -> BriefingExportDialog:
    action = window.findChild(QAction, "exportBriefing")
    assert action is not None and action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    dialog = window.briefing_export
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def wait_for_preview(qtbot: QtBot, dialog: ExportDialog, unlike: bytes | None = None) -> BuiltPdf:
    """Wait until the preview shows a finished PDF (other than ``unlike``), ready to save."""

    def ready() -> bool:
        built = dialog.built
        return (
            built is not None
            and built.pdf != unlike
            and dialog.preview.document.status() is QPdfDocument.Status.Ready
            and dialog.save_button.isEnabled()
        )

    qtbot.waitUntil(ready, timeout=BUILD_TIMEOUT)
    assert dialog.built is not None and dialog.preview.pdf == dialog.built.pdf
    assert not dialog.progress.isVisible() and not dialog.error.isVisible()
    return dialog.built


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_briefing_preview_follows_the_options_and_saves_what_it_showed(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_from_menu(window)
    assert dialog.dialogue.currentText() == "Cyber WG"
    assert dialog.meeting.currentData() is None  # the next planned meeting
    first = wait_for_preview(qtbot, dialog)
    pages = dialog.preview.document.pageCount()
    assert pages >= 2 and dialog.status.text() == f"{pages} pages"
    assert first.options.audience is Audience.INTERNAL and first.meeting_id is not None

    builds: list[None] = []
    dialog.builder.started.connect(lambda: builds.append(None))
    choose(dialog.audience, Audience.COUNTERPART.value)
    choose(dialog.format, BriefingFormat.CHECKLIST.value)
    assert not dialog.save_button.isEnabled()  # the preview no longer matches the options
    assert dialog.audience_note.isVisible() and "internal" in dialog.audience_note.text()
    second = wait_for_preview(qtbot, dialog, unlike=first.pdf)
    assert len(builds) == 1  # both changes fell within one pause: one build
    assert second.options.audience is Audience.COUNTERPART
    assert second.options.format is BriefingFormat.CHECKLIST
    assert dialog.preview.document.pageCount() < pages

    asked: list[str] = []

    def ask(_parent: QWidget, _caption: str, suggested: str) -> str:
        asked.append(suggested)
        return str(tmp_path / "counterpart briefing")

    dialog.ask_path = ask
    saved = dialog.save()
    assert asked and asked[0].endswith(".pdf")
    assert saved == tmp_path / "counterpart briefing.pdf"
    content = saved.read_bytes()
    assert content.startswith(b"%PDF") and content == second.pdf
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
    assert len(PdfReader(io.BytesIO(content)).pages) == dialog.preview.document.pageCount()

    record = verify_pdf(window.context.services, content)
    assert record is not None and record.kind is ExportKind.BRIEFING
    assert record.options.audience is Audience.COUNTERPART
    assert record.options.format is BriefingFormat.CHECKLIST
    assert record.made_by == "Test User" and record.options.prepared_by == "Test User"
    assert record.meeting_id == second.meeting_id and record.file_name == saved.name
    assert "recorded" in dialog.status.text()
    store = window.context.services.store.location.path
    assert main(["--db", str(store), "verify", str(saved)]) == 0


def test_meeting_record_exports_from_the_meeting_editor(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    held, _planned = sample_meetings(window)
    editor = open_editor(window, qtbot, held.id)
    assert editor.export_button.isEnabled()
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    dialog = editor.record_export
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    assert held.title in dialog.meeting_label.text()
    built = wait_for_preview(qtbot, dialog)
    assert built.kind is ExportKind.MINUTES and built.meeting_id == held.id
    assert dialog.preview.document.pageCount() >= 1

    choose(dialog.audience, Audience.PUBLIC.value)
    dialog.include_notes.setChecked(False)
    public = wait_for_preview(qtbot, dialog, unlike=built.pdf)
    assert public.options.audience is Audience.PUBLIC and not public.options.include_notes

    window.context.operations.announce({"meetings"})  # the record changed: preview again
    assert not dialog.save_button.isEnabled()
    public = wait_for_preview(qtbot, dialog, unlike=public.pdf)

    trail = editor.tab(HistoryTab).trail  # type: ignore[attr-defined]
    entries = trail.model.rowCount()
    dialog.ask_path = lambda _parent, _caption, _suggested: str(tmp_path / "minutes.pdf")
    saved = dialog.save()
    assert saved is not None and saved.read_bytes() == public.pdf
    record = verify_pdf(window.context.services, saved.read_bytes())
    assert record is not None and record.kind is ExportKind.MINUTES
    assert record.meeting_id == held.id and record.audience is Audience.PUBLIC
    # The History tab shows the recorded PDF at once; the preview has nothing to rebuild.
    assert trail.model.rowCount() == entries + 1
    newest = [str(trail.model.index(0, c).data()) for c in range(trail.model.columnCount())]
    assert newest[2] == "Exported PDF" and "minutes.pdf" in newest[-1]
    assert dialog.save_button.isEnabled() and dialog.built is not None


def test_save_cancelled_or_refused_writes_nothing_and_says_why(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = open_from_menu(window)
    built = wait_for_preview(qtbot, dialog)
    dialog.ask_path = lambda _parent, _caption, _suggested: ""
    assert dialog.save() is None and list(tmp_path.glob("*.pdf")) == []
    missing = tmp_path / "no such folder" / "b.pdf"
    dialog.ask_path = lambda _parent, _caption, _suggested: str(missing)
    assert dialog.save() is None and not missing.exists()
    assert dialog.error.isVisible() and dialog.error.text().startswith("The PDF was not saved")
    assert "\n" not in dialog.error.text() and "Traceback" not in dialog.error.text()
    assert verify_pdf(window.context.services, built.pdf) is None


def test_an_option_the_service_refuses_shows_one_plain_line(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.briefing_export
    assert dialog is not None and dialog.isVisible()
    wait_for_preview(qtbot, dialog)

    dialog.since.set_value(date(2024, 6, 1))
    dialog.until.set_value(date(2023, 1, 1))
    dialog.options_changed()
    qtbot.waitUntil(dialog.error.isVisible, timeout=BUILD_TIMEOUT)
    message = dialog.error.text()
    assert message == "The PDF cannot be built: until: the period ends before it begins"
    assert not dialog.save_button.isEnabled() and dialog.built is None
    assert dialog.preview.document.status() is not QPdfDocument.Status.Ready

    dialog.until.set_value(None)
    dialog.options_changed()
    wait_for_preview(qtbot, dialog)
    assert not dialog.error.isVisible()

    dialog.marking.clear()
    dialog.rebuild()
    assert dialog.error.text() == "The PDF cannot be built: marking: must not be empty"
    window.show_view("commitments")
    assert window.isVisible() and window.current_view().key == "commitments"


def test_a_renderer_that_fails_leaves_a_plain_message_and_a_usable_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_data: BriefingData) -> MeasuredBriefing:
        raise RuntimeError("injected renderer failure\nwith a second line")

    monkeypatch.setattr(jobs, "render_briefing_measured", broken)
    dialog = open_from_menu(window)
    qtbot.waitUntil(dialog.error.isVisible, timeout=BUILD_TIMEOUT)
    assert dialog.error.text() == (
        "The PDF cannot be built: RuntimeError: injected renderer failure"
    )
    assert not dialog.progress.isVisible() and not dialog.save_button.isEnabled()
    dialog.close()
    window.show_view("people")
    assert window.current_view().key == "people"


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    """Holds a build in the worker until the test opens it (always opened at the end)."""
    event = threading.Event()
    yield event
    event.set()


def test_the_window_keeps_working_while_the_pdf_builds(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, gate: threading.Event
) -> None:
    entered = threading.Event()
    threads: list[bool] = []
    render = jobs.render_briefing_measured

    def held(data: BriefingData) -> MeasuredBriefing:
        threads.append(threading.current_thread() is threading.main_thread())
        entered.set()
        gate.wait(BUILD_TIMEOUT / 1000)
        return render(data)

    monkeypatch.setattr(jobs, "render_briefing_measured", held)
    dialog = open_from_menu(window)
    qtbot.waitUntil(entered.is_set, timeout=BUILD_TIMEOUT)
    assert threads == [False]  # built on the worker thread, not the GUI thread
    assert dialog.builder.busy and dialog.progress.isVisible()
    assert not dialog.save_button.isEnabled()

    # The build is parked in the worker: the GUI thread's event loop still runs timers and
    # the window still changes views.
    timer = QTimer(dialog)
    timer.setSingleShot(True)
    with qtbot.waitSignal(timer.timeout, timeout=5_000):
        timer.start(50)
    window.show_view("meetings")
    assert window.current_view().key == "meetings" and dialog.builder.busy

    gate.set()
    wait_for_preview(qtbot, dialog)
    assert dialog.preview.document.pageCount() >= 2


def test_a_newer_request_supersedes_older_ones(qtbot: QtBot, gate: threading.Event) -> None:
    builder = PdfBuilder()
    ran: list[str] = []
    finished: list[BuiltPdf] = []
    builder.finished.connect(finished.append)
    started = threading.Event()

    def job(name: str, wait: bool = False) -> jobs.Job:
        def build() -> BuiltPdf:
            ran.append(name)
            if wait:
                started.set()
                gate.wait(BUILD_TIMEOUT / 1000)
            return BuiltPdf(ExportKind.BRIEFING, BriefingOptions(), name.encode(), None)

        return build

    try:
        builder.request(job("first", wait=True))
        qtbot.waitUntil(started.is_set, timeout=BUILD_TIMEOUT)
        builder.request(job("second"))  # superseded before it starts: never runs
        builder.request(job("third"))
        gate.set()
        with qtbot.waitSignal(builder.finished, timeout=BUILD_TIMEOUT):
            pass
        assert builder.wait()
        qtbot.wait(50)  # any late, stale result would arrive now
    finally:
        gate.set()
        builder.wait()
    assert ran == ["first", "third"]
    assert [built.pdf for built in finished] == [b"third"] and not builder.busy
