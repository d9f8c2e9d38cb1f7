"""Asking why: deferring, dropping or referring a commitment, or moving its due date."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from dialoguetracker.gui.commitments.form_dialog import FormDialog


class ReasonDialog(FormDialog):
    """Save stays disabled until a reason is typed; ``submit`` reads :meth:`reason`."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.prompt = QLabel(prompt, self)
        self.prompt.setObjectName("reasonPrompt")
        self.prompt.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(self.tr("Why, in a few words"))
        self.prompt.setBuddy(self.reason_edit)
        self.register_fields({"reason": self.reason_edit, "note": self.reason_edit})
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._enable)
        self._enable()
        # The buttons are made first; without this the dialog would open on Cancel.
        QWidget.setTabOrder(self.reason_edit, self.buttons)
        self.reason_edit.setFocus()
        self.resize(420, self.sizeHint().height())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _enable(self) -> None:
        self.buttons.button(self.buttons.StandardButton.Save).setEnabled(bool(self.reason()))

    def accept(self) -> None:
        if self.reason():
            super().accept()
