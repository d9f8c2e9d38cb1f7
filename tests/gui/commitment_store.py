"""Stores for the Commitments view's tests: one dialogue between the U.S. and Mexico with two
topics, and as many generated commitments as a test needs, written in one transaction.

The clock is fixed at 1 March 2023 (``FIXED_NOW``), so overdue and due-soon marks computed
with these services do not depend on the day the tests run.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft, PartyDraft, TopicDraft
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.commitments import add_commitment
from dialoguetracker.store.engine import open_store

FIXED_NOW = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
TODAY = FIXED_NOW.date()
STATUSES = list(CommitmentStatus)
SIDES = ["US", "MX", JOINT]


@dataclass(frozen=True)
class Dialogue:
    id: int
    cybercrime: int
    infrastructure: int


def build_dialogue(services: Services) -> Dialogue:
    for code, name in (("US", "United States"), ("MX", "Mexico")):
        directory.create_party(services, PartyDraft(code, name))
    made = dialogues.create_dialogue(
        services, DialogueDraft("U.S.-Mexico Working Group on Cyber Issues", ("US", "MX"))
    )
    crime = dialogues.create_topic(services, TopicDraft(made.id, "Cybercrime"))
    infrastructure = dialogues.create_topic(
        services, TopicDraft(made.id, "Critical infrastructure")
    )
    return Dialogue(made.id, crime.id, infrastructure.id)


def due_of(number: int) -> date | None:
    """Spread over three years around the fixed today; every seventh has no due date."""
    if number % 7 == 0:
        return None
    return date(2022, 1, 1) + timedelta(days=(number * 37) % 1100)


def add_many(services: Services, dialogue: Dialogue, count: int) -> list[int]:
    """``count`` commitments numbered from 1, in one transaction."""
    ids = []
    with services.change() as change:
        for number in range(1, count + 1):
            draft = CommitmentDraft(
                dialogue.id,
                f"Commitment {number:05d}: exchange points of contact",
                SIDES[number % 3],
                topic_id=dialogue.cybercrime if number % 2 else dialogue.infrastructure,
                handling=Handling.INTERNAL if number % 5 == 0 else Handling.COUNTERPART,
            )
            status = STATUSES[number % len(STATUSES)]
            made = add_commitment(change, draft, status, due_of(number), recorded_on=TODAY)
            ids.append(made.id)
    return ids


def generated_store(migrated: Path, path: Path, count: int) -> Path:
    """A copy of the migrated empty store at ``path`` holding the dialogue and ``count``
    commitments."""
    shutil.copyfile(migrated, path)
    store = open_store(path)
    try:
        services = Services(store, actor="tester", clock=lambda: FIXED_NOW)
        add_many(services, build_dialogue(services), count)
    finally:
        store.close()
    return path
