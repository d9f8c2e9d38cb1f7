"""The program reads the time in one place only, so that tests and rehearsals can set it and
nothing the program decides depends on the day its code was written."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from dialoguetracker.domain import clock
from moments import TEST_NOW

SOURCE = Path(__file__).parents[1] / "src" / "dialoguetracker"
CLOCK_MODULE = SOURCE / "domain" / "clock.py"

DIRECT_TIME = re.compile(
    r"""
      (?<![\w.])(?:datetime\.)?(?:datetime|date)\s*\.\s*(?:now|today|utcnow)\s*\(  # datetime
    | (?<![\w.])time\s*\.\s*(?:time|time_ns|localtime|gmtime|ctime|asctime)\s*\(  # time
    | \bQ(?:Date|DateTime|Time)\s*\.\s*current\w*\s*\(                      # Qt's clocks
    | \bCURRENT_(?:TIMESTAMP|DATE|TIME)\b | \bfunc\s*\.\s*now\b | \blocaltimestamp\b  # SQL's
    | ["'][^"'\n]*\bnow\s*\(\s*\) | \(\s*["']now["']                           # …in text
    """,
    re.VERBOSE | re.IGNORECASE,
)


def direct_time_reads(text: str) -> list[str]:
    """Each line of ``text`` that reads the time without going through the program's clock."""
    return [line.strip() for line in text.splitlines() if DIRECT_TIME.search(line)]


@pytest.mark.parametrize(
    "line",
    [
        "moment = datetime.now(UTC)",
        "day = date.today()",
        "stamp = time.time()",
        "self.editor.setDate(QDate.currentDate())",
        "at = QDateTime.currentDateTime()",
        "server_default=sa.text('CURRENT_TIMESTAMP')",
        "default=func.now()",
        "WHERE due < date('now')",
        'text("UPDATE audit SET at = now()")',
        "moment = datetime.datetime.now()",
    ],
)
def test_the_search_finds_every_way_of_reading_the_time(line: str) -> None:
    assert direct_time_reads(f"x = 1\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "today = services.today()",
        "moment = clock.now()",
        "stamp = moment.strftime('%H:%M')",
        "self.time.setTime(self.partner.time.time())",
        "began = time.perf_counter()",
        "'Nothing is planned for now.'",
        'DTSTAMP is the last change, never "now"',
    ],
)
def test_the_search_leaves_the_clock_and_look_alikes_alone(line: str) -> None:
    assert direct_time_reads(line) == []


def test_no_module_but_the_clock_reads_the_time() -> None:
    offenders = {
        str(path.relative_to(SOURCE)): found
        for path in sorted(SOURCE.rglob("*.py"))
        if path != CLOCK_MODULE and (found := direct_time_reads(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    assert direct_time_reads(CLOCK_MODULE.read_text(encoding="utf-8"))  # it does, itself


def test_a_frozen_clock_says_the_moment_it_was_given_then_the_one_before() -> None:
    moment = datetime(2031, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-6)))
    before = clock.now()
    with clock.frozen(moment):
        assert clock.now() == moment
        assert clock.now().tzinfo is UTC
        assert clock.today() == moment.astimezone().date()
    assert clock.now() == before == TEST_NOW


def test_a_clock_left_unset_is_the_systems() -> None:
    with clock.frozen(TEST_NOW):  # gives the tests' clock back afterwards
        clock.set_source(None)
        assert abs(clock.now() - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_clock_without_a_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"), clock.frozen(datetime(2031, 6, 1)):
        pass  # pragma: no cover - never entered
    with clock.frozen(TEST_NOW):
        clock.set_source(lambda: datetime(2031, 6, 1))
        with pytest.raises(ValueError, match="aware"):
            clock.now()
    assert isinstance(clock.today(), date)
