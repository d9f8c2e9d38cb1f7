"""The Spanish catalogue is complete and true to its sources.

``resources/translations/dialoguetracker_es.ts`` is the source of the interface's Spanish:
every string Qt's ``lupdate`` finds in the program has a finished translation there, no
placeholder is lost or invented (Qt's ``%1`` and the ``{name}`` fields of the sentences the
services say), a keyboard mnemonic stays a single one, and the catalogue compiled by
``lrelease`` (as the build compiles it) turns the window's words, and the services' sentences
it shows, into Spanish.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from meeting_support import focus, open_editor, sample_meetings
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoguetracker.cli import language
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.words import in_language, translate
from dialoguetracker.gui import translations
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.said import said
from dialoguetracker.services.meetings import get_meeting

ROOT = Path(__file__).parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "dialoguetracker_es.ts"
SOURCES = ROOT / "src" / "dialoguetracker"
PLACEHOLDER = re.compile(r"%L?\d|%L?n")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s]|[a-zA-Z]+;|#\d+;)")
SENTENCES = ("Errors", "Records", "Import", "CommandLine", "Words")
"""The contexts of the sentences the services and the command line say (``str.format``
fields, ``{name}``), as opposed to the window's own texts (``%1``)."""

Key = tuple[str, str, str | None]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed beside this Python")
    return found


def _messages(path: Path) -> Iterator[tuple[Key, ElementTree.Element]]:
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.find("comment")
            key = (
                name,
                message.findtext("source") or "",
                None if comment is None else comment.text,
            )
            yield key, message


def _forms(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def test_every_string_of_the_program_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh_es.ts"
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = {key for key, _message in _messages(fresh)}
    kept = {key for key, _message in _messages(CATALOGUE)}
    assert sorted(found - kept) == [], "run lupdate and translate the new strings"
    assert sorted(kept - found) == [], "strings the program no longer has: run lupdate"
    assert len(found) > 800


def test_every_translation_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    for (context, source, _comment), message in _messages(CATALOGUE):
        translation = message.find("translation")
        assert translation is not None
        forms = _forms(message)
        if translation.get("type") is not None or not all(form.strip() for form in forms):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{context}: {source!r} needs a singular and a plural form")
        wanted = sorted(PLACEHOLDER.findall(source))
        fields = _fields(source) if context in SENTENCES else None
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"{context}: {source!r} → {form!r} changes the placeholders")
            if fields is not None and _fields(form) != fields:
                problems.append(f"{context}: {source!r} → {form!r} changes the {{fields}}")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(source)):
                problems.append(f"{context}: {source!r} → {form!r} changes the mnemonic")
    assert problems == []


def _fields(text: str) -> list[str] | None:
    """The ``{name}`` fields of a sentence's template, each once (a conversion such as ``!r``
    may differ: Spanish quotes a name «so»); None for text that is not a template."""
    try:
        return sorted({name for _, name, _, _ in string.Formatter().parse(text) if name})
    except ValueError:
        return None


def test_the_checks_catch_what_they_are_for() -> None:
    assert _fields("no {kind} with id {record_id!r}") == ["kind", "record_id"]
    assert _fields("no existe {kind} con el id «{record_id}»") == ["kind", "record_id"]
    assert _fields("no existe {tipo} con el id {record_id}") != _fields("no {kind} {record_id}")
    assert _fields("no existe {kind} con el id {record_id") is None
    assert sorted(PLACEHOLDER.findall("%1 of %L2, %n days")) == ["%1", "%L2", "%n"]
    assert MNEMONIC.findall("&File") == ["&"]
    assert MNEMONIC.findall("People && delegations, A & B, &lt;") == []


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """The catalogue compiled as the build compiles it, installed for one test."""
    compiled = tmp_path / "dialoguetracker_es.qm"
    subprocess.run([_tool("lrelease"), "-silent", str(CATALOGUE), "-qm", str(compiled)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_compiled_catalogue_speaks_spanish(spanish: QTranslator) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert QCoreApplication.translate("View", "Commitments") == "Compromisos"
    assert spanish.isEmpty() is False


def test_the_window_s_menus_and_toolbar_are_spanish(
    qtbot: QtBot, app_settings: AppSettings, spanish: QTranslator
) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    window.dress()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Archivo", "&Edición", "&Ver", "Ay&uda"]
    views = [action.text() for action in window.view_actions.actions()]
    assert "Compromisos" in views and "Reuniones" in views
    assert window.statusBar().currentMessage() != "Opening the store…"


def test_spanish_dates_follow_the_language() -> None:
    from datetime import date

    from dialoguetracker.gui.vocabulary import day_text

    before = QLocale()
    try:
        QLocale.setDefault(QLocale("es"))
        assert day_text(date(2022, 8, 10)) == "10 ago 2022"
    finally:
        QLocale.setDefault(before)
    assert translations.chosen_language("es") == "es"


def test_the_command_line_reads_the_catalogue_as_the_window_does(spanish: QTranslator) -> None:
    """The command line reads the .ts source without Qt; the window, the compiled catalogue.
    Both say every sentence alike."""
    read = language.catalogue("es")
    sentences = {key: text for key, text in read.items() if key[0] in SENTENCES}
    assert len(sentences) > 250
    for (context, source), text in sentences.items():
        assert QCoreApplication.translate(context, source) == text, source
    assert said(NotFoundError("meeting", 7)) == "no existe reunión con el id 7"
    spoken = in_language(NotFoundError("meeting", 7).message, language.look_up("es"))
    assert spoken == "no existe reunión con el id 7"


def test_a_service_s_refusal_is_spanish_at_its_field(
    window: MainWindow, qtbot: QtBot, spanish: QTranslator
) -> None:
    """The Spanish twin of the meeting editor's test of an end before the start."""
    _first, second = sample_meetings(window)
    editor = open_editor(window, qtbot, second.id)
    tab = editor.tab(DetailsTab)
    assert isinstance(tab, DetailsTab)
    date_edit = tab.end.date
    focus(qtbot, date_edit)
    date_edit.selectAll()
    round_day = second.start.date() if isinstance(second.start, datetime) else second.start
    qtbot.keyClicks(date_edit, (round_day - timedelta(days=1)).isoformat())
    qtbot.keyClick(date_edit, Qt.Key.Key_Return)

    assert tab.errors.marked_field() == "end"
    assert tab.errors.message.text() == "la reunión termina antes de comenzar"
    marked = tab.errors.fields["end"]
    assert marked.toolTip() == marked.accessibleDescription() == tab.errors.message.text()
    assert get_meeting(window.context.services, second.id).end == second.end


def test_a_refusal_without_a_field_is_said_whole_in_spanish(spanish: QTranslator) -> None:
    error = ValidationError(
        "planned_minutes", translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    )
    assert said(error) == "planned_minutes: no debe exceder de 600 minutos"
    assert said(error.problem) == "no debe exceder de 600 minutos"
    assert said("Cybercrime prevention") == "Cybercrime prevention"
