"""Changing a status in place: a combo box in the status cell (F2, double click, or typing)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.gui.vocabulary import status_name

Index = QModelIndex | QPersistentModelIndex


class StatusCombo(QComboBox):
    """A combo that tells a choice (a click or Enter in its list) from stepping through the
    items with the arrow keys while closed, which only moves the selection until Enter."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stepping = False
        self.activated.connect(self._activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        self._stepping = True
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False

    def _activated(self, _row: int) -> None:
        if not self._stepping:
            self.chosen.emit()


class StatusDelegate(QStyledItemDelegate):
    def createEditor(  # noqa: N802 (Qt's name)
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        combo = StatusCombo(parent)
        combo.setObjectName("statusEditor")
        combo.setAccessibleName(self.tr("Status"))
        for status in CommitmentStatus:
            combo.addItem(status_name(status), status.value)
        # Choosing an item in the list is the whole edit: commit it and close, as a menu
        # would; after stepping with the arrow keys, Enter commits (the delegate's filter).
        combo.chosen.connect(lambda: self._finish(combo))
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
