"""The program's one clock.

Every "now" and "today" the program decides anything by is read here: audit stamps, what is
overdue or due soon, which meeting is next, where the sample's planned round falls, the date of
a briefing, the names of backups, the dates a form proposes. Nothing the program decides may
depend on the day its code or its tests were written, so nothing else in the program reads the
system's time (``tests/test_one_clock.py`` looks for any that does).

Tests, and anyone rehearsing a date, set the clock with :func:`frozen` or :func:`set_source`;
a clock that has not been set is the system's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

Source = Callable[[], datetime]
"""Something that says what time it is, as an aware datetime."""


def system_time() -> datetime:
    """The operating system's time, in UTC."""
    return datetime.now(UTC)


_source: Source = system_time


def now() -> datetime:
    """This moment, in UTC."""
    moment = _source()
    if moment.tzinfo is None:
        raise ValueError("the clock must give an aware datetime, not a wall time without a zone")
    return moment.astimezone(UTC)


def local_now() -> datetime:
    """This moment on this computer's wall clock (aware, in the local time zone)."""
    return now().astimezone()


def today() -> date:
    """Today's date where the user is: what "overdue" and "next meeting" are judged by."""
    return local_now().date()


def set_source(source: Source | None) -> None:
    """Take the time from ``source`` from now on; ``None`` goes back to the system's time."""
    global _source
    _source = system_time if source is None else source


@contextmanager
def frozen(moment: datetime) -> Iterator[None]:
    """Stop the clock at ``moment`` (aware) while the block runs, then restore the one before."""
    if moment.tzinfo is None:
        raise ValueError("a frozen moment needs a time zone")
    before = _source
    set_source(lambda: moment)
    try:
        yield
    finally:
        set_source(before)
