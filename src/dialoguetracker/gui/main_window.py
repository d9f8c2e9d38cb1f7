"""The main window: navigator beside the views, menus, toolbar and status bar.

It holds layout and routing only. Views do their own work through services; the window tells
them which dialogue is current and opens a record where it lives when one asks.

The window paints before the store is open: its frame (the remembered size, an empty
navigator pane beside an empty view frame) needs only Qt, so this module imports nothing of the
services, the store or the views at its top, nor the Qt classes only the filled window uses
(each costs PySide6 a millisecond or two on first use). :meth:`MainWindow.attach` brings them in and
fills the frame; the application does that just after the first paint, so a user sees the
window at once even on a store of a hundred thousand commitments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from dialoguetracker import APP_NAME
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.placeholders import filled

if TYPE_CHECKING:
    from PySide6.QtGui import QActionGroup, QCloseEvent
    from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar

    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.export import BriefingExportDialog
    from dialoguetracker.gui.find_dialog import FindDialog
    from dialoguetracker.gui.long_task import LongTask
    from dialoguetracker.gui.navigator import Navigator
    from dialoguetracker.gui.views.base import View


class MainWindow(QMainWindow):
    store_switch_requested = Signal(str)
    """The user chose another store (File ▸ New, Open, a recent store, or after a restore)."""

    first_painted = Signal()
    """The frame is on the screen (emitted once, after the first paint has been flushed)."""

    context: AppContext
    """The open store's services and what the views share; set by :meth:`attach`."""
    navigator: Navigator
    toolbar: QToolBar
    store_label: QLabel
    view_actions: QActionGroup

    def __init__(
        self,
        context: AppContext | None = None,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
    ) -> None:
        """The frame alone with ``settings`` (the store is attached later), or the whole
        window at once with ``context``."""
        super().__init__(parent)
        chosen = settings if settings is not None else context.settings if context else None
        assert chosen is not None, "a window needs its settings or a context"
        self.settings = chosen
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self._painted = False
        self.pane = QWidget(self)
        """Where the navigator goes once the store is open, in the navigator's colour."""
        self.pane.setBackgroundRole(QPalette.ColorRole.Base)
        self.pane.setAutoFillBackground(True)
        self.stack = QStackedWidget(self)
        self.views: dict[str, View] = {}
        self.find_dialog: FindDialog | None = None
        self.briefing_export: BriefingExportDialog | None = None
        self.refusal_box: QMessageBox | None = None
        self.check_box: QMessageBox | None = None
        self.long_task: LongTask | None = None
        """The last long task started from the File menu (kept so it lives until it ends)."""
        # side by side (a splitter's default); the keyword spares PySide6 choosing between
        # overloads, which reads every enum of Qt's namespace first (a fifth of a bare start)
        self.splitter = QSplitter(parent=self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.pane)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 940])
        self.setCentralWidget(self.splitter)
        self._restore_frame()
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """Fill the frame with the store's navigator, views, menus and toolbar."""
        from PySide6.QtWidgets import QLabel, QToolBar

        from dialoguetracker.gui.main_menus import build_menus
        from dialoguetracker.gui.navigator import Navigator
        from dialoguetracker.gui.views.registry import MAIN_VIEWS, MEETING_EDITOR

        self.context = context
        location = context.services.store.location
        self.setWindowTitle(f"{APP_NAME} — {location.short_name()}")
        self.navigator = Navigator(context, self)
        self.splitter.replaceWidget(0, self.navigator)
        self.pane.deleteLater()
        for view_class in (*MAIN_VIEWS, MEETING_EDITOR):
            view = view_class(context, self.stack)
            view.open_requested.connect(self.open_record)
            self.views[view.key] = view
            self.stack.addWidget(view)
        self.view_actions = self._view_actions()
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        build_menus(self)
        self.store_label = QLabel(location.short_name(), self)
        self.store_label.setToolTip(location.describe())
        self.store_label.setAccessibleName(filled(self.tr("Store: %1"), location.describe()))
        self.statusBar().clearMessage()
        self.statusBar().addPermanentWidget(self.store_label)
        context.operations.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        context.operations.changed.connect(self._changed)
        context.operations.refused.connect(self.show_refusal)
        self.navigator.dialogue_selected.connect(self.set_dialogue)
        self.navigator.meeting_selected.connect(
            lambda meeting_id: self.open_record(RecordKind.MEETING, meeting_id)
        )
        self._restore_state()

    def is_attached(self) -> bool:
        return hasattr(self, "context")

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # queued: the paint is flushed to the screen when this event's handling ends
            QTimer.singleShot(0, self.first_painted.emit)

    # -- views -----------------------------------------------------------------------------

    def _view_actions(self) -> QActionGroup:
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        from dialoguetracker.gui.views.registry import MAIN_VIEWS

        group = QActionGroup(self)
        for number, view_class in enumerate(MAIN_VIEWS, 1):
            action = QAction(view_class.display_name().replace("&", "&&"), self)
            action.setObjectName(f"show_{view_class.key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(view_class.key)
            action.triggered.connect(lambda _checked=False, key=view_class.key: self.show_view(key))
            group.addAction(action)
        return group

    def current_view(self) -> View:
        from dialoguetracker.gui.views.base import View

        widget = self.stack.currentWidget()
        assert isinstance(widget, View)
        return widget

    def show_view(self, key: str) -> View:
        from dialoguetracker.gui.views.registry import MEETING_EDITOR

        view = self.views[key]
        self.stack.setCurrentWidget(view)
        for action in self.view_actions.actions():
            action.setChecked(action.data() == key)
        if key != MEETING_EDITOR.key:
            self.context.settings.last_view = key
        return view

    def step_view(self, step: int) -> None:
        from dialoguetracker.gui.views.registry import MAIN_VIEWS

        keys = [view_class.key for view_class in MAIN_VIEWS]
        current = self.current_view().key
        position = keys.index(current) if current in keys else 0
        self.show_view(keys[(position + step) % len(keys)])

    def set_dialogue(self, dialogue_id: int) -> None:
        if dialogue_id == self.context.settings.last_dialogue and self._dialogue_shown:
            return
        self._dialogue_shown = True
        self.context.settings.last_dialogue = dialogue_id
        for view in self.views.values():
            view.set_dialogue(dialogue_id)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record of ``kind`` (a :class:`RecordKind` name) where it lives."""
        from dialoguetracker.gui.views.registry import VIEW_OF_KIND

        view = self.show_view(VIEW_OF_KIND[RecordKind(kind)])
        view.open_record(record_id)

    def switch_store(self, location: str) -> None:
        """Ask for the store at ``location`` to be opened in place of this one; the
        application's window opener listens (a lone window, as in tests, cannot switch)."""
        self.store_switch_requested.emit(location)

    def new_meeting(self) -> None:
        self.show_view("meetings").start_new("meeting")

    def new_commitment(self) -> None:
        self.show_view("commitments").start_new("commitment")

    def show_find(self) -> None:
        from dialoguetracker.gui.find_dialog import FindDialog

        if self.find_dialog is None:
            self.find_dialog = FindDialog(self.context, self)
            self.find_dialog.open_requested.connect(self.open_record)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.activateWindow()
        self.find_dialog.query.setFocus()
        self.find_dialog.query.selectAll()

    def export_briefing(self) -> BriefingExportDialog:
        """Open the briefing export (options and live preview) for the current dialogue."""
        from dialoguetracker.gui.export import BriefingExportDialog

        dialogue = self.context.settings.last_dialogue
        if self.briefing_export is None:
            self.briefing_export = BriefingExportDialog(self.context, dialogue, self)
        elif not self.briefing_export.isVisible():
            self.briefing_export.set_dialogue(dialogue)
        self.briefing_export.show()
        self.briefing_export.raise_()
        self.briefing_export.activateWindow()
        return self.briefing_export

    def show_refusal(self, message: str) -> QMessageBox:
        """Say why an undo or redo did not happen, without blocking the event loop; the
        views already show the store as it is."""
        from PySide6.QtWidgets import QMessageBox

        if self.refusal_box is not None:
            self.refusal_box.close()
        box = QMessageBox(self)
        box.setObjectName("refusal")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Dialogue Tracker"))
        box.setText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        self.refusal_box = box
        self.statusBar().showMessage(message, 10000)
        box.open()
        return box

    def _changed(self, kinds: frozenset[str]) -> None:
        if kinds & {"dialogues", "meetings", "store"}:
            self.navigator.reload(self.context.settings.last_dialogue)

    # -- state -----------------------------------------------------------------------------

    _dialogue_shown = False

    def _restore_frame(self) -> None:
        """The size and the split the user left, before anything is read from the store."""
        geometry, _state = self.settings.window_state("mainWindow")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.statusBar().showMessage(self.tr("Opening the store…"))

    def _restore_state(self) -> None:
        from dialoguetracker.gui.views.registry import MEETING_EDITOR

        _geometry, state = self.settings.window_state("mainWindow")
        if state is not None:
            self.restoreState(state)  # the toolbar's place, which exists only now
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        dialogue = self.context.settings.last_dialogue
        self.navigator.reload(dialogue)
        current = self.navigator.current_dialogue()
        if current is None and self.navigator.items.rowCount():
            first = self.navigator.items.index(0, 0)
            self.navigator.setCurrentIndex(first)
            self.navigator.expand(first)
            current = self.navigator.current_dialogue()
        if current is not None:
            self.set_dialogue(current)
        last = self.context.settings.last_view
        self.show_view(last if last in self.views and last != MEETING_EDITOR.key else "overview")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.is_attached():  # a frame closed before its store opened keeps the last layout
            self.settings.save_window_state("mainWindow", self.saveGeometry(), self.saveState())
            self.settings.save_splitter_state("main", self.splitter.saveState())
            self.settings.sync()
        super().closeEvent(event)
