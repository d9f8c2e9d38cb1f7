"""What a store holds, counted, for the command line and the status bar."""

from __future__ import annotations

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import StoreSummary
from dialoguetracker.services.commitments import count_commitments
from dialoguetracker.services.context import Services
from dialoguetracker.store.models import (
    CommitmentRow,
    DialogueRow,
    DocumentRow,
    MeetingRow,
    PartyRow,
    PersonRow,
)


def store_summary(services: Services) -> StoreSummary:
    with services.read() as uow:
        counts = {
            model: uow.count(model)
            for model in (PartyRow, PersonRow, DialogueRow, MeetingRow, CommitmentRow, DocumentRow)
        }
        names = tuple(row.name for row in uow.all(DialogueRow, "name"))
    return StoreSummary(
        parties=counts[PartyRow],
        people=counts[PersonRow],
        dialogues=counts[DialogueRow],
        meetings=counts[MeetingRow],
        commitments=counts[CommitmentRow],
        open_commitments=count_commitments(services, CommitmentFilter(open_only=True)),
        overdue_commitments=count_commitments(services, CommitmentFilter(overdue_only=True)),
        documents=counts[DocumentRow],
        dialogue_names=names,
    )
