"""The meeting's Review of open commitments: the dialogue's open commitments, and a progress
update for the one selected, linked to this meeting.

Updates are append-only, so Undo never deletes one: the services append its compensating update
(:func:`~dialoguetracker.services.commitment_updates.undo_update`, as the Commitments view
does), which puts the status and due date back, keeps the link to this meeting and says what
was undone. Recording links the update to the meeting without changing the meeting's record; it
is still allowed only while that record is a draft, so a final record shows every update that
was reviewed at it, and the tab says so when the record is final.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import Commitment, CommitmentUpdate
from dialoguetracker.gui.commitments.compensation import Done, compensate
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.meeting.open_commitments_model import OpenCommitmentsModel, short
from dialoguetracker.gui.meeting.review_form import ReviewForm
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import COMMITMENTS, MEETINGS, STORE, UPDATES
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.widgets.clause_commitment import show_problem
from dialoguetracker.gui.widgets.labels import mark_banner
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import get_commitment


class ReviewTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "Review of open commitments"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("reviewTab")
        self.intro = QLabel(self)
        self.intro.setObjectName("reviewIntro")
        self.intro.setWordWrap(True)
        self.lock_notice = mark_banner(QLabel(self), internal=False)
        self.lock_notice.setObjectName("lockNotice")
        self.lock_notice.setText(
            self.tr(
                "The meeting's record is final. Progress updates can be linked to a meeting "
                "only while its record is a draft: reopen the record to add one, or record "
                "the update in the Commitments view."
            )
        )
        self.lock_notice.hide()
        self.model = OpenCommitmentsModel(context, self)
        self.table = QTableView(self)
        self.table.setObjectName("openCommitments")
        self.table.setAccessibleName(self.tr("Open commitments of the dialogue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OpenCommitmentsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (
            OpenCommitmentsModel.STATUS,
            OpenCommitmentsModel.OWNER,
            OpenCommitmentsModel.DUE,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OpenCommitmentsModel.LATEST, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(OpenCommitmentsModel.LATEST, 180)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.form = ReviewForm(self)
        self.form.submitted.connect(self.record)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.lock_notice)
        layout.addWidget(self.splitter, 1)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        keep = self.current_commitment()
        kept_row = max(self.table.currentIndex().row(), 0)
        self.model.show_dialogue(
            None if meeting is None else meeting.dialogue_id,
            None if meeting is None else meeting.id,
        )
        total = self.model.total
        if meeting is None:
            self.intro.setText(self.tr("No meeting."))
        elif total == 0:
            self.intro.setText(self.tr("The dialogue has no open commitments."))
        elif self.locked:
            self.intro.setText(self.tr("%n open commitment(s) of the dialogue.", "", total))
        else:
            self.intro.setText(
                self.tr(
                    "%n open commitment(s) of the dialogue. Select one to record its progress; "
                    "the update is linked to this meeting.",
                    "",
                    total,
                )
            )
        self.lock_notice.setVisible(self.locked)
        row = self.model.row_of(keep.id) if keep is not None else None
        if row is None and self.model.rowCount():
            row = min(kept_row, self.model.rowCount() - 1)
        if row is not None:
            self.select_row(row)
        else:
            self._show(None)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {COMMITMENTS, UPDATES, MEETINGS, STORE}:
            self.reload()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show(self.model.commitment(row))

    def select_commitment(self, commitment_id: int) -> bool:
        """Select a commitment, fetching further pages until it is found; False if it is not
        open."""
        while self.model.row_of(commitment_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        row = self.model.row_of(commitment_id)
        if row is None:
            return False
        self.select_row(row)
        return True

    def current_commitment(self) -> Commitment | None:
        return self.model.commitment(self.table.currentIndex().row())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.model.commitment(current.row()))

    def _show(self, commitment: Commitment | None) -> None:
        latest = None if commitment is None else self.model.latest(commitment.id)
        self.form.show_commitment(commitment, latest, self._day(commitment))
        self.form.set_enabled_for_input(self.meeting is not None and not self.locked)

    def _day(self, commitment: Commitment | None) -> date:
        today = self.context.services.today()
        recorded = None if commitment is None else commitment.recorded_on
        return recorded if recorded is not None and recorded > today else today

    # -- recording -------------------------------------------------------------------------

    def record(self) -> CommitmentUpdate | None:
        """Record the form's update for the selected commitment, linked to this meeting."""
        commitment, meeting = self.form.commitment, self.meeting
        if commitment is None or meeting is None or self.locked:
            return None
        draft = self.form.draft(meeting.id)
        services, editing = self.context.services, self.context.editing

        def redo(commitment_id: int, expected: int | None) -> Done:
            # Undo may have brought the meeting back under a new id since.
            meeting_id = editing.current(RecordKind.MEETING, meeting.id)
            before = get_commitment(services, commitment_id)
            again = replace(draft, commitment_id=commitment_id, meeting_id=meeting_id)
            return before, record_update(services, again, expected)

        def version_left(_written: object, commitment_id: int) -> int:
            return get_commitment(services, commitment_id).version

        try:
            _before, update = editing.change_checked(
                RecordKind.COMMITMENT,
                commitment.id,
                commitment.version,
                filled(self.tr("Record progress on commitment “%1”"), short(commitment.text, 40)),
                redo,
                lambda done, _commitment_id, expected: compensate(services, done, expected),
                version_left,
            )
        except DialogueTrackerError as error:
            show_problem(self.form.errors, error)
            return None
        self.form.errors.clear()
        self.form.clear_inputs(self._day(commitment))
        self.form.done.setText(self.tr("Update recorded. Undo appends a correcting update."))
        return update
