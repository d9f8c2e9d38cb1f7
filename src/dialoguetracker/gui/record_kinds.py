"""The kinds of record the undo stack keeps track of, spelled once.

Undo and redo remember, per kind, where a record re-created under a new id lives now and which
version this window last wrote; a kind spelled differently in two places would silently split
that memory in two, so every place names its kind from here.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    MEETING = "meeting"
    AGENDA_ITEM = "agenda item"
    ATTENDANCE = "attendance"
    DOCUMENT = "document"
    COMMITMENT = "commitment"
    PARTY = "party"
    ORGANIZATION = "organization"
    PERSON = "person"
