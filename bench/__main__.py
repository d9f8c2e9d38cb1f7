"""``python -m bench``: measure the program on an office's data, each figure beside a baseline
measured in the same run, and write ``bench/RESULTS.md``.

The data is made as a user would bring it: an interchange file written by
:mod:`bench.interchange_file` (100,000 commitments, 10,000 meetings in five dialogues by
default), imported with the real command into an empty store. Options: ``--commitments N``,
``--meetings N``, ``--repeat R`` (at least 5 for published figures), ``--work DIR`` (the files,
default ``.run/bench``), ``--out FILE`` (default ``bench/RESULTS.md``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.briefing import briefing_figures, briefing_store, measure_briefing
from bench.interchange_file import write_interchange
from bench.processes import median_run, run_process
from bench.results import Figure, write_results
from bench.scaling import measure_point, query_figures, query_plans, scaling_notes, smaller_points
from bench.startup import startup_figures
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.interop.calendar_ics import calendar_ics
from dialoguetracker.services import Services
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.calendar import calendar_data
from dialoguetracker.services.commitments import count_commitments, list_commitments
from dialoguetracker.services.meetings import meeting_years
from dialoguetracker.services.search import search
from dialoguetracker.store.engine import open_store

ROOT = Path(__file__).parents[1]


def main(arguments: list[str] | None = None) -> Path:
    options = _options(arguments)
    work: Path = options.work
    work.mkdir(parents=True, exist_ok=True)
    _isolate(work)
    source, empty, store = work / "office.json", work / "empty.db", work / "store.db"
    write_interchange(source, options.commitments, options.meetings)
    _remove(empty)
    program = [sys.executable, "-m", "dialoguetracker", "--db"]
    run_process([*program, empty, "summary"])  # the program makes an empty store of its schema

    def fresh() -> None:
        _remove(store)
        shutil.copyfile(empty, store)

    repeat = options.repeat
    imported, _ = median_run(repeat, fresh, [*program, store, "import", source])
    raw, _ = median_run(repeat, fresh, [sys.executable, "-m", "bench.raw_import", source, store])
    fresh()
    run_process([*program, store, "import", source])
    full = work / "imported.db"
    _remove(full)
    shutil.copyfile(store, full)

    def imported_store() -> None:
        _remove(store)
        shutil.copyfile(full, store)

    again, _ = median_run(repeat, imported_store, [*program, store, "import", source])
    figures = [
        Figure(
            "import of the whole interchange file",
            imported.seconds,
            raw.seconds,
            "s",
            "raw `sqlite3`, same rows by `executemany`, FTS5 built in bulk",
            3,
        ),
        Figure(
            "peak memory of that import",
            imported.peak_mb,
            raw.peak_mb,
            "MB",
            "the raw `sqlite3` import",
            2,
        ),
        Figure(
            "re-import of the same file (adds nothing)",
            again.seconds,
            imported.seconds,
            "s",
            "the import itself",
            0.5,
        ),
    ]
    main_point = measure_point(
        full, options.commitments, options.meetings, imported.seconds, repeat
    )
    points = [
        *smaller_points(work, program, empty, options.commitments, options.meetings, repeat),
        main_point,
    ]
    figures += query_figures(main_point)
    briefed = briefing_store([point.store for point in points])
    figures += briefing_figures(measure_briefing(briefed, repeat))
    figures += startup_figures(full, work, repeat)
    notes = [
        *scaling_notes(points, query_plans(full, options.commitments)),
        *_query_notes(full, repeat),
    ]
    scale = f"{options.commitments:,} commitments, {options.meetings:,} meetings, 5 dialogues"
    out: Path = options.out
    write_results(out, scale, repeat, figures, notes)
    return out


def _query_notes(store: Path, repeat: int) -> list[str]:
    """The queries the views start with, in process on the imported store (no baseline yet)."""
    services = Services(open_store(store), actor="bench")
    page = CommitmentFilter(dialogue_id=1, limit=200)
    cases: dict[str, Callable[[], object]] = {
        "count a dialogue's commitments": lambda: count_commitments(services, page),
        "first page by due date": lambda: list_commitments(services, page),
        "page at offset 10,000 by due date": lambda: list_commitments(
            services, CommitmentFilter(dialogue_id=1, offset=10_000, limit=200)
        ),
        "first page by status, descending": lambda: list_commitments(
            services,
            CommitmentFilter(dialogue_id=1, sort=CommitmentSort.STATUS, descending=True, limit=200),
        ),
        "overdue only, count": lambda: count_commitments(
            services, CommitmentFilter(dialogue_id=1, overdue_only=True)
        ),
        "navigator years": lambda: meeting_years(services, 1),
        "search 'workshop'": lambda: search(services, "workshop", limit=300),
        "history of a meeting": lambda: record_history(services, "meeting", 1),
        "calendar of every dialogue": lambda: calendar_ics(calendar_data(services)),
    }
    lines = [
        "## Other timings (in process, no baseline yet)",
        "",
        "| query | median |",
        "|---|---|",
    ]
    for name, work in cases.items():
        lines.append(f"| {name} | {_median_ms(work, repeat):.1f} ms |")
    services.store.close()
    return lines


def _median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def _isolate(work: Path) -> None:
    """The program's settings and data folders inside the work folder, for every process."""
    os.environ.pop("DIALOGUETRACKER_DB", None)
    for kind in ("DATA", "STATE", "CONFIG", "CACHE"):
        os.environ[f"XDG_{kind}_HOME"] = str(work / "xdg" / kind.lower())


def _remove(store: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)


def _options(arguments: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--work", type=Path, default=ROOT / ".run" / "bench")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md")
    return parser.parse_args(arguments)


if __name__ == "__main__":
    print(main())
