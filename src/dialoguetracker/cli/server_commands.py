"""``grant``, ``revoke`` and ``grants``: who may do what on a store kept on a PostgreSQL
server, run by the store's owner (or one of its administrators)."""

from __future__ import annotations

import argparse

from dialoguetracker.cli.report_parser import AddCommand
from dialoguetracker.domain.enums import ServerRole


def add_server_commands(command: AddCommand) -> None:
    granting = command(
        "grant", "give a server login one role on the store (run by its owner or an admin)"
    )
    granting.add_argument("login", metavar="LOGIN", help="an existing login of the server")
    granting.add_argument(
        "--role",
        required=True,
        choices=[role.value for role in ServerRole],
        help="reader: reads everything; counterpart-reader: reads only counterpart and public "
        "material; editor: reads and writes; admin: also upgrades the schema and reopens "
        "final records",
    )
    granting.add_argument(
        "--name", metavar="TEXT", help="the holder's name, as the record of changes shows it"
    )
    revoking = command("revoke", "take a server login's role on the store away")
    revoking.add_argument("login", metavar="LOGIN")
    command("grants", "list the server logins that have a role on the store")


def grant_command(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.services.server_access import grant_role

    services = open_services(arguments)
    try:
        role = ServerRole(arguments.role)
        grant_role(services, arguments.login, role, arguments.name)
        store = services.store.location.describe()
    finally:
        services.store.close()
    print(f"Granted {arguments.login} the {role.value} role on {store}")
    return 0


def revoke_command(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.services.server_access import revoke_role

    services = open_services(arguments)
    try:
        had = revoke_role(services, arguments.login)
        store = services.store.location.describe()
    finally:
        services.store.close()
    if had:
        roles = ", ".join(role.value for role in had)
        print(f"Revoked {arguments.login}'s {roles} role on {store}")
    else:
        print(f"{arguments.login} had no role on {store}")
    return 0


def grants_command(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.services.server_access import list_grants

    services = open_services(arguments)
    try:
        found = list_grants(services)
    finally:
        services.store.close()
    for grant in found:
        print(f"{grant.login}\t{grant.role.value}\t{grant.display_name or ''}")
    return 0
