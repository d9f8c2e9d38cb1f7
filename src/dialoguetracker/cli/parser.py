"""The command line's grammar. ``--db`` and ``--lang`` are accepted before or after the
sub-command, so ``dialoguetracker --db X export F`` and ``dialoguetracker export F --db X``
mean the same."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from dialoguetracker import __version__


class OneLineParser(argparse.ArgumentParser):
    """A usage error is one line on stderr and exit status 2, not a page of usage text."""

    def error(self, message: str) -> NoReturn:
        if sys.stderr is not None:
            print(f"dialoguetracker: {message} (see dialoguetracker --help)", file=sys.stderr)
        raise SystemExit(2)


class _SilentParser(argparse.ArgumentParser):
    """Raises instead of printing: what it cannot read is read again by the full parser."""

    def error(self, message: str) -> NoReturn:
        raise ValueError(message)


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=default,
        help="the store: a file path or a database URL (default: $DIALOGUETRACKER_DB, "
        "else the store in your data folder)",
    )
    parser.add_argument(
        "--lang", choices=["en", "es"], default=default, help="language of labels and messages"
    )


def application_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of a start of the application (no command, no ``--help`` or
    ``--version``), read without building every command's parser; None for anything else,
    which :func:`build_parser` reads (and reports, if it is wrong)."""
    if any(argument in ("-h", "--help", "--version") for argument in argv):
        return None
    parser = _SilentParser(add_help=False, exit_on_error=False)
    _global_options(parser, top=True)
    try:
        options, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, ValueError):  # e.g. --lang xx: the full parser says so
        return None
    if rest:
        return None
    options.command = None
    return options


def build_parser() -> OneLineParser:
    # the commands' own modules: not needed to start the application
    from dialoguetracker.cli.calendar_command import add_calendar_command
    from dialoguetracker.cli.history_commands import add_history_command
    from dialoguetracker.cli.report_parser import add_audience_option, add_report_commands

    parser = OneLineParser(
        prog="dialoguetracker",
        description="The record of a bilateral dialogue: meetings, delegations, agenda topics "
        "and commitments. Without a command it opens the store.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)

    def command(name: str, summary: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=summary, description=summary)
        _global_options(sub, top=False)
        return sub

    command("demo", "load the sample dialogue (safe to run again)")
    importing = command(
        "import", "import an interchange JSON file, or calendar invitations, all or nothing"
    )
    importing.add_argument(
        "file", metavar="FILE", help="FILE.json, or FILE.ics: invitations as planned meetings"
    )
    importing.add_argument(
        "--dialogue",
        metavar="NAME",
        help="the dialogue an .ics file's meetings belong to (full or short name; "
        "needed when the store holds more than one)",
    )
    exporting = command(
        "export", "export the store: interchange JSON, an XLSX workbook or the register as CSV"
    )
    exporting.add_argument(
        "file",
        metavar="FILE",
        help="FILE.json, FILE.xlsx (a sheet per kind) or FILE.csv (the commitment register); "
        "- writes JSON to stdout",
    )
    add_audience_option(exporting)
    add_report_commands(command)
    add_calendar_command(command)
    search = command("search", "find records whose text contains the words, one a line")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=200, help="at most this many hits")
    backup = command("backup", "copy the store, safely while it is in use")
    backup.add_argument("--out", required=True, metavar="FILE")
    restore = command("restore", "replace the store with a backup (the current one is kept)")
    restore.add_argument("file", metavar="FILE")
    command("check", "check the store's integrity and consistency")
    add_history_command(command)
    command("summary", "print what the store holds")
    screenshot = command("screenshot", "render a view of the application to a PNG image")
    screenshot.add_argument(
        "--view",
        required=True,
        choices=["overview", "meetings", "meeting", "commitments", "people", "documents"],
    )
    screenshot.add_argument("--out", required=True, metavar="FILE")
    screenshot.add_argument(
        "--size", default="1280x800", metavar="WxH", help="image size in pixels"
    )
    screenshot.add_argument("--palette", choices=["light", "dark"], default="light")
    return parser
