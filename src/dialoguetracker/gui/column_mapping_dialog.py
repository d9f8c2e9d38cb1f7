"""The column-mapping step of importing a spreadsheet of commitments.

The sheet's first rows are shown as they are, with each register field's column chosen from
the headers (*Compromiso*, *Owner*, …) and changeable. Every row is then checked off the GUI
thread by a rehearsal of the import itself, which the report shows: each refused row with its
row number and the reason, and what the import would bring. Import is offered once every row
is valid; *Import valid rows only* once some are valid and some are not.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain import register_columns
from dialoguetracker.domain.register_columns import REQUIRED, RegisterColumn, guessed_columns
from dialoguetracker.domain.register_table import Cell, RegisterTable
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from dialoguetracker.services import Services
    from dialoguetracker.services.spreadsheet_import import RegisterImportReport

PREVIEW_ROWS = 8
MAX_COLUMN_WIDTH = 240
REFUSED = QColor("#f6d5d1")


def field_name(column: RegisterColumn) -> str:
    return said(register_columns.field_name(column))


def column_letter(index: int) -> str:
    """A, B, … Z, AA …: how a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        dialogue_id: int,
        dialogue_name: str,
        source: str,
        table: RegisterTable,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapping")
        self.setWindowTitle(self.tr("Import commitments from a spreadsheet"))
        self.services, self.dialogue_id, self.table = services, dialogue_id, table
        self.valid_rows_only = False
        self.report: RegisterImportReport | None = None
        self.checker = TaskRunner(self)
        self.checker.finished.connect(self._checked)
        self.checker.failed.connect(self._check_failed)

        intro = QLabel(
            filled(
                self.tr(
                    "Commitments for %1 from %2 (sheet %3, headers on row %4, %5 rows). "
                    "Choose the column that holds each field."
                ),
                dialogue_name,
                Path(source).name,
                table.sheet,
                str(table.header_row),
                str(len(table.rows)),
            )
        )
        intro.setWordWrap(True)
        self.choices: dict[RegisterColumn, QComboBox] = {}
        form = QFormLayout()
        guessed = guessed_columns(table.headers)
        for column in RegisterColumn:
            choice = QComboBox()
            choice.setObjectName(f"column_{column.value}")
            choice.addItem(self.tr("(not imported)"), -1)
            for index, header in enumerate(table.headers):
                choice.addItem(
                    f"{column_letter(index)}: {header}" if header else column_letter(index), index
                )
            choice.setCurrentIndex(choice.findData(guessed.get(column, -1)))
            choice.currentIndexChanged.connect(self._mapping_changed)
            label = field_name(column) + (" *" if column in REQUIRED else "")
            form.addRow(label, choice)
            self.choices[column] = choice
        self.preview = self._preview()
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("rowProblems")
        self.check_button = QPushButton(self.tr("Check rows"))
        self.check_button.setObjectName("checkRows")
        self.check_button.clicked.connect(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importAll")
        self.valid_only_button = buttons.addButton(
            self.tr("Import valid rows only"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.valid_only_button.setObjectName("importValidOnly")
        self.import_button.clicked.connect(lambda: self._choose(valid_rows_only=False))
        self.valid_only_button.clicked.connect(lambda: self._choose(valid_rows_only=True))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview, 2)
        check_row = QHBoxLayout()
        check_row.addWidget(self.summary, 1)
        check_row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top, 3)
        layout.addLayout(check_row)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self._built = False
        self._mapping_changed()
        self._built = True
        self.check()

    def columns(self) -> dict[RegisterColumn, int]:
        """The mapping as chosen: each field's column (0-based), fields not imported left out."""
        chosen = {column: int(choice.currentData()) for column, choice in self.choices.items()}
        return {column: index for column, index in chosen.items() if index >= 0}

    def check(self) -> None:
        """Rehearse the import with the mapping as chosen (nothing is written)."""
        from dialoguetracker.services.spreadsheet_import import import_register

        services, dialogue_id, table = self.services, self.dialogue_id, self.table
        columns = self.columns()
        self.report = None
        self._offer()
        self.summary.setText(self.tr("Checking every row…"))
        self.checker.request(
            lambda _progress: import_register(
                services, dialogue_id, table, columns, valid_rows_only=True, dry_run=True
            )
        )

    def _checked(self, report: object) -> None:
        from dialoguetracker.services.spreadsheet_import import RegisterImportReport

        if not isinstance(report, RegisterImportReport):
            return
        self.report = report
        self.summary.setText(said(report.describe()))
        self.problems.clear()
        for problem in report.rejected:
            self.problems.addItem(said(problem.describe()))
        self._mark_refused(report)
        self._offer()

    def _mark_refused(self, report: RegisterImportReport | None) -> None:
        """The preview's refused rows tinted, the reasons as their tooltip."""
        reasons: dict[int, list[str]] = {}
        for problem in () if report is None else report.rejected:
            reasons.setdefault(problem.row, []).append(said(problem.describe()))
        for index, row in enumerate(self.table.rows[:PREVIEW_ROWS]):
            refused = reasons.get(row.number)
            for column in range(self.preview.columnCount()):
                item = self.preview.item(index, column)
                if item is None:
                    continue
                item.setBackground(QBrush(REFUSED) if refused else QBrush())
                item.setToolTip("\n".join(refused or ()))

    def _check_failed(self, message: str) -> None:
        self.report = None
        self.summary.setText(message)
        self.problems.clear()
        self._offer()

    def _mapping_changed(self) -> None:
        columns = self.columns()
        for index in range(self.preview.columnCount()):
            fields = [field_name(c) for c, at in columns.items() if at == index]
            header = self.table.headers[index] or column_letter(index)
            shown = f"{header}\n→ {', '.join(fields)}" if fields else f"{header}\n"
            self.preview.setHorizontalHeaderItem(index, QTableWidgetItem(shown))
        self._fit_columns()
        if self._built:
            self.report = None
            self.checker.forget()
            self.summary.setText(self.tr("The columns changed: check the rows again."))
            self.problems.clear()
            self._mark_refused(None)
        self._offer()

    def _offer(self) -> None:
        report = self.report
        ready = report is not None
        self.check_button.setEnabled(not self.checker.busy)
        self.import_button.setEnabled(
            ready and report is not None and not report.rejected and bool(report.imported)
        )
        self.valid_only_button.setVisible(ready and report is not None and bool(report.rejected))
        self.valid_only_button.setEnabled(ready and report is not None and bool(report.imported))

    def _choose(self, *, valid_rows_only: bool) -> None:
        self.valid_rows_only = valid_rows_only
        self.accept()

    def _preview(self) -> QTableWidget:
        rows = self.table.rows[:PREVIEW_ROWS]
        preview = QTableWidget(len(rows), len(self.table.headers))
        preview.setObjectName("sheetPreview")
        preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        preview.setVerticalHeaderLabels([str(row.number) for row in rows])
        for row_index, row in enumerate(rows):
            for column_index, value in enumerate(row.cells):
                item = QTableWidgetItem(_shown(value))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                preview.setItem(row_index, column_index, item)
        return preview

    def _fit_columns(self) -> None:
        """Each column as wide as its cells and its two-line header, within reason."""
        self.preview.resizeColumnsToContents()
        metrics = self.preview.horizontalHeader().fontMetrics()
        for index in range(self.preview.columnCount()):
            item = self.preview.horizontalHeaderItem(index)
            lines = [] if item is None else item.text().splitlines()
            header = max((metrics.horizontalAdvance(line) for line in lines), default=0) + 18
            width = max(self.preview.columnWidth(index), header)
            self.preview.setColumnWidth(index, min(width, MAX_COLUMN_WIDTH))

    def done(self, result: int) -> None:
        self.checker.forget()
        super().done(result)


def _shown(value: Cell) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
