"""The window is on the screen before the store is: the real program, started as a user starts
it, paints its frame before SQLAlchemy is imported, and opening a current store brings in
neither Alembic (no migration to run) nor ReportLab (no PDF asked for)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app import WindowOpener
from dialoguetracker.gui.app_settings import AppSettings

WATCHER = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

report, store = sys.argv[1], sys.argv[2]
HEAVY = (
    "sqlalchemy", "alembic", "reportlab", "dialoguetracker.services",
    "dialoguetracker.gui.error_report",
)
seen = {}
app = QApplication([sys.argv[0]])


def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)


def window():
    return next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow")


def when_filled():
    if not window().is_attached():
        QTimer.singleShot(10, when_filled)
        return
    seen["filled"] = loaded()
    seen["title"] = window().windowTitle()
    seen["hook"] = type(getattr(sys.excepthook, "__self__", None)).__name__
    app.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.objectName() == "mainWindow":
            if "painted" not in seen:
                seen["painted"] = loaded()
                seen["attached_at_paint"] = watched.is_attached()
                QTimer.singleShot(0, when_filled)
        return False


watcher = FirstPaint()
app.installEventFilter(watcher)
from dialoguetracker.cli import main

status = main(["--db", store])
seen["status"] = status
with open(report, "w") as out:
    json.dump(seen, out)
"""


@pytest.fixture
def user_folders(tmp_path: Path) -> dict[str, str]:
    """Settings of the test's own, with the user's name already given (no first-start
    question to answer)."""
    config = tmp_path / "config"
    (config / "dialoguetracker").mkdir(parents=True)
    (config / "dialoguetracker" / "dialoguetracker.conf").write_text(
        "[audit]\nuser_name=Test User\n", encoding="utf-8"
    )
    environment = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    environment.pop("DIALOGUETRACKER_DB", None)
    environment |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    return environment


def test_the_frame_is_painted_before_the_store_is_opened_and_filled_after(
    sample_template: Path, tmp_path: Path, user_folders: dict[str, str]
) -> None:
    store = Path(shutil.copyfile(sample_template, tmp_path / "office.db"))
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, "-c", WATCHER, str(report), str(store)],
        env=user_folders,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["painted"] == []
    assert seen["attached_at_paint"] is False
    assert seen["filled"] == [
        "dialoguetracker.gui.error_report",
        "dialoguetracker.services",
        "sqlalchemy",
    ]
    assert seen["hook"] == "ErrorReporter"  # faults are shown from then on
    assert seen["title"] == "Dialogue Tracker — office.db"
    assert seen["status"] == 0


def test_the_first_window_opens_its_store_once_painted(
    qtbot: QtBot, app_settings: AppSettings, sample_template: Path, tmp_path: Path
) -> None:
    path = Path(shutil.copyfile(sample_template, tmp_path / "office.db"))
    opener = WindowOpener(app_settings)
    frame = opener.start(str(path))
    qtbot.addWidget(frame)
    assert not frame.is_attached()
    assert frame.statusBar().currentMessage() == "Opening the store…"
    qtbot.waitUntil(frame.is_attached)
    assert opener.window is frame
    assert frame.windowTitle() == "Dialogue Tracker — office.db"
    assert frame.navigator.items.rowCount() == 2  # All dialogues, and the sample's
    assert frame.current_view().key == "overview"
    frame.context.services.store.close()


def test_a_first_store_that_cannot_be_opened_is_said_and_the_frame_closes(
    qtbot: QtBot, app_settings: AppSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    path = tmp_path / "minutes.db"
    path.write_text("not a database")
    opener = WindowOpener(app_settings)
    frame = opener.start(str(path))
    qtbot.addWidget(frame)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [f"{path} is not a Dialogue Tracker store (not a SQLite database)"]
    qtbot.waitUntil(lambda: not frame.isVisible())
    assert opener.window is None
    assert not frame.is_attached()
    assert path.read_text() == "not a database"
