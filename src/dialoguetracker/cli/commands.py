"""What each sub-command does, in terms of services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from dialoguetracker.cli.calendar_command import calendar
from dialoguetracker.cli.compliance_commands import assess_command, compliance_command
from dialoguetracker.cli.history_commands import history
from dialoguetracker.cli.language import say
from dialoguetracker.cli.progress import progress_line
from dialoguetracker.cli.report_commands import briefing, minutes, verify
from dialoguetracker.cli.screenshot_command import screenshot
from dialoguetracker.cli.server_commands import grant_command, grants_command, revoke_command
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import StoreError, UsageError, ValidationError
from dialoguetracker.domain.staleness import STALE_MONTHS
from dialoguetracker.domain.words import translate
from dialoguetracker.files import write_whole
from dialoguetracker.services import Services
from dialoguetracker.settings import chosen_store


def run(arguments: argparse.Namespace) -> int:
    if arguments.command is None:
        return _gui(arguments)
    return _HANDLERS[arguments.command](arguments)


def _gui(arguments: argparse.Namespace) -> int:
    """No sub-command on a machine with no screen (the application itself is started by
    :func:`dialoguetracker.cli.main`): what the store holds instead."""
    note(
        translate(
            "CommandLine", "no screen to show the application on; here is what the store holds"
        )
    )
    return _summary(arguments)


def open_services(arguments: argparse.Namespace) -> Services:
    """The store named on the command line. What does not stop it from opening (no room for
    today's automatic backup, say) is one line on stderr, and the command goes on."""
    from dialoguetracker.store.engine import open_store

    store = open_store(chosen_store(arguments.db), warn=note)
    if store.backup_made is not None:
        note(
            translate(
                "CommandLine", "the store was upgraded; the previous file is kept as {path}"
            ).format(
                path=store.backup_made,
            )
        )
    return Services(
        store,
        rehearsal=getattr(arguments, "dry_run", False),
        stale_months=getattr(arguments, "stale_months", STALE_MONTHS),
    )


def note(message: str) -> None:
    """One line on stderr that does not stop the command, in the user's language."""
    if sys.stderr is not None:
        print(f"dialoguetracker: {say(message)}", file=sys.stderr)


def _summary(arguments: argparse.Namespace) -> int:
    from dialoguetracker.services.summary import store_summary

    services = open_services(arguments)
    try:
        summary = store_summary(services)
    finally:
        services.store.close()
    print(f"Store: {services.store.location.describe()}")
    print(
        f"{_n(summary.dialogues, 'dialogue')}, {_n(summary.meetings, 'meeting')}, "
        f"{_n(summary.people, 'person', 'people')}, {_n(summary.commitments, 'commitment')} "
        f"({summary.open_commitments} open, {summary.overdue_commitments} overdue), "
        f"{_n(summary.documents, 'document')}"
    )
    for name in summary.dialogue_names:
        print(f"  {name}")
    if summary.dialogues == 0:
        print("The store is empty. Load the sample dialogue with: dialoguetracker demo")
    return 0


def _n(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else plural or singular + 's'}"


def _demo(arguments: argparse.Namespace) -> int:
    from dialoguetracker.interop.sample import load_sample

    services = open_services(arguments)
    try:
        report = load_sample(services)
    finally:
        services.store.close()
    print(f"Sample dialogue: {report.describe()}")
    return 0


def _import(arguments: argparse.Namespace) -> int:
    from dialoguetracker.interop.interchange_read import read_interchange
    from dialoguetracker.interop.spreadsheet_write import spreadsheet_kind
    from dialoguetracker.services.interchange_import import import_interchange

    path = Path(arguments.file)
    if path.is_dir():
        raise ValidationError(str(path), translate("Errors", "is a folder, not a file to import"))
    if path.suffix.lower() == ".ics":
        return _import_calendar(arguments, path)
    if (kind := spreadsheet_kind(path.name)) is not None:
        from dialoguetracker.cli.spreadsheet_import_command import import_spreadsheet

        return import_spreadsheet(arguments, path, kind)
    raw = path.read_bytes()
    try:
        data = read_interchange(raw)
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.field}", error.problem) from None
    services = open_services(arguments)
    try:
        with progress_line(f"Importing {path}") as progress:
            report = import_interchange(services, data, progress)
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.field}", error.problem) from None
    finally:
        services.store.close()
    if arguments.dry_run:
        print(f"Checked {path}, nothing imported: {report.describe()}")
    else:
        print(f"Imported {path}: {report.describe()}")
    return 0


