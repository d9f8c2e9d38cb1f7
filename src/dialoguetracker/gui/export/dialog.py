"""What the briefing and the meeting-record export dialogs share.

Options on the left, the live preview on the right. Any change of an option makes the
preview out of date and, after a short pause (so typing a marking does not start a build per
key), asks the builder for a new PDF off the GUI thread; a busy bar runs meanwhile and the
page count shows when it is done. Save… writes exactly the bytes previewed and records them in
the store, or, for a name ending in ``.docx``, an editable Word draft of the same data, which
is not recorded. Errors show in one plain line inside the dialog; so does a section that runs
longer than a read-ahead allows (the points to make past one page, the background past two).
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.briefing import DEFAULT_MARKING, BriefingOptions
from dialoguetracker.domain.enums import Audience, Handling
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.provenance import ExportRecord
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.export.builder import PdfBuilder
from dialoguetracker.gui.export.jobs import BuiltPdf, Job
from dialoguetracker.gui.export.length_warning import LengthWarning
from dialoguetracker.gui.export.preview import PdfPreview
from dialoguetracker.gui.export.saving import (
    DOCX,
    PDF,
    REPORT_SUFFIXES,
    AskPath,
    ask_report_path,
    save_built,
    save_draft,
    suggested_path,
    with_pdf_suffix,
)
from dialoguetracker.gui.operations import EXPORTS
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import count_text, handling_name
from dialoguetracker.gui.widgets.labels import ALERT_STYLE

PAUSE_MS = 400
"""How long the options must stay unchanged before the preview is rebuilt."""

LANGUAGES = (("en", "English"), ("es", "Español"))


def fit_combo(combo: QComboBox) -> None:
    """Let a combo box be narrower than its longest item (the popup still shows it whole)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(16)


