"""Long work off the GUI thread: the one way the application runs it, hears how far it has
come, cancels it, and gets its result or failure back (the way Anki's ``CollectionOp`` and
``QueryOp`` work).

A runner owns a private pool of one thread. Each request gets a generation number; a request
superseded by a newer one is told to stop at its next progress report and whatever it
returns is dropped, so only the newest request ever reports back. Results, failures and
progress come back to the GUI thread through queued signals; the task itself never touches a
widget. It is given a :class:`~dialoguetracker.domain.progress.Progress` to call: that is how
it reports, and how it learns it was cancelled (the call raises
:class:`~dialoguetracker.domain.progress.CancelledError`, and the service's transaction rolls
back).

A service run here opens its own session and connection, as every service call does; the
store's rules (one writer at a time on SQLite, one transaction per call) hold as they do on
the GUI thread.

The pool is a child of the runner: when the runner is destroyed, the pool waits for a task
still running instead of leaving a thread behind.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, SignalInstance

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.progress import CancelledError
from dialoguetracker.gui.said import said

log = logging.getLogger(__name__)

Task = Callable[["TaskProgress"], Any]
"""Work for the worker thread: given its progress reporter, returns its result."""


class _Relay(QObject):
    """Carries reports from the worker thread back to the runner (queued connections)."""

    done = Signal(int, object)
    failed = Signal(int, str)
    stopped = Signal(int)
    progressed = Signal(int, int, object)


class _Latest:
    """The newest generation, shared with the worker; a lock guards the increment."""

    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def next(self) -> int:
        with self._lock:
            self.value += 1
            return self.value


class TaskProgress:
    """What a task calls to report progress; raises :class:`CancelledError` once its request
    was cancelled or superseded."""

    def __init__(self, relay: _Relay, generation: int) -> None:
        self._relay = relay
        self.generation = generation
        self._stop = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def __call__(self, done: int, total: int | None = None) -> None:
        if self._stop.is_set():
            raise CancelledError()
        _emit_safely(self._relay.progressed, self.generation, done, total)


def one_line(error: BaseException) -> str:
    """An error as one plain line: the user's own message for errors a user can act on, the
    kind and first line of the message otherwise; never a traceback."""
    if isinstance(error, DialogueTrackerError):
        text = said(error)
    elif isinstance(error, OSError) and error.strerror:
        text = f"{error.filename}: {error.strerror}" if error.filename else error.strerror
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


class TaskRunner(QObject):
    started = Signal()
    """A request was made; its result is pending until one of the three signals below."""

    finished = Signal(object)
    """The newest request's result."""

    failed = Signal(str)
    """The newest request failed; the reason in one plain line."""

    cancelled = Signal()
    """The newest request stopped because it was cancelled; what it wrote was rolled back."""

    progressed = Signal(int, object)
    """How far the newest request has come: done, and the total (None while unknown)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool is made before the relay, so it is destroyed (and waits) before the relay.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._relay.stopped.connect(self._stopped)
        self._relay.progressed.connect(self._progressed)
        self._latest = _Latest()
        self._current: TaskProgress | None = None

    @property
    def busy(self) -> bool:
        """Whether the newest request has not reported back yet."""
        return self._current is not None

    def request(self, task: Task) -> int:
        """Run ``task`` on the worker thread; returns the request's generation. A request
        still running is told to stop, and its result will be dropped."""
        if self._current is not None:
            self._current.cancel()
        generation = self._latest.next()
        progress = TaskProgress(self._relay, generation)
        self._current = progress
        latest, relay = self._latest, self._relay

        def run() -> None:
            if latest.value != generation or progress.cancelled:
                _emit_safely(relay.stopped, generation)
                return  # superseded or cancelled while it waited
            try:
                result = task(progress)
            except CancelledError:
                _emit_safely(relay.stopped, generation)
            except Exception as error:
                if not isinstance(error, DialogueTrackerError | OSError):
                    log.exception("a background task failed")
                _emit_safely(relay.failed, generation, one_line(error))
            else:
                _emit_safely(relay.done, generation, result)

        self._pool.start(run)
        self.started.emit()
        return generation

    def cancel(self) -> None:
        """Ask the newest request to stop at its next progress report. ``cancelled`` follows
        once it has stopped, or ``finished`` if it was done already."""
        if self._current is not None:
            self._current.cancel()

    def forget(self) -> None:
        """Drop every request: a task running is told to stop, and nothing it reports is
        heard (no signal follows)."""
        if self._current is not None:
            self._current.cancel()
        self._latest.next()
        self._current = None

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the worker is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    def _newest(self, generation: int) -> bool:
        current = self._current
        return current is not None and current.generation == generation

    def _done(self, generation: int, result: object) -> None:
        if self._newest(generation):
            self._current = None
            self.finished.emit(result)

    def _failed(self, generation: int, message: str) -> None:
        if self._newest(generation):
            self._current = None
            self.failed.emit(message)

    def _stopped(self, generation: int) -> None:
        if self._newest(generation):
            self._current = None
            self.cancelled.emit()

    def _progressed(self, generation: int, done: int, total: object) -> None:
        if self._newest(generation):
            self.progressed.emit(done, total)


def _emit_safely(signal: SignalInstance, *arguments: object) -> None:
    """Emit from the worker thread; a runner destroyed meanwhile is no error."""
    with contextlib.suppress(RuntimeError):  # the relay is gone: nobody listens any more
        signal.emit(*arguments)
