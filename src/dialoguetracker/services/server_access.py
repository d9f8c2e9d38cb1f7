"""Who may read and write a store kept on a PostgreSQL server: the owner hands each login one
role, and names its holder for the record of changes (see
:mod:`dialoguetracker.store.server_roles`)."""

from __future__ import annotations

from dataclasses import dataclass

from dialoguetracker.domain.enums import ServerRole
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.store import server_roles

__all__ = ["Grant", "ServerRole", "grant_role", "list_grants", "revoke_role"]


@dataclass(frozen=True)
class Grant:
    login: str
    role: ServerRole
    display_name: str | None = None


def grant_role(
    services: Services, login: str, role: ServerRole, display_name: str | None = None
) -> None:
    """Give ``login`` the ``role`` (its only one) and, when given, the name the record of
    changes shows for it; in one transaction."""
    name = None if display_name is None else " ".join(display_name.split())
    if display_name is not None and not name:
        raise ValidationError("name", translate("Errors", "must not be empty"))
    with services.store.administering() as connection:
        server_roles.grant(connection, login, role)
        if name is not None:
            server_roles.name_login(connection, login, name)


def revoke_role(services: Services, login: str) -> list[ServerRole]:
    """Take every role of the store from ``login``; the roles it had."""
    with services.store.administering() as connection:
        return server_roles.revoke(connection, login)


def list_grants(services: Services) -> list[Grant]:
    with services.store.administering() as connection:
        names = server_roles.login_names(connection)
        return [
            Grant(login, role, names.get(login)) for role, login in server_roles.held(connection)
        ]
