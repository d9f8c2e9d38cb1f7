"""The names people know server logins by, as the store's administrators keep them."""

from __future__ import annotations

from sqlalchemy import select

from dialoguetracker.store.models import LoginRow
from dialoguetracker.store.unit_of_work import UnitOfWork


def display_names(uow: UnitOfWork) -> dict[str, str]:
    """Login -> display name; empty on a file, where the name typed at first start is what
    the record of changes holds."""
    rows = uow.session.execute(select(LoginRow.login, LoginRow.display_name))
    return {str(login): str(name) for login, name in rows}
