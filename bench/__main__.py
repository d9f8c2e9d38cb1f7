"""``python -m bench [STORE]``: time the queries every view starts with, on a large store.

Makes the store with :mod:`bench.generate` when it does not exist yet. Prints the median of
several runs of each query; the performance issue will compare these with raw SQLite.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.generate import generate
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.interop.calendar_ics import calendar_ics
from dialoguetracker.services import Services
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.calendar import calendar_data
from dialoguetracker.services.commitments import count_commitments, list_commitments
from dialoguetracker.services.meetings import meeting_years
from dialoguetracker.services.search import search
from dialoguetracker.store.engine import open_store


def _median_ms(work: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else ".run/bench-100k.db")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {path} …")
        generate(path, commitments=100_000, meetings=10_000)
    services = Services(open_store(path), actor="bench")
    page = CommitmentFilter(dialogue_id=1, limit=200)
    cases: dict[str, Callable[[], object]] = {
        "count all commitments": lambda: count_commitments(services, page),
        "first page by due date": lambda: list_commitments(services, page),
        "page 200 by due date": lambda: list_commitments(
            services, CommitmentFilter(dialogue_id=1, offset=40_000, limit=200)
        ),
        "first page by status, descending": lambda: list_commitments(
            services,
            CommitmentFilter(dialogue_id=1, sort=CommitmentSort.STATUS, descending=True, limit=200),
        ),
        "overdue only, count": lambda: count_commitments(
            services, CommitmentFilter(dialogue_id=1, overdue_only=True)
        ),
        "text filter 'ransomware'": lambda: list_commitments(
            services, CommitmentFilter(dialogue_id=1, text="ransomware", limit=200)
        ),
        "navigator years": lambda: meeting_years(services, 1),
        "search 'workshop'": lambda: search(services, "workshop", limit=300),
        "history of a meeting": lambda: record_history(services, "meeting", 1),
        "history of a commitment": lambda: record_history(services, "commitment", 1),
        "calendar of the dialogue": lambda: calendar_ics(calendar_data(services)),
    }
    for name, work in cases.items():
        print(f"{name:<36} {_median_ms(work):8.1f} ms")
    services.store.close()


if __name__ == "__main__":
    main()
