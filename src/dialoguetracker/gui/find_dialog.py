"""Find (Ctrl+F): one box over titles, notes, outcomes, commitment texts and updates.

Results are grouped by kind; Enter or a double click opens the record where it lives. The
search runs as the user types, after a short pause, and asks for at most a few hundred hits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.services.agenda import get_agenda_item
from dialoguetracker.services.search import search

KIND_NAMES = {
    RecordKind.MEETING: QT_TRANSLATE_NOOP("FindDialog", "Meetings"),
    RecordKind.AGENDA_ITEM: QT_TRANSLATE_NOOP("FindDialog", "Agenda items"),
    RecordKind.COMMITMENT: QT_TRANSLATE_NOOP("FindDialog", "Commitments"),
    RecordKind.UPDATE: QT_TRANSLATE_NOOP("FindDialog", "Progress updates"),
    RecordKind.DOCUMENT: QT_TRANSLATE_NOOP("FindDialog", "Documents"),
    RecordKind.PERSON: QT_TRANSLATE_NOOP("FindDialog", "People"),
}
"""How each kind of hit is headed (source text, translated in the ``FindDialog`` context)."""
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_HITS = 300


class FindDialog(QDialog):
    open_requested = Signal(str, int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("findDialog")
        self.setWindowTitle(self.tr("Find"))
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(
            self.tr("Words in titles, notes, outcomes, commitments, updates…")
        )
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setHeaderHidden(True)
        self.results.itemActivated.connect(self._open)
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.status)
        self.resize(560, 420)
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(200)
        self.pause.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self.pause.start())
        self.query.returnPressed.connect(self._enter)

    def run_search(self) -> None:
        self.pause.stop()
        self.results.clear()
        words = self.query.text().strip()
        if not words:
            self.status.setText("")
            return
        try:
            hits = search(self.context.services, words, limit=MAX_HITS)
        except ValidationError as error:
            self.status.setText(said(error.problem))
            return
        groups: dict[RecordKind, QTreeWidgetItem] = {}
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QTreeWidgetItem(
                    self.results, [self.tr(str(KIND_NAMES.get(hit.kind, hit.kind)))]
                )
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[hit.kind] = group
            item = QTreeWidgetItem(group, [hit.title])
            item.setData(0, HIT_ROLE, (hit.kind, hit.record_id))
            item.setToolTip(0, hit.title)
        self.results.expandAll()
        count = len(hits)
        if count == 0:
            self.status.setText(self.tr("No match"))
        elif count == 1:
            self.status.setText(self.tr("1 match"))
        else:
            self.status.setText(filled(self.tr("%1 matches"), str(count)))
        first = next((groups[kind].child(0) for kind in groups), None)
        if first is not None:
            self.results.setCurrentItem(first)

    def _enter(self) -> None:
        if self.pause.isActive() or self.results.topLevelItemCount() == 0:
            self.run_search()
        current = self.results.currentItem()
        if current is not None:
            self._open(current)

    def _open(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is None:
            return
        kind, record_id = RecordKind(hit[0]), int(hit[1])
        if kind is RecordKind.AGENDA_ITEM:  # an agenda item is edited in its meeting
            kind, record_id = (
                RecordKind.MEETING,
                get_agenda_item(self.context.services, record_id).meeting_id,
            )
        self.open_requested.emit(kind, record_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Down and self.query.hasFocus():
            self.results.setFocus()
            return
        super().keyPressEvent(event)
