"""``dialoguetracker screenshot``: reached without the other commands' imports, so that the
overview is rendered the way the program first shows it, before the services are loaded."""

from __future__ import annotations

import argparse
from pathlib import Path

from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import translate
from dialoguetracker.settings import chosen_store


def screenshot(arguments: argparse.Namespace) -> int:
    from dialoguetracker.gui.screenshot import render
    from dialoguetracker.gui.translations import chosen_language

    try:
        width, height = (int(part) for part in arguments.size.lower().split("x"))
    except ValueError:
        raise UsageError(
            translate("CommandLine", "--size: not WIDTHxHEIGHT: {size!r}").format(
                size=arguments.size
            )
        ) from None
    location = chosen_store(arguments.db)
    render(
        location,
        arguments.view,
        Path(arguments.out).absolute(),
        width,
        height,
        arguments.palette,
        chosen_language(arguments.lang),
    )
    print(f"Wrote {arguments.out}")
    return 0
