"""What an import brought is said in the interface's language, with the counts as the
services counted them."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from dialoguetracker.gui.import_words import calendar_summary, import_summary
from dialoguetracker.services.calendar_import import CalendarImportReport
from dialoguetracker.services.import_report import ImportReport

CATALOGUE = Path(__file__).parents[2] / "resources" / "translations" / "dialoguetracker_es.ts"
REPORT = ImportReport(Counter({"meetings": 3, "commitments": 1, "people": 0}), kept=2)
CALENDAR = CalendarImportReport(created=1, updated=2, unchanged=0, unknown_attendees=("X",))


def test_in_english(qapp: QApplication) -> None:
    assert (
        import_summary(REPORT) == "Added 3 meetings, 1 commitment; 2 records already in the store"
    )
    assert calendar_summary(CALENDAR) == (
        "1 meeting created; 2 meetings updated; 0 meetings unchanged; attendees not in the store: X"
    )
    assert import_summary(ImportReport()).startswith("Added nothing new;")


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    compiled = tmp_path / "es.qm"
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(CATALOGUE), "-qm", str(compiled)], check=True)
    translator = QTranslator(qapp)
    assert translator.load(str(compiled))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_in_spanish(spanish: None) -> None:
    assert import_summary(REPORT) == (
        "Se agregó: 3 reuniones, 1 compromiso; 2 registros ya estaban en el almacén"
    )
    assert calendar_summary(CALENDAR).startswith(
        "1 reunión creada; 2 reuniones actualizadas; 0 reuniones sin cambios"
    )
