"""The benchmark on a tiny office, so that it never rots: it imports through the real command,
measures its baseline in the same run and writes its table (the full run is `make bench`); the
filter, search and briefing figures, the scaling table and the query plans come out too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bench.__main__ import main


def test_the_benchmark_runs_end_to_end_on_tiny_data(tmp_path: Path) -> None:
    out = main(
        [
            "--commitments",
            "60",
            "--meetings",
            "10",
            "--repeat",
            "1",
            "--work",
            str(tmp_path / "work"),
            "--out",
            str(tmp_path / "RESULTS.md"),
        ]
    )

    written = out.read_text(encoding="utf-8")
    assert "- Data: 60 commitments, 10 meetings" in written
    rows = re.findall(
        r"^\| (.+?) \| ([\d.]+) (s|MB|ms) \| .+?: ([\d.]+) \3 \| ([\d.]+)×", written, re.M
    )
    names = [row[0] for row in rows]
    assert names[:3] == [
        "import of the whole interchange file",
        "peak memory of that import",
        "re-import of the same file (adds nothing)",
    ]
    for _name, measured, _unit, baseline, ratio in rows[:3]:
        assert float(measured) > 0 and float(baseline) > 0
        # the table rounds to two decimals; the ratio is worked out before rounding
        assert float(ratio) == pytest.approx(float(measured) / float(baseline), rel=0.15)
    for prefix in (
        "commitments filter (one dialogue, overdue, owner side, topic;",
        "full-text search, 100 varied queries: median per query",
        "full-text search, 100 varied queries: 95th percentile",
        "briefing PDF of the largest dialogue (12 commitments,",
        "process start → main window painted",
        "process start → overview of a dialogue with its figures",
        "peak memory, commitments view of the big store",
    ):
        found = [row for row in rows if row[0].startswith(prefix)]
        assert found, prefix
        assert all(float(row[1]) > 0 for row in found)
    assert "| 10 | 2 |" in written and "| 60 | 10 |" in written  # the scaling table
    assert "SCAN search_index VIRTUAL TABLE" in written  # the search's plan
    assert "USING INDEX" in written  # the filter's plan
    assert "| search 'workshop' |" in written