def _import_calendar(arguments: argparse.Namespace, path: Path) -> int:
    from dialoguetracker.cli.report_commands import choose_dialogue
    from dialoguetracker.interop.calendar_read import read_invitations
    from dialoguetracker.services.calendar_import import import_invitations

    try:
        invitations = read_invitations(path.read_bytes())
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.field}", error.problem) from None
    services = open_services(arguments)
    try:
        dialogue = choose_dialogue(services, arguments.dialogue, None)
        report = import_invitations(services, dialogue.id, invitations)
    finally:
        services.store.close()
    if arguments.dry_run:
        print(f"Checked {path} for {dialogue.name}, nothing imported: {report.describe()}")
    else:
        print(f"Imported {path} into {dialogue.name}: {report.describe()}")
    return 0


EXPORT_FORMATS = (".json", ".xlsx", ".csv")
"""What ``export`` writes, told by the file's extension (``-``: JSON to standard output)."""


def _export(arguments: argparse.Namespace) -> int:
    from dialoguetracker.interop import spreadsheet_write
    from dialoguetracker.interop.interchange_write import write_interchange
    from dialoguetracker.services.interchange_export import export_interchange

    target = arguments.file
    spreadsheet_kind = spreadsheet_write.spreadsheet_kind(target)
    if target != "-" and spreadsheet_kind is None and not target.lower().endswith(".json"):
        raise UsageError(
            translate(
                "CommandLine",
                "{path}: export writes {formats} files; name the file with one of these extensions",
            ).format(
                path=target,
                formats=", ".join(EXPORT_FORMATS),
            )
        )
    services = open_services(arguments)
    audience = services.readable(Audience(arguments.audience))
    try:
        with progress_line(translate("CommandLine", "Exporting")) as progress:
            data = export_interchange(services, audience, progress)
    finally:
        services.store.close()
    language = arguments.lang or "en"
    if spreadsheet_kind == "xlsx":
        write_whole(Path(target), spreadsheet_write.workbook(data, audience, language))
    elif spreadsheet_kind == "csv":
        rows = spreadsheet_write.register_of(data)
        write_whole(Path(target), spreadsheet_write.register_csv(rows, audience, language))
    elif target == "-":
        sys.stdout.write(write_interchange(data))
    else:
        write_whole(Path(target), write_interchange(data))
    return 0


def _search(arguments: argparse.Namespace) -> int:
    from dialoguetracker.services.search import search

    services = open_services(arguments)
    try:
        hits = search(services, arguments.query, limit=max(1, arguments.limit))
    finally:
        services.store.close()
    for hit in hits:
        print(f"{hit.kind}\t{hit.record_id}\t{hit.title}")
    return 0


def _backup(arguments: argparse.Namespace) -> int:
    from dialoguetracker.services.maintenance import backup

    services = open_services(arguments)
    try:
        with progress_line(
            translate("CommandLine", "Backing up to {path}").format(path=arguments.out)
        ) as progress:
            backup(services, Path(arguments.out).absolute(), progress)
    finally:
        services.store.close()
    print(f"Backup written to {arguments.out}")
    return 0


def _restore(arguments: argparse.Namespace) -> int:
    from dialoguetracker.store.engine import open_store
    from dialoguetracker.store.location import resolve
    from dialoguetracker.store.maintenance import restore_store

    location = resolve(chosen_store(arguments.db))
    saved = restore_store(location, Path(arguments.file).absolute())
    open_store(location.url).close()
    print(f"Restored {arguments.file} into {location.describe()}")
    if saved is not None:
        print(f"The store it replaced is kept as {saved}")
    return 0


def _check(arguments: argparse.Namespace) -> int:
    from dialoguetracker.services.maintenance import check_store

    services = open_services(arguments)
    try:
        with progress_line(translate("CommandLine", "Checking")) as progress:
            problems = check_store(services, progress)
    finally:
        services.store.close()
    for problem in problems:
        print(problem)
    if problems:
        raise StoreError(
            translate("CommandLine", "the check found {count} problem(s)").format(
                count=len(problems)
            )
        )
    print(f"{services.store.location.describe()}: no problems found")
    return 0


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "summary": _summary,
    "demo": _demo,
    "import": _import,
    "export": _export,
    "briefing": briefing,
    "minutes": minutes,
    "verify": verify,
    "calendar": calendar,
    "search": _search,
    "backup": _backup,
    "restore": _restore,
    "check": _check,
    "history": history,
    "assess": assess_command,
    "compliance": compliance_command,
    "grant": grant_command,
    "revoke": revoke_command,
    "grants": grants_command,
    "screenshot": screenshot,
}
