"""The stale rule itself: months counted on the calendar, the boundary day not yet stale,
closed commitments never stale."""

from __future__ import annotations

from datetime import date

import pytest

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.staleness import is_stale, months_before, stale_cutoff


@pytest.mark.parametrize(
    ("day", "months", "before"),
    [
        (date(2025, 9, 14), 6, date(2025, 3, 14)),
        (date(2025, 8, 31), 6, date(2025, 2, 28)),  # February has no 31st
        (date(2024, 8, 31), 6, date(2024, 2, 29)),  # nor in a leap year
        (date(2025, 3, 1), 3, date(2024, 12, 1)),  # across the year
        (date(2025, 3, 1), 120, date(2015, 3, 1)),
    ],
)
def test_months_are_counted_on_the_calendar(day: date, months: int, before: date) -> None:
    assert months_before(day, months) == before


def test_news_on_the_boundary_day_is_not_yet_stale() -> None:
    today, agreed = date(2025, 9, 14), CommitmentStatus.AGREED
    assert stale_cutoff(today, 6) == date(2025, 3, 14)
    assert not is_stale(agreed, date(2025, 3, 14), today, 6)
    assert is_stale(agreed, date(2025, 3, 13), today, 6)
    assert is_stale(CommitmentStatus.DEFERRED, date(2025, 3, 13), today, 6)  # deferred is open
    assert not is_stale(CommitmentStatus.COMPLETED, date(2020, 1, 1), today, 6)
    assert not is_stale(agreed, None, today, 6)  # nothing to judge by
