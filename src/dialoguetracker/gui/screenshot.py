"""``dialoguetracker screenshot``: one view of the application rendered offscreen to a PNG,
for the user guide and for smoke tests. It reads the store and changes nothing, and uses
settings of its own so the user's window layout is neither used nor altered."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from dialoguetracker.domain.errors import UsageError

VIEWS = ("overview", "meetings", "meeting", "commitments", "people", "documents")


def render(location: str, view: str, out: Path, width: int = 1280, height: int = 800) -> Path:
    if view not in VIEWS:
        raise UsageError(f"--view: not one of {', '.join(VIEWS)}: {view!r}")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from dialoguetracker.gui.app import configure
    from dialoguetracker.gui.app_settings import AppSettings
    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.main_window import MainWindow
    from dialoguetracker.gui.operations import Operations
    from dialoguetracker.services import Services
    from dialoguetracker.services.meetings import list_meetings
    from dialoguetracker.store.engine import open_store

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    store = open_store(location)
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        settings.user_name = "screenshot"
        context = AppContext(
            Services(store, actor="screenshot"), Operations(), QUndoStack(), settings
        )
        window = MainWindow(context)
        window.resize(width, height)
        window.show()
        if view == "meeting":
            dialogue = window.navigator.current_dialogue()
            meetings = list_meetings(context.services, dialogue) if dialogue is not None else []
            upcoming = [m for m in meetings if m.status == "planned"] or meetings
            if upcoming:
                window.open_record("meeting", upcoming[0].id)
            else:
                window.show_view("meetings")
        else:
            window.show_view(view)
        for _ in range(5):
            app.processEvents()
        image = window.grab()
        window.close()
        store.close()
    if not image.save(str(out), "PNG"):
        raise UsageError(f"--out: cannot write a PNG to {out}")
    return out
