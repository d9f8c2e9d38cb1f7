"""People & delegations: parties → organizations → people, one person's details and their
meeting history.

Every edit of a person is saved when the field is finished, as one undoable service call.
Parties, organizations and people are added through small forms; undoing an addition deletes
the record again, unless other records refer to it by then, which the view says plainly
(see :mod:`dialoguetracker.gui.people.adding`).
"""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import (
    Organization,
    Party,
    Person,
    PersonDraft,
)
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.people.adding import Adding
from dialoguetracker.gui.people.group_page import GroupPage
from dialoguetracker.gui.people.history import HistoryModel, HistoryTable
from dialoguetracker.gui.people.person_form import PersonForm
from dialoguetracker.gui.people.removing import Removing
from dialoguetracker.gui.people.renaming import rename
from dialoguetracker.gui.people.tree import PARTY, PERSON, PeopleTree
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.read_only import show_read_only
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.widgets.confirm import Confirm, ask
from dialoguetracker.gui.widgets.labels import heading_label
from dialoguetracker.services import directory

SHOWN_KINDS = frozenset(
    {kinds.PARTIES, kinds.PEOPLE, kinds.ATTENDANCE, kinds.MEETINGS, kinds.DIALOGUES, kinds.STORE}
)
"""Parties and people make the tree; attendance, meetings and dialogues make the history."""

_DRAFT_FIELD = {"organization": "organization_id"}


def _as_draft(person: Person) -> PersonDraft:
    return PersonDraft(**{item.name: getattr(person, item.name) for item in fields(PersonDraft)})


