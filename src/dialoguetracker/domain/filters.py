"""What a list view asks for: plain values the store turns into SQL.

A view over a hundred thousand commitments pages through these, so every criterion here
must be expressible in SQL; nothing is filtered or sorted after the rows are loaded. Pages
are found by key (:class:`SortKey`): "the rows after this one", which an index answers at
the same cost on the first page and the five hundredth, where an offset makes the store
step over every row before the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum

from dialoguetracker.domain.compliance import LatestScores
from dialoguetracker.domain.enums import Audience, CommitmentStatus
from dialoguetracker.domain.records import Commitment, Side


class CommitmentSort(StrEnum):
    """The columns a commitment list can be sorted by; ties always fall back to the id."""

    DUE = "due"
    STATUS = "status"
    OWNER = "owner"
    TOPIC = "topic"
    ID = "id"


@dataclass(frozen=True)
class SortKey:
    """Where a row stands in a sorted list: the value it is sorted by, and its id.

    ``value`` is the due date (DUE), the status word (STATUS), the owner's party code, None
    for a joint commitment (OWNER), the topic's name, None without a topic (TOPIC), and
    None for the id sort. A key names a place in the order, not a row: it stays meaningful
    when its row has since changed or gone, so a page asked for after it is still exact.
    """

    value: date | str | None
    id: int

    def at_or_after(self, descending: bool) -> SortKey:
        """A key just short of this one in the list's order: the rows "after" it begin
        with this key's own row.

        Rows with equal values are in id order, and ids are whole numbers: no row lies
        between ``id`` and the id one step back in that order.
        """
        return replace(self, id=self.id + 1 if descending else self.id - 1)


@dataclass(frozen=True)
class CommitmentFilter:
    """Every criterion left at its default lets all commitments through.

    ``overdue_only`` is worked out against the day the query runs (due before today and not
    closed), because overdue is never stored; so is ``stale_months``, which lets through only
    the open commitments with no news for that many months (see
    :mod:`~dialoguetracker.domain.staleness`). ``dialogue_id`` None lists every dialogue's.
    Commitments without a due date sort last in either direction, since "no date" is neither
    early nor late.

    A page is ``limit`` rows ``after`` one key (or ``before`` one, still in list order:
    the page that ends next to the key), so a list is read page by page at the cost of
    one page each. ``offset`` skips that many rows further from the key (or from the
    start): it serves a jump to a row whose key nobody has read yet, and costs the rows
    it skips.
    """

    dialogue_id: int | None = None
    statuses: frozenset[CommitmentStatus] = frozenset()
    owner: Side | None = None
    topic_id: int | None = None
    meeting_id: int | None = None
    due_from: date | None = None
    due_until: date | None = None
    overdue_only: bool = False
    open_only: bool = False
    stale_months: int | None = None
    unassessed_only: bool = False
    """Only commitments due for scoring in their dialogue's current period that some side
    they are assessed for has no score for yet (see :mod:`~dialoguetracker.domain.compliance`)."""
    text: str | None = None
    audience: Audience | None = None
    sort: CommitmentSort = CommitmentSort.DUE
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    after: SortKey | None = None
    before: SortKey | None = None

    def due_within(self, today: date, days: int) -> CommitmentFilter:
        """The same filter narrowed to commitments due between today and ``days`` from now."""
        return replace(self, due_from=today, due_until=today + timedelta(days=days))


@dataclass(frozen=True)
class CommitmentPage:
    """A page of a list with each row's key, so the page after (or before) it can be asked
    for by key instead of by position, each row's last news (its latest progress update's
    date, else the day it was recorded), which says whether it is stale, and its latest
    compliance scores."""

    commitments: list[Commitment]
    keys: list[SortKey]
    news: list[date | None] = field(default_factory=list)
    """One per row, in the rows' order; empty when the reader did not read them."""
    scores: list[LatestScores] = field(default_factory=list)
    """One per row: its latest compliance scores; empty when the reader did not read them."""

    def last_news(self, position: int) -> date | None:
        return self.news[position] if position < len(self.news) else None

    def latest_scores(self, position: int) -> LatestScores:
        return self.scores[position] if position < len(self.scores) else LatestScores()
