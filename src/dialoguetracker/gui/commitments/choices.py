"""Combo boxes filled with the vocabularies and records a commitment form offers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling
from dialoguetracker.domain.records import Topic
from dialoguetracker.gui.commitments.marks import lock_icon
from dialoguetracker.gui.vocabulary import handling_name, side_name, status_name

if TYPE_CHECKING:
    from dialoguetracker.services.commitment_lookup import Choice


def combo(name: str, accessible: str, parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Make the item holding ``value`` current (the first item when none does)."""
    position = box.findData(value)
    box.setCurrentIndex(max(position, 0))


def fill_statuses(box: QComboBox, statuses: Iterable[CommitmentStatus] = CommitmentStatus) -> None:
    for status in statuses:
        box.addItem(status_name(status), status.value)


def fill_handling(box: QComboBox) -> None:
    for handling in (Handling.INTERNAL, Handling.COUNTERPART, Handling.PUBLIC):
        if handling is Handling.INTERNAL:
            box.addItem(lock_icon(), handling_name(handling), handling.value)
        else:
            box.addItem(handling_name(handling), handling.value)


def fill_sides(box: QComboBox, parties: Iterable[str]) -> None:
    for code in parties:
        box.addItem(side_name(code), code)
    box.addItem(side_name(JOINT), JOINT)


def fill_topics(box: QComboBox, topics: Iterable[Topic], none_text: str) -> None:
    box.addItem(none_text, None)
    for topic in topics:
        box.addItem(topic.name, topic.id)


def fill_records(box: QComboBox, choices: Iterable[Choice], none_text: str) -> None:
    """Meetings or documents as "2022-08-10 · Title", newest first, after a "none" item."""
    box.addItem(none_text, None)
    for choice in choices:
        label = choice.title if choice.on is None else f"{choice.on.isoformat()} · {choice.title}"
        box.addItem(label, choice.id)
        box.setItemData(box.count() - 1, choice.title, Qt.ItemDataRole.ToolTipRole)


def no_change_text() -> str:
    return QCoreApplication.translate("Commitments", "No change")
