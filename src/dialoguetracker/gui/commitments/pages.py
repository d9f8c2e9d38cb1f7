"""The rows behind the commitments table, read a page at a time and only when shown.

The table announces rows a page at a time (``fetchMore``), and may announce many at once to
reach a far commitment (:meth:`CommitmentPages.extend_through`); but a page's records are read
only when a row of it is first asked for, and only the most recently used pages are kept. So
jumping to row 60,000 of a hundred thousand, or reading the list again after a change, costs a
count and a page or two, never the records in between.

Pages are found by key: every page read leaves the keys of its first and last rows behind
(kept after the page itself is forgotten), and the next page is asked for *after* the last
key, the one before it *before* the first, at the cost of one page however deep. A key
cannot say what lies at an arbitrary row, though: a page no known key is near (the scroll bar
dragged to the middle of a fresh list, or the rows under the view after a refresh) is read
after the nearest key with an offset, which the store pays for by stepping over the rows in
between, once; the pages around it then go by key again. A commitment opened by id brings
its own key (:meth:`CommitmentPages.place`), so its page needs no offset.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import NamedTuple

from dialoguetracker.domain.compliance import LatestScores
from dialoguetracker.domain.filters import CommitmentFilter, SortKey
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.commitments.source import CommitmentSource

PAGE_SIZE = 200
KEPT_PAGES = 50
"""Pages kept in memory (10,000 rows); older ones are read again when scrolled back to."""


class CommitmentPages:
    def __init__(self, source: CommitmentSource, page_size: int = PAGE_SIZE) -> None:
        self.source = source
        self.page_size = page_size
        self.criteria: CommitmentFilter | None = None
        self.total = 0
        """How many commitments the criteria let through."""
        self.count = 0
        """How many rows the table has announced (whole pages, at most ``total``)."""
        self.today = source.today()
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._keys: dict[int, SortKey] = {}
        """Row → the key of the commitment on it, for rows whose key has been read."""
        self.reads = 0
        """Page queries run so far, for tests and benchmarks."""
        self.skipped = 0
        """Rows the store stepped over to reach pages no key was near (offsets)."""

    def restart(
        self, criteria: CommitmentFilter | None, count: int, *, read_first: bool = True
    ) -> None:
        """Count afresh under ``criteria``, announce ``count`` rows (at most all) and forget
        every page and key read before (a change may have moved rows between them); read the
        first page at once unless told not to (a list read again where the user had scrolled
        far down need not pay for it)."""
        self.criteria = (
            None
            if criteria is None
            else replace(criteria, offset=0, limit=None, after=None, before=None)
        )
        self.today = self.source.today()
        self._pages.clear()
        self._keys.clear()
        if self.criteria is None:
            self.total = self.count = 0
            return
        self.total = self.source.count(self.criteria)
        self.count = min(count, self.total)
        if read_first:
            self.get(0)

    def more(self) -> int:
        """How many rows the next page would add."""
        return min(self.page_size, self.total - self.count)

    def extend_through(self, row: int) -> int:
        """The row count that covers ``row``, to whole pages (at most all)."""
        return min(self.total, (row // self.page_size + 1) * self.page_size)

    def place(self, row: int, key: SortKey) -> None:
        """Remember that the commitment with ``key`` is on ``row`` (found by the store under
        the current criteria), so the page around it is read by key."""
        if self.criteria is not None and 0 <= row < self.total:
            self._keys[row] = key

    def get(self, row: int) -> Commitment | None:
        """The commitment on ``row``, reading its page if need be; None past the end (the
        store may have lost rows since it was counted)."""
        page, offset = self._page_of(row)
        return page.rows[offset] if page is not None and offset < len(page.rows) else None

    def last_news(self, row: int) -> date | None:
        """The last news of the commitment on ``row`` (read with its page)."""
        page, offset = self._page_of(row)
        return page.news[offset] if page is not None and offset < len(page.news) else None

    def latest_scores(self, row: int) -> LatestScores:
        """The latest compliance scores of the commitment on ``row`` (read with its page)."""
        page, offset = self._page_of(row)
        if page is None or offset >= len(page.scores):
            return LatestScores()
        return page.scores[offset]

    def _page_of(self, row: int) -> tuple[_Page | None, int]:
        if not 0 <= row < self.count or self.criteria is None:
            return None, 0
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = self._read(self.criteria, number)
            self.reads += 1
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page, offset

    def _read(self, criteria: CommitmentFilter, number: int) -> _Page:
        """Page ``number`` from the known key nearest to it: after a key above it, before
        one below it, or both ways from a key inside it; an offset only for the rows between
        the nearest key and the page."""
        first = number * self.page_size
        end = first + self.page_size
        anchor, key = self._nearest(first, end)
        pieces: list[CommitmentFilter] = []
        if key is None or anchor < first:
            skip = first if key is None else first - anchor - 1
            pieces.append(replace(criteria, after=key, offset=skip, limit=self.page_size))
        elif anchor >= end:
            pieces.append(replace(criteria, before=key, offset=anchor - end, limit=end - first))
        else:
            if anchor > first:
                pieces.append(replace(criteria, before=key, limit=anchor - first))
            at = key.at_or_after(criteria.descending)
            pieces.append(replace(criteria, after=at, limit=end - anchor))
        read = _Page([], [], [])
        for flt in pieces:
            self.skipped += flt.offset
            page = self.source.page(flt)
            if flt.before is not None and len(page.commitments) < (flt.limit or 0):
                return read  # fewer rows before the key than counted: the store has changed
            if page.keys:
                start = first + len(read.rows)
                self._keys[start] = page.keys[0]
                self._keys[start + len(page.keys) - 1] = page.keys[-1]
            read.rows.extend(page.commitments)
            shown = range(len(page.commitments))
            read.news.extend(page.last_news(position) for position in shown)
            read.scores.extend(page.latest_scores(position) for position in shown)
        return read

    def _nearest(self, first: int, end: int) -> tuple[int, SortKey | None]:
        """The known key fewest rows away from the page ``first``..``end`` (the start of the
        list, before row 0, when none is nearer)."""

        def distance(row: int) -> int:
            if row < first:
                return first - row - 1
            return 0 if row < end else row - end

        best: tuple[int, SortKey | None] = (-1, None)
        for row, key in self._keys.items():
            if distance(row) < distance(best[0]):
                best = (row, key)
        return best

    def row_of(self, commitment_id: int) -> int | None:
        """The row of a commitment among the pages in memory (no query)."""
        for number, page in self._pages.items():
            for offset, commitment in enumerate(page.rows):
                if commitment.id == commitment_id:
                    return number * self.page_size + offset
        return None


class _Page(NamedTuple):
    """A page's records and, row for row, their last news and latest compliance scores."""

    rows: list[Commitment]
    news: list[date | None]
    scores: list[LatestScores]
