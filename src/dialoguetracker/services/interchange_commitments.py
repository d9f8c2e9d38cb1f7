"""Importing a dialogue's new commitments in sets: the bulk of any large interchange file.

An office's file holds tens of thousands of commitments, each with its history; written one at
a time through :func:`~dialoguetracker.services.commitments.add_commitment` and
:func:`~dialoguetracker.services.commitment_updates.add_update` they cost a natural-key query,
an ORM flush and a recomputation each. Here the commitments the store does not hold yet are
checked with the same rules, in memory (their histories are in the file), then written with
one multi-row statement per table and chunk: commitments, leads, updates, compliance
assessments and their audit entries. The audit trail receives exactly the entries the
one-at-a-time path writes.

What the file links a commitment to (its topic, meeting, source document, leads) was resolved
by the reader and mapped by the importer to records of this same dialogue, so the existence and
same-dialogue checks :mod:`~dialoguetracker.services.commitments` makes for a user's input hold
by construction; the owner, the texts, the dates and the history rules are checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from dialoguetracker.domain import rules
from dialoguetracker.domain.compliance import Period
from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.interchange import (
    AssessmentData,
    CommitmentData,
    default_initial_due,
    default_initial_status,
    default_recorded,
)
from dialoguetracker.domain.words import translate
from dialoguetracker.services.assessments import dialogue_periods
from dialoguetracker.services.commitments import before_recorded, check_date, not_an_owner
from dialoguetracker.services.context import AuditEntry, Change
from dialoguetracker.services.import_report import located
from dialoguetracker.services.sides import party_id, side_columns
from dialoguetracker.services.validation import check_text, require_text
from dialoguetracker.store.models import (
    AssessmentRow,
    CommitmentLeadRow,
    CommitmentRow,
    CommitmentUpdateRow,
)

UPDATE = "commitment_update"
ASSESSMENT = "assessment"
COMMITMENT = "commitment"


@dataclass(frozen=True)
class Links:
    """Where the file's ids of one dialogue live in the store, filled by the importer."""

    dialogue_id: int
    party_codes: tuple[str, ...]
    topics: Mapping[str, int]
    meetings: Mapping[str, int]
    meeting_days: Mapping[int, date]
    documents: Mapping[str, int]
    organizations: Mapping[str, int]
    people: Mapping[str, int]


Change_ = tuple[str, str, object, object]
"""(action, field, old, new) of one audit entry of the commitment itself."""


@dataclass
class _Checked:
    """One new commitment, checked: its row, leads, updates and the audit entries to write."""

    row: dict[str, Any]
    leads: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    moves: list[list[Change_]]
    """For each update, what it changed of the commitment (its status, its due date)."""
    changes: list[Change_]
    """What the file's current state changes after the updates (the import's own entries)."""
    assessments: list[dict[str, Any]] = dataclass_field(default_factory=list)


