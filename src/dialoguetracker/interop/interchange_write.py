"""Writing an interchange file: :class:`InterchangeData` → JSON text.

Absent values and empty lists are left out and keys keep one order, so the same data always
gives the same text: that is what makes export → import → export comparable byte for byte.
Text is written as UTF-8, never escaped to ASCII, so every script reads as typed.
"""

from __future__ import annotations

import json
from datetime import date
from enum import Enum

from dialoguetracker.domain.interchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AgendaItemData,
    AssessmentData,
    CommitmentData,
    DialogueData,
    DocumentData,
    InterchangeData,
    MeetingData,
    UpdateData,
    default_initial_due,
    default_initial_status,
)

Json = dict[str, object]


def write_interchange(data: InterchangeData) -> str:
    document: Json = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "parties": [_compact(code=p.code, name=p.name, language=p.language) for p in data.parties],
        "organizations": [
            _compact(id=o.id, party=o.party, name=o.name) for o in data.organizations
        ],
        "people": [
            _compact(
                id=p.id,
                name=p.name,
                party=p.party,
                organization=p.organization,
                title=p.title,
                contact=p.contact,
                pronunciation=p.pronunciation,
                biography=p.biography,
            )
            for p in data.people
        ],
        "dialogues": [_dialogue(d) for d in data.dialogues],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _dialogue(dialogue: DialogueData) -> Json:
    return _compact(
        id=dialogue.id,
        name=dialogue.name,
        short_name=dialogue.short_name,
        parties=list(dialogue.parties),
        framework=dialogue.framework,
        description=dialogue.description,
        status=dialogue.status,
        topics=[{"id": t.id, "name": t.name} for t in dialogue.topics],
        meetings=[_meeting(m) for m in dialogue.meetings],
        commitments=[_commitment(c) for c in dialogue.commitments],
    )


def _meeting(meeting: MeetingData) -> Json:
    brief = meeting.brief
    return _compact(
        id=meeting.id,
        title=meeting.title,
        start=meeting.start,
        end=meeting.end,
        location=meeting.location,
        format=meeting.format,
        status=meeting.status,
        record=meeting.record,
        host=meeting.host,
        summary=meeting.summary,
        summary_handling=meeting.summary_handling if meeting.summary is not None else None,
        brief=None
        if brief is None
        else _compact(
            purpose=brief.purpose,
            objectives=list(brief.objectives),
            their_objectives=list(brief.their_objectives),
            their_asks=list(brief.their_asks),
            press_line=brief.press_line,
            handling=brief.handling,
        ),
        participants=[
            _compact(person=p.person, role=p.role, presence=p.presence)
            for p in meeting.participants
        ],
        agenda=[_agenda_item(a) for a in meeting.agenda],
        documents=[_document(d) for d in meeting.documents],
    )


def _agenda_item(item: AgendaItemData) -> Json:
    return _compact(
        title=item.title,
        topic=item.topic,
        lead=item.lead,
        presenter=item.presenter,
        minutes=item.minutes,
        notes=item.notes,
        outcome=item.outcome,
        handling=item.handling,
        points_to_make=list(item.points_to_make),
        their_position=item.their_position,
        our_response=item.our_response,
    )


def _document(document: DocumentData) -> Json:
    return _compact(
        id=document.id,
        kind=document.kind,
        title=document.title,
        date=document.date,
        language=document.language,
        url=document.url,
        text=document.text,
        handling=document.handling,
    )


def _commitment(commitment: CommitmentData) -> Json:
    initial_status = commitment.initial_status
    if initial_status == default_initial_status(commitment):
        initial_status = None
    initial_due = commitment.initial_due
    if initial_due == default_initial_due(commitment):
        initial_due = None
    source = commitment.source
    return _compact(
        id=commitment.id,
        text=commitment.text,
        topic=commitment.topic,
        meeting=commitment.meeting,
        owner=commitment.owner,
        leads=[
            _compact(organization=lead.organization, person=lead.person)
            for lead in commitment.leads
        ],
        due=commitment.due,
        status=commitment.status,
        source=None if source is None else _compact(document=source.document, clause=source.clause),
        handling=commitment.handling,
        recorded=commitment.recorded,
        initial_status=initial_status,
        initial_due=initial_due,
        updates=[_update(u) for u in commitment.updates],
        assessments=[_assessment(a) for a in commitment.assessments],
    )


def _assessment(assessment: AssessmentData) -> Json:
    return _compact(
        side=assessment.side,
        period_end=assessment.period_end,
        score=assessment.score,
        evidence=assessment.evidence,
        final=assessment.final or None,
        date=assessment.date,
        handling=assessment.handling,
        by=assessment.by,
    )


def _update(update: UpdateData) -> Json:
    return _compact(
        date=update.date,
        note=update.note,
        status=update.status,
        due=update.due,
        reason=update.reason,
        meeting=update.meeting,
        handling=update.handling,
    )


def _compact(**values: object) -> Json:
    """Keep only what is set, with enums as their words and dates in ISO form."""
    result: Json = {}
    for key, value in values.items():
        if value is None or value == []:
            continue
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, date):
            value = value.isoformat()
        result[key] = value
    return result
