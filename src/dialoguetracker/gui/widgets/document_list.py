"""A list of outcome documents: title, kind, date, language and handling, internal ones
marked. A meeting's Documents tab lists its documents flat; the Documents view groups a whole
dialogue's documents under their meetings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.records import Document
from dialoguetracker.gui.vocabulary import handling_name, kind_name
from dialoguetracker.gui.widgets.labels import internal_background, internal_brush

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, KIND, DATE, LANGUAGE, HANDLING = range(5)


class DocumentList(QTreeWidget):
    current_document_changed = Signal(object)
    """The id of the document now current, or None."""

    def __init__(self, parent: QWidget | None = None, grouped: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("documentList")
        self.setAccessibleName(self.tr("Documents"))
        self.grouped = grouped
        self.setHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Date"),
                self.tr("Language"),
                self.tr("Handling"),
            ]
        )
        self.setRootIsDecorated(grouped)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(not grouped)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(TITLE, self.header().ResizeMode.Stretch)
        # Grouped, the list shares the width with the text; the language is in the details.
        self.setColumnHidden(LANGUAGE, grouped)
        self.currentItemChanged.connect(self._current_changed)

    def set_documents(
        self, documents: Sequence[Document], meeting_labels: Mapping[int, str] | None = None
    ) -> None:
        """Show ``documents`` (grouped under ``meeting_labels`` when the list is grouped),
        keeping the current one current when it is still listed."""
        keep = self.current_document_id()
        self.blockSignals(True)
        try:
            self.clear()
            groups: dict[int, QTreeWidgetItem] = {}
            for document in documents:
                item = self._item(document)
                if not self.grouped:
                    self.addTopLevelItem(item)
                    continue
                group = groups.get(document.meeting_id)
                if group is None:
                    group = self._group((meeting_labels or {}).get(document.meeting_id, ""))
                    groups[document.meeting_id] = group
                group.addChild(item)
            self.expandAll()
            for column in (KIND, DATE, LANGUAGE, HANDLING):
                self.resizeColumnToContents(column)
        finally:
            self.blockSignals(False)
        if keep is None or not self.select(keep):
            self.current_document_changed.emit(None)

    def _group(self, label: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem([label])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setToolTip(0, label)
        bold = QFont(self.font())
        bold.setBold(True)
        group.setFont(0, bold)
        self.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        return group

    def _item(self, document: Document) -> QTreeWidgetItem:
        texts = [
            document.title,
            kind_name(document.kind),
            document.date.isoformat() if document.date else "",
            document.language or "",
            handling_name(document.handling),
        ]
        item = QTreeWidgetItem(texts)
        item.setData(0, ID_ROLE, document.id)
        item.setToolTip(TITLE, document.title)
        if document.handling is Handling.INTERNAL:
            bold = QFont(self.font())
            bold.setBold(True)
            item.setFont(HANDLING, bold)
            for column in range(len(texts)):
                item.setForeground(column, internal_brush())
                item.setBackground(column, internal_background())
            item.setToolTip(HANDLING, self.tr("Internal: our side only, never shared"))
        return item

    def current_document_id(self) -> int | None:
        item = self.currentItem()
        found = None if item is None else item.data(0, ID_ROLE)
        return None if found is None else int(found)

    def document_items(self) -> list[QTreeWidgetItem]:
        """The rows that are documents (not meeting headings), in the order shown."""
        found = []
        for row in range(self.topLevelItemCount()):
            top = self.topLevelItem(row)
            if top is None:
                continue
            if top.data(0, ID_ROLE) is not None:
                found.append(top)
            children = (top.child(index) for index in range(top.childCount()))
            found.extend(child for child in children if child is not None)
        return found

    def document_ids(self) -> list[int]:
        return [int(item.data(0, ID_ROLE)) for item in self.document_items()]

    def select(self, document_id: int) -> bool:
        """Make the document current and scroll to it; False when it is not listed."""
        for item in self.document_items():
            if item.data(0, ID_ROLE) == document_id:
                if item is self.currentItem():
                    self.current_document_changed.emit(document_id)
                else:
                    self.setCurrentItem(item)
                self.scrollToItem(item)
                return True
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.current_document_changed.emit(self.current_document_id())
