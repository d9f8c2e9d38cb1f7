"""The ``history`` command: a meeting's or a commitment's audit trail, read-only.

On the terminal each entry is one line — when (UTC), who, what, and the change; with
``--out F.csv`` the trail is written as CSV (see :mod:`dialoguetracker.interop.audit_csv`),
whole or not at all.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.cli.report_parser import AddCommand, record_id

if TYPE_CHECKING:
    from dialoguetracker.domain.records import AuditEntry


def add_history_command(command: AddCommand) -> None:
    history = command("history", "print a meeting's or a commitment's audit trail")
    chosen = history.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--meeting", type=record_id, metavar="ID", help="the meeting's id")
    chosen.add_argument("--commitment", type=record_id, metavar="ID", help="the commitment's id")
    history.add_argument("--out", metavar="F.csv", help="write the trail as CSV to this file")


def history(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.files import write_whole
    from dialoguetracker.interop.audit_csv import trail_csv
    from dialoguetracker.services.audit import record_history

    entity = "meeting" if arguments.meeting is not None else "commitment"
    entity_id: int = arguments.meeting if arguments.meeting is not None else arguments.commitment
    services = open_services(arguments)
    try:
        entries = record_history(services, entity, entity_id)
    finally:
        services.store.close()
    if arguments.out:
        write_whole(Path(arguments.out), trail_csv(entity, entity_id, entries))
        print(f"Wrote {len(entries)} entries of {entity} {entity_id}'s history to {arguments.out}")
        return 0
    for entry in entries:
        print(describe_entry(entity, entity_id, entry))
    return 0


def describe_entry(entity: str, entity_id: int, entry: AuditEntry) -> str:
    """One entry on one line: ``2026-11-27 09:30 UTC  alice  agenda item 4 'Title'  …``."""
    when = entry.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    own = entry.entity == entity and entry.entity_id == entity_id
    what = entity if own else f"{entry.entity.replace('_', ' ')} {entry.entity_id}"
    if not own and entry.subject:
        what += f" '{_flat(entry.subject)}'"
    if entry.action in ("create", "delete"):
        text = entry.new if entry.action == "create" else entry.old
        change = entry.action + "d"
        if text and text != entry.subject:  # a part's name is already in ``what``
            change += f": {_flat(text)}"
    else:
        change = entry.action + (f" {entry.field}" if entry.field else "")
        if entry.old is not None or entry.new is not None:
            change += f": {_flat(entry.old) or '(none)'} -> {_flat(entry.new) or '(none)'}"
    return f"{when}\t{entry.actor}\t{what}\t{change}"


def _flat(text: str | None, width: int = 80) -> str:
    """One line, cut to ``width``: the terminal view; the CSV keeps every character."""
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
