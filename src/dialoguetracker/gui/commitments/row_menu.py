"""The context menu of a commitment row (also on the keyboard's menu key and Shift+F10):
the view's actions, then every status, the current one checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.vocabulary import status_name


def row_menu(
    parent: QWidget,
    commitment: Commitment,
    actions: Iterable[QAction],
    set_status: Callable[[Commitment, CommitmentStatus], None],
) -> QMenu:
    menu = QMenu(parent)
    menu.setObjectName("commitmentMenu")
    menu.addActions(list(actions))
    statuses = menu.addMenu(QCoreApplication.translate("Commitments", "Set &status"))
    statuses.setObjectName("statusMenu")
    for status in CommitmentStatus:
        choice = statuses.addAction(status_name(status))
        choice.setObjectName(f"status_{status.value}")
        choice.setCheckable(True)
        choice.setChecked(status == commitment.status)
        choice.triggered.connect(
            lambda _checked=False, chosen=status: set_status(commitment, chosen)
        )
    return menu
