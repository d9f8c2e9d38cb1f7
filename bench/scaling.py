"""How the import, the filter and the search grow with the data, and the plans behind them.

Beside the main store, two stores of a hundredth and a tenth of its size are made as the main
one is: an interchange file of :mod:`bench.interchange_file` (meetings in the same proportion)
imported by the real ``dialoguetracker import`` into an empty store, each import timed as a
whole process, the median of the run's repetitions. On each store the filter and the search of
:mod:`bench.queries` are timed against their baselines.

An import must grow linearly: each added thousand commitments should cost about what the
previous ones did. A filter or a search reads through indexes, so it must grow clearly
slower than the data. Both are judged by the *growth exponent* k between two sizes (time grows
as size**k): about 1 is linear, and "clearly slower" is taken as at most 0.5, i.e. at most ten
times the time for a hundred times the data. The SQLite plans of the queries say why.
"""

from __future__ import annotations

import math
import re
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event

from bench.interchange_file import write_interchange
from bench.processes import median_run
from bench.queries import (
    RAW_PAGE,
    FilterTimes,
    SearchTimes,
    both_sides,
    filter_case,
    measure_filter,
    measure_search,
    model_first_screen,
    program_search,
    qt_application,
    search_limit,
)
from bench.results import Figure
from dialoguetracker.services import Services

LINEAR = 1.25
"""An import still grows linearly when a thousand commitments added at the largest size cost at
most this many times what they cost at the smallest (fixed costs make the first ones dearer,
so a ratio under 1 is linear too)."""
SUBLINEAR = 0.5
"""The largest growth exponent that counts as "clearly slower than the data"."""
PLAN_QUERY = "progress reported"
"""A search whose hits are all updates (the slowest of the 100): the statements of every
kind up to the updates run, and each goes through every record holding both words."""


@dataclass(frozen=True)
class ScalePoint:
    commitments: int
    meetings: int
    store: Path
    import_s: float
    filter: FilterTimes
    search: SearchTimes


Reading = Callable[[ScalePoint], float]
"""One time read off a point (the program's or the baseline's)."""


