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
from PySide6.QtGui import QPaintEvent, QPalette, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from dialoguetracker import APP_NAME
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.placeholders import filled

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QActionGroup, QCloseEvent
    from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar

    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.export.briefing_dialog import BriefingExportDialog
    from dialoguetracker.gui.find_dialog import FindDialog
    from dialoguetracker.gui.long_task import LongTask
    from dialoguetracker.gui.navigator import DialogueYears, Navigator
    from dialoguetracker.gui.preferences_dialog import PreferencesDialog
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
        self._dressed = False
        self.undo_stack = context.undo_stack if context is not None else QUndoStack(self)
        """The store's undo history (the context's, once attached)."""
        self.pane = QWidget(self)
        """Where the navigator goes once the store is open, in the navigator's colour."""
        self.pane.setBackgroundRole(QPalette.ColorRole.Base)
        self.pane.setAutoFillBackground(True)
        self.stack = QStackedWidget(self)
        self.views: dict[str, View] = {}
        self._preview: View | None = None
        self.find_dialog: FindDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
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

    def dress(self) -> None:
        """Menus and toolbar, before the store is open: the window looks whole at once and
        nothing moves when the views arrive. Their actions reach the store only when used,
        and nothing is used before :meth:`attach` (which runs before the event loop turns
        again)."""
        if self._dressed:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QToolBar

        from dialoguetracker.gui.main_menus import build_menus

        self._dressed = True
        self.view_actions = self._view_actions()
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.addToolBar(self.toolbar)
        build_menus(self)
        _geometry, state = self.settings.window_state("mainWindow")
        if state is not None:
            self.restoreState(state)  # the toolbar's place, which exists only now
        if self.isVisible():  # children added to a shown window wait to be shown
            self.menuBar().show()
            if not self.toolbar.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                self.toolbar.show()  # unless the restored state hid it

    def first_view(self) -> str | None:
        """The view the window opens with, if a first screen can show it: one dialogue's
        overview or commitment register (see :func:`gui.app.first_screen`); never a view of
        *All dialogues*, which waits for the services."""
        from dialoguetracker.gui.views.names import MAIN_VIEW_NAMES

        if self.settings.all_dialogues:
            return None
        opening = self.settings.last_view
        if opening in ("overview", "commitments"):
            return opening
        return None if opening in dict(MAIN_VIEW_NAMES) else "overview"

    def dialogue_to_show(self, dialogue_ids: list[int]) -> int | None:
        """The dialogue last shown if it is still there, else the first one."""
        last = self.settings.last_dialogue
        if last in dialogue_ids:
            return last
        return dialogue_ids[0] if dialogue_ids else None

    def preview(
        self,
        dialogues: DialogueYears,
        dialogue_id: int | None,
        make_view: Callable[[QWidget], View],
        store_file: Path,
    ) -> None:
        """The first screen before the services are loaded: menus, toolbar, the navigator
        with ``dialogue_id`` chosen, and the view ``make_view`` makes in :attr:`stack` (made
        after the navigator, as :meth:`attach` makes them, so the focus starts where it
        will), all read from ``store_file`` by
        :mod:`dialoguetracker.store.first_screen` (see :func:`gui.app.first_screen`).
        :meth:`attach` replaces it all with the same, read by the services."""
        from dialoguetracker.gui.navigator import Navigator

        self.dress()
        self.setWindowTitle(f"{APP_NAME} — {store_file.name}")
        navigator = Navigator(None, self)
        navigator.show_dialogues(dialogues, dialogue_id)
        self.splitter.replaceWidget(0, navigator)
        self.pane.deleteLater()
        self.pane = navigator
        shown = make_view(self.stack)
        self.stack.addWidget(shown)
        self.stack.setCurrentWidget(shown)
        self._preview = shown
        for action in self.view_actions.actions():
            action.setChecked(action.data() == shown.key)
        self._show_store(store_file.name, str(store_file))

    def paint_now(self) -> None:
        """Lay out and paint at once what was just built, without turning the event loop: no
        input is handled (there is nothing yet to handle it), no queued call runs."""
        from PySide6.QtCore import QCoreApplication, QEvent

        for kind in (QEvent.Type.PolishRequest, QEvent.Type.LayoutRequest):
            QCoreApplication.sendPostedEvents(None, kind)
        self.repaint()

    def _show_store(self, short_name: str, description: str) -> None:
        """The store's name at the right of the status bar (once, whoever shows it first)."""
        from PySide6.QtWidgets import QLabel

        if not hasattr(self, "store_label"):
            self.store_label = QLabel(self)
            self.statusBar().addPermanentWidget(self.store_label)
        self.store_label.setText(short_name)
        self.store_label.setToolTip(description)
        self.store_label.setAccessibleName(filled(self.tr("Store: %1"), description))
        self.statusBar().clearMessage()

    def attach(self, context: AppContext) -> None:
        """Fill the frame with the store's navigator, views, menus and toolbar."""
        from dialoguetracker.gui.navigator import Navigator
        from dialoguetracker.gui.views.registry import MAIN_VIEWS, MEETING_EDITOR, PORTFOLIO

        if self._dressed and context.undo_stack is not self.undo_stack:
            raise ValueError("a dressed window keeps its undo stack: give the context it")
        self.context = context
        self.undo_stack = context.undo_stack
        location = context.services.store.location
        self.setWindowTitle(f"{APP_NAME} — {location.short_name()}")
        self.navigator = Navigator(context, self)
        self.splitter.replaceWidget(0, self.navigator)
        self.pane.deleteLater()
        for view_class in (*MAIN_VIEWS, MEETING_EDITOR, PORTFOLIO):
            view = view_class(context, self.stack)
            view.open_requested.connect(self.open_record)
            self.views[view.key] = view
            self.stack.addWidget(view)
        if self._preview is not None:
            self.stack.removeWidget(self._preview)
            self._preview.deleteLater()
            self._preview = None
        self.dress()
        self._show_store(location.short_name(), location.describe())
        context.operations.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        context.operations.changed.connect(self._changed)
        context.operations.refused.connect(self.show_refusal)
        self.navigator.dialogue_selected.connect(self.set_dialogue)
        self.navigator.all_selected.connect(self.show_all_dialogues)
        self.navigator.meeting_selected.connect(
            lambda meeting_id: self.open_record(RecordKind.MEETING, meeting_id)
        )
        self._restore_state()
        from dialoguetracker.gui.access_banner import show_access

        self.access_banner = show_access(self, context)

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
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        from dialoguetracker.gui.views.names import MAIN_VIEW_NAMES

        group = QActionGroup(self)
        for number, (key, title) in enumerate(MAIN_VIEW_NAMES, 1):
            name = QCoreApplication.translate("View", title)
            action = QAction(name.replace("&", "&&"), self)
            action.setObjectName(f"show_{key}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setData(key)
            action.triggered.connect(lambda _checked=False, key=key: self.show_view(key))
            group.addAction(action)
        return group

    def current_view(self) -> View:
        from dialoguetracker.gui.views.base import View

        widget = self.stack.currentWidget()
        assert isinstance(widget, View)
        return widget

    def show_view(self, key: str) -> View:
        """Show the view ``key``; the Overview is the portfolio while *All dialogues* is
        chosen (and ``portfolio`` chooses it)."""
        from dialoguetracker.gui.views.registry import MEETING_EDITOR, PORTFOLIO

        if key == PORTFOLIO.key:
            self.show_all_dialogues()
            key = "overview"
        view = self.views[PORTFOLIO.key if key == "overview" and self.showing_all else key]
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
        settings = self.context.settings
        if dialogue_id == settings.last_dialogue and self._dialogue_shown and not self.showing_all:
            return
        leaving_all, self.showing_all = self.showing_all, False
        self._dialogue_shown = True
        settings.last_dialogue, settings.all_dialogues = dialogue_id, False
        for view in self.views.values():
            view.set_dialogue(dialogue_id)
        if leaving_all and self.current_view().key == "portfolio":
            self.show_view("overview")

    def show_all_dialogues(self) -> None:
        """*All dialogues*: the portfolio in the Overview's place, and every view across
        the dialogues (or, if it shows one at a time, asking for one)."""
        if self.showing_all:
            return
        self.showing_all = True
        self.context.settings.all_dialogues = True
        if not self.navigator.all_chosen():
            self.navigator.select_all()  # chosen there too, when asked for elsewhere
        for view in self.views.values():
            view.show_all_dialogues()
        if self.current_view().key == "overview":
            self.show_view("overview")

    def show_portfolio(self) -> View:
        """Choose *All dialogues* (in the navigator too) and show the portfolio."""
        return self.show_view("portfolio")

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record of ``kind`` (a :class:`RecordKind` name) where it lives; a
        dialogue is chosen in the navigator and shown in its overview."""
        from dialoguetracker.gui.views.registry import VIEW_OF_KIND

        dialogue = RecordKind(kind) is RecordKind.DIALOGUE
        if dialogue and self.navigator.select_dialogue(record_id) is None:
            self.set_dialogue(record_id)  # not listed yet: shown all the same
        view = self.show_view(VIEW_OF_KIND[RecordKind(kind)])
        view.open_record(record_id)

    def switch_store(self, location: str) -> None:
        """Ask for the store at ``location`` to be opened in place of this one; the
        application's window opener listens (a lone window, as in tests, cannot switch)."""
        self.store_switch_requested.emit(location)

    def new_meeting(self) -> None:
        if not self.context.read_only:
            self.show_view("meetings").start_new("meeting")

    def new_commitment(self) -> None:
        if not self.context.read_only:
            self.show_view("commitments").start_new("commitment")

    def show_preferences(self) -> PreferencesDialog:
        """*Edit ▸ Preferences…*, window-modal; kept so it lives while open."""
        from dialoguetracker.gui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        self.preferences_dialog = dialog
        dialog.accepted.connect(self._preferences_saved)
        dialog.open()
        return dialog

    def _preferences_saved(self) -> None:
        """A new span for stale commitments applies at once: every view reads again."""
        if self.is_attached() and self.context.services.stale_months != self.settings.stale_months:
            self.context.services.stale_months = self.settings.stale_months
            self.context.operations.changed.emit(frozenset({"store"}))

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
        from dialoguetracker.gui.export.briefing_dialog import BriefingExportDialog

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
            self.navigator.reload(
                self.context.settings.last_dialogue, all_dialogues=self.showing_all
            )

    # -- state -----------------------------------------------------------------------------

    _dialogue_shown = False
    showing_all = False
    """*All dialogues* is chosen in the navigator."""

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
        settings = self.context.settings
        every = settings.all_dialogues  # read first: choosing a dialogue forgets it
        self.navigator.reload(settings.last_dialogue, all_dialogues=every)
        if not self.navigator.all_chosen():
            current = self.navigator.current_dialogue() or self.navigator.select_dialogue()
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
