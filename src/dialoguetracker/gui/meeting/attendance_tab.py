"""The meeting's Attendance tab: the delegations side by side in one list, each party's head
of delegation first; people of either party added from a picker or typed in new; role and
presence changed; people removed. Every change is one undoable service call."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.enums import Presence, Role
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import Attendance, Person, PersonDraft
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.meeting.attendance_edits import AttendanceEdits
from dialoguetracker.gui.meeting.person_form import NewPersonForm
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import ATTENDANCE, PARTIES, PEOPLE, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import presence_name, role_name
from dialoguetracker.gui.widgets.labels import select_data
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.dialogues import get_dialogue
from dialoguetracker.services.directory import list_organizations, list_parties, list_people

ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, ROLE, PRESENCE, AFFILIATION = range(4)


class AttendanceTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "&Attendance"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meetingAttendanceTab")
        self.edits = AttendanceEdits(context)
        self.people: dict[int, Person] = {}
        self.rows: list[Attendance] = []

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("attendanceTree")
        self.tree.setAccessibleName(self.tr("Delegations, head of delegation first"))
        self.tree.setHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Presence"), self.tr("Organization, title")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setColumnWidth(NAME, 360)
        self.tree.setColumnWidth(ROLE, 150)
        self.tree.setColumnWidth(PRESENCE, 90)
        self.tree.currentItemChanged.connect(lambda _now, _before: self._show_selected())
        remove_action = QAction(self)
        remove_action.setObjectName("attendanceRemoveAction")
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(lambda _checked=False: self.remove_selected())
        self.tree.addAction(remove_action)

        self.role = self._combo("attendanceRole", self.tr("Role of the selected person"), Role)
        self.role.activated.connect(lambda _index: self.change_selected("role"))
        self.presence = self._combo(
            "attendancePresence", self.tr("Presence of the selected person"), Presence
        )
        self.presence.activated.connect(lambda _index: self.change_selected("presence"))
        self.remove_button = QPushButton(self.tr("Re&move from the delegation"), self)
        self.remove_button.setObjectName("attendanceRemove")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        selected = QHBoxLayout()
        for text, widget in (
            (self.tr("R&ole:"), self.role),
            (self.tr("Presen&ce:"), self.presence),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            selected.addWidget(row_label)
            selected.addWidget(widget)
        selected.addWidget(self.remove_button)
        selected.addStretch(1)

        self.person = QComboBox(self)
        self.person.setObjectName("attendancePerson")
        self.person.setAccessibleName(self.tr("Person to add"))
        self.person.setPlaceholderText(self.tr("Everyone known is listed already"))
        self.new_role = self._combo("attendanceNewRole", self.tr("Role of the person to add"), Role)
        select_data(self.new_role, Role.MEMBER.value)
        self.add_button = QPushButton(self.tr("Add &to the delegation"), self)
        self.add_button.setObjectName("attendanceAdd")
        self.add_button.clicked.connect(lambda: self.add_selected_person())
        picker = QGroupBox(self.tr("Add someone already known"), self)
        picker_layout = QGridLayout(picker)
        person_label = QLabel(self.tr("&Person:"), picker)
        person_label.setBuddy(self.person)
        role_label = QLabel(self.tr("Ro&le:"), picker)
        role_label.setBuddy(self.new_role)
        picker_layout.addWidget(person_label, 0, 0)
        picker_layout.addWidget(self.person, 0, 1)
        picker_layout.addWidget(role_label, 1, 0)
        picker_layout.addWidget(self.new_role, 1, 1)
        picker_layout.addWidget(self.add_button, 2, 1)
        picker_layout.setColumnStretch(1, 1)
        picker_layout.setRowStretch(3, 1)
        message = QLabel(self)
        message.setObjectName("attendanceMessage")
        self.errors = FieldErrors(
            {"person": self.person, "role": self.role, "presence": self.presence}, message
        )

        self.new_person = NewPersonForm(self)
        self.new_person.submitted.connect(self.add_new_person)

        adding = QHBoxLayout()
        adding.addWidget(picker, 1)
        adding.addWidget(self.new_person, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(selected)
        layout.addWidget(message)
        layout.addLayout(adding)
        self.setTabOrder(self.tree, self.role)
        self.setTabOrder(self.role, self.presence)
        self.setTabOrder(self.presence, self.remove_button)
        self.setTabOrder(self.remove_button, self.person)
        self.setTabOrder(self.person, self.new_role)
        self.setTabOrder(self.new_role, self.add_button)
        self.setTabOrder(self.add_button, self.new_person.name)
        self._show_selected()

    def _combo(self, name: str, accessible: str, kind: type[Role] | type[Presence]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value in kind:
            text = role_name(value) if isinstance(value, Role) else presence_name(value)
            combo.addItem(text, value.value)
        return combo

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        chosen = self.selected()
        self.tree.clear()
        self.rows = []
        if meeting is None:
            self._show_selected()
            return
        services = self.context.services
        parties = list_parties(services)
        self.people = {person.id: person for person in list_people(services)}
        organizations = list_organizations(services)
        names = {organization.id: organization.name for organization in organizations}
        codes = list(get_dialogue(services, meeting.dialogue_id).parties)
        try:
            self.rows = list_attendance(services, meeting.id)
        except DialogueTrackerError:
            self.rows = []
        groups: dict[str, QTreeWidgetItem] = {}
        party_names = {party.code: party.name for party in parties}
        listed = {row.person_id for row in self.rows}
        for code in codes + sorted({self._party(row) for row in self.rows} - set(codes)):
            group = QTreeWidgetItem([f"{party_names.get(code, code)} ({code})"])
            font = QFont()
            font.setBold(True)
            group.setFont(NAME, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            groups[code] = group
        for row in self.rows:
            person = self.people.get(row.person_id)
            affiliation = ", ".join(
                part
                for part in (
                    names.get(person.organization_id or 0, "") if person else "",
                    (person.title or "") if person else "",
                )
                if part
            )
            item = QTreeWidgetItem(
                [
                    person.name if person else "?",
                    role_name(row.role),
                    presence_name(row.presence),
                    affiliation,
                ]
            )
            item.setData(NAME, ID_ROLE, row.id)
            item.setToolTip(NAME, person.name if person else "")
            if row.role is Role.HEAD:
                font = QFont()
                font.setBold(True)
                item.setFont(NAME, font)
            groups[self._party(row)].addChild(item)
        for group in groups.values():
            count = group.childCount()
            group.setText(
                ROLE,
                filled(self.tr("People: %1"), str(count)) if count else self.tr("no one yet"),
            )
            group.setExpanded(True)
        self._fill_picker(codes, listed)
        order = {code: index for index, code in enumerate(codes)}
        self.new_person.set_choices(
            sorted(parties, key=lambda party: (order.get(party.code, len(order)), party.code)),
            organizations,
        )
        if chosen is not None:
            self.select_attendance(self.edits.current(chosen.id))
        self._show_selected()

    def _party(self, row: Attendance) -> str:
        person = self.people.get(row.person_id)
        return person.party if person else "?"

    def _fill_picker(self, codes: list[str], listed: set[int]) -> None:
        chosen = self.person.currentData()
        self.person.clear()
        order = {code: index for index, code in enumerate(codes)}
        candidates = sorted(
            (person for person in self.people.values() if person.id not in listed),
            key=lambda person: (
                order.get(person.party, len(order)),
                person.party,
                person.name.casefold(),
            ),
        )
        for person in candidates:
            self.person.addItem(f"{person.party} — {person.name}", person.id)
        select_data(self.person, chosen)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {ATTENDANCE, PEOPLE, PARTIES, STORE}:
            self.reload()

    def selected(self) -> Attendance | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        row_id = item.data(NAME, ID_ROLE)
        for row in self.rows:
            if row.id == row_id:
                return row
        return None

    def select_attendance(self, row_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            if group is None:
                continue
            for child_index in range(group.childCount()):
                child = group.child(child_index)
                if child is not None and child.data(NAME, ID_ROLE) == row_id:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def _show_selected(self) -> None:
        row = self.selected()
        editable = self.meeting is not None and not self.locked
        for widget in (self.role, self.presence):
            widget.blockSignals(True)
        if row is not None:
            select_data(self.role, row.role.value)
            select_data(self.presence, row.presence.value)
        else:
            self.role.setCurrentIndex(-1)
            self.presence.setCurrentIndex(-1)
        for widget in (self.role, self.presence):
            widget.blockSignals(False)
        for control in (self.role, self.presence, self.remove_button):
            control.setEnabled(editable and row is not None)
        for control in (self.person, self.new_role):
            control.setEnabled(editable)
        self.add_button.setEnabled(editable and self.person.count() > 0)
        self.new_person.set_read_only(not editable)

    # -- edits ------------------------------------------------------------------------------

    def _name(self, person_id: int) -> str:
        person = self.people.get(person_id)
        return person.name if person else "?"

    def _refuse(self, field: str, error: DialogueTrackerError, errors: FieldErrors) -> None:
        errors.show(
            error if isinstance(error, ValidationError) else ValidationError(field, error.message)
        )

    def add_selected_person(self) -> Attendance | None:
        person_id = self.person.currentData()
        if self.meeting is None or self.locked or not person_id:
            return None
        return self.add_person(int(person_id), Role(self.new_role.currentData()))

    def add_person(self, person_id: int, role: Role = Role.MEMBER) -> Attendance | None:
        if self.meeting is None or self.locked:
            return None
        try:
            row = self.edits.add(self.meeting.id, person_id, role, self._name(person_id))
        except DialogueTrackerError as error:
            self._refuse("person", error, self.errors)
            return None
        self.errors.clear()
        self.select_attendance(row.id)
        return row

    def add_new_person(self, draft: PersonDraft) -> Attendance | None:
        if self.meeting is None or self.locked:
            return None
        role = Role(self.new_role.currentData())
        try:
            row = self.edits.add_new(self.meeting.id, draft, role)
        except DialogueTrackerError as error:
            self._refuse("name", error, self.new_person.errors)
            return None
        self.new_person.clear_entry()
        self.select_attendance(row.id)
        return row

    def change_selected(self, field: str) -> bool:
        row = self.selected()
        if row is None or self.locked:
            return False
        if field == "role":
            value: Role | Presence = Role(self.role.currentData())
        else:
            value = Presence(self.presence.currentData())
        try:
            saved = self.edits.change(row, field, value, self._name(row.person_id))
        except DialogueTrackerError as error:
            self._refuse(field, error, self.errors)
            return False
        self.errors.clear()
        return saved

    def remove_selected(self) -> bool:
        row = self.selected()
        if row is None or self.locked or self.meeting is None:
            return False
        try:
            self.edits.remove(row, self._name(row.person_id))
        except DialogueTrackerError as error:
            self._refuse("person", error, self.errors)
            return False
        self.errors.clear()
        return True
