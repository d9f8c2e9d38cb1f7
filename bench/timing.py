"""Timing work done inside the benchmark's own process: medians and percentiles in ms.

The import is timed as a whole process (:mod:`bench.processes`) because a user waits for the
whole command. A query, a search or a briefing runs inside the program that is already open,
so those are timed in process, each beside a baseline timed the same way, in the same run.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
U = TypeVar("U")


def times_ms(work: Callable[[], object], repeat: int, *, warm_up: bool = True) -> list[float]:
    """``repeat`` timings of ``work`` in milliseconds, after one untimed run (``warm_up``)
    so that neither side pays alone for first-use costs: imports, caches, the database
    pages a cold connection reads from disk."""
    if warm_up:
        work()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return times


def median_ms(work: Callable[[], object], repeat: int, *, warm_up: bool = True) -> float:
    return statistics.median(times_ms(work, repeat, warm_up=warm_up))


def paired_medians(
    work: Callable[[], T], baseline: Callable[[], U], repeat: int
) -> tuple[float, T, float, U]:
    """The medians in milliseconds of ``repeat`` runs of ``work`` and of ``baseline`` taken in
    turn (work, baseline, work, ...), and what the last run of each returned. On a machine
    shared with other jobs a load that comes and goes then weighs on both sides alike,
    instead of on whichever side happened to run while it lasted."""
    work_times: list[float] = []
    baseline_times: list[float] = []
    done: T | None = None
    expected: U | None = None
    for _ in range(max(1, repeat)):
        began = time.perf_counter()
        done = work()
        middle = time.perf_counter()
        expected = baseline()
        work_times.append((middle - began) * 1000)
        baseline_times.append((time.perf_counter() - middle) * 1000)
    assert done is not None and expected is not None
    return statistics.median(work_times), done, statistics.median(baseline_times), expected


def percentile(values: list[float], fraction: float) -> float:
    """The nearest-rank percentile (``fraction`` 0.95 for p95): a value actually measured,
    never one interpolated between two, so a p95 of 100 values is the 95th smallest."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]
