"""The store for a spreadsheet: a workbook with a sheet per kind, or the register as CSV.

Both are written from the same :class:`~dialoguetracker.domain.interchange.InterchangeData`
the JSON export writes, so an audience leaves out exactly what it leaves out there. Each sheet
opens with the audience's marking, then a header row (frozen, filtered), then the rows; dates
are real dates, so the spreadsheet sorts and filters them as dates. The CSV is the commitment
register alone, UTF-8 with a byte-order mark (Excel reads accents right only with it), and
with every cell a spreadsheet would take for a formula defused.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.interchange import (
    CommitmentData,
    DialogueData,
    InterchangeData,
    MeetingData,
)
from dialoguetracker.domain.register import RegisterRow

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

Cell = str | int | date | datetime | None

MARKINGS = {
    "en": {
        Audience.INTERNAL: "Internal: our side only",
        Audience.COUNTERPART: "Counterpart: may be shared with the other delegation",
        Audience.PUBLIC: "Public",
    },
    "es": {
        Audience.INTERNAL: "Interno: solo nuestra parte",
        Audience.COUNTERPART: "Contraparte: puede compartirse con la otra delegación",
        Audience.PUBLIC: "Público",
    },
}

HEADERS = {
    "commitments": (
        ("Dialogue", "Diálogo"),
        ("No.", "N.º"),
        ("Commitment", "Compromiso"),
        ("Status", "Estado"),
        ("Owner", "Responsable"),
        ("Topic", "Tema"),
        ("Due", "Plazo"),
        ("Latest update", "Última actualización"),
        ("Latest update on", "Fecha de la última actualización"),
        ("Meeting", "Reunión"),
        ("Handling", "Difusión"),
    ),
    "updates": (
        ("Dialogue", "Diálogo"),
        ("No.", "N.º"),
        ("Commitment", "Compromiso"),
        ("Date", "Fecha"),
        ("Update", "Actualización"),
        ("Status", "Estado"),
        ("Due", "Plazo"),
        ("Reason", "Motivo"),
        ("Handling", "Difusión"),
    ),
    "meetings": (
        ("Dialogue", "Diálogo"),
        ("Meeting", "Reunión"),
        ("Start", "Inicio"),
        ("End", "Fin"),
        ("Place", "Lugar"),
        ("Format", "Modalidad"),
        ("Host", "Anfitrión"),
        ("Status", "Estado"),
        ("Record", "Minuta"),
    ),
    "agenda": (
        ("Dialogue", "Diálogo"),
        ("Meeting", "Reunión"),
        ("Item", "Punto"),
        ("Agenda item", "Punto del orden del día"),
        ("Topic", "Tema"),
        ("Lead", "Conduce"),
        ("Minutes", "Minutos"),
        ("Outcome", "Resultado"),
        ("Handling", "Difusión"),
    ),
    "people": (
        ("Name", "Nombre"),
        ("Party", "Parte"),
        ("Organization", "Organización"),
        ("Title", "Cargo"),
        ("Contact", "Contacto"),
    ),
}
SHEET_NAMES = {
    "commitments": ("Commitments", "Compromisos"),
    "updates": ("Progress updates", "Actualizaciones de avance"),
    "meetings": ("Meetings", "Reuniones"),
    "agenda": ("Agenda", "Orden del día"),
    "people": ("People", "Personas"),
}
WIDTHS = {"Commitment": 60, "Latest update": 50, "Update": 50, "Agenda item": 45, "Outcome": 45}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (or, for tab and CR, hide one)."""


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "es" else pair[0]


def _number(commitment: CommitmentData) -> int | str:
    """The commitment's id in the file as a number where it is one (``c12`` → 12)."""
    digits = commitment.id.lstrip("c")
    return int(digits) if digits.isdigit() else commitment.id


def _meetings(dialogue: DialogueData) -> dict[str, MeetingData]:
    return {meeting.id: meeting for meeting in dialogue.meetings}


def register_of(data: InterchangeData) -> Iterator[RegisterRow]:
    """The register of every commitment in ``data``, in the file's order."""
    for dialogue in data.dialogues:
        topics = {topic.id: topic.name for topic in dialogue.topics}
        meetings = _meetings(dialogue)
        for commitment in dialogue.commitments:
            latest = commitment.updates[-1] if commitment.updates else None
            meeting = meetings.get(commitment.meeting or "")
            yield RegisterRow(
                dialogue=dialogue.name,
                number=_number(commitment),
                text=commitment.text,
                status=commitment.status,
                owner=commitment.owner,
                topic=topics.get(commitment.topic or ""),
                due=commitment.due,
                latest_note=None if latest is None else latest.note,
                latest_on=None if latest is None else latest.date,
                meeting=None if meeting is None else meeting.title,
                handling=commitment.handling,
            )


