"""A commitment register as people keep it in a spreadsheet: its columns and its cells' words.

Offices keep their commitments in Excel sheets they made themselves, in English or Spanish,
and the program's own export writes one too. A header is matched to a field whatever its case,
accents or punctuation (*Plazo*, *plazo:*, *Due date*); a cell is read the way a person types
it — the words the program shows in either language (*Agreed*, *Acordado*, *Joint*,
*Conjunto*), the interchange codes (``in_progress``, ``joint``) or a few common synonyms.
Nothing here knows the store: an owner is checked against a dialogue's parties by the service.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Final, TypeVar

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.words import Sentence, translate


class RegisterColumn(StrEnum):
    """A field a spreadsheet column can fill; the value is the interchange word for it."""

    TEXT = "text"
    OWNER = "owner"
    STATUS = "status"
    DUE = "due"
    TOPIC = "topic"
    MEETING = "meeting"
    HANDLING = "handling"
    LATEST_UPDATE = "latest_update"
    LATEST_UPDATE_ON = "latest_update_on"


REQUIRED: Final = (RegisterColumn.TEXT, RegisterColumn.OWNER)
"""Without these a row cannot be a commitment."""

FIELD_NAMES: Final[Mapping[RegisterColumn, Sentence]] = {
    RegisterColumn.TEXT: translate("Import", "Commitment"),
    RegisterColumn.OWNER: translate("Import", "Owner"),
    RegisterColumn.STATUS: translate("Import", "Status"),
    RegisterColumn.DUE: translate("Import", "Due date"),
    RegisterColumn.TOPIC: translate("Import", "Topic"),
    RegisterColumn.MEETING: translate("Import", "Meeting"),
    RegisterColumn.HANDLING: translate("Import", "Handling"),
    RegisterColumn.LATEST_UPDATE: translate("Import", "Latest update"),
    RegisterColumn.LATEST_UPDATE_ON: translate("Import", "Latest update on"),
}

HEADER_WORDS: Final[Mapping[RegisterColumn, tuple[str, ...]]] = {
    RegisterColumn.TEXT: (
        "Commitment",
        "Compromiso",
        "Commitment text",
        "Action item",
        "Action",
        "Description",
        "Texto",
        "Descripción",
        "Acuerdo",
        "text",
    ),
    RegisterColumn.OWNER: (
        "Owner",
        "Responsable",
        "Side",
        "Party",
        "Parte",
        "Lado",
        "owner",
    ),
    RegisterColumn.STATUS: ("Status", "Estado", "Estatus", "Situación", "status"),
    RegisterColumn.DUE: (
        "Due",
        "Plazo",
        "Due date",
        "Deadline",
        "Fecha límite",
        "Vencimiento",
        "due",
    ),
    RegisterColumn.TOPIC: ("Topic", "Tema", "Subject", "Asunto", "topic"),
    RegisterColumn.MEETING: ("Meeting", "Reunión", "Round", "Ronda", "meeting"),
    RegisterColumn.HANDLING: ("Handling", "Difusión", "Clasificación", "handling"),
    RegisterColumn.LATEST_UPDATE: (
        "Latest update",
        "Última actualización",
        "Progress",
        "Avance",
        "Update",
        "Actualización",
        "latest_update",
    ),
    RegisterColumn.LATEST_UPDATE_ON: (
        "Latest update on",
        "Fecha de la última actualización",
        "Updated on",
        "Update date",
        "Fecha de actualización",
        "latest_update_on",
    ),
}

STATUS_WORDS: Final[Mapping[CommitmentStatus, tuple[str, ...]]] = {
    CommitmentStatus.PROPOSED: ("Proposed", "Propuesto", "Propuesta"),
    CommitmentStatus.AGREED: ("Agreed", "Acordado", "Acordada", "Open", "Abierto", "Pendiente"),
    CommitmentStatus.IN_PROGRESS: (
        "In progress",
        "En curso",
        "Ongoing",
        "En proceso",
        "En progreso",
        "En marcha",
    ),
    CommitmentStatus.COMPLETED: (
        "Completed",
        "Cumplido",
        "Cumplida",
        "Done",
        "Complete",
        "Closed",
        "Concluido",
        "Terminado",
        "Completado",
    ),
    CommitmentStatus.DEFERRED: ("Deferred", "Aplazado", "Aplazada", "Postponed", "Pospuesto"),
    CommitmentStatus.DROPPED: ("Dropped", "Descartado", "Descartada", "Cancelled", "Cancelado"),
    CommitmentStatus.REFERRED: ("Referred", "Remitido", "Remitida", "Turnado"),
}

HANDLING_WORDS: Final[Mapping[Handling, tuple[str, ...]]] = {
    Handling.INTERNAL: ("Internal", "Interno", "Interna", "Our side only", "Solo nuestra parte"),
    Handling.COUNTERPART: ("Counterpart", "Contraparte", "Shared", "Compartido"),
    Handling.PUBLIC: ("Public", "Público", "Pública"),
}

JOINT_WORDS: Final = ("Joint", "Conjunto", "Conjunta", "Both", "Ambos", "Ambas", JOINT)


E = TypeVar("E", bound=StrEnum)


def folded(word: str) -> str:
    """A word as headers and cells are compared: no case, accents, punctuation or spacing."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if char.isalnum())


def _index(words: Mapping[E, tuple[str, ...]]) -> dict[str, E]:
    found: dict[str, E] = {}
    for member, spellings in words.items():
        for spelling in (*spellings, member.value):
            found.setdefault(folded(spelling), member)
    return found


_HEADERS: Final = _index(HEADER_WORDS)
_STATUSES: Final = _index(STATUS_WORDS)
_HANDLINGS: Final = _index(HANDLING_WORDS)
_JOINT: Final = frozenset(folded(word) for word in JOINT_WORDS)


def field_name(column: RegisterColumn) -> Sentence:
    """The field as a person calls it, in the user's language when said by an interface."""
    return FIELD_NAMES[column]


def column_of(header: str) -> RegisterColumn | None:
    """The field a column header names, or None for a column the register does not read."""
    return _HEADERS.get(folded(header))


def guessed_columns(headers: Sequence[str | None]) -> dict[RegisterColumn, int]:
    """Each field's column (0-based), told by the headers; the first column naming a field
    wins, so a sheet repeating a header keeps the left one."""
    chosen: dict[RegisterColumn, int] = {}
    for index, header in enumerate(headers):
        column = None if header is None else column_of(header)
        if column is not None and column not in chosen:
            chosen[column] = index
    return chosen


def status_of(word: str) -> CommitmentStatus | None:
    return _STATUSES.get(folded(word))


def handling_of(word: str) -> Handling | None:
    return _HANDLINGS.get(folded(word))


def is_joint(word: str) -> bool:
    return folded(word) in _JOINT
