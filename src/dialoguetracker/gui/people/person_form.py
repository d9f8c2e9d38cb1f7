"""The form of one person: every field saves when the user finishes editing it.

The form holds layout and reads its fields back as a :class:`PersonDraft`; it does not save.
It announces ``edited`` when a field is finished (Enter, Tab, a click elsewhere, a choice in a
list), and the view decides whether anything changed and makes the one undoable call.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.records import Organization, Party, Person, PersonDraft
from dialoguetracker.gui.field_errors import FieldErrors


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like a line edit, says when editing is finished: on leaving
    it, or on Ctrl+Enter, provided the text changed."""

    editingFinished = Signal()  # noqa: N815 (named as QLineEdit's signal)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text:
            self.setPlainText(text)
        self.document().setModified(False)

    def _finish(self) -> None:
        if self.document().isModified():
            self.document().setModified(False)
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self._finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._finish()
            return
        super().keyPressEvent(event)


def _line(name: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setClearButtonEnabled(True)
    return edit


def _optional(text: str) -> str | None:
    return text if text.strip() else None


class PersonForm(QWidget):
    edited = Signal(str)
    """The name of the field the user finished editing."""

    FIELD_NAMES = (
        "name",
        "party",
        "organization",
        "title",
        "contact",
        "pronunciation",
        "biography",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.person: Person | None = None
        self.name = _line("personName", self)
        self.party = QComboBox(self)
        self.party.setObjectName("personParty")
        self.organization = QComboBox(self)
        self.organization.setObjectName("personOrganization")
        for combo in (self.party, self.organization):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        self.title = _line("personTitle", self)
        self.contact = _line("personContact", self)
        self.contact.setPlaceholderText(self.tr("E-mail, telephone, office"))
        self.pronunciation = _line("personPronunciation", self)
        self.pronunciation.setPlaceholderText(self.tr("e.g. ah-LEH-hahn-dro"))
        self.biography = PlainTextField(self)
        self.biography.setObjectName("personBiography")
        self.biography.setPlaceholderText(self.tr("A few sentences for the briefing"))
        self.biography.setMinimumHeight(70)
        self.biography.setMaximumHeight(140)
        self.labels = {
            "name": self.tr("&Name:"),
            "party": self.tr("Pa&rty:"),
            "organization": self.tr("&Organization:"),
            "title": self.tr("&Title:"),
            "contact": self.tr("&Contact:"),
            "pronunciation": self.tr("Pron&unciation:"),
            "biography": self.tr("&Biography:"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        for name in self.FIELD_NAMES:
            widget = getattr(self, name)
            label = QLabel(self.labels[name], self)
            label.setBuddy(widget)
            widget.setAccessibleName(self.labels[name].replace("&", "").rstrip(":"))
            form.addRow(label, widget)
            self.fields[name] = widget
        self.message = QLabel(self)
        self.message.setObjectName("personFieldError")
        self.errors = FieldErrors(self.fields, self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.message)
        for name in ("name", "title", "contact", "pronunciation"):
            edit: QLineEdit = getattr(self, name)
            edit.editingFinished.connect(lambda field=name: self.edited.emit(field))
        self.biography.editingFinished.connect(lambda: self.edited.emit("biography"))
        self.party.activated.connect(self._party_chosen)
        self.organization.activated.connect(lambda _index: self.edited.emit("organization"))
        self._organizations: list[Organization] = []

    def field_label(self, name: str) -> str:
        """A field's name as a sentence uses it ("title"), for undo texts."""
        return self.labels[name].replace("&", "").rstrip(":").lower()

    # -- showing ---------------------------------------------------------------------------

    def show_person(
        self, person: Person, parties: Sequence[Party], organizations: Sequence[Organization]
    ) -> None:
        """Show a person as stored; a field is only rewritten when its value differs, so
        a refresh does not move the cursor of the field the user is in."""
        changed_person = self.person is None or self.person.id != person.id
        if changed_person:
            self.errors.clear()
        self.person = person
        self._organizations = list(organizations)
        self.party.clear()
        for party in parties:
            self.party.addItem(f"{party.name} ({party.code})", party.code)
        self.party.setCurrentIndex(max(self.party.findData(person.party), 0))
        self._fill_organizations(person.party, person.organization_id)
        for name in ("name", "title", "contact", "pronunciation"):
            edit: QLineEdit = getattr(self, name)
            value = getattr(person, name) or ""
            if changed_person or (edit.text() != value and not self._typing(edit)):
                edit.setText(value)
                edit.setCursorPosition(0)
        if changed_person or not self._typing(self.biography):
            self.biography.set_text(person.biography or "")

    @staticmethod
    def _typing(widget: QLineEdit | PlainTextField) -> bool:
        """Whether the user is in the middle of changing this field: a refresh announced
        by another change must not throw their typing away."""
        if isinstance(widget, QLineEdit):
            return widget.hasFocus() and widget.isModified()
        return widget.hasFocus() and widget.document().isModified()

    def mark_saved(self) -> None:
        """What the fields hold is now what the store holds."""
        for name in ("name", "title", "contact", "pronunciation"):
            edit: QLineEdit = getattr(self, name)
            edit.setModified(False)
        self.biography.document().setModified(False)

    def _fill_organizations(self, party: str, selected: int | None) -> None:
        self.organization.clear()
        self.organization.addItem(self.tr("(none)"), None)
        for organization in self._organizations:
            if organization.party == party:
                self.organization.addItem(organization.name, organization.id)
        index = self.organization.findData(selected) if selected is not None else 0
        self.organization.setCurrentIndex(max(index, 0))

    def _party_chosen(self, _index: int) -> None:
        """An organization belongs to one party, so choosing another party clears it."""
        party = self.party.currentData()
        person = self.person
        if person is not None and party != person.party:
            self._fill_organizations(str(party), None)
        self.edited.emit("party")

    # -- reading ---------------------------------------------------------------------------

    def draft(self) -> PersonDraft:
        organization = self.organization.currentData()
        return PersonDraft(
            name=self.name.text(),
            party=str(self.party.currentData() or ""),
            organization_id=None if organization is None else int(organization),
            title=_optional(self.title.text()),
            contact=_optional(self.contact.text()),
            pronunciation=_optional(self.pronunciation.text()),
            biography=_optional(self.biography.toPlainText()),
        )

    def finish_editing(self) -> None:
        """Hand in an edit still in progress (the field with focus), e.g. before the form
        shows someone else."""
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused.isModified():
            focused.setModified(False)
            for name, widget in self.fields.items():
                if widget is focused:
                    self.edited.emit(name)
        elif focused is self.biography:
            self.biography._finish()
