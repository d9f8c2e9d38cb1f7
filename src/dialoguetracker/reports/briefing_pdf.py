"""The briefing PDF: a read-ahead in the order governments brief their principals.

1 header, 2 purpose and our objectives, 3 points to make per agenda item, 4 their objectives,
expected asks and the press line, 5 background from the record, 6 participants (theirs first),
7 attachments. The services have already left out what the audience may not see; this module
decides nothing about content except one safeguard: for any audience but internal, sections
2–4 — the whole preparation — are never printed, whatever the data holds; the shared agenda
(titles, topics, leads, timings, readable notes) takes the place of the points to make.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from dialoguetracker.domain.briefing import AgendaPoint, BriefingData, BriefingFormat, Participant
from dialoguetracker.domain.enums import Audience
from dialoguetracker.reports.background import Background
from dialoguetracker.reports.blocks import (
    attachments_table,
    bullets,
    group_title,
    headed,
    labelled,
    meta_line,
    numbered,
    party_name,
    people_table,
    side_label,
)
from dialoguetracker.reports.briefing_names import briefing_names
from dialoguetracker.reports.header import (
    attendees_text,
    closing_rows,
    header_panel,
    meeting_rows,
    title_block,
)
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.layout import DocumentInfo, lay_out
from dialoguetracker.reports.lengths import MeasuredBriefing, long_sections
from dialoguetracker.reports.styles import Styles, make_styles, page_size_for
from dialoguetracker.reports.text import long_date, para, when_day

Section = tuple[str, Callable[[], list[Flowable]]]

CHECKLIST_PAGES = 2
"""The checklist is built again with compact type when it would run past this many pages."""


class BriefingRenderer:
    """Turns one :class:`BriefingData` into a story of flowables and then into a PDF."""

    def __init__(self, data: BriefingData, *, compact: bool = False) -> None:
        self.data = data
        self.options = data.options
        self.lang = data.options.language
        self.styles: Styles = make_styles(compact=compact)
        self.checklist = data.options.format is BriefingFormat.CHECKLIST
        self.preparation = data.options.audience is Audience.INTERNAL
        self.names = briefing_names(data)
        self.titles: dict[str, str] = {}
        """Each printed section's heading, number included, by its label key."""

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    @property
    def kicker(self) -> str:
        return self.names.kicker

    def info(self) -> DocumentInfo:
        """Page furniture and metadata; paper size follows the side being briefed."""
        names, data = self.names, self.data
        return DocumentInfo(
            title=names.title,
            running_head=names.running_head,
            kicker=names.dated_kicker,
            subject=names.subject,
            author=self.options.prepared_by,
            language=self.lang,
            marking=self.options.marking,
            generated=data.generated,
            reproducible=self.options.reproducible,
            page_size=page_size_for(data.our_side),
        )

    def story(self, contents: list[Flowable]) -> list[Flowable]:
        """The whole document; ``contents`` is the contents block to place after the header."""
        story = self.header()
        body: list[Flowable] = []
        number = 0
        self.titles = {}
        for title, build in self.sections():
            part = build()
            if part:
                number += 1
                self.titles[title] = f"{number}. {self._l(title)}"
                body.extend(headed(self.titles[title], 0, part, self.styles))
        if not body and not (self.checklist and not self.preparation):
            body.append(Paragraph(escape(self._l("empty_record")), self.styles.note))
        return [*story, *contents, *body]

    def sections(self) -> list[Section]:
        """Sections 2–7 in DESIGN's order; the checklist keeps only the preparation sections.
        For any other audience the preparation falls away and the shared agenda (the running
        order both sides hold) stands where the points to make stood."""
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
            ("sec_background", Background(self.data, self.styles).parts),
            (
                "sec_participants" if self.data.meeting else "last_participants",
                self.participants,
            ),
            ("sec_attachments", self.attachments),
        ]

    # 1. Header ------------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        """Section 1: the meeting, when, where, who attends, audience and marking."""
        data = self.data
        if data.meeting:
            subtitle = " — ".join(part for part in (data.dialogue, data.framework) if part)
            block = title_block(self.kicker, data.meeting.title, subtitle, self.styles)
            rows = meeting_rows(data.meeting, data.parties, self.lang)
        else:
            block = title_block(self.kicker, data.dialogue, data.framework, self.styles)
            rows = []
        people = (*data.counterpart_delegation, *data.our_delegation)
        if data.meeting and people:
            rows.append((self._l("attendees"), attendees_text(people, data.parties, self.lang)))
        rows.extend(closing_rows(self.options))
        block.extend(header_panel(rows, self.styles))
        if data.meeting is None:
            block.append(Paragraph(escape(self._no_meeting()), self.styles.note))
        return block

    def _no_meeting(self) -> str:
        past = self.data.past_planned
        if past is None:
            return self._l("no_meeting")
        return self._l("no_meeting_past").format(
            title=past.title, date=long_date(when_day(past.start), self.lang)
        )

    # 2. Purpose and our objectives ----------------------------------------------------------
    def purpose(self) -> list[Flowable]:
        """Objectives are numbered in the full briefing and tick boxes in the checklist."""
        if not self.preparation:
            return []
        story: list[Flowable] = []
        if self.data.purpose.strip():
            story.append(Paragraph(para(self.data.purpose), self.styles.panel))
        objectives = [item for item in self.data.objectives if item.strip()]
        if objectives:
            story.append(group_title(self._l("our_objectives"), self.styles))
            if self.checklist:
                story.extend(bullets(objectives, self.styles, check=True))
            else:
                story.extend(numbered(objectives, self.styles))
        return story

    # 3. Points to make ----------------------------------------------------------------------
    def points(self) -> list[Flowable]:
        """Every agenda item in agenda order, with what we say and what we expect to hear."""
        if not self.preparation:
            return []
        story: list[Flowable] = []
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            story.extend(self._item(item))
        return story

    def shared_agenda(self) -> list[Flowable]:
        """The running order both sides hold: each item's title, topic, lead, presenter and
        time, and its notes where their handling lets the audience read them; in the
        checklist, a tick box per item."""
        story: list[Flowable] = []
        for item in sorted(self.data.agenda, key=lambda point: point.position):
            title = self._item_title(item)
            if self.checklist:
                story.extend(bullets([title], self.styles, check=True))
                continue
            part: list[Flowable] = []
            meta = meta_line(self._facts(item), self.styles)
            if meta is not None:
                part.append(meta)
            if item.notes and item.notes.strip():
                part.append(labelled(self._l("notes"), item.notes, self.styles))
            story.extend(headed(title, 1, part, self.styles))
        return story

    def _item_title(self, item: AgendaPoint) -> str:
        return f"{self._l('agenda_item').format(number=item.position)}: {item.title}"

    def _facts(self, item: AgendaPoint) -> list[str]:
        return [
            item.topic or "",
            f"{self._l('lead')}: {side_label(item.lead, self.lang)}" if item.lead else "",
            f"{self._l('presenter')}: {item.presenter}" if item.presenter else "",
            self._l("minutes_planned").format(minutes=item.minutes) if item.minutes else "",
        ]

    def _item(self, item: AgendaPoint) -> list[Flowable]:
        title = self._item_title(item)
        story: list[Flowable] = []
        meta = meta_line(self._facts(item), self.styles)
        if meta is not None and not self.checklist:
            story.append(meta)
        points = [point for point in item.points_to_make if point.strip()]
        if self.checklist:
            story.extend(bullets(points, self.styles, check=True))
            return headed(title, 1, story, self.styles)
        if points:
            story.append(group_title(self._l("points_to_make"), self.styles))
            story.extend(bullets(points, self.styles))
        for key, text in (
            ("their_position", item.their_position),
            ("our_response", item.our_response),
            ("notes", item.notes),
        ):
            if text and text.strip():
                story.append(labelled(self._l(key), text, self.styles))
        return headed(title, 1, story, self.styles)

    # 4. Their objectives, expected asks, press line -----------------------------------------
    def theirs(self) -> list[Flowable]:
        """Their objectives and expected asks, then the press line in a panel of its own."""
        if not self.preparation:
            return []
        story: list[Flowable] = []
        for key, items in (
            ("their_objectives", self.data.their_objectives),
            ("their_asks", self.data.their_asks),
        ):
            kept = [item for item in items if item.strip()]
            if kept:
                story.append(group_title(self._l(key), self.styles))
                story.extend(bullets(kept, self.styles))
        if self.data.press_line and self.data.press_line.strip():
            press = Paragraph(para(self.data.press_line), self.styles.panel)
            story.extend(headed(self._l("press_line"), 1, [press], self.styles))
        return story

    # 6. Participants ------------------------------------------------------------------------
    def participants(self) -> list[Flowable]:
        """Their delegation first (the names the official must get right), then ours."""
        story: list[Flowable] = []
        for people in (self.data.counterpart_delegation, self.data.our_delegation):
            for party, members in _by_party(people).items():
                name = party_name(party, self.data.parties, self.lang)
                title = self._l("delegation_of").format(party=name)
                table = people_table(members, self.lang, self.styles)
                story.extend(headed(title, 1, [table], self.styles))
        return story

    # 7. Attachments -------------------------------------------------------------------------
    def attachments(self) -> list[Flowable]:
        if not self.data.attachments:
            return []
        return [attachments_table(self.data.attachments, self.lang, self.styles)]


def _by_party(people: Sequence[Participant]) -> dict[str, list[Participant]]:
    groups: dict[str, list[Participant]] = {}
    for person in people:
        groups.setdefault(person.party, []).append(person)
    return groups


def render_briefing(data: BriefingData) -> bytes:
    """The briefing as PDF bytes (see :func:`render_briefing_measured`)."""
    return render_briefing_measured(data).pdf


def render_briefing_measured(data: BriefingData) -> MeasuredBriefing:
    """The briefing as PDF bytes, with its pages and the sections that run longer than a
    read-ahead allows (:mod:`.lengths`).

    The checklist must fit on one or two pages to be useful in the car; when it would not, it
    is built once more in compact type. Nothing is ever dropped to make it fit.
    """
    renderer = BriefingRenderer(data)
    laid = lay_out(renderer.info(), renderer.styles, renderer.story)
    if renderer.checklist and laid.pages > CHECKLIST_PAGES:
        renderer = BriefingRenderer(data, compact=True)
        laid = lay_out(renderer.info(), renderer.styles, renderer.story)
    too_long = long_sections(renderer.titles, laid.marks, laid.end, laid.text_height)
    return MeasuredBriefing(laid.pdf, laid.pages, too_long)
