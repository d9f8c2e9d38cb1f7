"""The benchmark on a tiny office, so that it never rots: it imports through the real command,
measures its baseline in the same run and writes its table (the full run is `make bench`)."""

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
        r"^\| (.+?) \| ([\d.]+) (s|MB) \| .+?: ([\d.]+) \3 \| ([\d.]+)×", written, re.M
    )
    assert [row[0] for row in rows] == [
        "import of the whole interchange file",
        "peak memory of that import",
        "re-import of the same file (adds nothing)",
    ]
    for _name, measured, _unit, baseline, ratio in rows:
        assert float(measured) > 0 and float(baseline) > 0
        # the table rounds to two decimals; the ratio is worked out before rounding
        assert float(ratio) == pytest.approx(float(measured) / float(baseline), rel=0.15)
    assert "| search 'workshop' |" in written
