"""*Edit ▸ Preferences…*: the interface language, kept in the user's settings.

The language is read once, as the program starts (every window, dialog and date is built in
it), so a new choice applies from the next start, which the dialog says; ``--lang`` on the
command line still wins for that one start.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

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
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
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
        super().accept()
