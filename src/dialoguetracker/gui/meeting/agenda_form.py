"""The form under the agenda table: everything one agenda item says, each field saved when
the user finishes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from dialoguetracker.domain.enums import JOINT, Handling
from dialoguetracker.domain.records import MAX_MINUTES, AgendaItem, Person, Topic
from dialoguetracker.gui.meeting.unsaved import finished_line, show_line, show_text
from dialoguetracker.gui.vocabulary import side_name
from dialoguetracker.gui.widgets.labels import INTERNAL_COLOR, handling_combo, select_data
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit

NONE = ""
NO_ID = 0


class AgendaForm(QWidget):
    field_finished = Signal(str, object)
    """(field name, new value) when the user finished editing one field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaForm")
        self.item: AgendaItem | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("agendaTitle")
        self.title.setAccessibleName(self.tr("Agenda item title"))
        self.title.editingFinished.connect(
            lambda: self.field_finished.emit("title", finished_line(self.title))
        )
        self.topic = self._combo("agendaTopic", self.tr("Topic"))
        self.topic.activated.connect(
            lambda _i: self.field_finished.emit("topic_id", self.topic.currentData() or None)
        )
        self.lead = self._combo("agendaLead", self.tr("Lead side"))
        self.lead.activated.connect(
            lambda _i: self.field_finished.emit("lead", self.lead.currentData() or None)
        )
        self.presenter = self._combo("agendaPresenter", self.tr("Presenter"))
        self.presenter.activated.connect(
            lambda _i: self.field_finished.emit(
                "presenter_id", self.presenter.currentData() or None
            )
        )
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("agendaMinutes")
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.minutes.setRange(-1, MAX_MINUTES)
        self.minutes.setSpecialValueText(self.tr("Not planned"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.editingFinished.connect(
            lambda: self.field_finished.emit(
                "planned_minutes", None if self.minutes.value() < 0 else self.minutes.value()
            )
        )
        self.handling = handling_combo(self)
        self.handling.setObjectName("agendaHandling")
        self.handling.setAccessibleName(self.tr("Handling of notes and outcome"))
        self.handling.activated.connect(
            lambda _i: self.field_finished.emit("handling", Handling(self.handling.currentData()))
        )
        self.internal_mark = QLabel(self.tr("INTERNAL — our side only"), self)
        self.internal_mark.setObjectName("agendaInternalMark")
        self.internal_mark.setStyleSheet(f"color: {INTERNAL_COLOR}; font-weight: bold;")
        self.notes = CommittingTextEdit(self, lines=3)
        self.notes.setObjectName("agendaNotes")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.editingFinished.connect(
            lambda: self.field_finished.emit("notes", self.notes.value())
        )
        self.outcome = CommittingTextEdit(self, lines=3)
        self.outcome.setObjectName("agendaOutcome")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.editingFinished.connect(
            lambda: self.field_finished.emit("outcome", self.outcome.value())
        )

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Title:"), self.title)
        sides = QHBoxLayout()
        sides.addWidget(self.topic, 2)
        lead_label = QLabel(self.tr("&Lead:"), self)
        lead_label.setBuddy(self.lead)
        sides.addWidget(lead_label)
        sides.addWidget(self.lead, 1)
        minutes_label = QLabel(self.tr("Mi&nutes:"), self)
        minutes_label.setBuddy(self.minutes)
        sides.addWidget(minutes_label)
        sides.addWidget(self.minutes)
        topic_label = QLabel(self.tr("To&pic:"), self)
        topic_label.setBuddy(self.topic)
        form.addRow(topic_label, sides)
        self._row(form, self.tr("P&resenter:"), self.presenter)
        handling_row = QHBoxLayout()
        handling_row.addWidget(self.handling)
        handling_row.addWidget(self.internal_mark)
        handling_row.addStretch(1)
        handling_label = QLabel(self.tr("Handl&ing:"), self)
        handling_label.setBuddy(self.handling)
        form.addRow(handling_label, handling_row)
        self._row(form, self.tr("N&otes:"), self.notes)
        self._row(form, self.tr("Out&come:"), self.outcome)
        for first, second in (
            (self.title, self.topic),
            (self.topic, self.lead),
            (self.lead, self.minutes),
            (self.minutes, self.presenter),
            (self.presenter, self.handling),
            (self.handling, self.notes),
            (self.notes, self.outcome),
        ):
            self.setTabOrder(first, second)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        return combo

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> None:
        row_label = QLabel(text, self)
        row_label.setBuddy(widget)
        form.addRow(row_label, widget)

    # -- choices ----------------------------------------------------------------------------

    def set_choices(
        self, topics: Sequence[Topic], sides: Sequence[str], people: Sequence[Person]
    ) -> None:
        _refill(
            self.topic,
            [(self.tr("No topic"), NO_ID)] + [(topic.name, topic.id) for topic in topics],
        )
        _refill(
            self.lead,
            [(self.tr("No lead"), NONE)] + [(side_name(side), side) for side in (*sides, JOINT)],
        )
        _refill(
            self.presenter,
            [(self.tr("No presenter"), NO_ID)]
            + [(f"{person.name} ({person.party})", person.id) for person in people],
        )

    # -- showing ----------------------------------------------------------------------------

    def show_item(self, item: AgendaItem | None, locked: bool) -> None:
        """Show ``item``; shown again after a change, a field with unsaved typing keeps it."""
        again = item is not None and self.item is not None and item.id == self.item.id
        self.item = item
        self.setEnabled(item is not None)
        widgets: tuple[QWidget, ...] = (self.topic, self.lead, self.presenter, self.handling)
        for widget in (*widgets, self.minutes):
            widget.blockSignals(True)
        if item is None:
            self.title.clear()
            self.notes.set_value(None)
            self.outcome.set_value(None)
        else:
            if again:
                show_line(self.title, item.title)
            else:
                self.title.setText(item.title)
                self.title.setModified(False)
            select_data(self.topic, item.topic_id or NO_ID)
            select_data(self.lead, item.lead or NONE)
            select_data(self.presenter, item.presenter_id or NO_ID)
            self.minutes.setValue(-1 if item.planned_minutes is None else item.planned_minutes)
            select_data(self.handling, item.handling.value)
            for box, text in ((self.notes, item.notes), (self.outcome, item.outcome)):
                if again:
                    show_text(box, text)
                else:
                    box.set_value(text)
        for widget in (*widgets, self.minutes):
            widget.blockSignals(False)
        self.internal_mark.setVisible(item is not None and item.handling is Handling.INTERNAL)
        self.title.setReadOnly(locked)
        self.minutes.setReadOnly(locked)
        self.notes.setReadOnly(locked)
        self.outcome.setReadOnly(locked)
        for widget in widgets:
            widget.setEnabled(not locked)


def _refill(combo: QComboBox, entries: Sequence[tuple[str, object]]) -> None:
    entries = list(entries)
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == entries:
        return
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    select_data(combo, current)
    combo.blockSignals(False)
