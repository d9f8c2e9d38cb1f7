"""Every on-screen string can be translated: Qt's lupdate finds it, in the context the program
looks it up in at run time (a class, or a context named in QCoreApplication.translate)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

GUI = Path(__file__).parents[2] / "src" / "dialoguetracker" / "gui"


def _lupdate() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else shutil.which("pyside6-lupdate")


def test_lupdate_finds_the_strings_in_class_contexts(tmp_path: Path) -> None:
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    catalogue = tmp_path / "check_es.ts"
    sources = sorted(str(path) for path in GUI.rglob("*.py"))
    subprocess.run(
        [tool, *sources, "-ts", str(catalogue)], check=True, capture_output=True, timeout=120
    )
    contexts = {
        context.findtext("name"): len(context.findall("message"))
        for context in ElementTree.parse(catalogue).getroot().iter("context")
    }
    # ``window.tr("…")`` would land in a context named "window", which no lookup ever uses.
    misplaced = sorted(name for name in contexts if not name or not name[0].isupper())
    assert misplaced == []
    assert sum(contexts.values()) > 800
    for expected in ("MainWindow", "Vocabulary", "Trail", "StoreActions", "MeetingRemoval"):
        assert contexts.get(expected, 0) > 0, expected
