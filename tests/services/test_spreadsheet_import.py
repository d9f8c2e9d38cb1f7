"""Commitments from a spreadsheet register: the program's own export comes back as the same
commitments, a sheet with bad rows is refused whole with every bad row named, the valid rows
alone come in only when asked, and the same sheet twice adds nothing."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from dialoguetracker.domain.enums import Audience, CommitmentStatus, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import DialogueDraft
from dialoguetracker.domain.register_columns import RegisterColumn
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.interop.spreadsheet_read import read_register
from dialoguetracker.interop.spreadsheet_write import workbook
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import list_commitments
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.spreadsheet_import import RowsRefusedError, import_register


@dataclass(frozen=True)
class Seen:
    """A commitment as the register shows it, without what is local to one dialogue."""

    text: str
    owner: str
    status: CommitmentStatus
    due: date | None
    topic: str | None
    handling: Handling
    latest: tuple[date, str] | None


def _register(services: Services, dialogue_id: int) -> list[Seen]:
    topics = {topic.id: topic.name for topic in dialogues.list_topics(services, dialogue_id)}
    seen = []
    for commitment in list_commitments(services, CommitmentFilter(dialogue_id=dialogue_id)):
        updates = list_updates(services, commitment.id)
        latest = updates[-1] if updates else None
        seen.append(
            Seen(
                commitment.text,
                commitment.owner,
                commitment.status,
                commitment.due,
                topics.get(commitment.topic_id or 0),
                commitment.handling,
                None if latest is None else (latest.on, latest.note),
            )
        )
    return sorted(seen, key=lambda item: item.text)


def _empty_dialogue(services: Services) -> int:
    draft = DialogueDraft("Copy of the working group", ("US", "MX"))
    return dialogues.create_dialogue(services, draft).id


def _sheet(rows: list[list[object]], headers: list[str] | None = None) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(headers or ["Commitment", "Owner", "Status", "Due", "Topic"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _count(services: Services) -> int:
    return len(list_commitments(services, CommitmentFilter()))


def test_the_program_s_workbook_comes_back_as_the_same_commitments(services: Services) -> None:
    load_sample(services)
    (sample,) = dialogues.list_dialogues(services)
    raw = workbook(export_interchange(services, Audience.INTERNAL), Audience.INTERNAL)
    copy = _empty_dialogue(services)

    report = import_register(services, copy, read_register(raw, "xlsx"))

    assert len(report.imported) == 10 and report.rejected == ()
    assert _register(services, copy) == _register(services, sample.id)
    assert len(report.topics_created) == 5
    assert report.meetings_unknown  # the sample's meetings are not the copy's


def test_a_spanish_workbook_comes_back_as_the_same_commitments(services: Services) -> None:
    load_sample(services)
    (sample,) = dialogues.list_dialogues(services)
    raw = workbook(export_interchange(services, Audience.INTERNAL), Audience.INTERNAL, "es")
    copy = _empty_dialogue(services)

    import_register(services, copy, read_register(raw, "xlsx"))

    assert _register(services, copy) == _register(services, sample.id)


def test_a_sheet_with_bad_rows_is_refused_with_each_row_named(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    before = _count(services)
    raw = _sheet(
        [
            ["Share incident contacts", "US", "Agreed", date(2027, 3, 1), "CERTs"],
            ["Hold a workshop", "UK", "Agreed", None, None],
            [None, "MX", "Agreed", None, None],
            ["Publish a report", "Joint", "Finished-ish", "next spring", None],
            ["Name points of contact", "Conjunto", "Acordado", "2027-02-01", None],
        ]
    )

    with pytest.raises(RowsRefusedError) as refused:
        import_register(services, copy, read_register(raw, "xlsx"))

    problems = [(p.row, p.column) for p in refused.value.report.rejected]
    assert problems == [(3, "Owner"), (4, "Commitment"), (5, "Status"), (5, "Due")]
    described = [str(p.describe()) for p in refused.value.report.rejected]
    assert described[0] == "row 3, Owner: 'UK' is not a party of this dialogue (US, MX) nor Joint"
    assert "'next spring' is not a date" in described[3]
    assert str(refused.value).endswith("nothing was imported: 3, 4, 5")
    assert _count(services) == before


def test_the_valid_rows_alone_come_in_when_asked(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    raw = _sheet([["Share incident contacts", "US"], ["Hold a workshop", "UK"]], ["Text", "Side"])

    report = import_register(services, copy, read_register(raw, "xlsx"), valid_rows_only=True)

    assert report.imported == (2,)
    assert [(p.row, p.column) for p in report.rejected] == [(3, "Side")]
    assert [seen.text for seen in _register(services, copy)] == ["Share incident contacts"]
    assert str(report.describe()) == "1 commitment imported; rows refused: 3"


def test_the_same_sheet_twice_adds_nothing(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    table = read_register(_sheet([["A", "US"], ["B", "MX"], ["a", "US"]]), "xlsx")

    first = import_register(services, copy, table)
    again = import_register(services, copy, table)

    assert (first.imported, first.already_held) == ((2, 3), (4,))
    assert (again.imported, again.already_held) == ((), (2, 3, 4))
    assert len(_register(services, copy)) == 2


def test_a_rehearsal_reports_what_would_happen_and_changes_nothing(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    table = read_register(_sheet([["A", "US", "In progress", None, "New topic"]]), "xlsx")

    rehearsal = import_register(services, copy, table, dry_run=True)

    assert (rehearsal.imported, rehearsal.topics_created) == ((2,), ("New topic",))
    assert str(rehearsal.describe()) == "1 commitment would be imported; new topics: New topic"
    assert _register(services, copy) == []
    assert dialogues.list_topics(services, copy) == []


def test_a_spanish_csv_from_excel_reads_its_words_and_dates(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    text = (
        "Compromiso;Responsable;Estado;Plazo;Difusión;Última actualización;"
        "Fecha de la última actualización\r\n"
        "Intercambiar contactos;México;En curso;2027-03-31;Interno;Lista enviada;2026-11-02\r\n"
        "Taller conjunto;Conjunto;Cumplido;;Público;;\r\n"
    )
    raw = text.encode("cp1252")  # what Excel writes for "CSV" on a Spanish Windows

    import_register(services, copy, read_register(raw, "csv"))

    assert _register(services, copy) == [
        Seen(
            "Intercambiar contactos",
            "MX",
            CommitmentStatus.IN_PROGRESS,
            date(2027, 3, 31),
            None,
            Handling.INTERNAL,
            (date(2026, 11, 2), "Lista enviada"),
        ),
        Seen(
            "Taller conjunto",
            "joint",
            CommitmentStatus.COMPLETED,
            None,
            None,
            Handling.PUBLIC,
            None,
        ),
    ]


def test_columns_chosen_by_the_user_win_over_the_headers(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    table = read_register(
        _sheet([["US", "Exchange lists", datetime(2027, 1, 5)]], ["A", "B", "C"]), "xlsx"
    )
    columns = {RegisterColumn.OWNER: 0, RegisterColumn.TEXT: 1, RegisterColumn.DUE: 2}

    import_register(services, copy, table, columns)

    (seen,) = _register(services, copy)
    assert (seen.text, seen.owner, seen.due) == ("Exchange lists", "US", date(2027, 1, 5))


def test_a_sheet_without_the_needed_columns_names_them(services: Services) -> None:
    load_sample(services)
    copy = _empty_dialogue(services)
    table = read_register(_sheet([["x", "y"]], ["Item", "Who"]), "xlsx")

    with pytest.raises(ValidationError) as error:
        import_register(services, copy, table)

    assert error.value.field == "columns"
    assert error.value.problem == "no column holds Commitment, Owner; the headers are: Item, Who"
