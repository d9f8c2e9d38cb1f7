"""Checks on user input, each naming the field it is about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from enum import StrEnum
from typing import TypeVar

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.record_kinds import kind_noun
from dialoguetracker.domain.text import text_problem
from dialoguetracker.domain.words import translate

ChoiceT = TypeVar("ChoiceT", bound=StrEnum)
DraftT = TypeVar("DraftT")


def check_text(field: str, value: str | None, *, required: bool = False) -> str | None:
    problem = text_problem(value, required=required)
    if problem is not None:
        raise ValidationError(field, problem)
    return value


def require_text(field: str, value: str | None) -> str:
    checked = check_text(field, value, required=True)
    assert checked is not None
    return checked


def check_texts(field: str, values: Iterable[str]) -> tuple[str, ...]:
    return tuple(require_text(f"{field}[{index}]", value) for index, value in enumerate(values))


def check_choice(field: str, kind: type[ChoiceT], value: object) -> ChoiceT:
    """The enum member for a word, so a bad value read from a file or a flag names its
    field here instead of surfacing later as the store's CHECK constraint."""
    if isinstance(value, kind):
        return value
    if isinstance(value, str):
        try:
            return kind(value)
        except ValueError:
            pass
    words = ", ".join(repr(member.value) for member in kind)
    raise ValidationError(
        field,
        translate("Errors", "must be one of {words}, not {value!r}").format(
            words=words, value=value
        ),
    )


def check_same_dialogue(
    field: str, kind: str, named: int | str, dialogue_id: int | None, expected_id: int
) -> None:
    """Refuse a record of another dialogue where one of ``expected_id`` is needed: a topic,
    meeting or document that a commitment, agenda item or briefing points at.

    One sentence for every such refusal, "<kind> <named> belongs to another dialogue", with
    the record named by its id or its (quoted) name, so the command line and the GUI say it
    alike. ``dialogue_id`` is the record's dialogue (None when it has none to tell)."""
    if dialogue_id != expected_id:
        shown = repr(named) if isinstance(named, str) else str(named)
        raise ValidationError(
            field,
            translate("Errors", "{kind} {named} belongs to another dialogue").format(
                kind=kind_noun(kind),
                named=shown,
            ),
        )


def as_draft(kind: type[DraftT], value: DraftT) -> DraftT:
    """Only the draft's own fields of what was passed as a draft.

    A record is a draft too (it inherits from one), and a widget may hand back the record it
    was given; rebuilding the record from it would otherwise pass ``id`` twice.
    """
    names = [item.name for item in fields(kind)]  # type: ignore[arg-type]
    return kind(**{name: getattr(value, name) for name in names})
