"""Our side's brief for a meeting: purpose, objectives, their objectives and asks, press line.

A meeting has at most one brief, so the brief is addressed by its meeting and its audit
entries are filed under the meeting's id (entity ``meeting_brief``): the history of a
meeting's brief survives deleting and writing it afresh.
"""

from __future__ import annotations

from dataclasses import replace

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.records import MeetingBrief
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.meetings import ensure_editable
from dialoguetracker.services.validation import check_choice, check_text, check_texts
from dialoguetracker.store.models import MeetingBriefRow, MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "meeting_brief"


def brief_record(row: MeetingBriefRow) -> MeetingBrief:
    return MeetingBrief(
        meeting_id=row.meeting_id,
        purpose=row.purpose,
        objectives=tuple(row.objectives),
        their_objectives=tuple(row.their_objectives),
        their_asks=tuple(row.their_asks),
        press_line=row.press_line,
        handling=Handling(row.handling),
    )


def _check_brief(brief: MeetingBrief) -> MeetingBrief:
    """Validate and normalise, so that a list given for a tuple does not audit as a change."""
    check_text("purpose", brief.purpose)
    check_text("press_line", brief.press_line)
    return replace(
        brief,
        purpose=brief.purpose or "",
        objectives=check_texts("objectives", brief.objectives),
        their_objectives=check_texts("their_objectives", brief.their_objectives),
        their_asks=check_texts("their_asks", brief.their_asks),
        handling=check_choice("handling", Handling, brief.handling),
    )


def _fill_brief(row: MeetingBriefRow, brief: MeetingBrief) -> None:
    row.purpose, row.press_line = brief.purpose, brief.press_line
    row.objectives, row.their_objectives = list(brief.objectives), list(brief.their_objectives)
    row.their_asks, row.handling = list(brief.their_asks), brief.handling.value


def add_brief(change: Change, brief: MeetingBrief) -> MeetingBrief:
    """Write the meeting's brief, creating it or replacing it; replacing audits each field."""
    ensure_editable(change.uow, brief.meeting_id)
    clean = _check_brief(brief)
    row = change.uow.find(MeetingBriefRow, meeting_id=clean.meeting_id)
    if row is None:
        row = MeetingBriefRow(meeting_id=clean.meeting_id)
        _fill_brief(row, clean)
        change.uow.add(row)
        change.audit(
            ENTITY,
            clean.meeting_id,
            "create",
            new=clean.purpose,
            scope=("meeting", clean.meeting_id),
        )
    else:
        change.audit_fields(
            ENTITY,
            clean.meeting_id,
            brief_record(row),
            clean,
            scope=("meeting", clean.meeting_id),
        )
        _fill_brief(row, clean)
    change.uow.flush()
    return brief_record(row)


def set_brief(services: Services, brief: MeetingBrief) -> MeetingBrief:
    with services.change() as change:
        return add_brief(change, brief)


def delete_brief(services: Services, meeting_id: int) -> None:
    with services.change() as change:
        ensure_editable(change.uow, meeting_id)
        row = _require_brief(change.uow, meeting_id)
        change.audit(ENTITY, meeting_id, "delete", old=row.purpose, scope=("meeting", meeting_id))
        change.uow.delete(row)
        change.uow.flush()


def get_brief(services: Services, meeting_id: int) -> MeetingBrief | None:
    """None when the meeting has no brief yet; a meeting that does not exist is an error."""
    with services.read() as uow:
        uow.require(MeetingRow, meeting_id, "meeting")
        row = uow.find(MeetingBriefRow, meeting_id=meeting_id)
        return None if row is None else brief_record(row)


def _require_brief(uow: UnitOfWork, meeting_id: int) -> MeetingBriefRow:
    row = uow.find(MeetingBriefRow, meeting_id=meeting_id)
    if row is None:
        raise NotFoundError("brief for the meeting", meeting_id)
    return row
