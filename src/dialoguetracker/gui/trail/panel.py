"""A record's audit trail on screen: the table of changes and an export to CSV.

The trail is history, so nothing here edits it; the table is read-only and the only action
writes a copy of it. The trail is read afresh whenever the panel is asked to show a record,
which the meeting editor and the commitments view do after every change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.files import write_whole
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.trail.model import TrailModel
from dialoguetracker.gui.vocabulary import count_text
from dialoguetracker.gui.widgets.labels import ALERT_STYLE

if TYPE_CHECKING:
    from dialoguetracker.domain.progress import Progress
    from dialoguetracker.gui.context import AppContext
    from dialoguetracker.gui.export.saving import AskPath
    from dialoguetracker.gui.long_task import LongTask


def ask_csv_path(parent: QWidget, caption: str, suggested: str) -> str:
    csv_files = QCoreApplication.translate("TrailPanel", "CSV files (*.csv);;All files (*)")
    from dialoguetracker.gui.export.saving import ask_save_path

    return ask_save_path(parent, caption, suggested, csv_files)


class TrailPanel(QWidget):
    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        """``context`` None: a panel of the first screen, which reads nothing until the
        view it is part of is replaced by one with the services."""
        super().__init__(parent)
        self.context = context
        self.ask_path: AskPath = ask_csv_path
        self.task: LongTask | None = None
        """The last export, kept until it ends."""
        self.entity = ""
        self.entity_id: int | None = None
        self.label = ""
        """What the record is called in file names and messages (a meeting's title)."""

        self.model = TrailModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTrail")
        self.table.setAccessibleName(self.tr("Change history"))
        self.shown = QSortFilterProxyModel(self)
        self.shown.setSourceModel(self.model)
        self.shown.setFilterKeyColumn(-1)  # any column: who, part, change, values
        self.shown.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table.setModel(self.shown)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("auditTrailFilter")
        self.filter.setPlaceholderText(self.tr("Filter by person, part or value"))
        self.filter.setAccessibleName(self.tr("Filter the change history"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(self.fontMetrics().horizontalAdvance("M" * 18))
        self.filter.textChanged.connect(self.shown.setFilterFixedString)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.summary = QLabel(self)
        self.summary.setObjectName("auditTrailSummary")
        self.status = QLabel(self)
        self.status.setObjectName("auditTrailStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export as CSV…"), self)
        self.export_button.setObjectName("exportAuditTrail")
        self.export_button.setToolTip(
            self.tr(
                "Save this history as a CSV file, for a spreadsheet or an archive. It holds "
                "every change, our preparation included: handle the file as internal."
            )
        )
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(lambda: self.export())

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.filter)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.status.hide()

    def show_record(self, entity: str, entity_id: int | None, label: str = "") -> None:
        """Read and show the trail of one meeting or commitment; None shows nothing."""
        self.entity, self.entity_id, self.label = entity, entity_id, label
        entries = []
        if entity_id is not None and self.context is not None:
            from dialoguetracker.services.audit import record_history

            try:
                entries = record_history(self.context.services, entity, entity_id)
            except DialogueTrackerError:
                entries = []  # deleted under us: the view showing it is about to move on
        self.model.set_trail(entity, entity_id or 0, entries)
        if not entries:
            self.summary.setText(self.tr("No changes recorded."))
        else:
            newest = self.model.rows[0]
            counted = count_text(
                len(entries),
                self.tr("%n change recorded; the newest by %1. Read-only."),
                self.tr("%n changes recorded; the newest by %1. Read-only."),
            )
            self.summary.setText(filled(counted, newest.actor))
        self.export_button.setEnabled(bool(entries))
        if entries:
            self.table.resizeColumnsToContents()
            widest = {TrailModel.PART: 360, TrailModel.BEFORE: 260, TrailModel.AFTER: 260}
            for column, width in widest.items():
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))

    def export(self) -> LongTask | None:
        """Ask for a file and write the trail to it as CSV, whole or not at all, off the GUI
        thread; a failure is said under the table."""
        if self.entity_id is None or self.model.rowCount() == 0:
            return None
        chosen = self.ask_path(self, self.tr("Export change history"), self._suggested_path())
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_name(path.name + ".csv")
        from dialoguetracker.interop.audit_csv import trail_csv
        from dialoguetracker.services.audit import record_history

        assert self.context is not None, "a first-screen panel exports nothing"
        services, entity, entity_id = self.context.services, self.entity, self.entity_id

        def written(progress: Progress) -> Path:
            entries = record_history(services, entity, entity_id)
            content = trail_csv(entity, entity_id, entries)
            progress(1, 1)  # the last chance to cancel before the file appears
            write_whole(path, content)
            return path

        from dialoguetracker.gui.long_task import LongTask

        self.task = LongTask(
            self,
            filled(self.tr("Saving the change history to %1…"), str(path)),
            written,
            self._saved,
            cancelled_text=self.tr("Cancelled; no file was written."),
            on_failed=self._failed,
        )
        return self.task

    def _saved(self, path: object) -> None:
        message = filled(self.tr("Saved the change history to %1"), str(path))
        self.status.setText(message)
        self.status.setStyleSheet("")
        self.status.show()
        if self.context is not None:
            self.context.operations.message.emit(message)

    def _failed(self, message: str) -> None:
        self.status.setText(filled(self.tr("The history was not saved: %1"), message))
        self.status.setStyleSheet(ALERT_STYLE)
        self.status.show()

    def _suggested_path(self) -> str:
        from dialoguetracker.gui.export.saving import suggested_path

        stem = f"{self.label or f'{self.entity}-{self.entity_id}'}-history"
        return suggested_path(stem, ".csv")