def smaller_sizes(commitments: int, meetings: int) -> list[tuple[int, int]]:
    """A hundredth and a tenth of the main size (at least a few rows each, for tiny runs),
    meetings in the same proportion as in the main store."""
    sizes: list[tuple[int, int]] = []
    for share in (100, 10):
        size = max(commitments // share, 10)
        if size < commitments and size not in (known for known, _ in sizes):
            sizes.append((size, max(1, round(meetings * size / commitments))))
    return sizes


def measure_point(
    store: Path, commitments: int, meetings: int, import_s: float, repeat: int
) -> ScalePoint:
    """The filter and the search on one store, each beside its baseline."""
    with both_sides(store) as (services, db):
        filtered = measure_filter(services, db, repeat)
        searched = measure_search(services, db, repeat)
    return ScalePoint(commitments, meetings, store, import_s, filtered, searched)


def smaller_points(
    work: Path,
    program: Sequence[str | Path],
    empty: Path,
    commitments: int,
    meetings: int,
    repeat: int,
) -> list[ScalePoint]:
    """Make each smaller store by the real import (timed) and measure the queries on it."""
    points = []
    for size, rounds in smaller_sizes(commitments, meetings):
        source, store = work / f"office-{size}.json", work / f"store-{size}.db"
        write_interchange(source, size, rounds)

        def fresh(store: Path = store) -> None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{store}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(empty, store)

        imported, _ = median_run(repeat, fresh, [*program, store, "import", source])
        # The last run's store is kept: it is an import like the others.
        points.append(measure_point(store, size, rounds, imported.seconds, repeat))
    return points


# -- figures and tables ----------------------------------------------------------------------


def query_figures(point: ScalePoint) -> list[Figure]:
    """The filter's and the search's rows of the results table, on the main store."""
    filtered, searched = point.filter, point.search
    filter_name = (
        "commitments filter (one dialogue, overdue, owner side, topic; "
        f"{filtered.matches:,} rows) → first screen in the Qt model"
    )
    raw_filter = "raw `sqlite3`, same count and first page by hand-written SQL"
    raw_search = "raw `sqlite3`, same FTS5 `MATCH` per kind"
    count = len(searched.queries)
    return [
        Figure(filter_name, filtered.program_ms, filtered.raw_ms, "ms", raw_filter, 3),
        Figure(
            f"{filter_name}: median within budget",
            filtered.program_ms,
            filtered.raw_ms,
            "ms",
            raw_filter,
            budget=50,
        ),
        Figure(
            f"full-text search, {count} varied queries: median per query "
            f"(median of per-query ratios {searched.median_ratio:.2f}×)",
            searched.median_program,
            searched.median_raw,
            "ms",
            raw_search,
            2,
        ),
        Figure(
            f"full-text search, {count} varied queries: 95th percentile",
            searched.p95(searched.program_ms),
            searched.p95(searched.raw_ms),
            "ms",
            raw_search,
            budget=30,
        ),
    ]


def _exponent(small: tuple[int, float], large: tuple[int, float]) -> float:
    """k in time ∝ size**k, from two (size, time) points."""
    (n1, t1), (n2, t2) = small, large
    if n1 == n2 or t1 <= 0 or t2 <= 0:
        return float("nan")
    return math.log(t2 / t1) / math.log(n2 / n1)


def scaling_notes(points: list[ScalePoint], plans: list[str]) -> list[str]:
    """The scaling table, its verdicts and the query plans, as Markdown lines."""
    lines = [
        "## Scaling",
        "",
        "Each store is built by the real import of an interchange file of that size; filter "
        "and search as in the table above, each beside its raw `sqlite3` baseline (in "
        "brackets). The import is a whole process, start-up included.",
        "",
        "| commitments | meetings | import | import per 1,000 | filter | search median | "
        "search p95 |",
        "|---|---|---|---|---|---|---|",
    ]
    for point in points:
        searched = point.search
        lines.append(
            f"| {point.commitments:,} | {point.meetings:,} | {point.import_s:.2f} s | "
            f"{point.import_s / point.commitments * 1000:.3f} s | "
            f"{point.filter.program_ms:.1f} ms ({point.filter.raw_ms:.1f}) | "
            f"{searched.median_program:.1f} ms ({searched.median_raw:.1f}) | "
            f"{searched.p95(searched.program_ms):.1f} ms ({searched.p95(searched.raw_ms):.1f}) |"
        )
    lines.append("")
    if len(points) >= 3:
        lines.extend(_verdicts(points))
    return [*lines, *_slowest(points[-1]), *plans]


def _slowest(point: ScalePoint, count: int = 6) -> list[str]:
    """The searches that make the 95th percentile, slowest first: what they have in common
    says where the time goes."""
    searched = point.search
    ranked = sorted(
        zip(searched.program_ms, searched.raw_ms, searched.queries, searched.hits, strict=True),
        reverse=True,
    )[:count]
    lines = [
        f"The {count} slowest of the {len(searched.queries)} searches on the "
        f"{point.commitments:,}-commitment store (program, raw `sqlite3`, hits):",
        "",
    ]
    lines += [
        f"- `{query}`: {program:.1f} ms, {raw:.1f} ms, {hits}"
        for program, raw, query, hits in ranked
    ]
    return [*lines, ""]


def _verdicts(points: list[ScalePoint]) -> list[str]:
    first, middle, last = points[0], points[-2], points[-1]

    def added(a: ScalePoint, b: ScalePoint) -> float:
        return (b.import_s - a.import_s) / (b.commitments - a.commitments) * 1000

    early, late = added(first, middle), added(middle, last)
    linear = late <= early * LINEAR
    lines = [
        f"- Import: each added 1,000 commitments cost {early:.3f} s from "
        f"{first.commitments:,} to {middle.commitments:,} and {late:.3f} s from "
        f"{middle.commitments:,} to {last.commitments:,} ({late / early:.2f}×; linear if at "
        f"most {LINEAR:g}×): {'linear, met' if linear else '**faster than linear, not met**'}.",
    ]
    span = (first.commitments, last.commitments)
    measures: list[tuple[str, Reading, Reading]] = [
        ("Filter", lambda p: p.filter.program_ms, lambda p: p.filter.raw_ms),
        ("Search median", lambda p: p.search.median_program, lambda p: p.search.median_raw),
        (
            "Search p95",
            lambda p: p.search.p95(p.search.program_ms),
            lambda p: p.search.p95(p.search.raw_ms),
        ),
    ]
    for name, program, raw in measures:
        k = _exponent((span[0], program(first)), (span[1], program(last)))
        k_raw = _exponent((span[0], raw(first)), (span[1], raw(last)))
        met = k <= SUBLINEAR
        lines.append(
            f"- {name}: ×{program(last) / program(first):.1f} in time for ×"
            f"{span[1] / span[0]:.0f} in data, growth exponent {k:.2f} (raw `sqlite3` "
            f"{k_raw:.2f}; clearly slower than the data if at most {SUBLINEAR:g}): "
            f"{'met' if met else '**not met**'}."
        )
    return [*lines, ""]


# -- query plans -----------------------------------------------------------------------------


def _captured(services: Services, work: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SELECT statements the program sends to SQLite while doing ``work``, however it
    sends them (through SQLAlchemy or on the driver's connection), with their values in
    place, as SQLite's trace sees them."""
    captured: list[tuple[str, Any]] = []

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, ()))

    def checked_out(dbapi_connection: Any, *_rest: Any) -> None:
        dbapi_connection.set_trace_callback(trace)

    def checked_in(dbapi_connection: Any, *_rest: Any) -> None:
        dbapi_connection.set_trace_callback(None)

    engine = services.store.engine
    event.listen(engine, "checkout", checked_out)
    event.listen(engine, "checkin", checked_in)
    try:
        work()
    finally:
        event.remove(engine, "checkout", checked_out)
        event.remove(engine, "checkin", checked_in)
    return captured


def _plan(db: sqlite3.Connection, statement: str, parameters: Any) -> list[str]:
    """EXPLAIN QUERY PLAN as SQLite's shell prints it: a tree by indentation."""
    rows = db.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        lines.append("  " * depth[node] + detail)
    return lines


def _short(statement: str) -> str:
    """The statement on one line, the column list of its outer SELECT shortened to ``…`` when
    long, and so is a long list of parameters (the plan depends on neither)."""
    flat = re.sub(r"(\?, ){3,}\?", "?, …, ?", " ".join(statement.split()))
    flat = re.sub(r"(\d+, ){3,}\d+", "…", flat)
    depth = 0
    for at, char in enumerate(flat):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0 and flat.startswith(" FROM ", at):
            columns = flat[len("SELECT ") : at]
            return flat if len(columns) < 70 else f"SELECT … {flat[at + 1 :]}"
    return flat


def query_plans(store: Path, commitments: int) -> list[str]:
    """The plans of the statements the program sends for the filter and for one search,
    and of the filter's hand-written page query, on the store of ``commitments``."""
    lines = [f"## Query plans (the {commitments:,}-commitment store)", ""]
    with both_sides(store) as (services, db):
        qt_application()
        from dialoguetracker.gui.commitments.source import ServicesSource
        from dialoguetracker.gui.commitments.table_model import CommitmentTableModel

        case = filter_case(services)
        model = CommitmentTableModel(ServicesSource(services))
        limit = search_limit()
        work: list[tuple[str, Callable[[], object]]] = [
            ("The filter, through the program", lambda: model_first_screen(model, case.criteria)),
            (
                f"The search for '{PLAN_QUERY}', through the program",
                lambda: program_search(services, PLAN_QUERY, limit),
            ),
        ]
        for title, run in work:
            lines += [f"{title}:", ""]
            for statement, parameters in _captured(services, run):
                lines += ["```", _short(statement), "", *_plan(db, statement, parameters), "```"]
            lines.append("")
        values = {
            "dialogue": case.criteria.dialogue_id,
            "owner": case.owner,
            "topic": case.criteria.topic_id,
            "today": case.today.isoformat(),
            "limit": model.page_size,
        }
        lines += ["The filter's first page by hand (the baseline):", ""]
        lines += ["```", _short(RAW_PAGE), "", *_plan(db, RAW_PAGE, values), "```", ""]
    return lines
