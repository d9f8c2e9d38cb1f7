"""The kinds of record, spelled once.

Search hits say which kind of record they found (the names are also those of the search
index, fixed by migration 0005), views open records by kind, and undo remembers, per kind,
where a record re-created under a new id lives now and which version this window last wrote;
a kind spelled differently in two places would silently split that memory in two, or open
nothing, so every place names its kind from here.
"""

from __future__ import annotations

from enum import StrEnum


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
