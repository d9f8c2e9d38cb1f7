"""Timing whole processes: wall time and peak memory of one run, medians of several.

A figure that a user feels from a command (an import, a start-up) is measured as the whole
process, so that the interpreter's start and every import count, as they do for the user.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


LAUNCHER = """
import os, sys, time
report, argv = sys.argv[1], sys.argv[2:]
began = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(argv[0], argv)
_pid, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - began
with open(report, "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {seconds} {usage.ru_maxrss}")
"""
"""Runs the measured command as the child of a small process of its own. Linux counts, in a
child's peak memory, the pages it held when it was forked (or, spawned with vfork, the
parent's own): a child of the benchmark would be charged the benchmark's memory."""


def run_process(command: Sequence[str | Path]) -> Run:
    """Run a command to its end (it must succeed); its wall time and peak resident memory."""
    argv = [str(part) for part in command]
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report"
        done = subprocess.run(
            [sys.executable, "-c", LAUNCHER, str(report), *argv],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        code, seconds, peak_kb = report.read_text(encoding="utf-8").split()
    if int(code) != 0 or done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip()
        raise RuntimeError(f"{' '.join(argv)} failed: {said}")
    return Run(float(seconds), int(peak_kb) / 1024)  # Linux reports kilobytes


def median_run(
    repeat: int, prepare: Callable[[], None], command: Sequence[str | Path]
) -> tuple[Run, list[Run]]:
    """``repeat`` runs, each after ``prepare`` (e.g. a fresh empty store): the median of the
    times and of the peaks, and every run."""
    runs = []
    for _ in range(repeat):
        prepare()
        runs.append(run_process(command))
    middle = Run(
        statistics.median(run.seconds for run in runs),
        statistics.median(run.peak_mb for run in runs),
    )
    return middle, runs
