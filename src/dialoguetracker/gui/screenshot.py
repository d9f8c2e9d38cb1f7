"""``dialoguetracker screenshot``: one view of the application rendered offscreen to a PNG,
for the user guide and for smoke tests. It reads the store and changes nothing, and uses
settings of its own so the user's window layout is neither used nor altered."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QPalette, QPixmap
    from PySide6.QtWidgets import QApplication

    from dialoguetracker.gui.app_settings import AppSettings
    from dialoguetracker.gui.main_window import MainWindow

VIEWS = (
    *("overview", "meetings", "meeting", "commitments", "people", "documents"),
    *("portfolio", "compliance"),
)


def dark_palette() -> QPalette:
    """A dark palette like the desktops' dark themes, to check views read in both."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#2f65ca",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
        QPalette.ColorRole.Link: "#7fb2ff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette


def render(
    location: str,
    view: str,
    out: Path,
    width: int = 1280,
    height: int = 800,
    palette: str = "light",
    language: str = "en",
) -> Path:
    """``view`` of the store at ``location`` as a PNG at ``out``, in ``language``."""
    if view not in VIEWS:
        raise UsageError(
            translate("CommandLine", "--view: not one of {views}: {view!r}").format(
                views=", ".join(VIEWS),
                view=view,
            )
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from dialoguetracker.gui import translations
    from dialoguetracker.gui.app import configure

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure(app)
    installed = translations.install(app, language)
    try:
        return _render(app, location, view, out, (width, height), palette)
    finally:
        translations.uninstall(app, installed)


def _render(
    app: QApplication, location: str, view: str, out: Path, size: tuple[int, int], palette: str
) -> Path:
    from PySide6.QtCore import QSettings

    from dialoguetracker.gui.app import first_screen
    from dialoguetracker.gui.app_settings import AppSettings
    from dialoguetracker.gui.main_window import MainWindow

    width, height = size
    if palette == "dark":
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        settings.user_name = "screenshot"
        if view in ("overview", "commitments"):
            # what the program shows first, before its services are loaded (the same records)
            settings.last_view = view
            frame = MainWindow(settings=settings)
            frame.resize(width, height)
            if first_screen(frame, location):
                return _save(_grab(app, frame), out)
            frame.close()
        return _save(_whole_window(app, location, view, settings, width, height), out)


def _whole_window(
    app: QApplication, location: str, view: str, settings: AppSettings, width: int, height: int
) -> QPixmap:
    """The window with its services, on ``view`` (``meeting``: the next planned meeting;
    ``portfolio``: *All dialogues*; ``compliance``: the Commitments view on its first
    commitment's Compliance tab)."""
    from PySide6.QtGui import QUndoStack

    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.main_window import MainWindow
    from dialoguetracker.gui.operations import Operations
    from dialoguetracker.services import Services
    from dialoguetracker.services.meetings import list_meetings
    from dialoguetracker.store.engine import open_store

    store = open_store(location)
    if view == "portfolio":
        settings.all_dialogues = True  # as a user who left it there opens it again
    try:
        context = AppContext(
            Services(store, actor="screenshot"), Operations(), QUndoStack(), settings
        )
        window = MainWindow(context)
        window.resize(width, height)
        if view == "portfolio":
            window.show_portfolio()
        elif view == "compliance":
            _compliance_tab(window)
        elif view == "meeting":
            dialogue = window.navigator.current_dialogue()
            meetings = list_meetings(context.services, dialogue) if dialogue is not None else []
            upcoming = [m for m in meetings if m.status == "planned"] or meetings
            if upcoming:
                window.open_record("meeting", upcoming[0].id)
            else:
                window.show_view("meetings")
        else:
            window.show_view(view)
        return _grab(app, window)
    finally:
        store.close()


def _compliance_tab(window: MainWindow) -> None:
    from dialoguetracker.gui.views.commitments_view import CommitmentsView

    view = window.show_view("commitments")
    if isinstance(view, CommitmentsView):
        view.detail.sides.setCurrentWidget(view.compliance)


def _grab(app: QApplication, window: MainWindow) -> QPixmap:
    window.show()
    for _ in range(5):
        app.processEvents()
    image = window.grab()
    window.close()
    return image


PNG_QUALITY = 80
"""Qt's PNG quality, which picks zlib's level: 80 is level 1, which for a window's flat
colours writes a file no larger than Qt's default level in two thirds of the time."""


def _save(image: QPixmap, out: Path) -> Path:
    if not image.save(str(out), "PNG", PNG_QUALITY):
        raise UsageError(
            translate("CommandLine", "--out: cannot write a PNG to {path}").format(path=out)
        )
    return out
