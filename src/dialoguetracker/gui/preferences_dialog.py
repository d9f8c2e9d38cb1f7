"""*Edit ▸ Preferences…*: the interface language, and after how many months without news an
open commitment is flagged stale, kept in the user's settings.

The language is read once, as the program starts (every window, dialog and date is built in
it), so a new choice applies from the next start, which the dialog says; ``--lang`` on the
command line still wins for that one start. The months apply at once (the window reads every
view again when the dialog is accepted).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.staleness import MAX_STALE_MONTHS
from dialoguetracker.gui.app_settings import AppSettings

LANGUAGES = (("en", "English"), ("es", "Español"))
"""Each language by its own name, as every language selector shows them."""


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        self.language.addItem(self.tr("As the system is set"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.stale_months = QSpinBox(self)
        self.stale_months.setObjectName("staleMonths")
        self.stale_months.setRange(1, MAX_STALE_MONTHS)
        self.stale_months.setValue(settings.stale_months)
        self.stale_months.setSuffix(self.tr(" months"))
        self.stale_months.setToolTip(
            self.tr(
                "An open commitment with no progress update for this long is flagged stale "
                "in the register, the overviews and the briefing."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow(self.tr("Stale after no &news for:"), self.stale_months)
        note = QLabel(self.tr("A new language applies from the next start."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.stale_months = self.stale_months.value()
        super().accept()
