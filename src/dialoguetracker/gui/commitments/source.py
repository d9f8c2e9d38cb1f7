"""Where the commitments table reads its rows: the services, or the first screen.

The table pages through the services (:class:`ServicesSource`). Before they are loaded, the
window shows the register's first page read with the standard library
(:mod:`dialoguetracker.store.first_screen`); :class:`FirstPage` hands the table that page,
and only that page: nothing else is asked for before the services take over, since no input
is handled until then.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Protocol

from dialoguetracker.domain.filters import CommitmentFilter, CommitmentPage

if TYPE_CHECKING:
    from dialoguetracker.services import Services


class CommitmentSource(Protocol):
    def today(self) -> date:
        """The day overdue and due-soon are judged by."""
        ...

    def count(self, criteria: CommitmentFilter) -> int:
        """How many commitments ``criteria`` lets through."""
        ...

    def page(self, criteria: CommitmentFilter) -> CommitmentPage:
        """The page ``criteria`` names (its key, offset and limit), with the rows' keys."""
        ...


class ServicesSource:
    def __init__(self, services: Services) -> None:
        self.services = services

    def today(self) -> date:
        return self.services.today()

    def count(self, criteria: CommitmentFilter) -> int:
        from dialoguetracker.services.commitments import count_commitments

        return count_commitments(self.services, criteria)

    def page(self, criteria: CommitmentFilter) -> CommitmentPage:
        from dialoguetracker.services.commitments import list_commitment_page

        return list_commitment_page(self.services, criteria)


class FirstPage:
    """The first page of every commitment of one dialogue, in the register's first order."""

    def __init__(self, dialogue_id: int, total: int, first: CommitmentPage, today: date) -> None:
        self.criteria = CommitmentFilter(dialogue_id=dialogue_id)
        self.total = total
        self.first = first
        self.day = today

    def today(self) -> date:
        return self.day

    def count(self, criteria: CommitmentFilter) -> int:
        self._check(criteria)
        return self.total

    def page(self, criteria: CommitmentFilter) -> CommitmentPage:
        self._check(criteria)
        if criteria.after is not None or criteria.before is not None or criteria.offset:
            raise LookupError("the first screen holds the first page only")
        limit = len(self.first.commitments) if criteria.limit is None else criteria.limit
        first = self.first
        return CommitmentPage(
            first.commitments[:limit], first.keys[:limit], first.news[:limit], first.scores[:limit]
        )

    def _check(self, criteria: CommitmentFilter) -> None:
        unpaged = replace(criteria, offset=0, limit=None, after=None, before=None)
        if unpaged != self.criteria:
            raise LookupError("the first screen holds the whole register only")
