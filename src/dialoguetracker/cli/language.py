"""The language the command line speaks, and its catalogue, without Qt.

``--lang en|es`` decides, before or after the sub-command; without it, the environment as
gettext reads it: the first of ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is
set (``LANGUAGE`` may list several languages, and the first one the program speaks counts), so
``es_MX.UTF-8`` is Spanish and ``C``, ``POSIX``, nothing or a language the program does not
speak is English.

What the program says is English text that can be said again in another language
(:mod:`dialoguetracker.domain.words`). The window looks sentences up with Qt; the command line
must not load Qt (a command would pay for it at every start), so it reads the same catalogue
from its source, ``resources/translations/dialoguetracker_es.ts`` (package data, a small XML
file), with the standard library, once per run. English needs no catalogue and reads no file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from functools import cache

from dialoguetracker.domain.words import LookUp, english, in_language

SUPPORTED = ("en", "es")
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where gettext looks for the language of messages, in its order."""

_chosen = "en"


def chosen_language(option: str | None, environment: Mapping[str, str] | None = None) -> str:
    """``option`` when it is a language the program speaks, else the environment's."""
    if option in SUPPORTED:
        return option
    environ = os.environ if environment is None else environment
    for name in ENVIRONMENT:
        value = environ.get(name, "")
        if not value:
            continue
        for entry in value.split(":"):  # only LANGUAGE lists more than one
            language = entry.split(".")[0].split("@")[0].split("_")[0].lower()
            if language in SUPPORTED:
                return language
        return "en"  # C, POSIX, or languages the program does not speak
    return "en"


def option_in(argv: Sequence[str]) -> str | None:
    """The ``--lang`` given anywhere on the command line (the last one, as argparse keeps
    it), read before the grammar is: a usage error must already be said in that language."""
    found = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--lang" and index + 1 < len(argv):
            found = argv[index + 1]
        elif argument.startswith("--lang="):
            found = argument.removeprefix("--lang=")
    return found


def choose(option: str | None) -> str:
    """Speak the language of ``option`` (or the environment's) from now on; returns it."""
    global _chosen
    _chosen = chosen_language(option)
    return _chosen


def current() -> str:
    return _chosen


def say(text: object) -> str:
    """``text`` in the chosen language: a sentence from the catalogue, anything else as it is."""
    return in_language(text, look_up(_chosen))


def look_up(language: str) -> LookUp:
    """The catalogue of ``language`` as a look-up; English is the sentences as written."""
    if language == "en":
        return english
    entries = catalogue(language)

    def translated(context: str, template: str) -> str:
        return entries.get((context, template), template)

    return translated


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """Every finished translation of ``language``'s catalogue by (context, English text).

    Unfinished and obsolete entries are left out, as ``lrelease -nounfinished`` leaves them
    out of the window's catalogue; plural entries (``%n``) are the window's own and left out
    too. A catalogue that is missing or unreadable gives English, never a failed command.
    """
    import xml.etree.ElementTree as ElementTree
    from importlib.resources import files

    source = files("dialoguetracker.resources") / "translations" / f"dialoguetracker_{language}.ts"
    try:
        root = ElementTree.fromstring(source.read_bytes())
    except (OSError, ElementTree.ParseError):
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") is not None  # unfinished, obsolete, vanished
                or message.get("numerus") == "yes"
                or not translation.text
            ):
                continue
            entries[(name, message.findtext("source") or "")] = translation.text
    return entries
