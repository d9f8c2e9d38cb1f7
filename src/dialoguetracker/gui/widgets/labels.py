"""The marks internal items carry, the labels that head a page or a band, and combo boxes.

The on-screen words of the closed vocabularies are in :mod:`dialoguetracker.gui.vocabulary`.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from dialoguetracker.domain.enums import Handling
from dialoguetracker.gui.vocabulary import handling_name

INTERNAL_COLOR = "#a93226"
ALERT_STYLE = f"color: {INTERNAL_COLOR}; font-weight: bold;"
"""A line that must be read: a problem, or a warning about who will see a document."""
INTERNAL_BACKGROUND = "#fdedec"


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


def heading_label(name: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    """A page's large bold heading: wrapped, its font ``scale`` times the label's own."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
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
