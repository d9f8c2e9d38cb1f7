"""The sample dialogue shipped in resources/sample, loaded through the ordinary import.

Its first meeting (10 August 2022) and the statement it produced are facts and keep their
dates. What is illustrative — the planned next round, the recent progress updates and the due
dates they set — is written relative to the day the sample is loaded, so that whenever someone
first opens it the dialogue is current: a next round about two months ahead with its
preparation, one commitment overdue, one due soon, one done.

In the sample files a relative date is a whole string value: ``@today``, ``@today-45`` or
``@today+18`` (days from the day of loading), ``@round`` (the planned next round's day) and
``@round 09:00`` (that day at nine in Mexico City, where the round is held).

Loading it again must add nothing, and the import knows records by their dates; so when the
store already holds the sample's dialogue, the dates are worked out from the day it was first
recorded there, not from today.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta, timezone
from importlib.resources import files
from typing import Any

from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services import audit
from dialoguetracker.services.context import Services
from dialoguetracker.services.dialogues import find_dialogue
from dialoguetracker.services.import_report import ImportReport
from dialoguetracker.services.interchange_import import import_interchange

ROUND_LEAD_DAYS = 60
"""The planned round is at least this many days after the sample is loaded."""

ROUND_WEEKDAY = 1
"""…on the first Tuesday from then (Monday is 0)."""

MEXICO_CITY = timezone(timedelta(hours=-6), "Mexico City")
"""Mexico City keeps UTC−06:00 all year since it stopped changing its clocks in October 2022."""

_RELATIVE = re.compile(r"@(?P<base>today|round)(?P<days>[+-]\d{1,5})?(?: (?P<wall>\d\d:\d\d))?")


def sample_files() -> list[str]:
    folder = files("dialoguetracker.resources") / "sample"
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))


def next_round(day: date) -> date:
    """The day of the sample's planned round for a sample loaded on ``day``."""
    earliest = day + timedelta(days=ROUND_LEAD_DAYS)
    return earliest + timedelta(days=(ROUND_WEEKDAY - earliest.weekday()) % 7)


def sample_document(name: str, day: date) -> dict[str, Any]:
    """One sample file as an interchange document, its relative dates taken from ``day``."""
    raw = (files("dialoguetracker.resources") / "sample" / name).read_text(encoding="utf-8")
    resolved: dict[str, Any] = _resolve(json.loads(raw), day)
    return resolved


def load_sample(services: Services) -> ImportReport:
    """Import every sample file; the import's natural keys make a second run change nothing."""
    report = ImportReport()
    for name in sample_files():
        document = sample_document(name, services.today())
        day = _first_recorded(services, document)
        if day is not None:
            document = sample_document(name, day)
        single = import_interchange(services, read_interchange(json.dumps(document)))
        report.added.update(single.added)
        report.kept += single.kept
    return report


def _first_recorded(services: Services, document: dict[str, Any]) -> date | None:
    """The local day the store first recorded the file's first dialogue, if it holds it."""
    dialogues = document.get("dialogues") or []
    found = find_dialogue(services, dialogues[0]["name"]) if dialogues else None
    if found is None:
        return None
    entries = audit.history(services, "dialogue", found.id)
    return min(entry.at for entry in entries).astimezone().date() if entries else None


def _resolve(value: Any, day: date) -> Any:
    if isinstance(value, dict):
        return {key: _resolve(item, day) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item, day) for item in value]
    if isinstance(value, str) and (match := _RELATIVE.fullmatch(value)):
        base = day if match["base"] == "today" else next_round(day)
        when = base + timedelta(days=int(match["days"] or 0))
        if match["wall"] is None:
            return when.isoformat()
        wall = time.fromisoformat(match["wall"])
        return datetime.combine(when, wall, tzinfo=MEXICO_CITY).isoformat()
    return value
