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
            from dialoguetracker.cli.language import say
            from dialoguetracker.domain.words import translate

            line = translate("CommandLine", "{problem} (see dialoguetracker --help)").format(
                problem=usage_problem(message),
            )
            print(f"dialoguetracker: {say(line)}", file=sys.stderr)
        raise SystemExit(2)


def usage_problem(message: str) -> str:
    """argparse's own message as a sentence the catalogue can say.

    argparse words its errors in English (its gettext catalogue is not ours); the ones a
    user meets are recognised here by their English shape and said again through the
    program's catalogue. Anything else is said as argparse wrote it. What our own argument
    types refuse (a date, an id) arrives already in the user's language.
    """
    import re

    from dialoguetracker.domain.words import translate

    if found := re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL):
        option, problem = found.groups()
        if inner := re.fullmatch(r"invalid choice: (.*) \(choose from (.*)\)", problem):
            problem = translate(
                "CommandLine", "invalid choice: {value} (choose from {choices})"
            ).format(
                value=inner[1],
                choices=inner[2],
            )
        elif problem == "expected one argument":
            problem = translate("CommandLine", "expected one argument")
        elif inner := re.fullmatch(r"invalid (\S+) value: (.*)", problem):
            problem = translate("CommandLine", "invalid {type} value: {value}").format(
                type=inner[1], value=inner[2]
            )
        elif inner := re.fullmatch(r"not allowed with argument (.*)", problem):
            problem = translate("CommandLine", "not allowed with argument {option}").format(
                option=inner[1]
            )
        return translate("CommandLine", "argument {option}: {problem}").format(
            option=option, problem=problem
        )
    if found := re.fullmatch(r"the following arguments are required: (.*)", message):
        return translate("CommandLine", "the following arguments are required: {names}").format(
            names=found[1]
        )
    if found := re.fullmatch(r"one of the arguments (.*) is required", message):
        return translate("CommandLine", "one of the arguments {names} is required").format(
            names=found[1]
        )
    if found := re.fullmatch(r"unrecognized arguments: (.*)", message):
        return translate("CommandLine", "unrecognized arguments: {words}").format(words=found[1])
    return message


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
    from dialoguetracker.cli.compliance_commands import add_compliance_commands
    from dialoguetracker.cli.history_commands import add_history_command
    from dialoguetracker.cli.report_parser import add_audience_option, add_report_commands
    from dialoguetracker.cli.server_commands import add_server_commands

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
        "import",
        "import an interchange JSON file, calendar invitations or a spreadsheet of commitments",
    )
    importing.add_argument(
        "file",
        metavar="FILE",
        help="FILE.json (all or nothing), FILE.ics (invitations as planned meetings), or "
        "FILE.xlsx / FILE.csv (commitments, one a row, told by their column headers)",
    )
    importing.add_argument(
        "--dialogue",
        metavar="NAME",
        help="the dialogue an .ics file's meetings or a spreadsheet's commitments belong to "
        "(full or short name; needed when the store holds more than one)",
    )
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help="check everything and say what would be imported, changing nothing",
    )
    importing.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="a spreadsheet: import the rows that are valid and list the others "
        "(by default nothing is imported while a row is refused)",
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
    add_compliance_commands(command)
    add_server_commands(command)
    command("summary", "print what the store holds")
    screenshot = command("screenshot", "render a view of the application to a PNG image")
    screenshot.add_argument(
        "--view",
        required=True,
        choices=[
            *("overview", "meetings", "meeting", "commitments", "people", "documents"),
            *("portfolio", "compliance"),
        ],
        help="portfolio: All dialogues, every dialogue at a glance; compliance: the "
        "Commitments view on its Compliance tab",
    )
    screenshot.add_argument("--out", required=True, metavar="FILE")
    screenshot.add_argument(
        "--size", default="1280x800", metavar="WxH", help="image size in pixels"
    )
    screenshot.add_argument("--palette", choices=["light", "dark"], default="light")
    return parser
