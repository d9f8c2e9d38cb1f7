"""The briefing's two formats and its default marking: what the command line offers before
it needs anything else of a briefing (kept apart so that parsing the command line, which every
start does, stays light)."""

from __future__ import annotations

from enum import StrEnum

DEFAULT_MARKING = "UNCLASSIFIED//FOR OFFICIAL USE ONLY"


class BriefingFormat(StrEnum):
    FULL = "full"
    CHECKLIST = "checklist"