class ExportDialog(QDialog):
    """The frame of an export dialog; subclasses add their options and say how to build."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setModal(False)
        self.built: BuiltPdf | None = None
        """The PDF the preview shows, while it matches the options; None when out of date."""
        self.last_saved: ExportRecord | None = None
        self.ask_path: AskPath = ask_report_path
        """Asks for the file to write; tests replace it so no native dialog opens."""

        self.builder = PdfBuilder(self)
        self.builder.started.connect(self._building)
        self.builder.finished.connect(self._built)
        self.builder.failed.connect(self._failed)
        self.pause = QTimer(self)
        self.pause.setObjectName("previewPause")
        self.pause.setSingleShot(True)
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self.rebuild)
        context.operations.changed.connect(self._store_changed)

        self.preview = PdfPreview(self)
        self.preview.loaded.connect(self._loaded)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.setAccessibleName(self.tr("Building the PDF"))
        self.progress.setRange(0, 0)  # busy: no percentage to show
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setAccessibleName(self.tr("Preview status"))
        self.error = QLabel(self)
        self.error.setObjectName("exportError")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet(ALERT_STYLE)
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.length_warning = LengthWarning(self)

        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("exportSave")
        self.save_button.setToolTip(
            self.tr("Save the PDF previewed and record it in the store, so it can be verified")
        )
        self.save_button.setAutoDefault(False)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.ready_buttons: list[QPushButton] = [self.save_button]
        """Buttons that act on the PDF previewed: enabled only while it matches the options."""
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)

        self.options_panel = QWidget(self)
        self.options_panel.setObjectName("exportOptions")
        panel_layout = QVBoxLayout(self.options_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        panel_layout.addLayout(self.form)
        panel_layout.addStretch(1)
        self._make_common_options()

        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(status_row)
        right.addWidget(self.error)
        right.addWidget(self.length_warning)
        columns = QHBoxLayout()
        columns.addWidget(self.options_panel)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.options_panel.setFixedWidth(400)
        for combo in self.options_panel.findChildren(QComboBox):
            fit_combo(combo)
        self.resize(1180, 820)

    # -- for subclasses --------------------------------------------------------------------

    def options(self) -> BriefingOptions:
        """The options chosen; raises :class:`ValidationError` naming the one at fault."""
        raise NotImplementedError

    def job(self, options: BriefingOptions) -> Job:
        raise NotImplementedError

    def file_stem(self) -> str:
        return "export"

    def common_options(self) -> BriefingOptions:
        """Language, marking, audience and notes (and who prepares it); subclasses fill in
        the rest with ``dataclasses.replace``."""
        marking = self.marking.text().strip()
        if not marking:
            raise ValidationError("marking", self.tr("must not be empty"))
        if any(character in marking for character in "\x00\r\n"):
            raise ValidationError("marking", self.tr("must be a single line of text"))
        return BriefingOptions(
            language=str(self.language.currentData()),
            marking=marking,
            audience=Audience(str(self.audience.currentData())),
            include_notes=self.include_notes.isChecked(),
            prepared_by=self.context.services.actor,
        )

    def _make_common_options(self) -> None:
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.setAccessibleName(self.tr("Language of the labels"))
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name), code)
        self.marking = QLineEdit(DEFAULT_MARKING, self)
        self.marking.setCursorPosition(0)
        self.marking.setObjectName("exportMarking")
        self.marking.setAccessibleName(self.tr("Marking"))
        self.marking.setToolTip(self.tr("The line at the head and foot of every page"))
        self.audience = QComboBox(self)
        self.audience.setObjectName("exportAudience")
        self.audience.setAccessibleName(self.tr("Audience"))
        offered: tuple[Audience, ...] = (Audience.INTERNAL, Audience.COUNTERPART, Audience.PUBLIC)
        if self.context.services.store.shared_only:  # the login reads nothing internal
            offered = offered[1:]
        for audience in offered:
            self.audience.addItem(handling_name(Handling(audience.value)), audience.value)
        self.audience_note = QLabel(
            self.tr(
                "Counterpart and public leave out all internal material: our preparation "
                "(purpose, objectives, points to make, press line) and every note, outcome "
                "or update marked internal."
            ),
            self,
        )
        self.audience_note.setObjectName("exportAudienceNote")
        self.audience_note.setWordWrap(True)
        self.include_notes = QCheckBox(self.tr("Include notes of agenda items"), self)
        self.include_notes.setObjectName("exportIncludeNotes")
        self.include_notes.setAccessibleName(self.tr("Include notes"))
        self.include_notes.setChecked(True)
        self.language.currentIndexChanged.connect(self.options_changed)
        self.marking.textEdited.connect(self.options_changed)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.include_notes.toggled.connect(self.options_changed)
        self._audience_changed()

    def add_common_rows(self) -> None:
        """Put the shared options below the subclass's own."""
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&Marking:"), self.marking)
        self.form.addRow(self.tr("&Audience:"), self.audience)
        self.form.addRow(self.audience_note)
        self.form.addRow(self.include_notes)

    def chain_tab_order(self, first: list[QWidget]) -> None:
        """Tab runs through the subclass's options, the shared ones, the preview, Save…."""
        order = [
            *first,
            self.language,
            self.marking,
            self.audience,
            self.include_notes,
            self.preview.view,
            self.save_button,
            self.close_button,
        ]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    def set_ready(self, ready: bool) -> None:
        """Whether the preview matches the options, so that what it shows can be saved."""
        for button in self.ready_buttons:
            button.setEnabled(ready)

    def _audience_changed(self) -> None:
        shared = self.audience.currentData() != Audience.INTERNAL.value
        self.audience_note.setStyleSheet(ALERT_STYLE if shared else "")
        self.options_changed()

    # -- building --------------------------------------------------------------------------

    def options_changed(self, *_ignored: object) -> None:
        """An option moved: the preview is out of date; rebuild after a pause."""
        self.built = None
        self.set_ready(False)
        if self.isVisible():
            self.status.setText(self.tr("Options changed; the preview will update…"))
            self.pause.start()

    def _store_changed(self, kinds: frozenset[str]) -> None:
        """The record changed under an open preview: build it again (after the pause). A
        PDF saved and recorded changes nothing a briefing shows."""
        if self.isVisible() and kinds - {EXPORTS}:
            self.options_changed()

    def rebuild(self) -> None:
        """Ask for a new PDF now, with the options as they stand."""
        self.pause.stop()
        self.built = None
        self.set_ready(False)
        try:
            options = self.options()
        except DialogueTrackerError as error:
            self.builder.cancel()
            self._failed(said(error))
            return
        self.builder.request(self.job(options))

    def _building(self) -> None:
        self.error.hide()
        self.length_warning.hide()
        self.progress.show()
        self.status.setText(self.tr("Building the PDF…"))

    def _built(self, built: BuiltPdf) -> None:
        self.progress.hide()
        self.built = built
        self.length_warning.show_for(built.long_sections)
        self.preview.show_pdf(built.pdf)
        if self.preview.ready:
            self._loaded(self.preview.page_count())

    def _loaded(self, pages: int) -> None:
        if self.built is None or self.preview.pdf is not self.built.pdf:
            return
        self.status.setText(count_text(pages, self.tr("%n page"), self.tr("%n pages")))
        self.set_ready(True)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.length_warning.hide()
        self.built = None
        self.preview.clear()
        self.set_ready(False)
        self.status.setText(self.tr("No preview"))
        self.error.setText(filled(self.tr("The PDF cannot be built: %1"), message))
        self.error.show()

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Path | None:
        """Ask for a file, write the previewed bytes to it whole and record them."""
        if self.built is None:
            return None
        chosen = self.ask_path(
            self, self.tr("Save the PDF, or a Word draft"), suggested_path(self.file_stem())
        )
        return self.save_to(with_pdf_suffix(chosen)) if chosen else None

    def save_to(self, path: Path) -> Path | None:
        """Write the previewed bytes to ``path`` whole and record them (a ``.docx``: the Word
        draft, not recorded); the path written, or None after saying why not."""
        built = self.built
        if built is None:
            return None
        if path.suffix.lower() != PDF:
            return self._save_other(built, path)
        try:
            record = self.context.operations.run(
                lambda: save_built(self.context.services, built, path)
            )
        except DialogueTrackerError as error:
            self._save_failed(said(error))
            return None
        except OSError as error:
            self._save_failed(f"{path}: {error.strerror or error}")
            return None
        self.last_saved = record
        self.error.hide()
        message = filled(self.tr("Saved %1 and recorded it in the store"), str(path))
        self.status.setText(message)
        self.context.operations.message.emit(message)
        return path

    def _save_other(self, built: BuiltPdf, path: Path) -> Path | None:
        """A Word draft of what the preview shows (never recorded), or a refusal in one line
        for an extension the dialog does not write."""
        if path.suffix.lower() != DOCX:
            self._save_failed(
                filled(
                    self.tr("%1: only %2 files can be saved"), str(path), ", ".join(REPORT_SUFFIXES)
                )
            )
            return None
        try:
            save_draft(built, path)
        except DialogueTrackerError as error:
            self._save_failed(said(error))
            return None
        except OSError as error:
            self._save_failed(f"{path}: {error.strerror or error}")
            return None
        self.error.hide()
        message = filled(
            self.tr("Saved %1, an editable Word draft; the PDF, not this file, is the record"),
            str(path),
        )
        self.status.setText(message)
        self.context.operations.message.emit(message)
        return path

    def _save_failed(self, message: str) -> None:
        self.error.setText(filled(self.tr("The PDF was not saved: %1"), message))
        self.error.show()

    # -- showing ---------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():  # opened, not restored: the store may have moved on
            self.rebuild()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.pause.stop()
        self.builder.cancel()
        self.progress.hide()
        super().hideEvent(event)
