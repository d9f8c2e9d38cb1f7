"""The record (minutes) of one meeting: delegations with attendance, the agenda with its notes
and outcomes, commitments made and reviewed, and the meeting's documents.

It shares the page furniture, the header panel and the tables with the briefing, so the two
papers look like one office's work. As with the briefing, the services have already left out
what the audience may not see, and empty parts are left out rather than printed as headings.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from dialoguetracker.domain.briefing import AgendaPoint, MeetingRecordData, Participant
from dialoguetracker.domain.enums import RecordState
from dialoguetracker.reports.blocks import (
    attachments_table,
    data_table,
    due_cell,
    headed,
    labelled,
    meta_line,
    party_name,
    person_cells,
    side_label,
)
from dialoguetracker.reports.header import closing_rows, header_panel, meeting_rows, title_block
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.layout import DocumentInfo, build_pdf
from dialoguetracker.reports.styles import Styles, make_styles, page_size_for
from dialoguetracker.reports.text import long_date, para, short_date, when_day


class MinutesRenderer:
    """Turns one :class:`MeetingRecordData` into a story of flowables and then into a PDF."""

    def __init__(self, data: MeetingRecordData) -> None:
        self.data = data
        self.options = data.options
        self.lang = data.options.language
        self.styles: Styles = make_styles()

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    @property
    def kicker(self) -> str:
        """A draft record says so in its kicker, on every page's running head."""
        kicker = self._l("meeting_record")
        if self.data.meeting.record == RecordState.DRAFT.value:
            kicker = f"{kicker} · {self._l('record_draft')}"
        return kicker

    def info(self) -> DocumentInfo:
        """Page furniture and metadata; without a named side, the paper follows the first party."""
        meeting = self.data.meeting
        side = self.options.our_side or (self.data.parties[0].code if self.data.parties else None)
        return DocumentInfo(
            title=f"{self._l('meeting_record')}: {meeting.title}",
            running_head=f"{self.data.dialogue} · {meeting.title}",
            kicker=f"{self.kicker} · {long_date(when_day(meeting.start), self.lang)}",
            subject=f"{self.data.dialogue} — {self._l(f'audience_{self.options.audience.value}')}",
            author=self.options.prepared_by,
            language=self.lang,
            marking=self.options.marking,
            generated=self.data.generated,
            reproducible=self.options.reproducible,
            page_size=page_size_for(side),
        )

    def story(self, contents: list[Flowable]) -> list[Flowable]:
        """Header panel, then every non-empty section, numbered as printed."""
        meeting = self.data.meeting
        story = title_block(self.kicker, meeting.title, self.data.dialogue, self.styles)
        rows = meeting_rows(meeting, self.data.parties, self.lang)
        rows.append(
            (
                self._l("status"),
                escape(
                    f"{value_label('meeting', meeting.status, self.lang)} · "
                    f"{self._l('record')}: {value_label('record', meeting.record, self.lang)}"
                ),
            )
        )
        rows.extend(closing_rows(self.options))
        story.extend(header_panel(rows, self.styles))
        story.extend(contents)
        sections: list[tuple[str, Callable[[], list[Flowable]]]] = [
            ("summary", self.summary),
            ("delegations", self.delegations),
            ("agenda", self.agenda),
            ("commitments_made", self.made),
            ("commitments_reviewed", self.reviewed),
            ("documents", self.documents),
        ]
        number = 0
        for key, build in sections:
            part = build()
            if part:
                number += 1
                story.extend(headed(f"{number}. {self._l(key)}", 0, part, self.styles))
        return story

    def summary(self) -> list[Flowable]:
        text = self.data.summary
        return [Paragraph(para(text), self.styles.body)] if text and text.strip() else []

    def delegations(self) -> list[Flowable]:
        story: list[Flowable] = []
        for party, people in self.data.delegations:
            if not people:
                continue
            name = party.name or party_name(party.code, self.data.parties, self.lang)
            title = self._l("delegation_of").format(party=name)
            story.extend(headed(title, 1, [self._attendance(people)], self.styles))
        return story

    def _attendance(self, people: tuple[Participant, ...]) -> Flowable:
        """A delegation with attendance: the record says who was actually there."""
        headers = [self._l(key) for key in ("col_name", "col_position", "col_presence")]
        rows = []
        for person in people:
            name, position = person_cells(person, self.lang)
            presence = escape(value_label("presence", person.presence.value, self.lang))
            rows.append([name, position, presence])
        return data_table(headers, rows, (0.31, 0.49, 0.20), self.styles)

    def agenda(self) -> list[Flowable]:
        story: list[Flowable] = []
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            story.extend(self._item(item))
        return story

    def _item(self, item: AgendaPoint) -> list[Flowable]:
        title = f"{self._l('agenda_item').format(number=item.position)}: {item.title}"
        story: list[Flowable] = []
        facts = [
            item.topic or "",
            f"{self._l('lead')}: {side_label(item.lead, self.lang)}" if item.lead else "",
            f"{self._l('presenter')}: {item.presenter}" if item.presenter else "",
            self._l("minutes_planned").format(minutes=item.minutes) if item.minutes else "",
        ]
        meta = meta_line(facts, self.styles)
        if meta is not None:
            story.append(meta)
        for key, text in (("notes", item.notes), ("outcome", item.outcome)):
            if text and text.strip():
                story.append(labelled(self._l(key), text, self.styles))
        return headed(title, 1, story, self.styles)

    def made(self) -> list[Flowable]:
        lines = self.data.commitments_made
        if not lines:
            return []
        headers = [
            self._l(key)
            for key in ("col_commitment", "col_topic", "col_owner", "col_due", "col_status")
        ]
        rows = [
            [
                para(line.text),
                para(line.topic or ""),
                escape(side_label(line.owner, self.lang)),
                due_cell(line, self.lang),
                escape(value_label("status", line.status.value, self.lang)),
            ]
            for line in lines
        ]
        return [data_table(headers, rows, (0.36, 0.17, 0.14, 0.13, 0.20), self.styles)]

    def reviewed(self) -> list[Flowable]:
        """Each update recorded at the meeting, beside the commitment it moved."""
        reviews = self.data.commitments_reviewed
        if not reviews:
            return []
        headers = [
            self._l(key) for key in ("col_commitment", "col_update", "col_date", "col_status")
        ]
        rows = [
            [
                f"{para(line.text)}<br/><font size='7.5'>"
                f"{escape(side_label(line.owner, self.lang))}</font>",
                para(note),
                short_date(on),
                escape(value_label("status", line.status.value, self.lang)),
            ]
            for line, note, on in reviews
        ]
        return [data_table(headers, rows, (0.36, 0.37, 0.13, 0.14), self.styles)]

    def documents(self) -> list[Flowable]:
        if not self.data.documents:
            return []
        return [attachments_table(self.data.documents, self.lang, self.styles)]


def render_meeting_record(data: MeetingRecordData) -> bytes:
    """The meeting record as PDF bytes."""
    renderer = MinutesRenderer(data)
    pdf, _ = build_pdf(renderer.info(), renderer.styles, renderer.story)
    return pdf
