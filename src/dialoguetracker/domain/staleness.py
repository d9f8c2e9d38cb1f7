"""Stale commitments: open, and no news of them for months.

A commitment nobody has reported on for half a year is the one a principal is surprised by at
the table, so the register, the overviews and the briefing flag it, as the UN partnership
registry flags commitments without a recent progress report. Its *last news* is the date of
its latest progress update, or, with none, the day it was recorded; it is stale when it is
not closed and that day lies before the same day N months ago (N is chosen in Preferences).

The store works the rule out in SQL (a register of a hundred thousand rows is filtered and
counted there); this module is the rule itself, which the window uses to mark the rows it
shows, and both hold to the same boundary: news on exactly that day is not yet stale.
"""

from __future__ import annotations

import calendar
from datetime import date

from dialoguetracker.domain.enums import CommitmentStatus

STALE_MONTHS = 6
"""Months without news after which an open commitment is stale, unless Preferences say
otherwise."""
MAX_STALE_MONTHS = 120
"""The most months Preferences accept: ten years."""


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier; a day the earlier month lacks
    (31 August six months back) becomes that month's last day (28 or 29 February)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_cutoff(today: date, months: int) -> date:
    """The earliest last news that is not stale on ``today``: news before it is."""
    return months_before(today, months)


def is_stale(status: CommitmentStatus, last_news: date | None, today: date, months: int) -> bool:
    """Open, with its last news before the cutoff; without any date to judge by, not stale."""
    if status.is_closed or last_news is None:
        return False
    return last_news < stale_cutoff(today, months)
