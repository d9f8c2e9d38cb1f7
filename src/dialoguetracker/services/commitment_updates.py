"""The history of commitments: dated, append-only updates, and the past rebuilt from them.

No service changes or deletes an update once written. A correction is a new update, so the
record shows what was believed at each round and why it changed; undoing an update is such a
correction too (:func:`undo_update`), the same whichever screen asks for it. The commitment's
current status and due date are recomputed from the whole history after each update, so an
update entered late with an earlier date falls into its place instead of overriding newer ones.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from functools import partial

from dialoguetracker.domain import rules
from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.errors import ConflictError, ValidationError
from dialoguetracker.domain.records import Commitment, CommitmentUpdate, CommitmentUpdateDraft
from dialoguetracker.domain.words import translate
from dialoguetracker.services.audit import check_version, naming_stale
from dialoguetracker.services.commitments import (
    before_recorded,
    check_date,
    commitment_text,
    meeting_of_dialogue,
)
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.validation import check_choice, check_text, require_text
from dialoguetracker.store import queries
from dialoguetracker.store.models import CommitmentRow, CommitmentUpdateRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def update_record(row: CommitmentUpdateRow) -> CommitmentUpdate:
    return CommitmentUpdate(
        commitment_id=row.commitment_id,
        on=row.on_date,
        note=row.note,
        status=None if row.status is None else CommitmentStatus(row.status),
        due=row.due_date,
        reason=row.reason,
        meeting_id=row.meeting_id,
        handling=Handling(row.handling),
        id=row.id,
    )


def _history(uow: UnitOfWork, commitment_id: int) -> list[CommitmentUpdate]:
    rows = uow.all(CommitmentUpdateRow, "on_date", commitment_id=commitment_id)
    return [update_record(row) for row in rows]


def _check_update(
    uow: UnitOfWork, commitment: CommitmentRow, draft: CommitmentUpdateDraft
) -> CommitmentStatus | None:
    """Refuse an update the history cannot take; the reason rule is judged against the
    state on the update's own date, which for a back-dated update is not today's."""
    on = check_date("on", draft.on)
    require_text("note", draft.note)
    reason = check_text("reason", draft.reason)
    status = (
        None if draft.status is None else check_choice("status", CommitmentStatus, draft.status)
    )
    if draft.due is not None:
        check_date("due", draft.due)
    check_choice("handling", Handling, draft.handling)
    if commitment.recorded_on is not None and on < commitment.recorded_on:
        raise ValidationError("on", before_recorded(commitment.recorded_on))
    if draft.meeting_id is not None:
        meeting_of_dialogue(uow, draft.meeting_id, commitment.dialogue_id)
    why = _why_reason(uow, commitment, on, status, draft.due)
    if why is not None and (reason is None or not reason.strip()):
        raise ValidationError("reason", why)
    return status


def _why_reason(
    uow: UnitOfWork,
    commitment: CommitmentRow,
    on: date,
    status: CommitmentStatus | None,
    due: date | None,
) -> str | None:
    """Why an update on ``on`` setting ``status`` and ``due`` needs a reason (None if not),
    judged against the state the history gives for that date."""
    history = _history(uow, commitment.id)
    initial = CommitmentStatus(commitment.initial_status)
    before = rules.status_as_of(initial, None, history, on)
    assert before is not None
    before_due = rules.due_as_of(commitment.initial_due_date, None, history, on)
    return rules.needs_reason(before, before_due, status, due)


def _recompute(change: Change, commitment: CommitmentRow) -> None:
    """Bring the current-state columns in line with the history, auditing what moved."""
    history = _history(change.uow, commitment.id)
    status, due = rules.current_state(
        CommitmentStatus(commitment.initial_status), commitment.initial_due_date, history
    )
    old_status = CommitmentStatus(commitment.status)
    if status != old_status:
        change.audit("commitment", commitment.id, "update", "status", old_status, status)
        commitment.status = status.value
    if due != commitment.due_date:
        change.audit("commitment", commitment.id, "update", "due", commitment.due_date, due)
        commitment.due_date = due


def add_update(
    change: Change, draft: CommitmentUpdateDraft, expected_version: int | None = None
) -> CommitmentUpdate:
    """Append an update. With ``expected_version`` (the commitment's version when the user
    read it) the update is refused if the commitment changed since."""
    commitment = change.uow.require(CommitmentRow, draft.commitment_id, "commitment")
    check_version(
        change.uow,
        "commitment",
        commitment.id,
        commitment.text,
        expected_version,
        commitment.version,
    )
    status = _check_update(change.uow, commitment, draft)
    row = CommitmentUpdateRow(
        commitment_id=commitment.id,
        on_date=draft.on,
        note=draft.note,
        status=None if status is None else status.value,
        due_date=draft.due,
        reason=draft.reason,
        meeting_id=draft.meeting_id,
        handling=Handling(draft.handling).value,
    )
    change.uow.add(row)
    change.uow.flush()
    change.audit(
        "commitment_update",
        row.id,
        "create",
        new=draft.note,
        scope=("commitment", row.commitment_id),
    )
    _recompute(change, commitment)
    change.uow.flush()
    return update_record(row)


def record_update(
    services: Services, draft: CommitmentUpdateDraft, expected_version: int | None = None
) -> CommitmentUpdate:
    """Append an update in its own transaction; see :func:`add_update` for the version."""
    commitment_id = draft.commitment_id
    with (
        naming_stale(
            services,
            "commitment",
            commitment_id,
            partial(commitment_text, commitment_id=commitment_id),
        ),
        services.change() as change,
    ):
        return add_update(change, draft, expected_version)


def undo_update(
    services: Services,
    update_id: int,
    before: Commitment,
    note: str,
    reason: str,
    expected_version: int | None = None,
) -> CommitmentUpdate:
    """Take an update back by appending its compensating update, in one transaction.

    Updates are append-only, so undo never deletes one. The compensating update:

    - puts back the status and the due date of ``before`` (the commitment as it was just
      before the update was recorded) where the commitment's current state differs from it,
      and leaves alone what the update did not change;
    - is dated today by the services' clock, but never before the update it takes back, or it
      would sort before that update in the history and take nothing back;
    - keeps the update's meeting link (as the store holds it now: a meeting deleted and
      brought back since has a new id) and its handling;
    - has ``note`` as its note, and ``reason`` as its reason exactly when the rules ask for
      one (:func:`rules.needs_reason`, as for any update).

    An update that gave the commitment its first due date cannot be taken back
    (:func:`rules.why_not_undoable`): that raises :class:`ConflictError` and writes nothing.
    ``expected_version`` is checked as in :func:`add_update`.
    """
    with (
        naming_stale(
            services, "commitment", before.id, partial(commitment_text, commitment_id=before.id)
        ),
        services.change() as change,
    ):
        undone = change.uow.require(CommitmentUpdateRow, update_id, "commitment update")
        if undone.commitment_id != before.id:
            raise ValidationError(
                "update",
                translate("Errors", "is not an update of commitment {commitment}").format(
                    commitment=before.id
                ),
            )
        refusal = rules.why_not_undoable(before.due, undone.due_date)
        if refusal is not None:
            raise ConflictError(refusal)
        commitment = change.uow.require(CommitmentRow, before.id, "commitment")
        status = before.status if commitment.status != before.status.value else None
        restores_due = before.due is not None and before.due != commitment.due_date
        due = before.due if restores_due else None
        on = max(services.today(), undone.on_date)
        why = _why_reason(change.uow, commitment, on, status, due)
        draft = CommitmentUpdateDraft(
            commitment.id,
            on,
            note,
            status=status,
            due=due,
            reason=None if why is None else reason,
            meeting_id=undone.meeting_id,
            handling=Handling(undone.handling),
        )
        return add_update(change, draft, expected_version)


def change_status(
    services: Services,
    commitment_id: int,
    status: CommitmentStatus,
    on: date,
    note: str,
    reason: str | None = None,
    meeting_id: int | None = None,
    expected_version: int | None = None,
) -> CommitmentUpdate:
    draft = CommitmentUpdateDraft(
        commitment_id, on, note, status=status, reason=reason, meeting_id=meeting_id
    )
    return record_update(services, draft, expected_version)


def move_due_date(
    services: Services,
    commitment_id: int,
    due: date,
    on: date,
    reason: str,
    note: str | None = None,
    expected_version: int | None = None,
) -> CommitmentUpdate:
    """Without a note of its own the update's note is the reason, which says what happened."""
    draft = CommitmentUpdateDraft(
        commitment_id, on, reason if note is None else note, due=due, reason=reason
    )
    return record_update(services, draft, expected_version)


def list_updates(services: Services, commitment_id: int) -> list[CommitmentUpdate]:
    """A commitment's updates in the order they happened (by date, then as entered)."""
    with services.read() as uow:
        uow.require(CommitmentRow, commitment_id, "commitment")
        return _history(uow, commitment_id)


def statuses_as_of(
    services: Services, on: date, dialogue_id: int | None = None
) -> dict[int, CommitmentStatus]:
    """The status every commitment had on a past date, for "what changed since the last
    round"; commitments not yet recorded on that date are absent. Two queries in all."""
    check_date("on", on)
    with services.read() as uow:
        starts = queries.commitment_starts(uow, on, dialogue_id)
        steps: defaultdict[int, list[rules.Step]] = defaultdict(list)
        for step in queries.status_steps(uow, on, dialogue_id):
            steps[step.commitment_id].append(
                rules.Step(step.id, step.on, CommitmentStatus(step.status))
            )
    result: dict[int, CommitmentStatus] = {}
    for start in starts:
        status = rules.status_as_of(
            CommitmentStatus(start.initial_status), start.recorded_on, steps[start.id], on
        )
        if status is not None:
            result[start.id] = status
    return result
