"""Asking before a step that undo cannot fully take back, without blocking the event loop.

The question opens window-modal with ``open()`` and calls ``proceed`` only if the user agrees,
so a test replaces the whole function (``confirm=``) instead of answering a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Confirm = Callable[[QWidget, str, str, Callable[[], None]], None]
"""(parent, question, the yes button's text, proceed)."""


def ask(parent: QWidget, question: str, yes: str, proceed: Callable[[], None]) -> None:
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.window().windowTitle())
    box.setText(question)
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered() -> None:
        if box.clickedButton() is accept:
            proceed()

    box.finished.connect(lambda _result: answered())
    box.open()
