"""The window's first screen, read before the services are loaded, is the window the services
then show: the same pixels in a screenshot, the same texts and rows once the store is
attached, one toolbar and one set of menus throughout. It is shown when the view to open with
is the overview or the commitment register."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app import first_screen
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.operations import Operations
from dialoguetracker.gui.screenshot import _whole_window, render
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.gui.views.names import MAIN_VIEW_NAMES, MEETING_EDITOR_KEY, PORTFOLIO_NAME
from dialoguetracker.gui.views.registry import MAIN_VIEWS, MEETING_EDITOR, PORTFOLIO
from dialoguetracker.services import Services
from dialoguetracker.store.engine import open_store


@pytest.fixture
def office(sample_template: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(sample_template, tmp_path / "office.db"))


def _texts(window: MainWindow) -> list[str]:
    """Every label's text in the current view, and the navigator's rows."""
    view = window.stack.currentWidget()
    labels = [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)]
    navigator = window.splitter.widget(0)
    rows = navigator.model().rowCount()  # type: ignore[attr-defined]
    return [*labels, f"{rows} dialogues"]


def test_the_view_names_are_the_registry_s() -> None:
    assert [(view.key, view.title) for view in MAIN_VIEWS] == list(MAIN_VIEW_NAMES)
    assert MEETING_EDITOR.key == MEETING_EDITOR_KEY
    assert (PORTFOLIO.key, PORTFOLIO.title) == PORTFOLIO_NAME


def test_the_first_screen_is_what_the_services_then_show(
    qtbot: QtBot, app_settings: AppSettings, office: Path
) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    window.show()  # as the program starts: the frame is on the screen first
    assert first_screen(window, str(office))
    window.paint_now()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()
    assert window.splitter.geometry().top() >= window.toolbar.geometry().bottom()
    before = _texts(window)
    assert window.windowTitle() == "Dialogue Tracker — office.db"
    assert window.store_label.text() == "office.db"
    assert any("Open commitments" in text for text in before)

    store = open_store(office)
    context = AppContext(
        Services(store, actor="tester"), Operations(), window.undo_stack, app_settings
    )
    window.attach(context)
    try:
        assert window.current_view().key == "overview"
        assert _texts(window) == before
        assert len(window.findChildren(QToolBar, "mainToolbar")) == 1
        assert [action.text() for action in window.menuBar().actions()] == [
            "&File",
            "&Edit",
            "&View",
            "&Help",
        ]
        # the meeting editor and All dialogues besides; the first screen's view is gone
        assert window.stack.count() == len(MAIN_VIEWS) + 2
        assert window.undo_stack is context.undo_stack
        year = window.navigator.items.item(1).child(0)  # under All dialogues, the dialogue
        window.navigator.expand(year.index())  # a year opens, read by the services
        assert year.rowCount() >= 1 and year.child(0).text()
        undo = window.findChild(QAction, "undo")
        assert undo is not None and not undo.isEnabled()
        window.undo_stack.push(QUndoCommand("Rename"))
        assert undo.isEnabled()  # the menu's undo follows the store's history
    finally:
        store.close()


def test_another_view_to_open_with_waits_for_the_services(
    qtbot: QtBot, app_settings: AppSettings, office: Path
) -> None:
    app_settings.last_view = "meetings"
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    assert not first_screen(window, str(office))
    assert window.statusBar().currentMessage() == "Opening the store…"
    assert window.findChildren(QToolBar) == []


@pytest.mark.parametrize("view", ["overview", "commitments"])
def test_the_first_screen_s_screenshot_is_the_whole_window_s_to_the_pixel(
    qtbot: QtBot, app_settings: AppSettings, office: Path, tmp_path: Path, view: str
) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shot = render(str(office), view, tmp_path / "first.png")
    whole = _whole_window(app, str(office), view, app_settings, 1280, 800)
    assert QImage(str(shot)) == whole.toImage()


def test_the_register_s_first_screen_then_the_services(
    qtbot: QtBot, app_settings: AppSettings, office: Path
) -> None:
    app_settings.last_view = "commitments"
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    window.show()
    assert first_screen(window, str(office))
    window.paint_now()
    shown = window.stack.currentWidget()
    assert isinstance(shown, CommitmentsView)
    rows = [shown.model.commitment(row) for row in range(shown.model.rowCount())]
    selected = shown.selected()
    assert rows and selected == rows[0]
    before = _texts(window)

    store = open_store(office)
    context = AppContext(
        Services(store, actor="tester"), Operations(), window.undo_stack, app_settings
    )
    window.attach(context)
    try:
        view = window.current_view()
        assert isinstance(view, CommitmentsView) and view is not shown
        assert [view.model.commitment(row) for row in range(view.model.rowCount())] == rows
        assert view.selected() == selected
        assert _texts(window) == before
        assert view.trail.model.rowCount() > 0  # the change history, read by the services
    finally:
        store.close()
