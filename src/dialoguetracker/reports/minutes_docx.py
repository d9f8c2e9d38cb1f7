"""One meeting's record as a Word draft: the PDF's sections in the PDF's order (see
:mod:`.minutes_pdf`), from the very :class:`MeetingRecordData` the PDF is drawn from, so it
holds exactly what the audience may read. Empty parts are left out, never printed as headings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from dialoguetracker.domain.briefing import AgendaPoint, MeetingRecordData, Participant
from dialoguetracker.domain.enums import RecordState
from dialoguetracker.reports.blocks import party_name, side_label
from dialoguetracker.reports.docx_header import closing_rows, meeting_rows
from dialoguetracker.reports.docx_parts import Cell, DocxInfo, DocxWriter, Span, plain
from dialoguetracker.reports.docx_tables import (
    attachments_table,
    due_cell,
    person_cells,
    status_cell,
)
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.styles import page_size_for
from dialoguetracker.reports.text import long_date, short_date, when_day


class MinutesDocx:
    """Writes one :class:`MeetingRecordData` as a Word document."""

    def __init__(self, data: MeetingRecordData) -> None:
        self.data = data
        self.options = data.options
        self.lang = data.options.language
        self.w = DocxWriter(self.info())

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    @property
    def kicker(self) -> str:
        kicker = self._l("meeting_record")
        if self.data.meeting.record == RecordState.DRAFT.value:
            kicker = f"{kicker} · {self._l('record_draft')}"
        return kicker

    def info(self) -> DocxInfo:
        meeting = self.data.meeting
        side = self.options.our_side or (self.data.parties[0].code if self.data.parties else None)
        audience = self._l(f"audience_{self.options.audience.value}")
        return DocxInfo(
            title=f"{self._l('meeting_record')}: {meeting.title}",
            subject=f"{self.data.dialogue} — {audience}",
            author=self.options.prepared_by,
            kicker=f"{self.kicker} · {long_date(when_day(meeting.start), self.lang)}",
            running_head=f"{self.data.dialogue} · {meeting.title}",
            language=self.lang,
            marking=self.options.marking,
            generated=self.data.generated,
            page_size=page_size_for(side),
        )

    def render(self) -> bytes:
        meeting = self.data.meeting
        self.w.title_block(self.kicker, meeting.title, self.data.dialogue)
        rows = meeting_rows(meeting, self.data.parties, self.lang)
        status = (
            f"{value_label('meeting', meeting.status, self.lang)} · "
            f"{self._l('record')}: {value_label('record', meeting.record, self.lang)}"
        )
        rows.append((self._l("status"), plain(status)))
        rows.extend(closing_rows(self.options))
        self.w.key_values(rows)
        sections: list[tuple[str, Callable[[], object]]] = [
            ("summary", self.summary),
            ("delegations", self.delegations),
            ("agenda", self.agenda),
            ("commitments_made", self.made),
            ("commitments_reviewed", self.reviewed),
            ("documents", self.documents),
        ]
        number = 0
        for key, build in sections:
            if self.w.headed(f"{number + 1}. {self._l(key)}", 0, build):
                number += 1
        return self.w.to_bytes()

    def summary(self) -> None:
        text = self.data.summary
        if text and text.strip():
            self.w.paragraph([Span(text)])

    def delegations(self) -> None:
        for party, people in self.data.delegations:
            if not people:
                continue
            name = party.name or party_name(party.code, self.data.parties, self.lang)
            title = self._l("delegation_of").format(party=name)
            self.w.headed(title, 1, partial(self._attendance, people))

    def _attendance(self, people: tuple[Participant, ...]) -> None:
        """A delegation with attendance: the record says who was actually there."""
        headers = [self._l(key) for key in ("col_name", "col_position", "col_presence")]
        rows: list[list[Cell]] = []
        for person in people:
            name, position = person_cells(person, self.lang)
            presence = plain(value_label("presence", person.presence.value, self.lang))
            rows.append([name, position, presence])
        self.w.table(headers, rows, (0.31, 0.49, 0.20))

    def agenda(self) -> None:
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            title = f"{self._l('agenda_item').format(number=item.position)}: {item.title}"
            self.w.headed(title, 1, partial(self._item, item), always=True)

    def _item(self, item: AgendaPoint) -> None:
        self.w.meta(
            [
                item.topic or "",
                f"{self._l('lead')}: {side_label(item.lead, self.lang)}" if item.lead else "",
                f"{self._l('presenter')}: {item.presenter}" if item.presenter else "",
                self._l("minutes_planned").format(minutes=item.minutes) if item.minutes else "",
            ]
        )
        for key, text in (("notes", item.notes), ("outcome", item.outcome)):
            if text and text.strip():
                self.w.labelled(self._l(key), text)

    def made(self) -> None:
        lines = self.data.commitments_made
        if not lines:
            return
        headers = [
            self._l(key)
            for key in ("col_commitment", "col_topic", "col_owner", "col_due", "col_status")
        ]
        rows = [
            [
                plain(line.text),
                plain(line.topic or ""),
                plain(side_label(line.owner, self.lang)),
                due_cell(line, self.lang),
                status_cell(line, self.lang),
            ]
            for line in lines
        ]
        self.w.table(headers, rows, (0.36, 0.17, 0.14, 0.13, 0.20))

    def reviewed(self) -> None:
        """Each update recorded at the meeting, beside the commitment it moved."""
        reviews = self.data.commitments_reviewed
        if not reviews:
            return
        headers = [
            self._l(key) for key in ("col_commitment", "col_update", "col_date", "col_status")
        ]
        rows = [
            [
                [(Span(line.text),), (Span(side_label(line.owner, self.lang), small=True),)],
                plain(note),
                plain(short_date(on)),
                status_cell(line, self.lang),
            ]
            for line, note, on in reviews
        ]
        self.w.table(headers, rows, (0.36, 0.37, 0.13, 0.14))

    def documents(self) -> None:
        if self.data.documents:
            attachments_table(self.w, self.data.documents, self.lang)


def render_meeting_record_docx(data: MeetingRecordData) -> bytes:
    """The meeting record as the bytes of a Word document (.docx)."""
    return MinutesDocx(data).render()
