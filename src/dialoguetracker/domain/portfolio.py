"""Every dialogue at a glance, as records: what *All dialogues* shows a director who follows a
dozen of them — each dialogue's figures in one row, the next meetings of them all in date
order, and what is overdue across them (read by :mod:`dialoguetracker.services.portfolio`).

A dialogue's figures mean what its own overview's do (:mod:`dialoguetracker.domain.overview`):
open is not closed, overdue is open and due before today, due soon is open and due within
``soon_days``, stale is open with no news for ``stale_months`` months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.overview import SOON_DAYS
from dialoguetracker.domain.records import Commitment, Dialogue, Meeting
from dialoguetracker.domain.staleness import STALE_MONTHS


@dataclass(frozen=True)
class DialogueFigures:
    """One dialogue's row."""

    dialogue: Dialogue
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    stale: int = 0
    last_round: Meeting | None = None
    """The held meeting that started last."""
    next_round: Meeting | None = None
    """The first planned meeting not yet over."""
    compliance: float | None = None
    """The latest compliance average (−1 to +1) across the dialogue's sides; None while none
    has been assessed."""

    @property
    def label(self) -> str:
        """The dialogue as a list names it: its short name, else its name."""
        return self.dialogue.short_name or self.dialogue.name


@dataclass(frozen=True)
class Portfolio:
    today: date
    dialogues: tuple[DialogueFigures, ...]
    """Every dialogue, by name."""
    next_meetings: tuple[Meeting, ...]
    """Planned meetings not yet over, of every dialogue, in date order (at most a list's
    worth: ``next_meetings_total`` counts them all)."""
    next_meetings_total: int
    overdue: tuple[Commitment, ...]
    """Overdue commitments of every dialogue, by due date (at most a list's worth)."""
    overdue_total: int
    soon_days: int = SOON_DAYS
    stale_months: int = STALE_MONTHS

    def label_of(self, dialogue_id: int) -> str:
        """The list name of a dialogue of the portfolio ("" for another)."""
        for figures in self.dialogues:
            if figures.dialogue.id == dialogue_id:
                return figures.label
        return ""

    @property
    def open(self) -> int:
        return sum(figures.open for figures in self.dialogues)

    @property
    def stale(self) -> int:
        return sum(figures.stale for figures in self.dialogues)

    @property
    def due_soon(self) -> int:
        return sum(figures.due_soon for figures in self.dialogues)
