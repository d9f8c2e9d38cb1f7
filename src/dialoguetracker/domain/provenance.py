"""Provenance of the PDFs the store produces: what was made, when, by whom, with which options.

A copy of a briefing passed around by e-mail can be checked against the record by the SHA-256
of its exact bytes; the options are kept as plain JSON so the same document can be made again.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any, TypeVar

from dialoguetracker.domain.briefing import DEFAULT_MARKING, BriefingFormat, BriefingOptions
from dialoguetracker.domain.enums import Audience

E = TypeVar("E", bound=StrEnum)


class ExportKind(StrEnum):
    BRIEFING = "briefing"
    MINUTES = "minutes"


@dataclass(frozen=True)
class ExportRecord:
    """One PDF the store produced. ``dialogue`` is the dialogue's name, or None once the
    dialogue has been removed from the store."""

    id: int
    made_at: datetime
    made_by: str
    kind: ExportKind
    options: BriefingOptions
    sha256: str
    size: int
    pages: int | None
    file_name: str
    dialogue_id: int | None = None
    dialogue: str | None = None
    meeting_id: int | None = None

    @property
    def audience(self) -> Audience:
        return self.options.audience


def options_to_json(options: BriefingOptions) -> dict[str, Any]:
    """The options as plain JSON values: dates in ISO form, enums as their words, sets sorted."""
    return {item.name: _plain(getattr(options, item.name)) for item in fields(options)}


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def options_from_json(data: dict[str, Any]) -> BriefingOptions:
    """Options read back from the store; unknown keys are ignored, missing ones defaulted."""
    defaults = BriefingOptions()

    def optional_int(key: str) -> int | None:
        value = data.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def optional_day(key: str) -> date | None:
        value = data.get(key)
        try:
            return date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def text(key: str, default: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else default

    def flag(key: str, default: bool) -> bool:
        value = data.get(key)
        return value if isinstance(value, bool) else default

    topics = data.get("topic_ids")
    our_side = data.get("our_side")
    return BriefingOptions(
        dialogue_id=optional_int("dialogue_id"),
        meeting_id=optional_int("meeting_id"),
        since=optional_day("since"),
        until=optional_day("until"),
        topic_ids=frozenset(
            topic
            for topic in (topics if isinstance(topics, list) else [])
            if isinstance(topic, int)
        ),
        format=_choice(BriefingFormat, data.get("format"), defaults.format),
        language=text("language", defaults.language),
        marking=text("marking", DEFAULT_MARKING),
        audience=_choice(Audience, data.get("audience"), defaults.audience),
        include_notes=flag("include_notes", defaults.include_notes),
        our_side=our_side if isinstance(our_side, str) else None,
        prepared_by=text("prepared_by", defaults.prepared_by),
        reproducible=flag("reproducible", defaults.reproducible),
    )


def _choice(kind: type[E], value: object, default: E) -> E:
    try:
        return kind(value) if isinstance(value, str) else default
    except ValueError:
        return default
