"""Showing records without offering to change them: for a login a shared server lets change
nothing. Fields stay readable and selectable (a value can still be copied); what only edits —
choices, ticks, buttons — is disabled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def show_read_only(*areas: QWidget) -> None:
    """Every editing control in ``areas`` (and below them) read-only or disabled."""
    for area in areas:
        for edit in area.findChildren(QLineEdit):
            edit.setReadOnly(True)
        for plain in area.findChildren(QPlainTextEdit):
            plain.setReadOnly(True)
        for rich in area.findChildren(QTextEdit):
            rich.setReadOnly(True)
        for spin in area.findChildren(QAbstractSpinBox):
            spin.setReadOnly(True)
        for control in (*area.findChildren(QComboBox), *area.findChildren(QAbstractButton)):
            control.setEnabled(False)
