"""The ``dialoguetracker`` command: a stable, documented contract (README, "The command line").

Bad input never shows a traceback: one line on stderr that names what is wrong, exit status 2
for a usage error and 1 for a data error, and the store left as it was. A genuine fault in the
program is logged with its traceback to the log folder and reported in one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dialoguetracker.cli import language
from dialoguetracker.cli.parser import application_options, build_parser
from dialoguetracker.cli.screen import (
    has_screen,
    missing_packages,
    missing_packages_line,
    uses_xcb,
)
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.words import translate

PROGRAM = "dialoguetracker"


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    language.choose(language.option_in(given))  # before the grammar: its errors are said too
    arguments = application_options(given)
    if arguments is None:
        try:
            arguments = build_parser().parse_args(argv)
        except SystemExit as exit_:  # argparse: --help (0) or a usage error (2), printed
            return int(exit_.code or 0)
    language.choose(arguments.lang)
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
        _say(error.message)
        return error.exit_status
    except BrokenPipeError:  # the reader (e.g. `head`) has all it wants
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        _say(translate("CommandLine", "interrupted; nothing was changed by the unfinished step"))
        return 130
    except OSError as error:
        _say(_os_message(error))
        return 1
    except Exception as error:  # the last line of defence: log it, never show a traceback
        where = _log_fault(error)
        _say(
            translate("CommandLine", "unexpected error ({error}); details in {where}").format(
                error=f"{type(error).__name__}: {error}",
                where=where,
            )
        )
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
        print(f"{PROGRAM}: {language.say(message)}", file=sys.stderr)


def _os_message(error: OSError) -> str:
    """``FILE: no such file or directory``: the system's reason, in the user's language for
    the reasons a command meets most (the system's own words are English here)."""
    import errno

    reasons = {
        errno.ENOENT: translate("CommandLine", "no such file or directory"),
        errno.EACCES: translate("CommandLine", "permission denied"),
        errno.EPERM: translate("CommandLine", "operation not permitted"),
        errno.EISDIR: translate("CommandLine", "is a directory"),
        errno.ENOTDIR: translate("CommandLine", "not a directory"),
        errno.ENOSPC: translate("CommandLine", "no space left on device"),
        errno.EROFS: translate("CommandLine", "read-only file system"),
        errno.EEXIST: translate("CommandLine", "file exists"),
    }
    if not error.filename:
        return error.strerror or str(error)
    reason = reasons.get(error.errno or 0) or (error.strerror or str(error)).lower()
    return translate("CommandLine", "{path}: {reason}").format(path=error.filename, reason=reason)


def _log_fault(error: BaseException) -> str:
    import logging

    try:
        from dialoguetracker.settings import log_folder

        path = log_folder() / "errors.log"
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return translate("CommandLine", "the terminal (no log folder could be written)")
    logger = logging.getLogger("dialoguetracker.cli")
    logger.addHandler(handler)
    logger.error("unexpected error", exc_info=error)
    logger.removeHandler(handler)
    handler.close()
    return str(path)
