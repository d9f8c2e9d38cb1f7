"""Starting the desktop application: one QApplication, one window per open store.

The window's frame is painted first; the store, the services and the views (SQLAlchemy and
everything that reads records) are imported and opened only after that paint, so nothing here
imports them at the top.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from dialoguetracker import APP_ID, APP_NAME, __version__
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.gui import translations
from dialoguetracker.gui.app_icon import application_icon
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.settings import default_actor

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def configure(app: QApplication) -> None:
    """Names shared by the settings, the desktop file and the window manager (one app id)."""
    app.setOrganizationName("dialoguetracker")
    app.setOrganizationDomain("dialoguetracker.org")
    app.setApplicationName("dialoguetracker")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())  # every window; the desktop file names the same


def _log_to_file() -> None:
    import logging
    from logging.handlers import RotatingFileHandler

    from dialoguetracker.settings import log_folder

    handler = RotatingFileHandler(
        log_folder() / "dialoguetracker.log", maxBytes=1_000_000, backupCount=3
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger("dialoguetracker").addHandler(handler)
    logging.getLogger("dialoguetracker").setLevel(logging.INFO)


def ask_user_name(settings: AppSettings, parent: QWidget | None = None) -> str:
    """The name the audit trail records, asked once and kept."""
    from PySide6.QtWidgets import QInputDialog

    if settings.user_name:
        return settings.user_name
    name, accepted = QInputDialog.getText(
        parent,
        APP_NAME,
        QApplication.translate("App", "Your name, as the record of changes will show it:"),
        text=default_actor(),
    )
    settings.user_name = name.strip() if accepted and name.strip() else default_actor()
    return settings.user_name


class WindowOpener:
    """Opens a store in a window, and replaces the window when the user opens another store."""

    def __init__(self, settings: AppSettings) -> None:
        self.settings = settings
        self.window: MainWindow | None = None

    def open(self, location: str, frame: MainWindow | None = None) -> MainWindow | None:
        """The store at ``location`` in ``frame`` (a window not yet attached) or in a new
        window; None, once the user has been told why, if it cannot be opened."""
        from PySide6.QtWidgets import QMessageBox

        from dialoguetracker.gui.context import AppContext
        from dialoguetracker.gui.operations import Operations
        from dialoguetracker.services import Services
        from dialoguetracker.store.engine import open_store
        from dialoguetracker.store.location import without_password

        try:
            store = open_store(location)
        except DialogueTrackerError as error:
            QMessageBox.critical(frame or self.window, APP_NAME, said(error))
            return None
        if store.login is None:  # a file: the name the user gives is what the trail records
            services = Services(store, actor=ask_user_name(self.settings, frame or self.window))
        else:  # a server: the trail names the login it authenticated
            services = Services(store)
        window = frame if frame is not None else MainWindow(settings=self.settings)
        context = AppContext(services, Operations(), window.undo_stack, self.settings)
        window.attach(context)
        window.store_switch_requested.connect(self.switch)
        self.settings.remember_store(without_password(location))
        if store.backup_made is not None:
            window.statusBar().showMessage(
                filled(
                    QCoreApplication.translate(
                        "WindowOpener", "The store was upgraded; the previous file is kept as %1"
                    ),
                    str(store.backup_made),
                )
            )
        return window

    def start(
        self, location: str, once_painted: Callable[[MainWindow], None] | None = None
    ) -> MainWindow:
        """The first window: its frame on the screen at once, the store opened into it just
        after it is painted (``once_painted`` first). If the store cannot be opened, the user
        is told why and the frame closes, which ends the application; :attr:`window` stays
        None."""
        frame = MainWindow(settings=self.settings)

        def fill() -> None:
            if once_painted is not None:
                once_painted(frame)
            if first_screen(frame, location):
                frame.paint_now()  # on the screen while the services load
            if self.open(location, frame) is None:
                frame.close()  # the last window: the application ends
                return
            self.window = frame

        frame.first_painted.connect(fill)
        frame.show()
        return frame

    def switch(self, location: str) -> None:
        window = self.open(location)
        if window is None:
            return
        previous, self.window = self.window, window
        window.show()
        window.raise_()
        window.activateWindow()
        if previous is not None:
            previous.close()
            previous.context.services.store.close()


def first_screen(frame: MainWindow, location: str) -> bool:
    """Show ``frame``'s first screen, read from a current SQLite store with the standard
    library alone (see :meth:`MainWindow.preview`), when it opens on the overview; False
    (nothing shown) otherwise."""
    from dialoguetracker.domain import clock
    from dialoguetracker.gui.views.base import View
    from dialoguetracker.store.first_screen import open_first_screen

    key = frame.first_view()
    if key is None:
        return False
    first = open_first_screen(location)
    if first is None:
        return False
    try:
        today = clock.today()
        dialogues = first.navigator()
        chosen = frame.dialogue_to_show([dialogue.id for dialogue, _years in dialogues])
        make_view: Callable[[QWidget], View]
        if key == "commitments":
            from dialoguetracker.gui.commitments.pages import PAGE_SIZE
            from dialoguetracker.gui.views.commitments_view import CommitmentsView

            register = None if chosen is None else first.register(chosen, PAGE_SIZE)
            if register is None:
                return False
            settings = frame.settings

            def make_view(stack: QWidget) -> View:
                return CommitmentsView.first_screen(register, today, settings, stack)

        else:
            from dialoguetracker.gui.views.overview import OverviewView

            months = frame.settings.stale_months
            found = None if chosen is None else first.overview(chosen, today, stale_months=months)

            def make_view(stack: QWidget) -> View:
                overview = OverviewView(None, stack)
                overview.show_overview(found, bool(dialogues))
                return overview

        frame.preview(dialogues, chosen, make_view, first.path)
        return True
    finally:
        first.close()


def interface_language(option: str | None, settings: AppSettings) -> str:
    """``--lang`` for this start, else the language chosen in Preferences, else the
    system's (English when the system speaks neither)."""
    return translations.chosen_language(option or settings.language or None)


def run_gui(location: str, language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    configure(app)
    settings = AppSettings(QSettings())
    translators = translations.install(app, interface_language(language, settings))
    opener = WindowOpener(settings)
    opener.start(location, once_painted=_report_errors)
    status = app.exec()
    del translators
    return 1 if opener.window is None else status


def _report_errors(window: MainWindow) -> None:
    """The log file and the error box, set up once the window is on the screen (their
    modules cost a paint's worth of time; nothing before the paint can fail unseen by them
    that the frame's own code does not already)."""
    from dialoguetracker.gui.error_report import ErrorReporter

    _log_to_file()
    ErrorReporter(window).install()  # the hooks it installs keep it
