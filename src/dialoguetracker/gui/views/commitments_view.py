"""The Commitments view: the filter bar over a paged table of the current dialogue's
commitments (or, with *All dialogues* chosen in the navigator, of every dialogue's, with a
Dialogue column and filter), beside a panel with the selected one in full and its update
history.

Layout and wiring only: the model pages through the services, the controller opens dialogs
and asks for reasons, and the actions make every change undoable.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment, CommitmentUpdate, Meeting
from dialoguetracker.domain.register import Register
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.commitments import marks
from dialoguetracker.gui.commitments.compliance_tab import ComplianceTab
from dialoguetracker.gui.commitments.detail_panel import DetailPanel
from dialoguetracker.gui.commitments.export_shown import ask_spreadsheet_path
from dialoguetracker.gui.commitments.filter_bar import FilterBar
from dialoguetracker.gui.commitments.row_menu import row_menu
from dialoguetracker.gui.commitments.source import CommitmentSource, FirstPage, ServicesSource
from dialoguetracker.gui.commitments.table_model import CommitmentTableModel
from dialoguetracker.gui.commitments.table_view import CommitmentTable
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.trail import TrailPanel
from dialoguetracker.gui.views.base import View

if TYPE_CHECKING:
    from dialoguetracker.gui.commitments.controller import CommitmentController
    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.export.saving import AskPath
    from dialoguetracker.gui.long_task import LongTask


ROWS = frozenset({kinds.COMMITMENTS, kinds.UPDATES})
"""Changes that can alter the rows: the list is read again."""
CHOICES = frozenset({kinds.TOPICS, kinds.DIALOGUES, kinds.PARTIES})
"""Changes to the filter bar's choices (and the topic names the rows show)."""
NAMES = frozenset({kinds.MEETINGS, kinds.DOCUMENTS})
"""Changes only the detail panel shows (a meeting's or a source document's title)."""


