"""A unit of work: the session of one service call, behind a small typed surface.

Services use this instead of a Session so that no module outside ``store`` imports
SQLAlchemy; the queries they need live beside it in :mod:`dialoguetracker.store.queries`.
"""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from dialoguetracker.store.models import Base

RowT = TypeVar("RowT", bound=Base)


class UnitOfWork:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, model: type[RowT], row_id: int) -> RowT | None:
        return self.session.get(model, row_id)

    def add(self, row: Base) -> None:
        self.session.add(row)

    def delete(self, row: Base) -> None:
        self.session.delete(row)

    def flush(self) -> None:
        """Write pending rows now, so their ids are known and constraints are checked."""
        self.session.flush()
