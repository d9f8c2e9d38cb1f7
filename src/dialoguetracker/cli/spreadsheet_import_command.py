"""``import FILE.xlsx|FILE.csv``: a spreadsheet register's rows as commitments of a dialogue.

Its columns are told by their headers (English or Spanish). Every refused row is one line on
stderr, with its row number and the reason, before the line that says nothing was imported.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.words import translate

if TYPE_CHECKING:
    from dialoguetracker.services.spreadsheet_rows import RowProblem


def import_spreadsheet(arguments: argparse.Namespace, path: Path, kind: str) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.cli.report_commands import choose_dialogue
    from dialoguetracker.interop.spreadsheet_read import read_register
    from dialoguetracker.services.spreadsheet_import import RowsRefusedError, import_register

    try:
        table = read_register(path.read_bytes(), kind)
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.field}", error.problem) from None
    services = open_services(arguments)
    try:
        dialogue = choose_dialogue(services, arguments.dialogue, None)
        report = import_register(
            services,
            dialogue.id,
            table,
            valid_rows_only=arguments.valid_rows_only,
            dry_run=arguments.dry_run,
        )
    except RowsRefusedError as refused:
        _list(path, refused.report.rejected)
        message = translate("CommandLine", "{file}: {refusal}").format(
            file=str(path), refusal=refused.message
        )
        raise DialogueTrackerError(message) from None
    except ValidationError as error:
        raise ValidationError(f"{path}: {error.field}", error.problem) from None
    finally:
        services.store.close()
    _list(path, report.rejected)
    # the result on stdout reads the same in every language, as every command's does
    if arguments.dry_run:
        print(f"Checked {path} for {dialogue.name}, nothing imported: {report.describe()}")
    else:
        print(f"Imported {path} into {dialogue.name}: {report.describe()}")
    return 0


def _list(path: Path, problems: Iterable[RowProblem]) -> None:
    """Each refused row, one line on stderr in the user's language."""
    from dialoguetracker.cli.commands import note

    for problem in problems:
        note(
            translate("CommandLine", "{file}: {problem}").format(
                file=str(path), problem=problem.describe()
            )
        )
