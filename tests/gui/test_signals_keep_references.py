"""The Qt binding keeps Python's reference counts right while signals are delivered.

PySide6 6.12.0 dropped a reference to ``True`` on every signal delivered to a Python slot;
after a few thousand deliveries (a timer, a progress bar, a day of work) the interpreter
aborted with "Fatal Python error: bool_dealloc". pyproject.toml excludes that version, and
this test fails on any binding that does the same."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    moved = Signal(int, object)


def test_delivering_signals_to_python_slots_leaves_true_and_false_alone() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.moved.connect(lambda done, _total: received.append(done))
    before = sys.getrefcount(True), sys.getrefcount(False)

    for step in range(1000):
        emitter.moved.emit(step, None)

    assert len(received) == 1000
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert abs(after[0] - before[0]) < 10 and abs(after[1] - before[1]) < 10
