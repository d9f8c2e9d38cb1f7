"""Commitments from a spreadsheet register, into one dialogue, in one transaction.

Every row is read before anything is written. A row with a problem is listed with its row
number and the reason, and then nothing is imported — unless the user chose to import the
valid rows only, which the report then lists too. A row whose commitment the dialogue already
holds (the same text), or that repeats an earlier row of the sheet, is skipped and listed, so
importing a sheet again adds nothing. A topic the dialogue does not have yet is created; a
meeting is matched by its title and, when the dialogue has no meeting of that title, the
commitment comes in without one (listed). The status and due date are the commitment's
state as recorded; the latest update, when the sheet has one, becomes its progress update.

A rehearsal (``dry_run``, or services that rehearse) does all of it, then rolls the
transaction back: its report is exactly what the import would do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import CommitmentDraft, CommitmentUpdateDraft, TopicDraft
from dialoguetracker.domain.register_columns import (
    REQUIRED,
    RegisterColumn,
    field_name,
    folded,
    guessed_columns,
)
from dialoguetracker.domain.register_table import RegisterTable
from dialoguetracker.domain.words import listed, translate
from dialoguetracker.services.commitment_updates import add_update
from dialoguetracker.services.commitments import add_commitment
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.dialogues import add_topic
from dialoguetracker.services.spreadsheet_rows import (
    Dialect,
    PlannedCommitment,
    RowProblem,
    read_row,
)
from dialoguetracker.store.models import DialogueRow, MeetingRow
from dialoguetracker.store.register_import_queries import (
    commitment_texts,
    meeting_ids_by_title,
    topic_ids_by_name,
)

Columns = Mapping[RegisterColumn, int]
"""Which column (0-based) fills which field."""


@dataclass(frozen=True)
class RegisterImportReport:
    imported: tuple[int, ...] = ()
    """The rows brought in, by row number."""
    already_held: tuple[int, ...] = ()
    """Rows skipped: the dialogue holds that commitment, or an earlier row of the sheet is it."""
    rejected: tuple[RowProblem, ...] = ()
    topics_created: tuple[str, ...] = ()
    meetings_unknown: tuple[str, ...] = ()
    """Meeting titles the dialogue has no meeting of; their commitments came in without one."""
    rehearsal: bool = False

    @property
    def rejected_rows(self) -> tuple[int, ...]:
        return tuple(sorted({problem.row for problem in self.rejected}))

    def describe(self) -> str:
        count = len(self.imported)
        if self.rehearsal:
            head = (
                translate("Import", "1 commitment would be imported")
                if count == 1
                else translate("Import", "{count} commitments would be imported").format(
                    count=count
                )
            )
        else:
            head = (
                translate("Import", "1 commitment imported")
                if count == 1
                else translate("Import", "{count} commitments imported").format(count=count)
            )
        parts: list[str] = [head]
        if self.rejected:
            parts.append(
                translate("Import", "rows refused: {rows}").format(rows=_rows(self.rejected_rows))
            )
        if self.already_held:
            parts.append(
                translate("Import", "rows already in the dialogue: {rows}").format(
                    rows=_rows(self.already_held)
                )
            )
        if self.topics_created:
            parts.append(
                translate("Import", "new topics: {topics}").format(
                    topics=", ".join(self.topics_created)
                )
            )
        if self.meetings_unknown:
            parts.append(
                translate(
                    "Import",
                    "no meeting titled {titles} in the dialogue, so those came in without one",
                ).format(titles=", ".join(repr(title) for title in self.meetings_unknown))
            )
        return listed(parts, separator="; ")


def _rows(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(number) for number in numbers)


class RowsRefusedError(DialogueTrackerError):
    """Some rows cannot be imported and the user did not choose the valid rows only: the
    report lists each; nothing was written."""

    def __init__(self, report: RegisterImportReport) -> None:
        super().__init__(
            translate(
                "Errors", "{count} rows cannot be imported, so nothing was imported: {rows}"
            ).format(count=len(report.rejected_rows), rows=_rows(report.rejected_rows))
        )
        self.report = report


def header_of(table: RegisterTable, column: RegisterColumn, columns: Columns) -> str:
    """A field's column as the sheet names it, else the field's own word."""
    index = columns.get(column)
    if index is not None and index < len(table.headers) and table.headers[index]:
        return table.headers[index]
    return field_name(column)


def missing_columns(columns: Columns) -> tuple[RegisterColumn, ...]:
    return tuple(column for column in REQUIRED if column not in columns)


def import_register(
    services: Services,
    dialogue_id: int,
    table: RegisterTable,
    columns: Columns | None = None,
    *,
    valid_rows_only: bool = False,
    dry_run: bool = False,
) -> RegisterImportReport:
    """The table's rows as commitments of the dialogue; ``columns`` defaults to what the
    headers say. Refused whole (:class:`RowsRefusedError`) when a row is bad, unless
    ``valid_rows_only``."""
    chosen = guessed_columns(table.headers) if columns is None else dict(columns)
    if missing := missing_columns(chosen):
        raise ValidationError(
            "columns",
            translate("Errors", "no column holds {fields}; the headers are: {headers}").format(
                fields=listed(
                    (field_name(column) for column in missing),
                ),
                headers=", ".join(header for header in table.headers if header) or "-",
            ),
        )
    rehearsed = replace(services, rehearsal=services.rehearsal or dry_run)
    with rehearsed.change() as change:
        report = _import(change, dialogue_id, table, chosen, valid_rows_only)
    return replace(report, rehearsal=rehearsed.rehearsal)


def _import(
    change: Change, dialogue_id: int, table: RegisterTable, columns: Columns, valid_only: bool
) -> RegisterImportReport:
    dialogue = change.uow.require(DialogueRow, dialogue_id, "dialogue")
    headers = {column: header_of(table, column, columns) for column in RegisterColumn}
    dialect = _dialect(dialogue)
    planned: list[PlannedCommitment] = []
    rejected: list[RowProblem] = []
    for row in table.rows:
        read = read_row(row, columns, headers, dialect)
        if isinstance(read, PlannedCommitment):
            planned.append(read)
        else:
            rejected.extend(read)
    report = RegisterImportReport(rejected=tuple(rejected))
    if rejected and not valid_only:
        raise RowsRefusedError(report)
    return _write(change, dialogue_id, planned, report)


def _dialect(dialogue: DialogueRow) -> Dialect:
    parties: dict[str, str] = {}
    for member in dialogue.members:
        parties.setdefault(folded(member.party.code), member.party.code)
        parties.setdefault(folded(member.party.name), member.party.code)
    return Dialect(parties, tuple(member.party.code for member in dialogue.members))


@dataclass
class _Writing:
    change: Change
    dialogue_id: int
    held: set[str]
    meetings: dict[str, int]
    topics: dict[str, int]
    imported: list[int] = field(default_factory=list)
    already_held: list[int] = field(default_factory=list)
    topics_created: list[str] = field(default_factory=list)
    meetings_unknown: list[str] = field(default_factory=list)


def _write(
    change: Change, dialogue_id: int, planned: list[PlannedCommitment], report: RegisterImportReport
) -> RegisterImportReport:
    uow = change.uow
    writing = _Writing(
        change,
        dialogue_id,
        {folded(text) for text in commitment_texts(uow, dialogue_id)},
        meeting_ids_by_title(uow, dialogue_id),
        topic_ids_by_name(uow, dialogue_id),
    )
    for commitment in planned:
        key = folded(commitment.text)
        if key in writing.held:
            writing.already_held.append(commitment.row)
            continue
        try:
            _one(writing, commitment)
        except ValidationError as error:  # a rule only the service knows, for this row
            raise ValidationError(f"row {commitment.row}: {error.field}", error.problem) from None
        writing.held.add(key)
        writing.imported.append(commitment.row)
    return RegisterImportReport(
        imported=tuple(writing.imported),
        already_held=tuple(writing.already_held),
        rejected=report.rejected,
        topics_created=tuple(writing.topics_created),
        meetings_unknown=tuple(writing.meetings_unknown),
    )


def _one(writing: _Writing, planned: PlannedCommitment) -> None:
    change = writing.change
    meeting_id = None
    if planned.meeting is not None:
        meeting_id = writing.meetings.get(planned.meeting)
        if meeting_id is None and planned.meeting not in writing.meetings_unknown:
            writing.meetings_unknown.append(planned.meeting)
    topic_id = None
    if planned.topic is not None:
        topic_id = writing.topics.get(planned.topic)
        if topic_id is None:
            topic_id = add_topic(change, TopicDraft(writing.dialogue_id, planned.topic)).id
            writing.topics[planned.topic] = topic_id
            writing.topics_created.append(planned.topic)
    recorded_on = change.at.date()
    if meeting_id is not None:
        recorded_on = change.uow.require(MeetingRow, meeting_id, "meeting").start_date
    if planned.latest_update_on is not None:
        recorded_on = min(recorded_on, planned.latest_update_on)
    draft = CommitmentDraft(
        writing.dialogue_id,
        planned.text,
        planned.owner,
        meeting_id=meeting_id,
        topic_id=topic_id,
        handling=planned.handling,
    )
    commitment = add_commitment(
        change, draft, status=planned.status, due=planned.due, recorded_on=recorded_on
    )
    if planned.latest_update is not None:
        on = planned.latest_update_on or change.at.date()
        add_update(change, CommitmentUpdateDraft(commitment.id, on, planned.latest_update))
