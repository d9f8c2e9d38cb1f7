"""The audit trail as a read-only table, newest change first.

Each row is one recorded change: when (in the user's time zone), who, which part of the record,
what was done and the values before and after, flattened to one line; the full values and the
UTC time are in the tooltips.
"""

from __future__ import annotations

from datetime import UTC
from typing import ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from dialoguetracker.domain.records import AuditEntry
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.trail.words import action_name, entity_name, field_name, value_text
from dialoguetracker.gui.vocabulary import clock_text, day_text
from dialoguetracker.gui.widgets.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
CELL_WIDTH = 120
"""Characters a before/after cell shows before it is cut; the tooltip has the rest."""


class TrailModel(HeaderedTableModel[AuditEntry]):
    WHEN, WHO, PART, CHANGE, BEFORE, AFTER = range(6)
    HEADER_CONTEXT = "TrailModel"
    HEADERS: ClassVar[tuple[object, ...]] = (
        QT_TRANSLATE_NOOP("TrailModel", "When"),
        QT_TRANSLATE_NOOP("TrailModel", "Who"),
        QT_TRANSLATE_NOOP("TrailModel", "Part"),
        QT_TRANSLATE_NOOP("TrailModel", "Change"),
        QT_TRANSLATE_NOOP("TrailModel", "Before"),
        QT_TRANSLATE_NOOP("TrailModel", "After"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entity = ""
        self.entity_id = 0

    def set_trail(self, entity: str, entity_id: int, entries: list[AuditEntry]) -> None:
        """Show one record's trail (given oldest first, as the service reads it)."""
        self.beginResetModel()
        self.entity, self.entity_id = entity, entity_id
        self.rows = list(reversed(entries))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        entry = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        return None

    def text(self, entry: AuditEntry, column: int) -> str:
        if column == self.WHEN:
            local = entry.at.astimezone()
            return f"{day_text(local.date())} {clock_text(local)}"
        if column == self.WHO:
            return entry.actor
        if column == self.PART:
            return self.part(entry)
        if column == self.CHANGE:
            action = action_name(entry.action)
            if not entry.field:
                return action
            pattern = QCoreApplication.translate(
                "Trail", "%1 %2", "what was done, then the field it was done to: Changed title"
            )
            return filled(pattern, action, field_name(entry.field))
        if column in (self.BEFORE, self.AFTER):
            value = entry.old if column == self.BEFORE else entry.new
            return _one_line(value_text(entry.field, value))
        return ""

    def part(self, entry: AuditEntry) -> str:
        """Which part of the record changed: the record itself, or a named part of it."""
        kind = entity_name(entry.entity)
        if entry.entity == self.entity and entry.entity_id == self.entity_id:
            return kind
        if entry.subject:
            return f"{kind} “{_one_line(entry.subject, 60)}”"
        return kind

    def _tooltip(self, entry: AuditEntry, column: int) -> str | None:
        if column == self.WHEN:
            return entry.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        if column in (self.BEFORE, self.AFTER):
            value = entry.old if column == self.BEFORE else entry.new
            return value_text(entry.field, value) or None
        if column == self.PART and entry.subject:
            return entry.subject
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _one_line(text: str, width: int = CELL_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