def _register_cells(rows: Iterable[RegisterRow]) -> Iterator[list[Cell]]:
    for row in rows:
        yield [
            row.dialogue,
            row.number,
            row.text,
            row.status.value,
            row.owner,
            row.topic,
            row.due,
            row.latest_note,
            row.latest_on,
            row.meeting,
            row.handling.value,
        ]


def _update_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    for dialogue in data.dialogues:
        for commitment in dialogue.commitments:
            for update in commitment.updates:
                yield [
                    dialogue.name,
                    _number(commitment),
                    commitment.text,
                    update.date,
                    update.note,
                    None if update.status is None else update.status.value,
                    update.due,
                    update.reason,
                    update.handling.value,
                ]


def _meeting_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    for dialogue in data.dialogues:
        for meeting in dialogue.meetings:
            yield [
                dialogue.name,
                meeting.title,
                _moment(meeting.start),
                None if meeting.end is None else _moment(meeting.end),
                meeting.location,
                None if meeting.format is None else meeting.format.value,
                meeting.host,
                meeting.status.value,
                meeting.record.value,
            ]


def _agenda_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    for dialogue in data.dialogues:
        topics = {topic.id: topic.name for topic in dialogue.topics}
        for meeting in dialogue.meetings:
            for number, item in enumerate(meeting.agenda, start=1):
                yield [
                    dialogue.name,
                    meeting.title,
                    number,
                    item.title,
                    topics.get(item.topic or ""),
                    item.lead,
                    item.minutes,
                    item.outcome,
                    item.handling.value,
                ]


def _people_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    organizations = {organization.id: organization.name for organization in data.organizations}
    for person in data.people:
        yield [
            person.name,
            person.party,
            organizations.get(person.organization or ""),
            person.title,
            person.contact,
        ]


def _moment(when: date | datetime) -> date | datetime:
    """A spreadsheet keeps no time zone: a time is written as the wall time it was given in."""
    return when.replace(tzinfo=None) if isinstance(when, datetime) else when


def _commitment_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    return _register_cells(register_of(data))


ROWS = {
    "commitments": _commitment_rows,
    "updates": _update_rows,
    "meetings": _meeting_rows,
    "agenda": _agenda_rows,
    "people": _people_rows,
}


def defused(value: Cell) -> Cell:
    """A text a spreadsheet would read as a formula, kept as text (a leading apostrophe)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def register_csv(rows: Iterable[RegisterRow], audience: Audience, language: str = "en") -> bytes:
    """The commitment register as CSV: marking, header, a row per commitment."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([MARKINGS[_language(language)][audience]])
    writer.writerow([_pick(pair, _language(language)) for pair in HEADERS["commitments"]])
    for cells in _register_cells(rows):
        writer.writerow(["" if cell is None else _text(defused(cell)) for cell in cells])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, date | datetime) else str(cell)


def _language(language: str) -> str:
    return "es" if language.split("-")[0].split("_")[0].lower() == "es" else "en"


def workbook(data: InterchangeData, audience: Audience, language: str = "en") -> bytes:
    """An XLSX workbook: one sheet per kind, each marked, with a frozen, filtered header."""
    return _book({kind: make(data) for kind, make in ROWS.items()}, audience, language)


def register_workbook(
    rows: Iterable[RegisterRow], audience: Audience, language: str = "en"
) -> bytes:
    """The register alone as a one-sheet workbook (the Commitments view's list as shown)."""
    return _book({"commitments": _register_cells(rows)}, audience, language)


def _book(sheets: dict[str, Iterable[list[Cell]]], audience: Audience, language: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    chosen = _language(language)
    book = Workbook(write_only=False)
    for number, (kind, cells) in enumerate(sheets.items()):
        pairs = HEADERS[kind]
        title = _pick(SHEET_NAMES[kind], chosen)
        sheet = book.worksheets[0] if number == 0 else book.create_sheet(title)
        sheet.title = title
        sheet.append([MARKINGS[chosen][audience]])
        sheet["A1"].font = Font(bold=True, color="7A1620")
        sheet.append([_pick(pair, chosen) for pair in pairs])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in cells:
            sheet.append([defused(cell) for cell in row])
        _dates_as_dates(sheet, len(pairs))
        sheet.freeze_panes = "A3"
        last = get_column_letter(len(pairs))
        sheet.auto_filter.ref = f"A2:{last}{max(sheet.max_row, 2)}"
        for index, (english, _spanish) in enumerate(pairs, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(english, 18)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _dates_as_dates(sheet: Worksheet, columns: int) -> None:
    """Dates shown as ISO dates (and times to the minute) whatever the spreadsheet's locale."""
    for row in sheet.iter_rows(min_row=3, max_col=columns):
        for cell in row:
            if isinstance(cell.value, datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"


def spreadsheet_kind(name: str) -> str | None:
    """``xlsx`` or ``csv`` for a file name that asks for one, else None."""
    lowered = name.lower()
    for suffix in ("xlsx", "csv"):
        if lowered.endswith(f".{suffix}"):
            return suffix
    return None
