"""Small forms that add a party, an organization or a person.

They are opened with ``open()``, never ``exec()``: nothing waits on them, and a test can fill
one in and press its button. On *Add* the dialog calls its ``submit`` callback; a refusal from
the service is shown at the field it names and the dialog stays open.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.domain.records import (
    Organization,
    OrganizationDraft,
    Party,
    PartyDraft,
    PersonDraft,
)
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.said import said


def _optional(text: str) -> str | None:
    return text if text.strip() else None


class AddDialog(QDialog):
    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.submit: Callable[[], object] = lambda: None
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}Error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setObjectName("addButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.errors = FieldErrors({}, self.message)
        self.setMinimumWidth(420)

    def add_field(self, name: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        widget.setObjectName(f"{self.objectName()}_{name}")
        self.form.addRow(caption, widget)
        self.fields[name] = widget
        self.errors.fields[name] = widget

    def line(self, name: str, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text, self)
        self.add_field(name, label, edit)
        return edit

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Open with the cursor in the first empty text field and Tab going down the form,
        then to the buttons: the buttons are made first, so Qt's own order would start on
        Add, where a first keystroke (a space) would submit an empty form."""
        super().showEvent(event)
        chain = [*self.fields.values(), self.add_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        empty = (f for f in self.fields.values() if isinstance(f, QLineEdit) and not f.text())
        first = next(empty, chain[0])
        first.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def accept(self) -> None:
        try:
            self.submit()
        except ValidationError as error:
            self.errors.show(error)
            return
        except DialogueTrackerError as error:  # e.g. a duplicate the store refused
            self.errors.clear()
            self.message.setText(said(error))
            self.message.show()
            return
        super().accept()


def _party_combo(parties: Sequence[Party], selected: str | None, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for party in parties:
        combo.addItem(f"{party.name} ({party.code})", party.code)
    if selected is not None:
        combo.setCurrentIndex(max(combo.findData(selected), 0))
    return combo


class AddPartyDialog(AddDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add party"), "addPartyDialog", parent)
        self.code = self.line("code", self.tr("&Code:"))
        self.code.setPlaceholderText(self.tr("e.g. MX"))
        self.name = self.line("name", self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("e.g. Mexico"))
        self.language = self.line("language", self.tr("&Language:"))
        self.language.setPlaceholderText(self.tr("e.g. es"))

    def draft(self) -> PartyDraft:
        return PartyDraft(
            self.code.text().strip(), self.name.text(), _optional(self.language.text())
        )


class AddOrganizationDialog(AddDialog):
    def __init__(
        self, parties: Sequence[Party], party: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add organization"), "addOrganizationDialog", parent)
        self.party = _party_combo(parties, party, self)
        self.add_field("party", self.tr("Pa&rty:"), self.party)
        self.name = self.line("name", self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("e.g. Secretaría de Relaciones Exteriores"))

    def draft(self) -> OrganizationDraft:
        return OrganizationDraft(str(self.party.currentData() or ""), self.name.text())


class AddPersonDialog(AddDialog):
    def __init__(
        self,
        parties: Sequence[Party],
        organizations: Sequence[Organization],
        party: str | None,
        organization_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Add person"), "addPersonDialog", parent)
        self._organizations = list(organizations)
        self.name = self.line("name", self.tr("&Name:"))
        self.party = _party_combo(parties, party, self)
        self.add_field("party", self.tr("Pa&rty:"), self.party)
        self.organization = QComboBox(self)
        self.add_field("organization", self.tr("&Organization:"), self.organization)
        self.title = self.line("title", self.tr("&Title:"))
        self._fill_organizations(organization_id)
        self.party.currentIndexChanged.connect(lambda _index: self._fill_organizations(None))

    def _fill_organizations(self, selected: int | None) -> None:
        party = self.party.currentData()
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        for organization in self._organizations:
            if organization.party == party:
                self.organization.addItem(organization.name, organization.id)
        if selected is not None:
            self.organization.setCurrentIndex(max(self.organization.findData(selected), 0))

    def draft(self) -> PersonDraft:
        organization = self.organization.currentData()
        return PersonDraft(
            name=self.name.text(),
            party=str(self.party.currentData() or ""),
            organization_id=None if organization is None else int(organization),
            title=_optional(self.title.text()),
        )
