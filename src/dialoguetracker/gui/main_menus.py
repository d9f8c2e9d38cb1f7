"""Menus and toolbar of the main window: every action with its shortcut and accessible text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from dialoguetracker.gui import interchange_actions, store_actions

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow


def _action(
    window: MainWindow,
    name: str,
    text: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    return action


def build_menus(window: MainWindow) -> None:
    menus = window.menuBar()

    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    new_store = _action(
        window,
        "newStore",
        QCoreApplication.translate("MainWindow", "&New store…"),
        QKeySequence.StandardKey.New,
    )
    new_store.triggered.connect(lambda: store_actions.new_store(window))
    open_store = _action(
        window,
        "openStore",
        QCoreApplication.translate("MainWindow", "&Open store…"),
        QKeySequence.StandardKey.Open,
    )
    open_store.triggered.connect(lambda: store_actions.open_store(window))
    file_menu.addActions([new_store, open_store])
    recent = QMenu(QCoreApplication.translate("MainWindow", "Open &recent"), window)
    recent.setObjectName("recentStores")
    recent.aboutToShow.connect(lambda: store_actions.fill_recent(window, recent))
    file_menu.addMenu(recent)
    file_menu.addSeparator()
    backup = _action(window, "backupStore", QCoreApplication.translate("MainWindow", "&Backup…"))
    backup.triggered.connect(lambda: store_actions.backup(window))
    restore = _action(
        window, "restoreStore", QCoreApplication.translate("MainWindow", "Res&tore from backup…")
    )
    restore.triggered.connect(lambda: store_actions.restore(window))
    import_file = _action(
        window,
        "importInterchange",
        QCoreApplication.translate("MainWindow", "&Import interchange JSON…"),
    )
    import_file.triggered.connect(lambda: interchange_actions.import_file(window))
    export_file = _action(
        window,
        "exportInterchange",
        QCoreApplication.translate("MainWindow", "&Export interchange JSON…"),
    )
    export_file.triggered.connect(lambda: interchange_actions.export_file(window))
    check = _action(window, "checkStore", QCoreApplication.translate("MainWindow", "&Check store…"))
    check.triggered.connect(lambda: store_actions.check(window))
    file_menu.addActions([backup, restore, check, import_file, export_file])
    file_menu.addSeparator()
    export_briefing = _action(
        window,
        "exportBriefing",
        QCoreApplication.translate("MainWindow", "Export &briefing PDF…"),
        "Ctrl+Shift+E",
    )
    export_briefing.triggered.connect(window.export_briefing)
    export_calendar = _action(
        window, "exportCalendar", QCoreApplication.translate("MainWindow", "Export &calendar…")
    )
    export_calendar.triggered.connect(lambda: interchange_actions.export_calendar(window))
    import_calendar = _action(
        window,
        "importCalendar",
        QCoreApplication.translate("MainWindow", "Import calendar invitations…"),
    )
    import_calendar.triggered.connect(lambda: interchange_actions.import_calendar(window))
    import_spreadsheet = _action(
        window,
        "importSpreadsheet",
        QCoreApplication.translate("MainWindow", "Import commitments from a spreadsheet…"),
    )
    import_spreadsheet.triggered.connect(lambda: _import_spreadsheet(window))
    file_menu.addActions([export_briefing, export_calendar, import_calendar, import_spreadsheet])
    file_menu.addSeparator()
    quit_action = _action(
        window,
        "quit",
        QCoreApplication.translate("MainWindow", "&Quit"),
        QKeySequence.StandardKey.Quit,
    )
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setObjectName("undo")
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setObjectName("redo")
    redo.setShortcut(QKeySequence.StandardKey.Redo)
    find = _action(
        window,
        "find",
        QCoreApplication.translate("MainWindow", "&Find…"),
        QKeySequence.StandardKey.Find,
    )
    find.triggered.connect(window.show_find)
    preferences = _action(
        window,
        "preferences",
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        QKeySequence.StandardKey.Preferences,
    )
    preferences.triggered.connect(window.show_preferences)
    new_meeting = _action(
        window,
        "newMeeting",
        QCoreApplication.translate("MainWindow", "New &meeting…"),
        "Ctrl+Shift+M",
    )
    new_meeting.triggered.connect(window.new_meeting)
    new_commitment = _action(
        window,
        "newCommitment",
        QCoreApplication.translate("MainWindow", "New &commitment…"),
        "Ctrl+Shift+C",
    )
    new_commitment.triggered.connect(window.new_commitment)
    edit_menu.addActions([undo, redo])
    edit_menu.addSeparator()
    edit_menu.addActions([new_meeting, new_commitment])
    edit_menu.addSeparator()
    edit_menu.addAction(find)
    edit_menu.addSeparator()
    edit_menu.addAction(preferences)

    view_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addActions(window.view_actions.actions())
    view_menu.addSeparator()
    following = _action(window, "nextView", QCoreApplication.translate("MainWindow", "&Next view"))
    following.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Ctrl+Tab")])
    following.triggered.connect(lambda: window.step_view(1))
    previous = _action(
        window, "previousView", QCoreApplication.translate("MainWindow", "&Previous view")
    )
    previous.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Ctrl+Shift+Tab")])
    previous.triggered.connect(lambda: window.step_view(-1))
    view_menu.addActions([following, previous])

    help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = _action(
        window, "about", QCoreApplication.translate("MainWindow", "&About Dialogue Tracker")
    )
    about.triggered.connect(lambda: store_actions.about(window))
    help_menu.addAction(about)

    window.toolbar.addActions([new_meeting, new_commitment])
    window.toolbar.addSeparator()
    window.toolbar.addActions([undo, redo])
    window.toolbar.addSeparator()
    window.toolbar.addAction(find)
    window.toolbar.addSeparator()
    window.toolbar.addActions(window.view_actions.actions())


def _import_spreadsheet(window: MainWindow) -> None:
    """Loaded when chosen: the spreadsheet reader is not needed to paint the first window."""
    from dialoguetracker.gui.spreadsheet_import_action import import_spreadsheet

    import_spreadsheet(window)
