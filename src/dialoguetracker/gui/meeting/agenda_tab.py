"""The meeting's Agenda tab: the items in order, moved by dragging or with Alt+Up / Alt+Down,
and the selected item's topic, lead, presenter, minutes, notes, outcome and handling.

Every change is one undoable service call. Internal items are marked in the table and in the
form. While the record is final nothing can be moved, added, deleted or edited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import AgendaItem
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.meeting.agenda_edits import AgendaEdits
from dialoguetracker.gui.meeting.agenda_form import AgendaForm
from dialoguetracker.gui.meeting.agenda_model import (
    HANDLING,
    LEAD,
    MINUTES,
    POSITION,
    PRESENTER,
    TITLE,
    TOPIC,
    AgendaModel,
)
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import AGENDA, PEOPLE, STORE, TOPICS
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.services.agenda import list_agenda
from dialoguetracker.services.dialogues import get_dialogue, list_topics
from dialoguetracker.services.directory import list_people


class AgendaTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "A&genda"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("meetingAgendaTab")
        self.edits = AgendaEdits(context)
        self.model = AgendaModel()
        self.model.move_requested.connect(self.move_to)

        self.table = QTableView(self)
        self.table.setObjectName("agendaTable")
        self.table.setAccessibleName(self.tr("Agenda items in order"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        widths = {POSITION: 36, TOPIC: 170, LEAD: 70, PRESENTER: 170, MINUTES: 70, HANDLING: 100}
        for column, width in widths.items():
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.add_button = self._button("agendaAdd", self.tr("Add ite&m"), self.add_item)
        self.delete_button = self._button("agendaDelete", self.tr("Delete item"), self.delete_item)
        self.up_button = self._button("agendaMoveUp", self.tr("Move &up"), lambda: self.step(-1))
        self.down_button = self._button(
            "agendaMoveDown", self.tr("Move do&wn"), lambda: self.step(1)
        )
        self.up_button.setToolTip(self.tr("Move the item up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the item down (Alt+Down)"))
        self.delete_button.setToolTip(self.tr("Delete the item (Delete)"))
        self.move_up_action = self._table_action(
            "agendaMoveUpAction", "Alt+Up", lambda: self.step(-1)
        )
        self.move_down_action = self._table_action(
            "agendaMoveDownAction", "Alt+Down", lambda: self.step(1)
        )
        self.delete_action = self._table_action(
            "agendaDeleteAction", QKeySequence.StandardKey.Delete, self.delete_item
        )
        self.total = QLabel(self)
        self.total.setObjectName("agendaTotal")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.total)

        self.form = AgendaForm(self)
        self.form.field_finished.connect(self.commit)
        message = QLabel(self)
        message.setObjectName("agendaMessage")
        self.errors = FieldErrors(
            {
                "title": self.form.title,
                "topic": self.form.topic,
                "lead": self.form.lead,
                "presenter": self.form.presenter,
                "planned_minutes": self.form.minutes,
                "notes": self.form.notes,
                "outcome": self.form.outcome,
                "handling": self.form.handling,
            },
            message,
        )
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addLayout(buttons)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.form)
        lower_layout.addWidget(message)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table, self.add_button)
        self.setTabOrder(self.add_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.setTabOrder(self.down_button, self.form.title)
        self._enable()

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table_action(
        self, name: str, keys: str | QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    # -- showing ----------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        chosen = self.current_item()
        if meeting is None:
            self.model.set_items([], {}, {}, locked=True)
            self.form.show_item(None, True)
            self._enable()
            return
        services = self.context.services
        try:
            items = list_agenda(services, meeting.id)
        except DialogueTrackerError:
            items = []
        topics = list_topics(services, meeting.dialogue_id)
        people = list_people(services)
        sides = get_dialogue(services, meeting.dialogue_id).parties
        self.form.set_choices(topics, sides, people)
        self.model.set_items(
            items,
            {topic.id: topic.name for topic in topics},
            {person.id: person.name for person in people},
            self.locked,
        )
        minutes = sum(item.planned_minutes or 0 for item in items)
        self.total.setText(
            filled(self.tr("Items: %1 · planned: %2 min"), str(len(items)), str(minutes))
        )
        if (chosen is None or not self.select_item(self.edits.current(chosen.id))) and items:
            self.select_row(0)
        self._show_current()

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {AGENDA, TOPICS, PEOPLE, STORE}:
            self.reload()

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    def select_row(self, row: int) -> None:
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        self.form.show_item(item, self.locked)
        self._enable()

    def _enable(self) -> None:
        item = self.current_item()
        editable = self.meeting is not None and not self.locked
        self.add_button.setEnabled(editable)
        has = editable and item is not None
        self.delete_button.setEnabled(has)
        self.delete_action.setEnabled(has)
        first = item is not None and item.position <= 1
        last = item is not None and item.position >= self.model.rowCount()
        self.up_button.setEnabled(has and not first)
        self.move_up_action.setEnabled(has and not first)
        self.down_button.setEnabled(has and not last)
        self.move_down_action.setEnabled(has and not last)

    # -- edits ------------------------------------------------------------------------------

    def _refuse(self, field: str, error: DialogueTrackerError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show(ValidationError(field, error.message))

    def commit(self, field: str, value: object) -> bool:
        """Save one field of the item shown in the form; False when nothing was saved."""
        item = self.form.item
        if item is None or self.locked:
            return False
        try:
            saved = self.edits.change(item, field, value)
        except DialogueTrackerError as error:
            self._refuse(field, error)
            return False
        self.errors.clear()
        return saved

    def add_item(self) -> AgendaItem | None:
        if self.meeting is None or self.locked:
            return None
        try:
            item = self.edits.add(self.meeting.id)
        except DialogueTrackerError as error:
            self._refuse("title", error)
            return None
        self.select_item(item.id)
        self.form.title.setFocus()
        self.form.title.selectAll()
        return item

    def delete_item(self) -> bool:
        item = self.current_item()
        if item is None or self.locked:
            return False
        try:
            self.edits.delete(item)
        except DialogueTrackerError as error:
            self._refuse("title", error)
            return False
        return True

    def step(self, step: int) -> bool:
        """Move the selected item one place up (-1) or down (+1)."""
        item = self.current_item()
        if item is None:
            return False
        target = item.position + step
        if not 1 <= target <= self.model.rowCount():
            return False
        return self._move(item, target, "up" if step < 0 else "down")

    def move_to(self, item_id: int, position: int) -> bool:
        """Put an item at ``position`` (from 1), as a drop does."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        return self._move(self.model.item(row), position, "")

    def _move(self, item: AgendaItem, position: int, how: str) -> bool:
        if self.locked:
            return False
        try:
            moved = self.edits.move(item, position, how)
        except DialogueTrackerError as error:
            self._refuse("title", error)
            return False
        self.select_item(self.edits.current(item.id))
        self.table.setFocus()
        return moved
