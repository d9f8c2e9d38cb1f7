"""Importing a dialogue's new meetings in sets, with their delegations and agendas.

A ministry's file holds thousands of rounds, each with a delegation list and an agenda; added
one at a time through :mod:`~dialoguetracker.services.meetings`,
:mod:`~dialoguetracker.services.attendance` and :mod:`~dialoguetracker.services.agenda`, each
part costs lookups, an ORM flush and a renumbering. Here the meetings the store does not hold
yet are checked with the same field rules, then written with one multi-row statement per table
and set, audit entries included (the same entries the one-at-a-time path writes).

The parties, people and topics a meeting names were resolved by the reader and mapped by the
importer to records of this dialogue; a meeting just added has no parts yet, and the reader has
refused a participant or agenda item listed twice, so nothing needs looking up row by row.
A meeting's brief and documents, rare and large, still go through their services once the
meeting has its id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from dialoguetracker.domain.enums import JOINT, RecordState
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.interchange import AgendaItemData, MeetingData
from dialoguetracker.domain.records import AgendaItemDraft, MeetingDraft
from dialoguetracker.services.agenda import check_item_fields
from dialoguetracker.services.context import AuditEntry, Change
from dialoguetracker.services.import_report import located
from dialoguetracker.services.meetings import check_meeting_fields, not_a_party
from dialoguetracker.store.models import AgendaItemRow, AttendanceRow, MeetingRow

MEETING, ATTENDANCE, AGENDA_ITEM = "meeting", "attendance", "agenda_item"


@dataclass(frozen=True)
class MeetingLinks:
    """What a dialogue's meetings refer to, in the store, filled by the importer."""

    dialogue_id: int
    parties: Mapping[str, int]
    """The dialogue's own parties, by code."""
    topics: Mapping[str, int]
    people: Mapping[str, int]
    person_names: Mapping[int, str]


@dataclass
class _Checked:
    data: MeetingData
    row: dict[str, Any]
    attendance: list[dict[str, Any]]
    agenda: list[dict[str, Any]]


class MeetingBatch:
    """New meetings of one dialogue, checked one by one and written in sets."""

    def __init__(self, change: Change, links: MeetingLinks) -> None:
        self.change = change
        self.links = links
        self._pending: list[_Checked] = []

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, data: MeetingData) -> None:
        """Check one meeting and its parts (errors name their JSON paths) and queue it."""
        self._pending.append(self._checked(data))

    def write(self) -> list[tuple[MeetingData, int, date]]:
        """Write the queued meetings, as draft records, with their delegations, agendas and
        audit entries; give each meeting's data with its new id and its start date."""
        pending, self._pending = self._pending, []
        if not pending:
            return []
        uow = self.change.uow
        ids = uow.insert_returning_ids(MeetingRow, [item.row for item in pending])
        attendance: list[dict[str, Any]] = []
        agenda: list[dict[str, Any]] = []
        for item, meeting_id in zip(pending, ids, strict=True):
            for row in item.attendance:  # the rows are this batch's own: fill them in place
                row["meeting_id"] = meeting_id
                attendance.append(row)
            for row in item.agenda:
                row["meeting_id"] = meeting_id
                agenda.append(row)
        attendance_ids = iter(uow.insert_returning_ids(AttendanceRow, attendance))
        agenda_ids = iter(uow.insert_returning_ids(AgendaItemRow, agenda))
        names = self.links.person_names
        entries: list[AuditEntry] = []
        for item, meeting_id in zip(pending, ids, strict=True):
            scope = (MEETING, meeting_id)
            entries.append((MEETING, meeting_id, "create", None, None, item.row["title"], None))
            for row in item.attendance:
                name = names[row["person_id"]]
                entries.append(
                    ("attendance", next(attendance_ids), "create", None, None, name, scope)
                )
            for row in item.agenda:
                title = row["title"]
                entries.append(
                    ("agenda_item", next(agenda_ids), "create", None, None, title, scope)
                )
        self.change.audit_many(entries)
        return [
            (item.data, meeting_id, item.row["start_date"])
            for item, meeting_id in zip(pending, ids, strict=True)
        ]

    # -- checking --------------------------------------------------------------------------

    def _party(self, code: str, field: str) -> int:
        found = self.links.parties.get(code)
        if found is None:
            raise ValidationError(field, not_a_party(code))
        return found

    def _checked(self, data: MeetingData) -> _Checked:
        links = self.links
        try:
            draft = MeetingDraft(
                links.dialogue_id,
                data.title,
                data.start,
                data.end,
                data.location,
                data.format,
                data.host,
                data.status,
                data.summary,
                data.summary_handling,
            )
            clean, start, end = check_meeting_fields(draft)
            host = None if data.host is None else self._party(data.host, "host")
        except DialogueTrackerError as error:
            raise located(error, data.path) from None
        row = {
            "dialogue_id": links.dialogue_id,
            "title": clean.title,
            "start_date": start.day,
            "start_time": start.wall,
            "start_offset": start.offset,
            "end_date": None if end is None else end.day,
            "end_time": None if end is None else end.wall,
            "end_offset": None if end is None else end.offset,
            "location": clean.location,
            "format": None if clean.format is None else clean.format.value,
            "host_party_id": host,
            "status": clean.status.value,
            "record": RecordState.DRAFT.value,
            "summary": clean.summary,
            "summary_handling": clean.summary_handling.value,
        }
        attendance = [
            {
                "person_id": links.people[participant.person],
                "role": participant.role.value,
                "presence": participant.presence.value,
            }
            for participant in data.participants
        ]
        agenda = []
        for position, item in enumerate(data.agenda, 1):
            try:
                agenda.append(self._agenda_row(item, position))
            except DialogueTrackerError as error:
                raise located(error, item.path) from None
        return _Checked(data, row, attendance, agenda)

    def _agenda_row(self, item: AgendaItemData, position: int) -> dict[str, Any]:
        links = self.links
        topic = None if item.topic is None else links.topics[item.topic]
        presenter = None if item.presenter is None else links.people[item.presenter]
        draft = AgendaItemDraft(
            0,
            item.title,
            topic,
            item.lead,
            presenter,
            item.minutes,
            item.notes,
            item.outcome,
            item.handling,
            item.points_to_make,
            item.their_position,
            item.our_response,
        )
        clean = check_item_fields(draft)
        joint = clean.lead == JOINT
        lead = None if clean.lead is None or joint else self._party(clean.lead, "lead")
        return {
            "position": position,
            "title": clean.title,
            "topic_id": topic,
            "lead_party_id": lead,
            "lead_joint": joint,
            "presenter_id": presenter,
            "planned_minutes": clean.planned_minutes,
            "notes": clean.notes,
            "outcome": clean.outcome,
            "handling": clean.handling.value,
            "points_to_make": list(clean.points_to_make),
            "their_position": clean.their_position,
            "our_response": clean.our_response,
        }
