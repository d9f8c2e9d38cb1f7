"""Calendar invitations as the program reads them: what becomes a planned meeting."""

from __future__ import annotations

from dataclasses import dataclass

from dialoguetracker.domain.records import When


@dataclass(frozen=True)
class Attendee:
    name: str | None
    email: str | None

    def label(self) -> str:
        return self.name or self.email or "?"


@dataclass(frozen=True)
class Invitation:
    """One event of a calendar file. ``uid`` is the organizer's identifier, the same in
    every later version of the invitation; ``start``/``end`` are dates for all-day events
    and aware datetimes (in the offset the event had at that moment) otherwise."""

    uid: str
    title: str
    start: When
    end: When | None = None
    location: str | None = None
    cancelled: bool = False
    recurring: bool = False
    attendees: tuple[Attendee, ...] = ()
