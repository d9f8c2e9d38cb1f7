"""How long work says how far it has come, and how it is cancelled.

A service that may take a while (an import, an export, a check, a backup) takes a
``progress`` argument and calls it now and then with how much is done out of how much (the
total ``None`` while it is not known yet). Whoever runs the service decides what to show: the
command line draws a line on a terminal, the application a progress dialog, a script nothing.

Cancelling is done by the one who shows the progress: at its next call it raises
:class:`CancelledError`. Since every service is one transaction, the transaction then rolls back
and a cancelled import has changed nothing; an export that is cancelled has not written its
file yet (files are written whole, at the end).
"""

from __future__ import annotations

from typing import Protocol

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.words import translate


class Progress(Protocol):
    def __call__(self, done: int, total: int | None = None) -> None:
        """``done`` of ``total`` units of work are finished; may raise :class:`CancelledError`."""


def no_progress(done: int, total: int | None = None) -> None:
    """Progress nobody watches."""


class CancelledError(DialogueTrackerError):
    """The user cancelled the work; whatever it was writing was rolled back."""

    def __init__(self) -> None:
        super().__init__(translate("Errors", "cancelled; nothing was changed"))


class Steps:
    """Counts units of work against a known total and reports each one.

    Reports are thinned to about one per hundredth of the total, so a hundred thousand rows
    cost a few hundred calls, not a hundred thousand."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress = progress
        self.total = max(total, 0)
        self.done = 0
        self._every = max(1, self.total // 100)
        progress(0, self.total)

    def step(self, count: int = 1) -> None:
        before = self.done
        self.done = min(self.done + count, self.total)
        if self.done // self._every != before // self._every or self.done == self.total:
            self.progress(self.done, self.total)