class CommitmentsView(View):
    key = "commitments"
    title = "Commitments"

    controller: CommitmentController
    """Opens the dialogs and makes the changes; absent on the first screen."""

    def __init__(
        self,
        context: AppContext | None,
        parent: QWidget | None = None,
        *,
        first: tuple[CommitmentSource, AppSettings] | None = None,
    ) -> None:
        """With ``context``, the view over the services; with ``first`` instead (the rows'
        source and the settings), a view of the first screen: see :meth:`first_screen`."""
        super().__init__(context, parent)
        if context is not None:
            source: CommitmentSource = ServicesSource(context.services)
            settings = context.settings
        else:
            assert first is not None, "a view needs the services or a first screen"
            source, settings = first
        self._register: Register | None = None
        self._settings = settings
        self.all_dialogues = False
        """The register lists every dialogue's commitments (see :meth:`show_all_dialogues`)."""
        self.ask_export_path: AskPath = ask_spreadsheet_path
        self.export_task: LongTask | None = None
        """The last export of the list, kept until it ends."""
        self.setAccessibleName(self.tr("Commitments"))
        self.model = CommitmentTableModel(source, self)
        self.filters = FilterBar(self)
        self.table = CommitmentTable(self.model, self)
        self.table.hide_columns(settings.hidden_columns("commitments"))
        self.table.columns_hidden.connect(
            lambda names: settings.save_hidden_columns("commitments", names)
        )
        self.trail = TrailPanel(context)
        self.compliance = ComplianceTab(context)
        self.detail = DetailPanel(self, self.trail, self.compliance)
        self.message = QLabel(self)
        self.message.setObjectName("commitmentsMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("commitmentsReloadButton")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload_after_refusal)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.reload_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("commitmentsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([420, 260])
        state = settings.splitter_state("commitments")
        if state is not None:
            self.splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(message_row)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.filters.days, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        self._make_actions()
        self._keep: tuple[int, int] | None = None
        self._menu: QMenu | None = None
        self._stale = False

        self.filters.changed.connect(self.apply_filters)
        self.filters.dialogue_changed.connect(self._dialogue_filter_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsInserted.connect(lambda *_args: self._show_count())
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.show_detail())
        if context is not None:
            self._connect(context)

    def _connect(self, context: AppContext) -> None:
        """The gestures, which change the store through the controller."""
        from dialoguetracker.gui.commitments.controller import CommitmentController

        self.controller = CommitmentController(context, self)
        self.filters.export_button.clicked.connect(self.export_shown)
        # Queued: the change resets the model, which must not happen inside its own setData
        # while the editor that called it is still open.
        self.model.status_requested.connect(
            self.controller.request_status, Qt.ConnectionType.QueuedConnection
        )
        self.table.activated.connect(self._activated)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.detail.new_update_requested.connect(self.new_update)
        self.detail.move_due_requested.connect(lambda: self.new_update(move_due=True))
        self.detail.edit_requested.connect(self.edit_commitment)
        self.controller.created.connect(self.open_record)
        self.controller.failed.connect(self.failed)
        self.controller.stale.connect(self._refused_as_stale)
        self.splitter.splitterMoved.connect(
            lambda *_args: context.settings.save_splitter_state(
                "commitments", self.splitter.saveState()
            )
        )

    @classmethod
    def first_screen(
        cls, register: Register, today: date, settings: AppSettings, parent: QWidget
    ) -> CommitmentsView:
        """The register as it first shows, read before the services are loaded (see
        :mod:`dialoguetracker.store.first_screen`): the dialogue's every commitment in due
        order, the first one selected with its panel. It reads nothing else and takes no
        gesture; the window replaces it with the view over the services."""
        dialogue = register.dialogue
        source = FirstPage(dialogue.id, register.total, register.page, today)
        view = cls(None, parent, first=(source, settings))
        view._register = register
        view.dialogue_id = dialogue.id
        view.model.topics = {topic.id: topic.name for topic in register.topics}
        view.filters.set_choices(dialogue.parties, register.topics)
        view.apply_filters()
        return view

    def offer_no_edits(self) -> None:
        self.model.status_editable = False
        for action in (self.new_update_action, self.move_due_action, self.edit_action):
            action.setEnabled(False)
            action.setVisible(False)
        for button in (self.detail.new_update, self.detail.move_due, self.detail.edit):
            button.hide()
        self.compliance.offer_no_edits()

    def _make_actions(self) -> None:
        def action(name: str, text: str, shortcut: str | None, slot: object) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.new_update_action = action(
            "newUpdate", self.tr("New progress &update…"), "Ctrl+U", self.new_update
        )
        self.move_due_action = action(
            "moveDue", self.tr("Move &due date…"), None, lambda: self.new_update(move_due=True)
        )
        self.edit_action = action(
            "editCommitment", self.tr("&Edit commitment…"), "Ctrl+E", self.edit_commitment
        )
        self.find_action = action(
            "filterCommitments", self.tr("Filter by text"), "Ctrl+Shift+F", self._focus_filter
        )

    # -- the View API ----------------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        self.dialogue_id = dialogue_id
        self.all_dialogues = False
        self.table.show_dialogue_column(False)
        self._load_choices()
        self.apply_filters()

    def show_all_dialogues(self) -> None:
        """List every dialogue's commitments, with the dialogue as a column and a filter."""
        self.dialogue_id = None
        self.all_dialogues = True
        self.table.show_dialogue_column(True)
        self.table.setCurrentIndex(QModelIndex())  # a new list: it starts at its first row
        self._load_choices()
        self.apply_filters()

    def reload(self) -> None:
        self._load_choices()
        self.apply_filters()

    def on_changed(self, changed: frozenset[str]) -> None:
        """Read again only what the change touched; while the view is hidden the rows wait
        until it is shown, so edits elsewhere do not pay for this list."""
        if kinds.STORE in changed:
            self.reload()
            return
        if changed & CHOICES:
            self._load_choices()
        if changed & (ROWS | CHOICES):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        elif changed & NAMES and self.isVisible():
            self.show_detail()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def start_new(self, kind: str) -> None:
        if kind != "commitment":
            return
        dialogue = self.filters.chosen_dialogue() if self.all_dialogues else self.dialogue_id
        if dialogue is None:
            self.failed(self.tr("Choose a dialogue first."))
            return
        self.controller.new_commitment(dialogue)

    def open_record(self, record_id: int) -> None:
        """Select the commitment and scroll to it, fetching pages as needed; when the
        filters leave it out they are cleared."""
        from dialoguetracker.services.commitments import get_commitment

        try:
            commitment = get_commitment(self.context.services, record_id)
        except NotFoundError as error:
            self.failed(said(error))
            return
        if not self.all_dialogues and commitment.dialogue_id != self.dialogue_id:
            self.set_dialogue(commitment.dialogue_id)
        position = self._position(record_id)
        if position is None and not self.filters.is_clear():
            self.filters.clear()
            position = self._position(record_id)
        if position is None or not self.model.fetch_through(position):
            return
        self.table.select_row(position, scroll=False)
        self.table.scrollTo(self.model.index(position, 0), self.table.ScrollHint.PositionAtCenter)
        self.table.setFocus()

    def _position(self, commitment_id: int) -> int | None:
        """The commitment's row under the model's criteria; the model is told its key too,
        so that reading the page around it costs no offset however deep it is."""
        from dialoguetracker.services.commitment_lookup import commitment_place

        criteria = self.model.criteria
        if criteria is None:
            return None
        place = commitment_place(self.context.services, criteria, commitment_id)
        if place is None:
            return None
        self.model.place(place.row, place.key)
        return place.row

    # -- loading ---------------------------------------------------------------------------

    def _load_choices(self) -> None:
        from dialoguetracker.services.dialogues import get_dialogue, list_topics

        services = self.context.services
        if self.all_dialogues:
            self._load_all_choices()
            return
        self.filters.set_dialogues(None)
        self.model.dialogues = {}
        if self.dialogue_id is None:
            self.filters.set_choices((), [])
            self.model.topics = {}
            return
        try:
            parties = get_dialogue(services, self.dialogue_id).parties
        except NotFoundError:
            self.dialogue_id = None
            self.filters.set_choices((), [])
            return
        topics = list_topics(services, self.dialogue_id)
        self.model.topics = {topic.id: topic.name for topic in topics}
        self.filters.set_choices(parties, topics)

    def _load_all_choices(self) -> None:
        """Every dialogue as a filter; the sides and topics of the one chosen (with none
        chosen, every dialogue's sides and no topic: a topic is one dialogue's)."""
        from dialoguetracker.services.dialogues import list_dialogues, list_topics

        services = self.context.services
        dialogues = list_dialogues(services)
        self.filters.set_dialogues(dialogues)
        self.model.dialogues = {d.id: d.short_name or d.name for d in dialogues}
        topics = [topic for d in dialogues for topic in list_topics(services, d.id)]
        self.model.topics = {topic.id: topic.name for topic in topics}
        chosen = self.filters.chosen_dialogue()
        parties = [code for d in dialogues if chosen in (None, d.id) for code in d.parties]
        self.filters.set_choices(
            tuple(dict.fromkeys(parties)),
            [topic for topic in topics if chosen is not None and topic.dialogue_id == chosen],
        )

    def _dialogue_filter_changed(self) -> None:
        self._load_choices()
        self.apply_filters()

    def criteria(self) -> CommitmentFilter | None:
        """What the table shows: the current dialogue (or every one) narrowed by the filter
        bar, in the order the header shows."""
        if self.dialogue_id is None and not self.all_dialogues:
            return None
        current = self.model.criteria
        base = CommitmentFilter(dialogue_id=self.dialogue_id)
        if current is not None:
            base = CommitmentFilter(
                dialogue_id=self.dialogue_id, sort=current.sort, descending=current.descending
            )
        return self.filters.apply_to(base, self.model.pages.source.today())

    def apply_filters(self) -> None:
        months = self._settings.stale_months
        self.model.stale_months = months
        self.filters.set_stale_months(months)
        self.message.hide()
        self.reload_button.hide()
        self.model.set_filter(self.criteria())
        self.table.scrollToTop()
        if self.table.currentIndex().isValid():
            self.table.scroll_to_row(
                self.table.currentIndex().row(), self.table.ScrollHint.EnsureVisible
            )

    def refresh(self) -> None:
        """Read the rows again after a change, keeping the selection and scroll position;
        a commitment the change moved elsewhere in the order is followed there."""
        kept = self.selected()
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        now = self.selected()
        if kept is not None and (now is None or now.id != kept.id):
            position = self._position(kept.id)
            if position is not None and self.model.fetch_through(position):
                self.table.select_row(position)
                return
        self.table.updateGeometries()
        self.table.verticalScrollBar().setValue(scroll)

    def _remember_selection(self) -> None:
        current = self.table.current_commitment()
        row = self.table.currentIndex().row()
        self._keep = None if current is None else (current.id, row)

    def _restore_selection(self) -> None:
        """After any reset: the same commitment if it is on its old row or on a page in
        memory (no further query), else the first row."""
        self._show_count()
        row = None
        if self._keep is not None:
            kept_id, kept_row = self._keep
            on_row = self.model.commitment(kept_row)
            row = kept_row if on_row is not None and on_row.id == kept_id else None
            if row is None:
                row = self.model.row_of(kept_id)
        if row is None and self.model.rowCount() > 0:
            row = 0  # something is always selected, so Ctrl+U and the panel have a subject
        if row is not None:
            self.table.select_row(row, scroll=False)
        self.show_detail()

    def _show_count(self) -> None:
        self.filters.set_count(self.model.total)

    def show_detail(self) -> None:
        commitment = self.table.current_commitment()
        if commitment is None:
            self.detail.show_commitment(None)
            self.trail.show_record("commitment", None)
            self.compliance.show_commitment(None)
            return
        self.trail.show_record(
            "commitment", commitment.id, filled(self.tr("commitment %1"), str(commitment.id))
        )
        first = self._register
        if first is not None:  # the first screen: its first row's panel, read with it
            if commitment != first.page.commitments[0]:
                raise LookupError("the first screen holds the first row's panel only")
            updates, meeting, source = first.updates, first.meeting, first.source_title
        else:
            updates, meeting, source = self._panel_records(commitment)
        self.detail.show_commitment(
            commitment,
            updates,
            topic=self.model.topics.get(commitment.topic_id or 0, ""),
            source_title=source,
            meeting_title=""
            if meeting is None
            else f"{meeting.title} ({meeting.start.isoformat()[:10]})",
            mark=marks.mark_of(commitment, self.model.today),
        )
        self.compliance.show_commitment(commitment, updates[-1].note if updates else "")

    def _panel_records(
        self, commitment: Commitment
    ) -> tuple[list[CommitmentUpdate], Meeting | None, str]:
        """What the panel shows beside the commitment: its updates, its meeting, the title
        of its source document."""
        from dialoguetracker.services.commitment_updates import list_updates
        from dialoguetracker.services.documents import get_document
        from dialoguetracker.services.meetings import get_meeting

        services = self.context.services
        source = ""
        if commitment.source_document_id is not None:
            source = get_document(services, commitment.source_document_id).title
        meeting = None
        if commitment.meeting_id is not None:
            meeting = get_meeting(services, commitment.meeting_id)
        return list_updates(services, commitment.id), meeting, source

    # -- gestures --------------------------------------------------------------------------

    def export_shown(self) -> LongTask | None:
        """The list as the filters and the sort show it, to a spreadsheet (see
        :func:`~dialoguetracker.gui.commitments.export_shown.export_shown`)."""
        from dialoguetracker.gui.commitments.export_shown import export_shown

        self.export_task = export_shown(self)
        return self.export_task

    def selected(self) -> Commitment | None:
        return self.table.current_commitment()

    def new_update(self, *, move_due: bool = False) -> None:
        if self.context.read_only:
            return
        commitment = self.selected()
        if commitment is not None:
            self.controller.new_update(commitment, move_due=move_due)

    def edit_commitment(self) -> None:
        if self.context.read_only:
            return
        commitment = self.selected()
        if commitment is not None:
            self.controller.edit_commitment(commitment)

    def _activated(self, _index: QModelIndex) -> None:
        self.new_update()

    def _focus_filter(self) -> None:
        self.filters.text.setFocus()
        self.filters.text.selectAll()

    def failed(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.reload_button.hide()

    def _refused_as_stale(self, text: str) -> None:
        """Someone else changed the commitment since the list was read: say who, and offer
        to read the list again."""
        self.failed(text)
        self.reload_button.show()

    def reload_after_refusal(self) -> None:
        self.message.hide()
        self.reload_button.hide()
        self.refresh()

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.popup(self.table.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu | None:
        """The selected row's menu: progress update, due date, edit, and every status."""
        commitment = self.selected()
        if commitment is None:
            return None
        if self._menu is not None:
            self._menu.deleteLater()
        actions = [self.new_update_action, self.move_due_action, self.edit_action]
        self._menu = row_menu(self, commitment, actions, self.controller.request_status)
        return self._menu
