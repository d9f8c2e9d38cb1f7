"""A person met for the first time, typed in where the delegation is listed: name, party,
organization and title — enough to list them now and complete them later in People."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from dialoguetracker.domain.records import Organization, Party, PersonDraft
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.widgets.labels import select_data

NO_ORGANIZATION = 0


class NewPersonForm(QGroupBox):
    submitted = Signal(object)
    """A :class:`PersonDraft` the user asked to add to the delegation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New person"), parent)
        self.setObjectName("newPersonForm")
        self.organizations: Sequence[Organization] = ()
        self.name = QLineEdit(self)
        self.name.setObjectName("newPersonName")
        self.name.setAccessibleName(self.tr("Name of the new person"))
        self.name.returnPressed.connect(self.submit)
        self.party = QComboBox(self)
        self.party.setObjectName("newPersonParty")
        self.party.setAccessibleName(self.tr("Party of the new person"))
        self.party.currentIndexChanged.connect(lambda _index: self._fill_organizations())
        self.organization = QComboBox(self)
        self.organization.setObjectName("newPersonOrganization")
        self.organization.setAccessibleName(self.tr("Organization of the new person"))
        self.person_title = QLineEdit(self)
        self.person_title.setObjectName("newPersonTitle")
        self.person_title.setAccessibleName(self.tr("Title of the new person"))
        self.person_title.setPlaceholderText(self.tr("e.g. Director for Cyber Policy"))
        self.person_title.returnPressed.connect(self.submit)
        self.add_button = QPushButton(self.tr("Add ne&w person to the delegation"), self)
        self.add_button.setObjectName("newPersonAdd")
        self.add_button.clicked.connect(self.submit)
        message = QLabel(self)
        message.setObjectName("newPersonMessage")
        self.errors = FieldErrors(
            {
                "name": self.name,
                "party": self.party,
                "organization": self.organization,
                "title": self.person_title,
            },
            message,
        )
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("&Name:"), self.name),
            (self.tr("Part&y:"), self.party),
            (self.tr("Organi&zation:"), self.organization),
            (self.tr("T&itle:"), self.person_title),
        ):
            row_label = QLabel(text, self)
            row_label.setBuddy(widget)
            form.addRow(row_label, widget)
        form.addRow(self.add_button)
        form.addRow(message)

    def set_choices(self, parties: Sequence[Party], organizations: Sequence[Organization]) -> None:
        self.organizations = organizations
        wanted = [party.code for party in parties]
        if [self.party.itemData(i) for i in range(self.party.count())] != wanted:
            self.party.blockSignals(True)
            self.party.clear()
            for party in parties:
                self.party.addItem(f"{party.code} — {party.name}", party.code)
            self.party.blockSignals(False)
        self._fill_organizations()

    def _fill_organizations(self) -> None:
        chosen = self.organization.currentData()
        party = self.party.currentData()
        self.organization.clear()
        self.organization.addItem(self.tr("No organization"), NO_ORGANIZATION)
        for organization in self.organizations:
            if organization.party == party:
                self.organization.addItem(organization.name, organization.id)
        select_data(self.organization, chosen)

    def draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name.text().strip(),
            party=str(self.party.currentData() or ""),
            organization_id=self.organization.currentData() or None,
            title=self.person_title.text().strip() or None,
        )

    def submit(self) -> None:
        self.submitted.emit(self.draft())

    def clear_entry(self) -> None:
        self.name.clear()
        self.person_title.clear()
        self.errors.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)
