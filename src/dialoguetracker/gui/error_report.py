"""Unexpected errors: logged with their traceback, shown in a dialog, and survived.

Qt sends an exception raised in a slot to ``sys.excepthook`` and carries on, so the hook is
where the user is told. The dialog is opened from the event loop (never from inside the
failing slot), it is not modal to the whole application, and a failure while showing it
cannot start another round.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.gui.said import said

log = logging.getLogger("dialoguetracker.gui")


class ErrorReporter(QObject):
    def __init__(self, parent_window: QWidget | None = None) -> None:
        super().__init__()
        self.parent_window = parent_window
        self.dialog: QMessageBox | None = None
        self._showing = False
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = threading.__excepthook__

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        if isinstance(error, DialogueTrackerError):
            log.warning("refused: %s", error)
            QTimer.singleShot(0, lambda: self._show(said(error), "", expected=True))
            return
        log.error("unexpected error\n%s", details)
        QTimer.singleShot(
            0, lambda: self._show(f"{kind.__name__}: {error}", details, expected=False)
        )

    def _show(self, summary: str, details: str, *, expected: bool) -> None:
        if self._showing:
            return
        self._showing = True
        try:
            box = QMessageBox(self.parent_window)
            box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Dialogue Tracker"))
            if expected:
                box.setText(summary)
            else:
                box.setText(
                    self.tr(
                        "Something went wrong. Nothing was half-saved: the step that failed "
                        "was undone as a whole, and you can go on working."
                    )
                )
                box.setInformativeText(summary)
                box.setDetailedText(details)
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.finished.connect(self._closed)
            self.dialog = box
            box.open()
        except Exception:  # never let the reporter itself start another round
            self._showing = False
            log.exception("could not show the error dialog")

    def _closed(self) -> None:
        self._showing = False