class PeopleView(View):
    key = "people"
    title = "People & delegations"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._stale = True
        self._saving = False
        self.parties: list[Party] = []
        self.organizations: list[Organization] = []
        self.people: dict[int, Person] = {}
        self.toolbar = QToolBar(self.tr("People actions"), self)
        self.toolbar.setObjectName("peopleToolbar")
        self.add_party_action = self._action("addParty", self.tr("Add p&arty…"), None)
        self.add_organization_action = self._action(
            "addOrganization", self.tr("Add o&rganization…"), "Ctrl+Shift+O"
        )
        self.add_person_action = self._action("addPerson", self.tr("Add &person…"), "Ctrl+Shift+P")
        self.delete_action = self._action("deleteRecord", self.tr("&Delete…"), "Del")
        self.adding = Adding(self, self)
        self.removing = Removing(self, lambda: self.people)
        self.confirm: Confirm = ask
        self.delete_action.triggered.connect(lambda: self.removing.ask(self.confirm))
        self.add_party_action.triggered.connect(self.adding.add_party)
        self.add_organization_action.triggered.connect(self.adding.add_organization)
        self.add_person_action.triggered.connect(self.adding.add_person)
        self.tree = PeopleTree(self)
        # Del deletes only from the tree: in a field of the form it deletes text, as ever.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.tree.addAction(self.delete_action)
        self.message = QLabel(self)
        self.message.setObjectName("peopleMessage")
        self.message.setWordWrap(True)
        self.message.setMargin(6)
        self.message.setStyleSheet("background: palette(alternate-base); border-radius: 3px;")
        self.message.hide()
        self.detail = QStackedWidget(self)
        self.hint = QLabel(self)
        self.hint.setObjectName("peopleHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(24)
        self.detail.addWidget(self.hint)
        self.detail.addWidget(self._person_page())
        self.group_page = GroupPage(self)
        self.group_page.edited.connect(self._save_group_name)
        self.detail.addWidget(self.group_page)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("peopleSplitter")
        splitter.addWidget(self.tree)
        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.detail, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)
        self.tree.record_selected.connect(self._record_selected)
        self.form.edited.connect(self._save_person)
        self.history_table.activated.connect(self._open_meeting)
        for first, second in zip(
            [self.tree, *self.form.fields.values()],
            [*self.form.fields.values(), self.history_table],
            strict=True,
        ):
            QWidget.setTabOrder(first, second)

    def offer_no_edits(self) -> None:
        for action in (
            self.add_party_action,
            self.add_organization_action,
            self.add_person_action,
            self.delete_action,
        ):
            action.setEnabled(False)
            action.setVisible(False)
        show_read_only(self.form, self.group_page)

    def _action(self, name: str, text: str, shortcut: str | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shortcut})")
        self.addAction(action)
        self.toolbar.addAction(action)
        return action

    def _person_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("personPage")
        self.heading = heading_label("personHeading", page, scale=1.4)
        self.form = PersonForm(page)
        self.history_label = QLabel(page)
        self.history_label.setObjectName("personHistoryLabel")
        bold = self.history_label.font()
        bold.setBold(True)
        self.history_label.setFont(bold)
        self.history_model = HistoryModel(self.context.services, self)
        self.history_table = HistoryTable(self.history_model, page)
        self.history_table.setAccessibleName(self.tr("Meeting history"))
        self.history_empty = QLabel(self.tr("Not listed for any meeting yet."), page)
        self.history_empty.setObjectName("personHistoryEmpty")
        self.history_empty.setEnabled(False)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.history_empty)
        layout.addStretch(0)
        return page

    # -- refreshing ------------------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        """The directory is the store's, not one dialogue's: nothing to reload."""
        self.dialogue_id = dialogue_id

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & SHOWN_KINDS:
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Leaving the view (another view, closing the window) hands in the field being
        typed in: nothing is left unsaved."""
        self.form.finish_editing()
        super().hideEvent(event)

    def reload(self) -> None:
        self._stale = False
        services = self.context.services
        self.parties = directory.list_parties(services)
        self.organizations = directory.list_organizations(services)
        self.people = {person.id: person for person in directory.list_people(services)}
        self.tree.rebuild(self.parties, self.organizations, list(self.people.values()))
        has_parties = bool(self.parties)
        self.add_organization_action.setEnabled(has_parties)
        self.add_person_action.setEnabled(has_parties)
        current = self.tree.current_key()
        if current is None and self.people:
            current = self.tree.first_person()
            if current is not None:
                self.tree.select(*current, notify=False)
        if current is None:
            self._show_hint()
        else:
            self._show_record(*current)

    def _show_hint(self) -> None:
        if not self.parties:
            text = self.tr(
                "No parties yet.\n\nAdd the parties at the table first (Add party…), "
                "then their organizations and the people who attend."
            )
        elif not self.people:
            text = self.tr("No people yet. Add the first with Add person… (Ctrl+Shift+P).")
        else:
            text = self.tr("Select a person to see their details and meeting history.")
        self.form.person = None
        self.hint.setText(text)
        self.detail.setCurrentWidget(self.hint)

    def _record_selected(self, kind: str, record_id: int) -> None:
        self.message.hide()
        self._show_record(kind, record_id)

    def _show_record(self, kind: str, record_id: int) -> None:
        person = self.people.get(record_id) if kind == PERSON else None
        if person is None:
            self._show_group(kind, record_id)
            return
        self.heading.setText(person.name)
        self.form.show_person(person, self.parties, self.organizations)
        self.history_model.set_person(person.id)
        total = self.history_model.total
        self.history_label.setText(
            filled(self.tr("Meeting history (%1)"), str(total))
            if total
            else self.tr("Meeting history")
        )
        self.history_table.setVisible(total > 0)
        self.history_empty.setVisible(total == 0)
        self.detail.setCurrentIndex(1)

    def _show_group(self, kind: str, record_id: int) -> None:
        self.form.person = None
        found: Party | Organization | None
        if kind == PARTY:
            found = next((p for p in self.parties if p.id == record_id), None)
        else:
            found = next((o for o in self.organizations if o.id == record_id), None)
        if found is None:
            self._show_hint()
            return
        self.group_page.show_record(found)
        self.detail.setCurrentWidget(self.group_page)

    # -- editing ---------------------------------------------------------------------------

    def _save_person(self, field_name: str) -> None:
        person = self.form.person
        if self._saving or person is None:
            return
        draft, old = self.form.draft(), _as_draft(person)
        if draft == old:
            self.form.errors.clear()
            return
        changed = [
            name
            for name in self.form.FIELD_NAMES
            if getattr(draft, _DRAFT_FIELD.get(name, name))
            != getattr(old, _DRAFT_FIELD.get(name, name))
        ]
        if len(changed) == 1 or (changed and changed[0] == "party"):
            text = filled(
                self.tr("Change %1 of %2"), self.form.field_label(changed[0]), person.name
            )
        else:
            text = filled(self.tr("Edit %1"), person.name)
        services, editing, person_id = self.context.services, self.context.editing, person.id

        def write(to: PersonDraft) -> object:
            """Write to the person, and point at the organization, where they live by then
            (an undone deletion brings either back under a new id)."""
            if to.organization_id is not None:
                office = editing.current(RecordKind.ORGANIZATION, to.organization_id)
                to = replace(to, organization_id=office)
            return directory.update_person(
                services, editing.current(RecordKind.PERSON, person_id), to
            )

        self._saving = True
        self.form.mark_saved()
        try:
            editing.change(text, lambda: write(draft), lambda _new: write(old))
        except ValidationError as error:
            self.form.errors.show(error)
            return
        finally:
            self._saving = False
        self.form.errors.clear()

    def _save_group_name(self) -> None:
        """A party's or an organization's new name, as one undoable step."""
        record = self.group_page.record
        if record is None:
            return
        try:
            rename(self.context, record, self.group_page.name.text().strip())
        except ValidationError as error:
            self.group_page.errors.show(error)
        except DialogueTrackerError as error:  # refused by the store itself (a clash)
            self.group_page.errors.show(ValidationError("name", error.message))

    def show_refusal(self, text: str) -> None:
        """Say in plain words why something asked for was refused (e.g. an undo)."""
        self.message.setText(text)
        self.message.show()
        self.context.operations.message.emit(text)

    def start_new(self, kind: str) -> None:
        if kind == "person":
            self.adding.add_person()

    # -- opening ---------------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        """Select a person (by id) in the tree and show their details."""
        self.form.finish_editing()
        if self.select_record(PERSON, record_id):
            self.tree.setFocus()

    def select_record(self, kind: str, record_id: int) -> bool:
        """Make a party, organization or person current and show it."""
        if self._stale or self.tree.item_for(kind, record_id) is None:
            self.reload()
        if not self.tree.select(kind, record_id, notify=False):
            return False
        self._record_selected(kind, record_id)
        return True

    def _open_meeting(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(RecordKind.MEETING, self.history_model.meeting_id(index.row()))
