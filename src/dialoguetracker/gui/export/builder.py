"""Builds PDFs off the GUI thread, the newest request superseding older ones.

The builder owns a private thread pool of one thread. Each request gets a generation number;
a job still waiting when a newer request arrives is skipped, and the result of a job that was
superseded while running is dropped, so only the newest request ever reports back. Results
come back to the GUI thread through queued signals; the job itself never touches a widget.

The pool is a child of the builder: when the builder is destroyed, the pool waits for a job
still running (a second or two at most) instead of leaving a thread behind.
"""

from __future__ import annotations

import contextlib
import logging
import threading

from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.gui.export.jobs import BuiltPdf, Job

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a result from the worker thread back to the builder (queued connections)."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Latest:
    """The newest generation, shared with the worker; reads and writes are single
    assignments of an int, so a lock only guards the increment."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            self.value += 1
            return self.value


def one_line(error: BaseException) -> str:
    """An error as one plain line: the user's own message for errors a user can act on, the
    kind and first line of the message otherwise; never a traceback."""
    if isinstance(error, DialogueTrackerError):
        text = str(error)
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


class PdfBuilder(QObject):
    started = Signal()
    """A build was requested; the preview is out of date until ``finished`` or ``failed``."""

    finished = Signal(object)
    """The newest request's :class:`BuiltPdf`."""

    failed = Signal(str)
    """The newest request failed; the reason in one plain line."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool is made before the relay, so it is destroyed (and waits) before the relay.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._latest = _Latest()
        self._waiting: int | None = None

    @property
    def busy(self) -> bool:
        """Whether the newest request has not reported back yet."""
        return self._waiting is not None

    def request(self, job: Job) -> int:
        """Run ``job`` on the worker thread; returns the request's generation."""
        generation = self._latest.next()
        self._waiting = generation
        latest, relay = self._latest, self._relay

        def run() -> None:
            if latest.value != generation:
                return  # superseded while it waited
            try:
                built = job()
            except Exception as error:
                if not isinstance(error, DialogueTrackerError):
                    log.exception("building a PDF failed")
                _emit_safely(relay.failed, generation, one_line(error))
            else:
                _emit_safely(relay.done, generation, built)

        self._pool.start(run)
        self.started.emit()
        return generation

    def cancel(self) -> None:
        """Forget every request: a job running finishes, but its result is dropped."""
        self._latest.next()
        self._waiting = None
        self._pool.clear()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    def _done(self, generation: int, built: object) -> None:
        if generation != self._waiting or not isinstance(built, BuiltPdf):
            return
        self._waiting = None
        self.finished.emit(built)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._waiting:
            return
        self._waiting = None
        self.failed.emit(message)


def _emit_safely(signal: SignalInstance, *arguments: object) -> None:
    """Emit from the worker thread; a builder destroyed meanwhile is no error."""
    with contextlib.suppress(RuntimeError):  # the relay is gone: nobody listens any more
        signal.emit(*arguments)
