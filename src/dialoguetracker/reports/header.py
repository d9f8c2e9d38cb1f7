"""The opening block of both documents: kicker, title, and the panel of facts about the meeting.

It is what the official reads first, so it answers in order: which meeting, when, where, who
sits across the table, and who this paper may be shown to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from dialoguetracker.domain.briefing import (
    BriefingOptions,
    MeetingHeader,
    Participant,
    PartyName,
)
from dialoguetracker.domain.enums import Role
from dialoguetracker.reports.blocks import key_values, party_name
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.styles import Styles
from dialoguetracker.reports.text import long_date, para, when_text


def title_block(kicker: str, title: str, subtitle: str | None, styles: Styles) -> list[Flowable]:
    """Kicker in capitals, the title (which wraps however long it is), a grey subtitle."""
    block: list[Flowable] = [
        Paragraph(escape(kicker.upper()), styles.kicker),
        Spacer(1, 3),
        Paragraph(para(title), styles.title),
    ]
    if subtitle:
        block.append(Paragraph(para(subtitle), styles.subtitle))
    else:
        block.append(Spacer(1, 6))
    return block


def attendees_text(
    people: Sequence[Participant], parties: Sequence[PartyName], language: str
) -> str:
    """Per delegation, its head and how many more: "<b>Mexico</b>: Ana García and 4 more"."""
    groups: dict[str, list[Participant]] = {}
    for person in people:
        groups.setdefault(person.party, []).append(person)
    lines = []
    for party, members in groups.items():
        head = next((p for p in members if p.role is Role.HEAD), None)
        if head is None:
            summary = escape(label("people_count", language).format(count=len(members)))
        elif len(members) == 1:
            summary = para(head.name)
        else:
            summary = escape(label("head_and_more", language)).format(
                head=para(head.name), count=len(members) - 1
            )
        lines.append(f"<b>{para(party_name(party, parties, language))}</b>: {summary}")
    return "<br/>".join(lines)


def meeting_rows(
    meeting: MeetingHeader, parties: Sequence[PartyName], language: str
) -> list[tuple[str, str]]:
    """Date and time, place with format, and host of a meeting."""
    rows = [(label("date_time", language), escape(when_text(meeting.start, meeting.end, language)))]
    place = [para(meeting.location)] if meeting.location else []
    if meeting.format:
        place.append(escape(value_label("meeting", meeting.format, language)))
    if place:
        rows.append((label("place", language), " · ".join(place)))
    if meeting.host:
        rows.append((label("host", language), para(party_name(meeting.host, parties, language))))
    return rows


def period_text(options: BriefingOptions) -> str:
    """The period that bounds the background, when one was chosen."""
    parts = []
    if options.since is not None:
        parts.append(label("from_date", options.language).format(date=_day(options, options.since)))
    if options.until is not None:
        parts.append(
            label("until_date", options.language).format(date=_day(options, options.until))
        )
    return escape(" ".join(parts))


def _day(options: BriefingOptions, day: date) -> str:
    return long_date(day, options.language)


def closing_rows(options: BriefingOptions) -> list[tuple[str, str]]:
    """Audience, period, author and marking: the rows every header ends with."""
    language = options.language
    rows = [
        (
            label("audience", language),
            f"<b>{escape(label(f'audience_{options.audience.value}', language))}</b>",
        )
    ]
    period = period_text(options)
    if period:
        rows.append((label("period", language), period))
    if options.prepared_by:
        rows.append((label("prepared_by", language), para(options.prepared_by)))
    if options.marking.strip():
        rows.append((label("marking", language), f"<b>{para(options.marking)}</b>"))
    return rows


def header_panel(rows: list[tuple[str, str]], styles: Styles) -> list[Flowable]:
    return [key_values(rows, styles), Spacer(1, 6)]
