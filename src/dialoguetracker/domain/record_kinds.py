"""The kinds of record, spelled once.

Search hits say which kind of record they found (the names are also those of the search
index, fixed by migration 0005), views open records by kind, and undo remembers, per kind,
where a record re-created under a new id lives now and which version this window last wrote;
a kind spelled differently in two places would silently split that memory in two, or open
nothing, so every place names its kind from here.
"""

from __future__ import annotations

from enum import StrEnum

from dialoguetracker.domain.words import translate


class RecordKind(StrEnum):
    DIALOGUE = "dialogue"
    MEETING = "meeting"
    AGENDA_ITEM = "agenda item"
    ATTENDANCE = "attendance"
    DOCUMENT = "document"
    COMMITMENT = "commitment"
    UPDATE = "update"
    PARTY = "party"
    ORGANIZATION = "organization"
    PERSON = "person"


_NOUNS = {
    "dialogue": translate("Records", "dialogue"),
    "meeting": translate("Records", "meeting"),
    "agenda item": translate("Records", "agenda item"),
    "attendance": translate("Records", "attendance"),
    "document": translate("Records", "document"),
    "commitment": translate("Records", "commitment"),
    "update": translate("Records", "update"),
    "commitment update": translate("Records", "commitment update"),
    "assessment": translate("Records", "assessment"),
    "party": translate("Records", "party"),
    "organization": translate("Records", "organization"),
    "person": translate("Records", "person"),
    "topic": translate("Records", "topic"),
    "meeting brief": translate("Records", "meeting brief"),
    "brief for the meeting": translate("Records", "brief for the meeting"),
    "briefing export": translate("Records", "briefing export"),
    "record": translate("Records", "record"),
    "joint statement": translate("Records", "joint statement"),
    "readout": translate("Records", "readout"),
    "fact sheet": translate("Records", "fact sheet"),
    "minutes": translate("Records", "minutes"),
}


def kind_noun(kind: str) -> str:
    """The word a message uses for a kind of record (``agenda_item`` or ``agenda item``), in a
    form the interface can say in its language; a kind without a word here is said as named."""
    return _NOUNS.get(kind.replace("_", " "), kind)
