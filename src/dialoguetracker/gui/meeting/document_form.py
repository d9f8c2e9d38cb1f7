"""The fields of one outcome document (its text is edited in the text pane beside it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from dialoguetracker.domain.enums import DocumentKind, Handling
from dialoguetracker.domain.records import Document
from dialoguetracker.gui.vocabulary import kind_name
from dialoguetracker.gui.widgets.labels import fill_choices, handling_combo, select_data
from dialoguetracker.gui.widgets.optional_date import OptionalDateEdit

FIELDS = ("kind", "title", "date", "language", "url", "handling")


class DocumentForm(QWidget):
    committed = Signal(str)
    """The name of the field the user finished editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentForm")
        self.kind = fill_choices(QComboBox(self), {kind: kind_name(kind) for kind in DocumentKind})
        self.kind.setObjectName("documentKind")
        self.title = QLineEdit(self)
        self.title.setObjectName("documentTitle")
        self.date = OptionalDateEdit(self.tr("Dated"), self)
        self.date.setObjectName("documentDate")
        self.language = QLineEdit(self)
        self.language.setObjectName("documentLanguage")
        self.language.setPlaceholderText(self.tr("e.g. en, es"))
        self.url = QLineEdit(self)
        self.url.setObjectName("documentUrl")
        self.url.setPlaceholderText("https://")
        self.handling = handling_combo(self)
        self.handling.setObjectName("documentHandling")
        self.link = QLabel(self)
        self.link.setObjectName("documentLink")
        self.link.setOpenExternalLinks(True)
        self.fields: dict[str, QWidget] = {
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "url": self.url,
            "handling": self.handling,
        }
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {
            "kind": self.tr("&Kind:"),
            "title": self.tr("&Title:"),
            "date": self.tr("D&ate:"),
            "language": self.tr("&Language:"),
            "url": self.tr("&URL:"),
            "handling": self.tr("&Handling:"),
        }
        names = {
            "kind": self.tr("Kind of document"),
            "title": self.tr("Document title"),
            "date": self.tr("Document date"),
            "language": self.tr("Document language"),
            "url": self.tr("Document URL"),
            "handling": self.tr("Document handling"),
        }
        for field in FIELDS:
            widget = self.fields[field]
            widget.setAccessibleName(names[field])
            form.addRow(labels[field], widget)
            buddy = form.labelForField(widget)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(widget)
        form.addRow("", self.link)
        self.date.check.setAccessibleName(names["date"])
        self.date.editor.setAccessibleName(names["date"])
        self.kind.activated.connect(lambda _index: self.committed.emit("kind"))
        self.handling.activated.connect(lambda _index: self.committed.emit("handling"))
        self.date.edited.connect(lambda: self.committed.emit("date"))
        for field in ("title", "language", "url"):
            line = self.fields[field]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(lambda field=field: self.committed.emit(field))

    def show_document(self, document: Document | None, fallback_date: date | None) -> None:
        """Fill the fields; a line the user is typing in (modified, not yet left) is kept."""
        self.setEnabled(document is not None)
        if document is None:
            for line in (self.title, self.language, self.url):
                line.clear()
            self.date.set_value(None, fallback_date)
            self.link.clear()
            return
        select_data(self.kind, document.kind)
        select_data(self.handling, document.handling)
        for line, text in (
            (self.title, document.title),
            (self.language, document.language),
            (self.url, document.url),
        ):
            if not line.isModified() and line.text() != (text or ""):
                line.setText(text or "")
                line.setCursorPosition(0)
        self.date.set_value(document.date, fallback_date)
        url = document.url or ""
        if url.startswith(("http://", "https://")):
            escaped = url.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            self.link.setText(f'<a href="{escaped}">{self.tr("Open the published text")}</a>')
        else:
            self.link.clear()

    def value(self, field: str) -> object:
        if field == "kind":
            return DocumentKind(self.kind.currentData())
        if field == "handling":
            return Handling(self.handling.currentData())
        if field == "date":
            return self.date.value()
        line = self.fields[field]
        assert isinstance(line, QLineEdit)
        text = line.text().strip()
        return text if field == "title" else text or None

    def saved(self, field: str) -> None:
        line = self.fields[field]
        if isinstance(line, QLineEdit):
            line.setModified(False)

    def set_read_only(self, read_only: bool) -> None:
        for line in (self.title, self.language, self.url):
            line.setReadOnly(read_only)
        self.language.setPlaceholderText("" if read_only else self.tr("e.g. en, es"))
        self.url.setPlaceholderText("" if read_only else "https://")
        self.kind.setEnabled(not read_only)
        self.handling.setEnabled(not read_only)
        self.date.set_read_only(read_only)
