"""The rows behind the commitments table, read a page at a time and only when shown.

The table announces rows a page at a time (``fetchMore``), and may announce many at once to
reach a far commitment (:meth:`CommitmentPages.extend_through`); but a page's records are read
only when a row of it is first asked for, and only the most recently used pages are kept. So
jumping to row 60,000 of a hundred thousand, or reading the list again after a change, costs a
count and a page or two, never the rows in between.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import count_commitments, list_commitments

PAGE_SIZE = 200
KEPT_PAGES = 50
"""Pages kept in memory (10,000 rows); older ones are read again when scrolled back to."""


class CommitmentPages:
    def __init__(self, services: Services, page_size: int = PAGE_SIZE) -> None:
        self.services = services
        self.page_size = page_size
        self.criteria: CommitmentFilter | None = None
        self.total = 0
        """How many commitments the criteria let through."""
        self.count = 0
        """How many rows the table has announced (whole pages, at most ``total``)."""
        self.today = services.today()
        self._pages: OrderedDict[int, list[Commitment]] = OrderedDict()
        self.reads = 0
        """Page queries run so far, for tests and benchmarks."""

    def restart(
        self, criteria: CommitmentFilter | None, count: int, *, read_first: bool = True
    ) -> None:
        """Count afresh under ``criteria``, announce ``count`` rows (at most all) and forget
        every page read before; read the first page at once unless told not to (a list
        read again where the user had scrolled far down need not pay for it)."""
        self.criteria = None if criteria is None else replace(criteria, offset=0, limit=None)
        self.today = self.services.today()
        self._pages.clear()
        if self.criteria is None:
            self.total = self.count = 0
            return
        self.total = count_commitments(self.services, self.criteria)
        self.count = min(count, self.total)
        if read_first:
            self.get(0)

    def more(self) -> int:
        """How many rows the next page would add."""
        return min(self.page_size, self.total - self.count)

    def extend_through(self, row: int) -> int:
        """The row count that covers ``row``, to whole pages (at most all)."""
        return min(self.total, (row // self.page_size + 1) * self.page_size)

    def get(self, row: int) -> Commitment | None:
        """The commitment on ``row``, reading its page if need be; None past the end (the
        store may have lost rows since it was counted)."""
        if not 0 <= row < self.count or self.criteria is None:
            return None
        number, offset = divmod(row, self.page_size)
        page = self._pages.get(number)
        if page is None:
            page = list_commitments(
                self.services,
                replace(self.criteria, offset=number * self.page_size, limit=self.page_size),
            )
            self.reads += 1
            self._pages[number] = page
            while len(self._pages) > KEPT_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, commitment_id: int) -> int | None:
        """The row of a commitment among the pages in memory (no query)."""
        for number, page in self._pages.items():
            for offset, commitment in enumerate(page):
                if commitment.id == commitment_id:
                    return number * self.page_size + offset
        return None
