"""The directory tree: parties, their organizations, and the people in each.

People without an organization sit directly under their party, after its organizations.
A rebuild keeps the current record and the user's opened and closed branches.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Organization, Party, Person
from dialoguetracker.gui.placeholders import filled

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

PARTY, ORGANIZATION, PERSON = RecordKind.PARTY, RecordKind.ORGANIZATION, RecordKind.PERSON

Key = tuple[str, int]


def _people_count(count: int) -> str:
    if count == 1:
        return QCoreApplication.translate("PeopleTree", "1 person")
    return filled(QCoreApplication.translate("PeopleTree", "%1 people"), str(count))


class PeopleTree(QTreeView):
    record_selected = Signal(str, int)
    """(kind, id) of the record that became current: "party", "organization" or "person"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peopleTree")
        self.setAccessibleName(self.tr("Parties, organizations and people"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.items = QStandardItemModel(self)
        self.items.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Title")])
        self.setModel(self.items)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        self._by_key: dict[Key, QStandardItem] = {}
        self._collapsed: set[Key] = set()
        self._quiet = False
        self.collapsed.connect(lambda index: self._note(index, collapsed=True))
        self.expanded.connect(lambda index: self._note(index, collapsed=False))
        self.selectionModel().currentChanged.connect(self._current_changed)

    # -- building --------------------------------------------------------------------------

    def rebuild(
        self,
        parties: Sequence[Party],
        organizations: Sequence[Organization],
        people: Sequence[Person],
    ) -> None:
        current = self.current_key()
        self._quiet = True
        try:
            self._fill(parties, organizations, people)
            for key, item in self._by_key.items():
                if key[0] != PERSON and key not in self._collapsed:
                    self.setExpanded(item.index(), True)
            if current is not None and current in self._by_key:
                self.select(*current, notify=False)
        finally:
            self._quiet = False

    def _fill(
        self,
        parties: Sequence[Party],
        organizations: Sequence[Organization],
        people: Sequence[Person],
    ) -> None:
        self.items.removeRows(0, self.items.rowCount())
        self._by_key = {}
        party_items: dict[str, QStandardItem] = {}
        for party in parties:
            row = self._row(PARTY, party.id, f"{party.name} ({party.code})")
            party_items[party.code] = row[0]
            self.items.appendRow(row)
        org_items: dict[int, QStandardItem] = {}
        for organization in organizations:
            parent = party_items.get(organization.party)
            if parent is not None:
                row = self._row(ORGANIZATION, organization.id, organization.name)
                org_items[organization.id] = row[0]
                parent.appendRow(row)
        loose: list[tuple[QStandardItem, list[QStandardItem]]] = []
        for person in people:
            row = self._row(PERSON, person.id, person.name, person.title or "")
            organization_item = (
                None if person.organization_id is None else org_items.get(person.organization_id)
            )
            if organization_item is not None:
                organization_item.appendRow(row)
            elif person.party in party_items:
                loose.append((party_items[person.party], row))
        for parent, row in loose:
            parent.appendRow(row)
        for key, item in self._by_key.items():
            if key[0] != PERSON:
                sibling = item.index().siblingAtColumn(1)
                self.items.setData(sibling, _people_count(self._people_under(item)))

    def _row(self, kind: str, record_id: int, name: str, second: str = "") -> list[QStandardItem]:
        first = QStandardItem(name)
        first.setData(kind, KIND_ROLE)
        first.setData(record_id, ID_ROLE)
        first.setToolTip(name)
        other = QStandardItem(second)
        other.setToolTip(second)
        if kind != PERSON:
            font = first.font()
            font.setBold(kind == PARTY)
            first.setFont(font)
        self._by_key[(kind, record_id)] = first
        return [first, other]

    def _people_under(self, item: QStandardItem) -> int:
        count = 0
        for row in range(item.rowCount()):
            child = item.child(row)
            if child.data(KIND_ROLE) == PERSON:
                count += 1
            else:
                count += self._people_under(child)
        return count

    def _note(self, index: QModelIndex, *, collapsed: bool) -> None:
        key = self._key(index)
        if key is None:
            return
        if collapsed:
            self._collapsed.add(key)
        else:
            self._collapsed.discard(key)

    # -- selection -------------------------------------------------------------------------

    @staticmethod
    def _key(index: QModelIndex) -> Key | None:
        if not index.isValid():
            return None
        first = index.siblingAtColumn(0)
        kind, record_id = first.data(KIND_ROLE), first.data(ID_ROLE)
        return None if kind is None else (str(kind), int(record_id))

    def current_key(self) -> Key | None:
        return self._key(self.currentIndex())

    def first_person(self) -> Key | None:
        """The first person in the tree's order, to show when nothing is chosen yet."""
        return next((key for key in self._tree_order() if key[0] == PERSON), None)

    def _tree_order(self) -> list[Key]:
        found: list[Key] = []

        def walk(item: QStandardItem) -> None:
            for row in range(item.rowCount()):
                child = item.child(row)
                key = self._key(child.index())
                if key is not None:
                    found.append(key)
                walk(child)

        walk(self.items.invisibleRootItem())
        return found

    def item_for(self, kind: str, record_id: int) -> QStandardItem | None:
        return self._by_key.get((kind, record_id))

    def select(self, kind: str, record_id: int, *, notify: bool = True) -> bool:
        """Make a record current, opening its branches and scrolling to it."""
        item = self._by_key.get((kind, record_id))
        if item is None:
            return False
        parent: QStandardItem | None = item.parent()
        while parent is not None:
            self.setExpanded(parent.index(), True)
            parent = parent.parent()
        quiet = self._quiet
        self._quiet = quiet or not notify
        try:
            self.setCurrentIndex(item.index())
        finally:
            self._quiet = quiet
        self.scrollTo(item.index())
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        key = self._key(current)
        if key is not None:
            self.record_selected.emit(*key)

    def party_of(self, key: Key | None) -> int | None:
        """The id of the party a record sits under (itself, for a party)."""
        item = None if key is None else self._by_key.get(key)
        while item is not None and item.data(KIND_ROLE) != PARTY:
            item = item.parent()
        return None if item is None else int(item.data(ID_ROLE))

    def organization_of(self, key: Key | None) -> int | None:
        item = None if key is None else self._by_key.get(key)
        while item is not None and item.data(KIND_ROLE) == PERSON:
            item = item.parent()
        if item is None or item.data(KIND_ROLE) != ORGANIZATION:
            return None
        return int(item.data(ID_ROLE))
