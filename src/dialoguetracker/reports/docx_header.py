"""The opening panel of both Word drafts: which meeting, when, where, who sits across the table,
and who the paper may be shown to — the rows of the PDF's header panel (:mod:`.header`), as
plain text for Word instead of ReportLab markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialoguetracker.domain.briefing import BriefingOptions, MeetingHeader, Participant, PartyName
from dialoguetracker.domain.enums import Role
from dialoguetracker.reports.blocks import party_name
from dialoguetracker.reports.docx_parts import Cell, Span, plain
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.text import long_date, when_text

Rows = list[tuple[str, Cell]]


def meeting_rows(meeting: MeetingHeader, parties: Sequence[PartyName], language: str) -> Rows:
    """Date and time, place with format, and host of a meeting."""
    rows: Rows = [
        (label("date_time", language), plain(when_text(meeting.start, meeting.end, language)))
    ]
    place = [meeting.location] if meeting.location else []
    if meeting.format:
        place.append(value_label("meeting", meeting.format, language))
    if place:
        rows.append((label("place", language), plain(" · ".join(place))))
    if meeting.host:
        rows.append((label("host", language), plain(party_name(meeting.host, parties, language))))
    return rows


def attendees_cell(
    people: Sequence[Participant], parties: Sequence[PartyName], language: str
) -> Cell:
    """Per delegation, its head and how many more: "**Mexico**: Ana García and 4 more"."""
    groups: dict[str, list[Participant]] = {}
    for person in people:
        groups.setdefault(person.party, []).append(person)
    lines = []
    for party, members in groups.items():
        head = next((p for p in members if p.role is Role.HEAD), None)
        if head is None:
            summary = label("people_count", language).format(count=len(members))
        elif len(members) == 1:
            summary = head.name
        else:
            summary = label("head_and_more", language).format(
                head=head.name, count=len(members) - 1
            )
        name = party_name(party, parties, language)
        lines.append((Span(f"{name}: ", bold=True), Span(summary)))
    return lines


def closing_rows(options: BriefingOptions) -> Rows:
    """Audience, period, author and marking: the rows every header ends with."""
    language = options.language
    audience = label(f"audience_{options.audience.value}", language)
    rows: Rows = [(label("audience", language), plain(audience, bold=True))]
    period = []
    if options.since is not None:
        period.append(label("from_date", language).format(date=long_date(options.since, language)))
    if options.until is not None:
        period.append(label("until_date", language).format(date=long_date(options.until, language)))
    if period:
        rows.append((label("period", language), plain(" ".join(period))))
    if options.prepared_by:
        rows.append((label("prepared_by", language), plain(options.prepared_by)))
    if options.marking.strip():
        rows.append((label("marking", language), plain(options.marking, bold=True)))
    return rows
