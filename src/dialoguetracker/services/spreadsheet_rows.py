"""A spreadsheet row read as a commitment of one dialogue, or the reasons it cannot be one.

Every cell of a row is checked, so the report names each problem of the row at once rather
than the first; a row's problems name the column by its header as the sheet shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TypeVar

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.register_columns import (
    REQUIRED,
    RegisterColumn,
    folded,
    handling_of,
    is_joint,
    status_of,
)
from dialoguetracker.domain.register_table import Cell, TableRow
from dialoguetracker.domain.text import text_problem
from dialoguetracker.domain.words import Sentence, translate

W = TypeVar("W")


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str
    """The column's header as the sheet shows it (its field's word when it has none)."""
    problem: str

    def describe(self) -> Sentence:
        return translate("Import", "row {row}, {column}: {problem}").format(
            row=self.row, column=self.column, problem=self.problem
        )


@dataclass(frozen=True)
class PlannedCommitment:
    row: int
    text: str
    owner: str
    status: CommitmentStatus = CommitmentStatus.AGREED
    due: date | None = None
    topic: str | None = None
    meeting: str | None = None
    handling: Handling = Handling.COUNTERPART
    latest_update: str | None = None
    latest_update_on: date | None = None


@dataclass(frozen=True)
class Dialect:
    """What a dialogue lets a row say: its parties, by code and by name."""

    parties: Mapping[str, str]
    """Folded code or name -> party code."""
    codes: tuple[str, ...]

    def owner(self, word: str) -> str | None:
        if is_joint(word):
            return JOINT
        return self.parties.get(folded(word))


@dataclass
class _Reading:
    row: TableRow
    headers: Mapping[RegisterColumn, str]
    columns: Mapping[RegisterColumn, int]
    problems: list[RowProblem] = field(default_factory=list)

    def cell(self, column: RegisterColumn) -> Cell:
        index = self.columns.get(column)
        if index is None or index >= len(self.row.cells):
            return None
        value = self.row.cells[index]
        return value.strip() or None if isinstance(value, str) else value

    def refuse(self, column: RegisterColumn, problem: str) -> None:
        self.problems.append(RowProblem(self.row.number, self.headers[column], problem))

    def text(self, column: RegisterColumn) -> str | None:
        value = self.cell(column)
        if value is None:
            if column in REQUIRED:
                self.refuse(column, translate("Errors", "must not be empty"))
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        written = value.isoformat() if isinstance(value, date) else str(value)
        problem = text_problem(written, required=column in REQUIRED)
        if problem is not None:
            self.refuse(column, problem)
            return None
        return written

    def date(self, column: RegisterColumn) -> date | None:
        value = self.cell(column)
        if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
            return value
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, str):
            try:
                return date.fromisoformat(value) if len(value) == 10 else _not_a_date()
            except ValueError:
                pass
        self.refuse(
            column,
            translate(
                "Errors", "'{value}' is not a date; write it as 2026-03-31 or make the cell a date"
            ).format(value=str(value)),
        )
        return None


def _not_a_date() -> date:
    raise ValueError("not a date")


def read_row(
    row: TableRow,
    columns: Mapping[RegisterColumn, int],
    headers: Mapping[RegisterColumn, str],
    dialect: Dialect,
) -> PlannedCommitment | list[RowProblem]:
    """The row as a commitment of the dialogue, or every problem it has."""
    reading = _Reading(row, headers, columns)
    text = reading.text(RegisterColumn.TEXT)
    owner_word = reading.text(RegisterColumn.OWNER)
    owner = None if owner_word is None else dialect.owner(owner_word)
    if owner_word is not None and owner is None:
        reading.refuse(
            RegisterColumn.OWNER,
            translate(
                "Errors", "'{value}' is not a party of this dialogue ({codes}) nor Joint"
            ).format(value=owner_word, codes=", ".join(dialect.codes)),
        )
    status = _word(reading, RegisterColumn.STATUS, status_of, CommitmentStatus.AGREED)
    handling = _word(reading, RegisterColumn.HANDLING, handling_of, Handling.COUNTERPART)
    planned = PlannedCommitment(
        row=row.number,
        text=text or "",
        owner=owner or "",
        status=status,
        due=reading.date(RegisterColumn.DUE),
        topic=reading.text(RegisterColumn.TOPIC),
        meeting=reading.text(RegisterColumn.MEETING),
        handling=handling,
        latest_update=reading.text(RegisterColumn.LATEST_UPDATE),
        latest_update_on=reading.date(RegisterColumn.LATEST_UPDATE_ON),
    )
    return reading.problems or planned


def _word(
    reading: _Reading, column: RegisterColumn, meaning: Callable[[str], W | None], default: W
) -> W:
    word = reading.text(column)
    if word is None:
        return default
    found = meaning(word)
    if found is None:
        reading.refuse(column, _unknown_word(column, word))
        return default
    return found


def _unknown_word(column: RegisterColumn, word: str) -> Sentence:
    if column is RegisterColumn.STATUS:
        return translate("Errors", "'{value}' is not a status: {statuses}").format(
            value=word,
            statuses=translate(
                "Import", "Proposed, Agreed, In progress, Completed, Deferred, Dropped, Referred"
            ),
        )
    return translate(
        "Errors", "'{value}' is not a handling level: Internal, Counterpart, Public"
    ).format(value=word)
