"""``bench/RESULTS.md``: each figure beside its baseline, measured in the same run, and whether
it meets its target."""

from __future__ import annotations

import platform
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import PySide6
import sqlalchemy

from dialoguetracker.domain import clock


@dataclass(frozen=True)
class Figure:
    """One measured figure; ``ratio`` is figure / baseline, met when it is at most ``target``
    (or, with ``at_least``, at least). With ``allowance`` the target is no ratio but the
    baseline plus that much, in the figure's unit (memory over a bare window's). With
    ``budget`` the figure must also stay within that much, whatever its baseline (a wait the
    user feels however fast the baseline is); with a budget and no ``target``, only that."""

    name: str
    measured: float
    baseline: float
    unit: str
    baseline_name: str
    target: float = 0
    at_least: bool = False
    allowance: float | None = None
    budget: float | None = None

    @property
    def ratio(self) -> float:
        return self.measured / self.baseline if self.baseline else float("inf")

    @property
    def met(self) -> bool:
        if self.allowance is not None:
            return self.measured <= self.baseline + self.allowance
        if self.budget is not None and self.measured > self.budget:
            return False
        if self.budget is not None and not self.target:
            return True
        return self.ratio >= self.target if self.at_least else self.ratio <= self.target

    def row(self) -> str:
        sign = "≥" if self.at_least else "≤"
        verdict = "met" if self.met else "**not met**"
        target = (
            f"≤ baseline + {self.allowance:g} {self.unit}"
            if self.allowance is not None
            else f"{sign} {self.target:g}×"
        )
        if self.budget is not None:
            limit = f"≤ {self.budget:g} {self.unit}"
            target = f"{target}, {limit}" if self.target else limit
        return (
            f"| {self.name} | {self.measured:.2f} {self.unit} | {self.baseline_name}: "
            f"{self.baseline:.2f} {self.unit} | {self.ratio:.2f}× | {target} | {verdict} |"
        )


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open(encoding="utf-8") as info:
            names = [
                line.split(":", 1)[1].strip() for line in info if line.startswith("model name")
            ]
        if names:
            cpu = f"{names[0]}, {len(names)} cores"
    except OSError:
        pass
    memory = ""
    try:
        with Path("/proc/meminfo").open(encoding="utf-8") as info:
            total_kb = int(info.readline().split()[1])
        memory = f", {total_kb / 1024 / 1024:.0f} GB memory"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{cpu}{memory}; {platform.system()} {platform.release()}; Python "
        f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, SQLAlchemy "
        f"{sqlalchemy.__version__}, PySide6 {PySide6.__version__}"
    )


def write_results(
    path: Path, scale: str, repeat: int, figures: list[Figure], notes: list[str]
) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {clock.today().isoformat()}.",
        "",
        f"- Machine: {machine()}",
        f"- Data: {scale}, built through `import` of an interchange file "
        "(`python -m bench.interchange_file`).",
        f"- Each figure is the median of {repeat} runs, measured in the same run as its "
        "baseline: whole processes where the user waits for a command, calls inside the "
        "running program for the queries, the search and the briefing.",
        "",
        "| figure | measured | baseline | ratio | target | |",
        "|---|---|---|---|---|---|",
        *(figure.row() for figure in figures),
        "",
        *notes,
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
