"""The line across the top of the window that says what a server lets this login do, when it
is less than everything: read only, or read only what is shared with the counterpart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from dialoguetracker.gui.placeholders import filled

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.main_window import MainWindow

EDITING_ACTIONS = (
    "newMeeting",
    "newCommitment",
    "importInterchange",
    "importCalendar",
    "importSpreadsheet",
    "restoreStore",
)
"""The window's actions that only change the store."""


class AccessBanner(QFrame):
    def __init__(self, login: str, read_only: bool, shared_only: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("accessBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        information = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(information.pixmap(size, size))
        self.text = QLabel(self)
        self.text.setObjectName("accessBannerText")
        self.text.setWordWrap(True)
        said = []
        if shared_only:
            said.append(
                filled(
                    self.tr(
                        "Your login %1 reads only what is shared with the counterpart or "
                        "public: internal material is not shown, and what you export is for "
                        "the counterpart at most."
                    ),
                    login,
                )
            )
        if read_only:
            said.append(
                filled(
                    self.tr(
                        "Your login %1 may read this store but not change it; ask an "
                        "administrator of the store for the editor role to make changes."
                    ),
                    login,
                )
                if not shared_only
                else self.tr("It may not change the store.")
            )
        self.text.setText(" ".join(said))
        self.setAccessibleName(self.tr("What your login may do"))
        self.setAccessibleDescription(self.text.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(icon)
        layout.addWidget(self.text, 1)


def show_access(window: MainWindow, context: AppContext) -> AccessBanner | None:
    """On a server that lets this login do less than everything: say so above the window's
    views, and take away what it may not do; the banner, or None when it may do everything."""
    store = context.services.store
    if store.login is None or not (store.read_only or store.shared_only):
        return None
    banner = AccessBanner(store.login, store.read_only, store.shared_only, window)
    splitter = window.takeCentralWidget()  # kept: setting another would delete it
    framed = QWidget(window)
    layout = QVBoxLayout(framed)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    if splitter is not None:
        layout.addWidget(splitter, 1)
    window.setCentralWidget(framed)
    if store.read_only:
        for view in window.views.values():
            view.offer_no_edits()
        for name in EDITING_ACTIONS:
            action = window.findChild(QAction, name)
            if action is not None:
                action.setEnabled(False)
    return banner
