"""A long task with a progress dialog: the window keeps repainting while it runs, the bar
fills as the task reports, and Cancel stops it where it can be stopped.

The dialog is window-modal and appears only if the task takes longer than a moment, so a
quick export does not flash a dialog. A task that cannot be cancelled (a restore) says so
instead of offering the button. When the task is done the dialog closes and ``on_done`` runs on
the GUI thread with the result; a failure or a cancellation is said in the dialog itself, in
one plain sentence, with a Close button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from dialoguetracker import APP_NAME
from dialoguetracker.domain.progress import Progress
from dialoguetracker.gui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from dialoguetracker.gui.main_window import MainWindow

SHOW_AFTER_MS = 400
"""A task done sooner than this shows no dialog at all."""


class LongTask(QProgressDialog):
    """One run of one task, with its dialog; kept by the caller until it ends."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        task: Task,
        on_done: Callable[[Any], None],
        *,
        cancellable: bool = True,
        cancelled_text: str = "",
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("longTask")
        self.setWindowTitle(APP_NAME)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the task says how much there is
        self.cancellable = cancellable
        if cancellable:
            self.setLabelText(label)
            self.setCancelButtonText(self.tr("Cancel"))
            self.canceled.connect(self._cancel)
        else:
            self.setLabelText(label + "\n" + self.tr("This cannot be cancelled."))
            self.setCancelButton(None)
        self._on_done = on_done
        self._on_failed = on_failed
        self._cancelled_text = cancelled_text or self.tr("Cancelled; nothing was changed.")
        self.outcome: str | None = None
        """How it ended: ``done``, ``failed`` or ``cancelled``; None while it runs."""
        self.message = ""
        """What the user was told when it failed or was cancelled."""
        self.runner = TaskRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._stopped)
        self.runner.request(task)

    def _progressed(self, done: int, total: object) -> None:
        if isinstance(total, int) and total > 0:
            if self.maximum() != total:
                self.setRange(0, total)
            self.setValue(min(done, total))

    def _cancel(self) -> None:
        """Asked to stop: say so until the task has rolled back and stopped."""
        self.setLabelText(self.tr("Cancelling…"))
        self.show()  # QProgressDialog hides itself when cancelled; keep saying what happens
        self.runner.cancel()

    def _finished(self, result: object) -> None:
        self.outcome = "done"
        self.reset()
        self.hide()
        self._on_done(result)

    def _failed(self, message: str) -> None:
        if self._on_failed is None:
            self._say("failed", message)
            return
        self.outcome, self.message = "failed", message  # the caller shows it where it belongs
        self.reset()
        self.hide()
        self._on_failed(message)

    def _stopped(self) -> None:
        self._say("cancelled", self._cancelled_text)

    def _say(self, outcome: str, message: str) -> None:
        """End with a sentence in the dialog itself and a Close button (no second box)."""
        self.outcome, self.message = outcome, message
        if self.cancellable:
            self.canceled.disconnect(self._cancel)
        self.reset()
        bar = self.findChild(QProgressBar)
        if bar is not None:
            bar.hide()  # a bar, full or empty, would say something the sentence does not
        self.setLabelText(message)
        self.setCancelButtonText(self.tr("Close"))
        self.canceled.connect(self.close)
        self.show()


def start(
    window: MainWindow,
    label: str,
    task: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    *,
    cancellable: bool = True,
    cancelled_text: str = "",
) -> LongTask:
    """Run ``task`` off the GUI thread with a progress dialog; the window keeps it."""
    job = LongTask(
        window,
        label,
        task,
        on_done,
        cancellable=cancellable,
        cancelled_text=cancelled_text,
    )
    window.long_task = job
    return job
