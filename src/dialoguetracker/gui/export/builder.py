"""Builds PDFs for the live preview off the GUI thread, the newest request superseding older
ones: a :class:`~dialoguetracker.gui.tasks.TaskRunner` whose results are built PDFs.

A build still running when a newer request arrives is told to stop and its result dropped,
so only the newest request ever reports back to the preview.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from dialoguetracker.gui.export.jobs import BuiltPdf, Job
from dialoguetracker.gui.tasks import TaskProgress, TaskRunner


class PdfBuilder(QObject):
    started = Signal()
    """A build was requested; the preview is out of date until ``finished`` or ``failed``."""

    finished = Signal(object)
    """The newest request's :class:`BuiltPdf`."""

    failed = Signal(str)
    """The newest request failed; the reason in one plain line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._runner.started.connect(self.started)
        self._runner.finished.connect(self._built)
        self._runner.failed.connect(self.failed)

    @property
    def busy(self) -> bool:
        """Whether the newest request has not reported back yet."""
        return self._runner.busy

    def request(self, job: Job) -> int:
        """Build with ``job`` on the worker thread; returns the request's generation."""

        def build(_progress: TaskProgress) -> BuiltPdf:
            return job()

        return self._runner.request(build)

    def cancel(self) -> None:
        """Forget every request: a build running finishes, but its result is dropped."""
        self._runner.forget()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutting down and for tests)."""
        return self._runner.wait(msecs)

    def _built(self, built: object) -> None:
        if isinstance(built, BuiltPdf):
            self.finished.emit(built)
