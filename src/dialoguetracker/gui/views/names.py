"""The main views' keys and names, for the View menu and the toolbar, without the views.

The window's menus and toolbar are built before the views exist (see
:meth:`~dialoguetracker.gui.main_window.MainWindow.dress`), and importing the views means
importing the services. The registry's classes carry the same keys and titles (a test holds
the two lists equal).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MAIN_VIEW_NAMES: tuple[tuple[str, str], ...] = (
    ("overview", str(QT_TRANSLATE_NOOP("View", "Overview"))),
    ("meetings", str(QT_TRANSLATE_NOOP("View", "Meetings"))),
    ("commitments", str(QT_TRANSLATE_NOOP("View", "Commitments"))),
    ("people", str(QT_TRANSLATE_NOOP("View", "People & delegations"))),
    ("documents", str(QT_TRANSLATE_NOOP("View", "Documents"))),
)
"""(key, source text of the name, translated in the ``View`` context), in menu order."""
MEETING_EDITOR_KEY = "meeting"
PORTFOLIO_NAME: tuple[str, str] = ("portfolio", str(QT_TRANSLATE_NOOP("View", "All dialogues")))
"""The view shown in place of the Overview while *All dialogues* is chosen."""
