"""How the closed vocabularies read on screen, and the mark internal items carry.

The source texts are marked with ``QT_TRANSLATE_NOOP`` so that lupdate finds them; they are
translated when shown, in the ``Labels`` context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, DocumentKind, Handling

CONTEXT = "Labels"

INTERNAL_COLOR = "#a93226"
INTERNAL_BACKGROUND = "#fdedec"

_HANDLING = {
    Handling.INTERNAL: QT_TRANSLATE_NOOP("Labels", "Internal"),
    Handling.COUNTERPART: QT_TRANSLATE_NOOP("Labels", "Counterpart"),
    Handling.PUBLIC: QT_TRANSLATE_NOOP("Labels", "Public"),
}
_STATUS = {
    CommitmentStatus.PROPOSED: QT_TRANSLATE_NOOP("Labels", "Proposed"),
    CommitmentStatus.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
    CommitmentStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    CommitmentStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    CommitmentStatus.DEFERRED: QT_TRANSLATE_NOOP("Labels", "Deferred"),
    CommitmentStatus.DROPPED: QT_TRANSLATE_NOOP("Labels", "Dropped"),
    CommitmentStatus.REFERRED: QT_TRANSLATE_NOOP("Labels", "Referred"),
}
_KIND = {
    DocumentKind.JOINT_STATEMENT: QT_TRANSLATE_NOOP("Labels", "Joint statement"),
    DocumentKind.READOUT: QT_TRANSLATE_NOOP("Labels", "Readout"),
    DocumentKind.FACT_SHEET: QT_TRANSLATE_NOOP("Labels", "Fact sheet"),
    DocumentKind.MINUTES: QT_TRANSLATE_NOOP("Labels", "Minutes"),
}
_JOINT = QT_TRANSLATE_NOOP("Labels", "Joint")


def _tr(text: object) -> str:
    """``QT_TRANSLATE_NOOP`` is typed as returning ``object``; its value is the source text."""
    return QCoreApplication.translate(CONTEXT, str(text))


def handling_name(handling: Handling) -> str:
    return _tr(_HANDLING[handling])


def status_name(status: CommitmentStatus) -> str:
    return _tr(_STATUS[status])


def kind_name(kind: DocumentKind) -> str:
    return _tr(_KIND[kind])


def side_name(side: str | None) -> str:
    """A party code reads as itself; the joint side reads as the word for it."""
    if side is None:
        return ""
    return _tr(_JOINT) if side == JOINT else side


def internal_brush() -> QBrush:
    return QBrush(QColor(INTERNAL_COLOR))


def internal_background() -> QBrush:
    return QBrush(QColor(INTERNAL_BACKGROUND))


def mark_banner(label: QLabel, internal: bool = True) -> QLabel:
    """Style a label as the band that heads internal material (or a neutral notice)."""
    label.setWordWrap(True)
    label.setMargin(6)
    if internal:
        label.setStyleSheet(
            f"background: {INTERNAL_COLOR}; color: white; font-weight: bold; border-radius: 3px;"
        )
    else:
        label.setStyleSheet("background: palette(alternate-base); border-radius: 3px;")
    return label


def fill_choices(combo: QComboBox, choices: dict[object, str]) -> QComboBox:
    combo.clear()
    for value, text in choices.items():
        combo.addItem(text, value)
    return combo


def handling_combo(parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    return fill_choices(combo, {handling: handling_name(handling) for handling in Handling})


def select_data(combo: QComboBox, value: object) -> None:
    """Make the entry carrying ``value`` current (the first entry when none carries it)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))
