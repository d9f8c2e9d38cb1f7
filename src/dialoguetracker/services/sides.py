"""Parties as the records see them: by code, or the word ``joint``."""

from __future__ import annotations

from dialoguetracker.domain.enums import JOINT
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.words import translate
from dialoguetracker.store.models import PartyRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def party_id(uow: UnitOfWork, code: str, field: str) -> int:
    row = uow.find(PartyRow, code=code)
    if row is None:
        raise ValidationError(
            field, translate("Errors", "unknown party code {code!r}").format(code=code)
        )
    return row.id


def party_code(uow: UnitOfWork, row_id: int | None) -> str | None:
    if row_id is None:
        return None
    row = uow.get(PartyRow, row_id)
    return None if row is None else row.code


def side_columns(uow: UnitOfWork, side: str | None, field: str) -> tuple[int | None, bool]:
    """The (party id, joint) pair a side is stored as; ``None`` means no side recorded."""
    if side is None:
        return None, False
    if side == JOINT:
        return None, True
    return party_id(uow, side, field), False


def side_of(uow: UnitOfWork, row_id: int | None, joint: bool) -> str | None:
    return JOINT if joint else party_code(uow, row_id)
