"""The grammar of the report commands: ``briefing``, ``minutes`` and ``verify``.

Dates and ids are checked by argparse itself, so a bad one is a usage error (exit 2) that
names its option before the store is even opened.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date

from dialoguetracker.cli.language import say
from dialoguetracker.domain.briefing_format import DEFAULT_MARKING, BriefingFormat
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.staleness import MAX_STALE_MONTHS, STALE_MONTHS
from dialoguetracker.domain.words import translate

AddCommand = Callable[[str, str], argparse.ArgumentParser]
OUT_HELP = "the PDF to write, or an editable Word draft (.docx), which is not recorded"
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def day(text: str) -> date:
    """A calendar date written YYYY-MM-DD, and only that."""
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        say(translate("CommandLine", "not a date (YYYY-MM-DD): {text!r}").format(text=text))
    )


def record_id(text: str) -> int:
    """A record's id: a whole number from 1 up."""
    if text.isascii() and text.isdigit() and int(text) >= 1:
        return int(text)
    raise argparse.ArgumentTypeError(
        say(
            translate("CommandLine", "not an id (a whole number from 1): {text!r}").format(
                text=text
            )
        )
    )


def months(text: str) -> int:
    """Months a commitment may go without news before it is stale: 1 to ten years' worth."""
    if text.isascii() and text.isdigit() and 1 <= int(text) <= MAX_STALE_MONTHS:
        return int(text)
    raise argparse.ArgumentTypeError(
        say(
            translate("CommandLine", "not a number of months from 1 to {most}: {text!r}").format(
                most=MAX_STALE_MONTHS, text=text
            )
        )
    )


def add_audience_option(parser: argparse.ArgumentParser) -> None:
    """``--audience``: who the output is for; everything handled above it is left out."""
    parser.add_argument(
        "--audience",
        choices=[audience.value for audience in Audience],
        default=Audience.INTERNAL.value,
        help="leave out everything whose handling is above this audience (default: internal)",
    )


def add_report_commands(command: AddCommand) -> None:
    briefing = command("briefing", "write the briefing PDF for a dialogue's next meeting")
    briefing.add_argument("--out", required=True, metavar="F.pdf|F.docx", help=OUT_HELP)
    briefing.add_argument(
        "--dialogue",
        metavar="NAME",
        help="the dialogue, by full or short name (default: the store's only dialogue)",
    )
    briefing.add_argument(
        "--meeting",
        type=record_id,
        metavar="ID",
        help="the meeting to brief for (default: the dialogue's next planned meeting)",
    )
    briefing.add_argument("--since", type=day, metavar="D", help="background from this date")
    briefing.add_argument("--until", type=day, metavar="D", help="background up to this date")
    briefing.add_argument(
        "--topic",
        dest="topics",
        action="extend",
        nargs="+",
        default=[],
        metavar="NAME",
        help="only these agenda topics (may be given more than once)",
    )
    briefing.add_argument(
        "--format",
        choices=[kind.value for kind in BriefingFormat],
        default=BriefingFormat.FULL.value,
        help="full, or a checklist of the header, objectives and points to make",
    )
    _shared_options(briefing)
    briefing.add_argument(
        "--stale-months",
        type=months,
        default=STALE_MONTHS,
        metavar="N",
        help="flag open commitments with no progress update for N months "
        f"(default: {STALE_MONTHS}, as in Preferences)",
    )
    briefing.add_argument(
        "--side",
        metavar="CODE",
        help="the party whose officials are briefed (default: the dialogue's first party)",
    )

    minutes = command("minutes", "write one meeting's record (minutes) as a PDF")
    minutes.add_argument("--meeting", required=True, type=record_id, metavar="ID")
    minutes.add_argument("--out", required=True, metavar="F.pdf|F.docx", help=OUT_HELP)
    minutes.add_argument(
        "--mail",
        metavar="F.eml",
        help="also write an e-mail draft to the meeting's participants the audience may "
        "address, the PDF attached, for your mail program to open",
    )
    _shared_options(minutes)

    verify = command("verify", "say whether this store produced a PDF, unchanged, and when")
    verify.add_argument("file", metavar="F.pdf")


def _shared_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--marking",
        default=DEFAULT_MARKING,
        metavar="TEXT",
        help=f"the line at the head and foot of every page (default: {DEFAULT_MARKING})",
    )
    add_audience_option(parser)
    parser.add_argument(
        "--no-notes",
        dest="include_notes",
        action="store_false",
        help="leave out the notes of agenda items",
    )
    parser.add_argument(
        "--reproducible",
        action="store_true",
        help="the same store and options give a byte-identical file (fixed dates and ids)",
    )
