"""Compliance assessment, the way the G7/G20 Research Group scores a summit's commitments.

Each side's compliance with each commitment is scored for one **period**, the interval between
two rounds of the dialogue: from one held meeting to the next, the current period running from
the last held meeting to today. **+1** is full compliance, **0** partial compliance or work in
progress, **−1** no compliance or action contrary to the commitment. A joint commitment is
scored for each side. Scoring again appends a new assessment; the latest for a commitment, a
side and a period counts, the earlier ones stay in the history. Averages are printed on the
−1…+1 scale and as the percentage (average + 1) / 2, as the Research Group's reports print
them: ``+0.50 (75%)``. A commitment's status suggests no score: the method scores what was done
in the period, which only a person reading the evidence can say.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from dialoguetracker.domain.enums import CommitmentStatus, Handling

SCORES = (-1, 0, 1)


@dataclass(frozen=True)
class Period:
    """From the round held on ``start`` (exclusive) to the one held on ``end`` (inclusive);
    ``end`` is None for the current period, which runs to today."""

    start: date
    end: date | None = None

    @property
    def is_current(self) -> bool:
        return self.end is None

    def holds(self, day: date) -> bool:
        return self.start < day and (self.end is None or day <= self.end)


def periods_between(held: Iterable[date]) -> list[Period]:
    """The periods the held rounds' dates cut the dialogue's time into, oldest first; none
    before the first round (nothing was committed yet)."""
    days = sorted(set(held))
    return [
        Period(day, days[index + 1] if index + 1 < len(days) else None)
        for index, day in enumerate(days)
    ]


def period_of(start: date, periods: Sequence[Period]) -> Period | None:
    """The period an assessment made for the period starting ``start`` belongs to: the one
    starting on the latest round held on or before it (a round's date edited since the
    assessment was made still finds its period)."""
    found = None
    for period in periods:
        if period.start <= start:
            found = period
    return found


@dataclass(frozen=True)
class AssessmentDraft:
    commitment_id: int
    side: str
    """The party code of the side assessed."""
    score: int
    evidence: str
    final: bool = False
    handling: Handling = Handling.INTERNAL
    period_start: date | None = None
    """The period assessed, by the date of the round that opens it; None: the current one."""


@dataclass(frozen=True)
class Assessment:
    id: int
    commitment_id: int
    side: str
    period: Period
    score: int
    evidence: str
    final: bool
    handling: Handling
    assessed_on: date
    assessed_by: str


@dataclass(frozen=True)
class Average:
    """The average score of some assessments, and how many there were."""

    count: int
    total: int = 0

    @property
    def value(self) -> float | None:
        return None if self.count == 0 else self.total / self.count

    @property
    def percent(self) -> float | None:
        value = self.value
        return None if value is None else (value + 1) / 2 * 100

    def added(self, score: int) -> Average:
        return Average(self.count + 1, self.total + score)

    def shown(self) -> str:
        """``+0.50 (75%)``; an empty text when nothing was assessed."""
        value, percent = self.value, self.percent
        if value is None or percent is None:
            return ""
        return f"{value:+.2f} ({percent:.0f}%)"


def score_word(score: int) -> str:
    """A score as the Research Group prints it: +1, 0, -1."""
    return f"{score:+d}" if score else "0"


def average_of(scores: Iterable[int]) -> Average:
    result = Average(0)
    for score in scores:
        result = result.added(score)
    return result


@dataclass(frozen=True)
class ComplianceLine:
    """One side's average over one period (and, when ``topic`` is set, one topic)."""

    period: Period
    side: str
    average: Average
    topic: str | None = None


@dataclass(frozen=True)
class ComplianceSummary:
    periods: tuple[Period, ...]
    by_side: tuple[ComplianceLine, ...] = ()
    by_topic: tuple[ComplianceLine, ...] = field(default=())


# -- where the register shows it -----------------------------------------------------------


def due_this_period(status: CommitmentStatus, last_news: date | None, current: date | None) -> bool:
    """Whether a commitment is to be scored for the current period, which began with the round
    held on ``current`` (None: no round held yet, nothing to score). A proposal is no commitment
    yet; an open one is scored every period; a closed one only in the period it has news in
    (it closed then, or something was reported of it), not in every period after it ended.

    The store holds the same rule in SQL (``store.assessment_queries.unassessed``)."""
    if current is None or status is CommitmentStatus.PROPOSED:
        return False
    if not status.is_closed:
        return True
    return last_news is not None and last_news > current


@dataclass(frozen=True)
class SideScore:
    side: str
    score: int | None
    """The latest score for this side in any period; None when never assessed."""
    this_period: bool
    """That score is for the current period."""


@dataclass(frozen=True)
class LatestScores:
    """A commitment's latest score for each side it is assessed for, as the register shows it."""

    sides: tuple[SideScore, ...] = ()
    due: bool = False
    """It is to be scored for the current period (see :func:`due_this_period`)."""

    @property
    def unassessed(self) -> tuple[str, ...]:
        """The sides still to be scored for the current period."""
        if not self.due:
            return ()
        return tuple(side.side for side in self.sides if not side.this_period)


def latest_scores(
    sides: Sequence[str],
    latest: Mapping[str, tuple[int, date]],
    current: date | None,
    due: bool,
) -> LatestScores:
    """``latest``: side -> (score, period start) of the side's latest assessment; a period
    starting on or after ``current`` (the current period's start) is the current one."""
    shown = []
    for side in sides:
        found = latest.get(side)
        if found is None:
            shown.append(SideScore(side, None, False))
        else:
            score, start = found
            shown.append(SideScore(side, score, current is not None and start >= current))
    return LatestScores(tuple(shown), due)


def last_periods(periods: Sequence[Period]) -> tuple[Period, ...]:
    """The last complete period and the current one, those of ``periods`` there are: what
    an overview shows of a dialogue's compliance."""
    return tuple(periods[-2:])


def period_lines(
    periods: Sequence[Period], totals: Iterable[tuple[int, str, int, int]]
) -> tuple[ComplianceLine, ...]:
    """Lines from (index in ``periods``, side, how many, sum of scores), by period then side."""
    return tuple(
        ComplianceLine(periods[index], side, Average(count, total))
        for index, side, count, total in sorted(totals)
    )
