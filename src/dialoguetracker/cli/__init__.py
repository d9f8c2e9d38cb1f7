"""The ``dialoguetracker`` command: a stable, documented contract (README, "The command line").

Bad input never shows a traceback: one line on stderr that names what is wrong, exit status 2
for a usage error and 1 for a data error, and the store left as it was. A genuine fault in the
program is logged with its traceback to the log folder and reported in one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dialoguetracker.cli.parser import application_options, build_parser
from dialoguetracker.cli.screen import (
    has_screen,
    missing_packages,
    missing_packages_line,
    uses_xcb,
)
from dialoguetracker.domain.errors import DialogueTrackerError

PROGRAM = "dialoguetracker"


def main(argv: Sequence[str] | None = None) -> int:
    arguments = application_options(sys.argv[1:] if argv is None else argv)
    if arguments is None:
        try:
            arguments = build_parser().parse_args(argv)
        except SystemExit as exit_:  # argparse: --help (0) or a usage error (2), printed
            return int(exit_.code or 0)
    try:
        if arguments.command is None and has_screen():
            if uses_xcb() and (missing := missing_packages()):
                _say(missing_packages_line(missing))
                return 1
            return _application(arguments)
        if arguments.command == "screenshot":
            from dialoguetracker.cli.screenshot_command import screenshot

            return screenshot(arguments)
        from dialoguetracker.cli import commands

        return commands.run(arguments)
    except DialogueTrackerError as error:
        _say(str(error))
        return error.exit_status
    except BrokenPipeError:  # the reader (e.g. `head`) has all it wants
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        _say("interrupted; nothing was changed by the unfinished step")
        return 130
    except OSError as error:
        _say(_os_message(error))
        return 1
    except Exception as error:  # the last line of defence: log it, never show a traceback
        where = _log_fault(error)
        _say(f"unexpected error ({type(error).__name__}: {error}); details in {where}")
        return 1


def _application(arguments: argparse.Namespace) -> int:
    """The desktop application, reached without the sub-commands' imports (the services and
    the store), which the window loads only once it is on the screen."""
    from dialoguetracker.gui.app import run_gui
    from dialoguetracker.settings import chosen_store

    return run_gui(chosen_store(arguments.db), arguments.lang)


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush cannot fail a second time."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _say(message: str) -> None:
    if sys.stderr is not None:
        print(f"{PROGRAM}: {message}", file=sys.stderr)


def _os_message(error: OSError) -> str:
    reason = error.strerror or str(error)
    return f"{error.filename}: {reason.lower()}" if error.filename else reason


def _log_fault(error: BaseException) -> str:
    import logging

    try:
        from dialoguetracker.settings import log_folder

        path = log_folder() / "errors.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return "the terminal (no log folder could be written)"
    logger = logging.getLogger("dialoguetracker.cli")
    logger.addHandler(handler)
    logger.error("unexpected error", exc_info=error)
    logger.removeHandler(handler)
    handler.close()
    return str(path)