class CommitmentBatch:
    """New commitments of one dialogue, checked one by one and written in sets."""

    def __init__(self, change: Change, links: Links) -> None:
        self.change = change
        self.links = links
        self._owners: dict[str, tuple[int | None, bool]] = {}
        self._pending: list[_Checked] = []
        self._periods: list[Period] | None = None
        self._party_ids: dict[str, int] = {}

    def add(self, data: CommitmentData) -> None:
        """Check one commitment (errors name its JSON path) and queue it for writing."""
        try:
            self._pending.append(self._checked(data))
        except DialogueTrackerError as error:
            raise located(error, data.path) from None

    def __len__(self) -> int:
        return len(self._pending)

    def write(self) -> None:
        """Write the queued commitments with their leads, updates and audit entries."""
        if not self._pending:
            return
        uow, pending = self.change.uow, self._pending
        self._pending = []
        ids = uow.insert_returning_ids(CommitmentRow, [item.row for item in pending])
        leads: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for item, commitment_id in zip(pending, ids, strict=True):
            for row in item.leads:  # the rows are this batch's own: fill them in place
                row["commitment_id"] = commitment_id
                leads.append(row)
            for row in item.updates:
                row["commitment_id"] = commitment_id
                updates.append(row)
        uow.insert_many(CommitmentLeadRow, leads)
        update_ids = iter(uow.insert_returning_ids(CommitmentUpdateRow, updates))
        entries: list[AuditEntry] = []
        add = entries.append
        for item, commitment_id in zip(pending, ids, strict=True):
            add((COMMITMENT, commitment_id, "create", None, None, item.row["text"], None))
            scope = (COMMITMENT, commitment_id)
            for update, moved in zip(item.updates, item.moves, strict=True):
                add((UPDATE, next(update_ids), "create", None, None, update["note"], scope))
                for action, field, old, new in moved:
                    add((COMMITMENT, commitment_id, action, field, old, new, None))
            for action, field, old, new in item.changes:
                add((COMMITMENT, commitment_id, action, field, old, new, None))
        self._write_assessments(pending, ids, add)
        self.change.audit_many(entries)

    def _write_assessments(
        self, pending: list[_Checked], ids: list[int], add: Callable[[AuditEntry], None]
    ) -> None:
        rows: list[dict[str, Any]] = []
        for item, commitment_id in zip(pending, ids, strict=True):
            for row in item.assessments:
                row["commitment_id"] = commitment_id
                rows.append(row)
        if not rows:
            return
        for row, assessment_id in zip(
            rows, self.change.uow.insert_returning_ids(AssessmentRow, rows), strict=True
        ):
            scope = (COMMITMENT, row["commitment_id"])
            add((ASSESSMENT, assessment_id, "create", None, None, row["evidence"], scope))

    # -- checking --------------------------------------------------------------------------

    def _owner(self, owner: str) -> tuple[int | None, bool]:
        known = self._owners.get(owner)
        if known is None:
            require_text("owner", owner)
            codes = self.links.party_codes
            if owner != JOINT and owner not in codes:
                raise ValidationError("owner", not_an_owner(owner, codes))
            known = self._owners[owner] = side_columns(self.change.uow, owner, "owner")
        return known

    def _checked(self, data: CommitmentData) -> _Checked:
        links = self.links
        require_text("text", data.text)
        source = data.source
        check_text("source_clause", None if source is None else source.clause)
        owner_party, joint = self._owner(data.owner)
        meeting_id = None if data.meeting is None else links.meetings[data.meeting]
        recorded = data.recorded or default_recorded(
            data, None if meeting_id is None else links.meeting_days[meeting_id]
        )
        initial_status = data.initial_status or default_initial_status(data)
        initial_due = (
            data.initial_due if data.initial_due is not None else default_initial_due(data)
        )
        for field, value in (("due", initial_due), ("recorded_on", recorded)):
            if value is not None:
                check_date(field, value)
        updates, moves, status, due = self._history(data, recorded, initial_status, initial_due)
        changes: list[Change_] = []
        if status != data.status:  # the file's current state is the one to keep
            changes.append(("import", "status", status, data.status))
        if due != data.due:
            changes.append(("import", "due", due, data.due))
        row = {
            "dialogue_id": links.dialogue_id,
            "text": data.text,
            "topic_id": None if data.topic is None else links.topics[data.topic],
            "owner_party_id": owner_party,
            "owner_joint": joint,
            "meeting_id": meeting_id,
            "agenda_item_id": None,
            "source_document_id": None
            if source is None or source.document is None
            else links.documents[source.document],
            "source_clause": None if source is None else source.clause,
            "handling": data.handling.value,
            "status": data.status.value,
            "due_date": data.due,
            "recorded_on": recorded,
            "initial_status": initial_status.value,
            "initial_due_date": initial_due,
        }
        leads = [
            {
                "organization_id": links.organizations[lead.organization],
                "person_id": None if lead.person is None else links.people[lead.person],
            }
            for lead in data.leads
        ]
        assessments = [self._assessment(assessment) for assessment in data.assessments]
        return _Checked(row, leads, updates, moves, changes, assessments)

    def _assessment(self, data: AssessmentData) -> dict[str, Any]:
        try:
            return {
                "party_id": self._party(data.side),
                "period_start": self._period_start(data.period_end),
                "score": data.score,
                "evidence": require_text("evidence", data.evidence),
                "final": data.final,
                "handling": data.handling.value,
                "assessed_on": check_date("date", data.date),
                "assessed_by": data.by or self.change.actor,
            }
        except DialogueTrackerError as error:
            raise located(error, data.path) from None

    def _party(self, code: str) -> int:
        known = self._party_ids.get(code)
        if known is None:
            known = self._party_ids[code] = party_id(self.change.uow, code, "side")
        return known

    def _period_start(self, end: date | None) -> date:
        """The period a file names by the round closing it (None: the current one), by the
        date of the round opening it, as the store keeps it."""
        if self._periods is None:
            self._periods = dialogue_periods(self.change.uow, self.links.dialogue_id)
        for period in self._periods:
            if period.end == end:
                return period.start
        if end is None:
            raise ValidationError(
                "period_end",
                translate(
                    "Errors", "the dialogue has held no round yet, so no period can be assessed"
                ),
            )
        raise ValidationError(
            "period_end",
            translate("Errors", "{day} is not the date of a round that closes a period").format(
                day=end.isoformat()
            ),
        )

    def _history(
        self,
        data: CommitmentData,
        recorded: date | None,
        initial_status: CommitmentStatus,
        initial_due: date | None,
    ) -> tuple[list[dict[str, Any]], list[list[Change_]], CommitmentStatus, date | None]:
        """The updates as rows, checked in file order as if appended one by one (each judged
        against the history before it), what each changed, and the state they leave.

        Updates listed in date order, as files list them, are each the newest so far: the
        state before one is the state after the one before, and the rules' replay of the
        whole history is needed only for an update dated before another."""
        # (number, date, status, due) of each update so far: the rules' steps, made only
        # when an update out of date order needs the whole history replayed.
        history: list[tuple[int, date, CommitmentStatus | None, date | None]] = []
        rows: list[dict[str, Any]] = []
        moves: list[list[Change_]] = []
        status, due = initial_status, initial_due
        newest: date | None = None
        for number, update in enumerate(data.updates, 1):
            try:
                on = check_date("on", update.date)
                require_text("note", update.note)
                reason = check_text("reason", update.reason)
                if update.due is not None:
                    check_date("due", update.due)
                if recorded is not None and on < recorded:
                    raise ValidationError("on", before_recorded(recorded))
                in_order = newest is None or on >= newest
                if in_order:
                    before, before_due = status, due
                else:
                    steps = [rules.Step(*step) for step in history]
                    found = rules.status_as_of(initial_status, None, steps, on)
                    assert found is not None
                    before = found
                    before_due = rules.due_as_of(initial_due, None, steps, on)
                why = rules.needs_reason(before, before_due, update.status, update.due)
                if why is not None and (reason is None or not reason.strip()):
                    raise ValidationError("reason", why)
            except DialogueTrackerError as error:
                raise located(error, update.path) from None
            history.append((number, on, update.status, update.due))
            if in_order:  # the newest update: it leaves what it sets over what was
                newest = on
                after_status = status if update.status is None else update.status
                after_due = due if update.due is None else update.due
            else:
                steps = [rules.Step(*step) for step in history]
                after_status, after_due = rules.current_state(initial_status, initial_due, steps)
            moved: list[Change_] = []
            if after_status != status:
                moved.append(("update", "status", status, after_status))
            if after_due != due:
                moved.append(("update", "due", due, after_due))
            status, due = after_status, after_due
            moves.append(moved)
            rows.append(
                {
                    "on_date": on,
                    "note": update.note,
                    "status": None if update.status is None else update.status.value,
                    "due_date": update.due,
                    "reason": update.reason,
                    "meeting_id": None
                    if update.meeting is None
                    else self.links.meetings[update.meeting],
                    "handling": update.handling.value,
                }
            )
        return rows, moves, status, due
