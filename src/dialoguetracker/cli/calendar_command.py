"""The ``calendar`` command: meetings and due dates as an iCalendar file.

The file is written whole (or to stdout with ``--out -``); exporting the same store twice gives
the same bytes, so a calendar subscribed to the file updates instead of doubling its events.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialoguetracker.cli.report_parser import AddCommand, add_audience_option
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.words import translate


def add_calendar_command(command: AddCommand) -> None:
    calendar = command("calendar", "write the meetings and due dates as an iCalendar file")
    calendar.add_argument("--out", required=True, metavar="F.ics", help="the file, or - for stdout")
    calendar.add_argument(
        "--dialogue", metavar="NAME", help="one dialogue, by full or short name (default: all)"
    )
    add_audience_option(calendar)
    calendar.add_argument(
        "--no-due", action="store_true", help="meetings only, without commitments' due dates"
    )


def calendar(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.cli.progress import progress_line
    from dialoguetracker.cli.report_commands import choose_dialogue
    from dialoguetracker.files import write_whole
    from dialoguetracker.interop.calendar_ics import calendar_ics
    from dialoguetracker.services.calendar import calendar_data

    services = open_services(arguments)
    try:
        dialogue = (
            None
            if arguments.dialogue is None
            else choose_dialogue(services, arguments.dialogue, None)
        )
        data = calendar_data(services, dialogue, Audience(arguments.audience), not arguments.no_due)
    finally:
        services.store.close()
    with progress_line(translate("CommandLine", "Writing the calendar")) as progress:
        ics = calendar_ics(data, progress)
    if arguments.out == "-":
        sys.stdout.buffer.write(ics)
        sys.stdout.flush()
        return 0
    write_whole(Path(arguments.out), ics)
    print(
        f"Wrote {arguments.out}: {len(data.meetings)} meeting(s)"
        + ("" if arguments.no_due else f", {len(data.due)} due date(s)")
    )
    return 0
