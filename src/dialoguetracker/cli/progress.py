"""A progress line on stderr while a long command runs, on a terminal only.

Piped or redirected, a command prints exactly its one-line result, as scripts and tests
expect; on a terminal the same command shows how far it has come. A dozen lines of our own
rather than a library such as tqdm or rich: all that is drawn is a label, a count and a
percentage, redrawn at most ten times a second and wiped when the command ends, and a
dependency would cost every start of the program more than it saves.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from dialoguetracker.domain.progress import Progress, no_progress

REDRAW_SECONDS = 0.1
"""The line is redrawn at most this often (the end is always drawn)."""


class ProgressLine:
    """Draws ``label: 1,234/10,000 (12%)`` over itself on one terminal line."""

    def __init__(self, label: str, stream: TextIO) -> None:
        self.label = label
        self.stream = stream
        self.drawn = False
        self._last = 0.0

    def __call__(self, done: int, total: int | None = None) -> None:
        finished = total is not None and done >= total
        now = time.monotonic()  # a duration between redraws, not a date: no clock needed
        if not finished and self.drawn and now - self._last < REDRAW_SECONDS:
            return
        self._last = now
        if total:
            text = f"{self.label}: {done:,}/{total:,} ({100 * done // total}%)"
        else:
            text = f"{self.label}: {done:,}"
        self.stream.write(f"\r{text}\x1b[K")
        self.stream.flush()
        self.drawn = True

    def wipe(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@contextmanager
def progress_line(label: str) -> Iterator[Progress]:
    """A progress reporter that draws on stderr when it is a terminal, and does nothing when
    it is not; the line is wiped at the end, so only the command's result stays."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        yield no_progress
        return
    from dialoguetracker.cli.language import say

    line = ProgressLine(say(label), stream)
    try:
        yield line
    finally:
        line.wipe()
