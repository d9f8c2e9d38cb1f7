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
from collections.abc import Iterator
from datetime import date, datetime
from typing import TYPE_CHECKING

from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.interchange import (
    CommitmentData,
    DialogueData,
    InterchangeData,
    MeetingData,
)

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


def _number(commitment: CommitmentData) -> Cell:
    """The commitment's id in the file as a number where it is one (``c12`` → 12)."""
    digits = commitment.id.lstrip("c")
    return int(digits) if digits.isdigit() else commitment.id


def _meetings(dialogue: DialogueData) -> dict[str, MeetingData]:
    return {meeting.id: meeting for meeting in dialogue.meetings}


def _commitment_rows(data: InterchangeData) -> Iterator[list[Cell]]:
    for dialogue in data.dialogues:
        topics = {topic.id: topic.name for topic in dialogue.topics}
        meetings = _meetings(dialogue)
        for commitment in dialogue.commitments:
            latest = commitment.updates[-1] if commitment.updates else None
            meeting = meetings.get(commitment.meeting or "")
            yield [
                dialogue.name,
                _number(commitment),
                commitment.text,
                commitment.status.value,
                commitment.owner,
                topics.get(commitment.topic or ""),
                commitment.due,
                None if latest is None else latest.note,
                None if latest is None else latest.date,
                None if meeting is None else meeting.title,
                commitment.handling.value,
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


def register_csv(data: InterchangeData, audience: Audience, language: str = "en") -> bytes:
    """The commitment register as CSV: marking, header, a row per commitment."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([MARKINGS[_language(language)][audience]])
    writer.writerow([_pick(pair, _language(language)) for pair in HEADERS["commitments"]])
    for row in _commitment_rows(data):
        writer.writerow(["" if cell is None else _text(defused(cell)) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _text(cell: Cell) -> str:
    return cell.isoformat() if isinstance(cell, date | datetime) else str(cell)


def _language(language: str) -> str:
    return "es" if language.split("-")[0].split("_")[0].lower() == "es" else "en"


def workbook(data: InterchangeData, audience: Audience, language: str = "en") -> bytes:
    """An XLSX workbook: one sheet per kind, each marked, with a frozen, filtered header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    chosen = _language(language)
    book = Workbook(write_only=False)
    for number, (kind, pairs) in enumerate(HEADERS.items()):
        title = _pick(SHEET_NAMES[kind], chosen)
        sheet = book.worksheets[0] if number == 0 else book.create_sheet(title)
        sheet.title = title
        sheet.append([MARKINGS[chosen][audience]])
        sheet["A1"].font = Font(bold=True, color="7A1620")
        sheet.append([_pick(pair, chosen) for pair in pairs])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in ROWS[kind](data):
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
