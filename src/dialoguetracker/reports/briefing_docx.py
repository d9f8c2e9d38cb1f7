"""The briefing as a Word draft: the PDF's sections in the PDF's order, for the same audience.

It reads the very :class:`BriefingData` the PDF is drawn from, which the services have already
cut down to the audience, and it keeps the PDF's one safeguard of its own: for any audience but
internal, the preparation (purpose, objectives, points to make, their objectives and asks, the
press line) is never written, whatever the data holds; the shared agenda stands in its place.
The chart of the PDF is given as the table of the same counts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from dialoguetracker.domain.briefing import (
    AgendaPoint,
    BriefingData,
    BriefingFormat,
    Participant,
)
from dialoguetracker.domain.enums import Audience
from dialoguetracker.reports.blocks import party_name, side_label
from dialoguetracker.reports.briefing_names import briefing_names
from dialoguetracker.reports.docx_background import DocxBackground
from dialoguetracker.reports.docx_header import (
    attendees_cell,
    closing_rows,
    meeting_rows,
)
from dialoguetracker.reports.docx_parts import DocxInfo, DocxWriter, Span
from dialoguetracker.reports.docx_tables import (
    attachments_table,
    people_table,
)
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.styles import page_size_for
from dialoguetracker.reports.text import long_date, when_day

Section = tuple[str, Callable[[], object]]


class BriefingDocx:
    """Writes one :class:`BriefingData` as a Word document."""

    def __init__(self, data: BriefingData) -> None:
        self.data = data
        self.options = data.options
        self.lang = data.options.language
        self.checklist = data.options.format is BriefingFormat.CHECKLIST
        self.preparation = data.options.audience is Audience.INTERNAL
        self.names = briefing_names(data)
        self.w = DocxWriter(self.info())

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    @property
    def kicker(self) -> str:
        return self.names.kicker

    def info(self) -> DocxInfo:
        """The PDF's metadata and running head, said the same way."""
        names, data = self.names, self.data
        return DocxInfo(
            title=names.title,
            subject=names.subject,
            author=self.options.prepared_by,
            kicker=names.dated_kicker,
            running_head=names.running_head,
            language=self.lang,
            marking=self.options.marking,
            generated=data.generated,
            page_size=page_size_for(data.our_side),
        )

    def render(self) -> bytes:
        self.header()
        number = 0
        for key, build in self.sections():
            if self.w.headed(f"{number + 1}. {self._l(key)}", 0, build):
                number += 1
        if number == 0 and not (self.checklist and not self.preparation):
            self.w.note(self._l("empty_record"))
        return self.w.to_bytes()

    def sections(self) -> list[Section]:
        """Sections 2–7 as the PDF has them (see :mod:`.briefing_pdf`)."""
        preparation: list[Section] = (
            [("sec_purpose", self.purpose), ("sec_points", self.points)]
            if self.preparation
            else [("agenda", self.shared_agenda)]
        )
        if self.checklist:
            return preparation
        return [
            *preparation,
            ("sec_their", self.theirs),
            ("sec_background", self.background),
            (
                "sec_participants" if self.data.meeting else "last_participants",
                self.participants,
            ),
            ("sec_attachments", self.attachments),
        ]

    # 1. Header ----------------------------------------------------------------------------
    def header(self) -> None:
        data, w = self.data, self.w
        rows = []
        if data.meeting:
            subtitle = " — ".join(part for part in (data.dialogue, data.framework) if part)
            w.title_block(self.kicker, data.meeting.title, subtitle)
            rows = meeting_rows(data.meeting, data.parties, self.lang)
        else:
            w.title_block(self.kicker, data.dialogue, data.framework)
        people = (*data.counterpart_delegation, *data.our_delegation)
        if data.meeting and people:
            rows.append((self._l("attendees"), attendees_cell(people, data.parties, self.lang)))
        rows.extend(closing_rows(self.options))
        w.key_values(rows)
        if data.meeting is None:
            past = data.past_planned
            w.note(
                self._l("no_meeting")
                if past is None
                else self._l("no_meeting_past").format(
                    title=past.title, date=long_date(when_day(past.start), self.lang)
                )
            )

    # 2. Purpose and our objectives -------------------------------------------------------
    def purpose(self) -> None:
        if not self.preparation:
            return
        if self.data.purpose.strip():
            self.w.paragraph([Span(self.data.purpose)])
        objectives = [item for item in self.data.objectives if item.strip()]
        if objectives:
            self.w.group(self._l("our_objectives"))
            if self.checklist:
                self.w.bullets(objectives, check=True)
            else:
                self.w.numbered(objectives)

    # 3. Points to make -------------------------------------------------------------------
    def points(self) -> None:
        if not self.preparation:
            return
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            self.w.headed(self._item_title(item), 1, partial(self._item, item), always=True)

    def _item(self, item: AgendaPoint) -> None:
        w = self.w
        if not self.checklist:
            w.meta(self._facts(item))
        points = [point for point in item.points_to_make if point.strip()]
        if self.checklist:
            w.bullets(points, check=True)
            return
        if points:
            w.group(self._l("points_to_make"))
            w.bullets(points)
        for key, value in (
            ("their_position", item.their_position),
            ("our_response", item.our_response),
            ("notes", item.notes),
        ):
            if value and value.strip():
                w.labelled(self._l(key), value)

    def shared_agenda(self) -> None:
        """The running order both sides hold; in the checklist, a box to tick per item."""
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            if self.checklist:
                self.w.bullets([self._item_title(item)], check=True)
                continue
            self.w.headed(self._item_title(item), 1, partial(self._shared, item), always=True)

    def _shared(self, item: AgendaPoint) -> None:
        self.w.meta(self._facts(item))
        if item.notes and item.notes.strip():
            self.w.labelled(self._l("notes"), item.notes)

    def _item_title(self, item: AgendaPoint) -> str:
        return f"{self._l('agenda_item').format(number=item.position)}: {item.title}"

    def _facts(self, item: AgendaPoint) -> list[str]:
        return [
            item.topic or "",
            f"{self._l('lead')}: {side_label(item.lead, self.lang)}" if item.lead else "",
            f"{self._l('presenter')}: {item.presenter}" if item.presenter else "",
            self._l("minutes_planned").format(minutes=item.minutes) if item.minutes else "",
        ]

    # 4. Their objectives, expected asks, press line --------------------------------------
    def theirs(self) -> None:
        if not self.preparation:
            return
        for key, items in (
            ("their_objectives", self.data.their_objectives),
            ("their_asks", self.data.their_asks),
        ):
            kept = [item for item in items if item.strip()]
            if kept:
                self.w.group(self._l(key))
                self.w.bullets(kept)
        press = self.data.press_line
        if press and press.strip():
            self.w.headed(self._l("press_line"), 1, partial(self.w.paragraph, [Span(press)]))

    # 5. Background -----------------------------------------------------------------------
    def background(self) -> None:
        DocxBackground(self.data, self.w).parts()

    # 6. Participants ---------------------------------------------------------------------
    def participants(self) -> None:
        """Their delegation first (the names the official must get right), then ours."""
        for people in (self.data.counterpart_delegation, self.data.our_delegation):
            for party, members in _by_party(people).items():
                name = party_name(party, self.data.parties, self.lang)
                title = self._l("delegation_of").format(party=name)
                self.w.headed(title, 1, partial(people_table, self.w, members, self.lang))

    # 7. Attachments ----------------------------------------------------------------------
    def attachments(self) -> None:
        if self.data.attachments:
            attachments_table(self.w, self.data.attachments, self.lang)


def _by_party(people: Sequence[Participant]) -> dict[str, list[Participant]]:
    groups: dict[str, list[Participant]] = {}
    for person in people:
        groups.setdefault(person.party, []).append(person)
    return groups


def render_briefing_docx(data: BriefingData) -> bytes:
    """The briefing as the bytes of a Word document (.docx)."""
    return BriefingDocx(data).render()
