"""The filter bar over the commitments table: free text (applied after a short pause in
typing), the dialogue (when the register lists every dialogue's), status, owner side, topic,
overdue only, stale only, not yet assessed this period, due within N days, and the count of
what the filters let through. It only says what is asked; the store does the filtering."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain import clock
from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Dialogue, Topic
from dialoguetracker.domain.staleness import STALE_MONTHS
from dialoguetracker.gui.commitments.choices import (
    combo,
    fill_sides,
    fill_statuses,
    fill_topics,
    select_data,
)
from dialoguetracker.gui.vocabulary import count_text

OPEN = "open"
"""The status choice for every status that is not closed."""
TYPING_PAUSE_MS = 300


class FilterBar(QWidget):
    changed = Signal()
    """The criteria changed (for the text: once the user paused typing)."""
    dialogue_changed = Signal()
    """Another dialogue was chosen in a register of every dialogue's commitments: the sides
    and topics offered change with it (the owner of the bar refills them, then applies)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentFilters")
        self.text = QLineEdit(self)
        self.text.setObjectName("filterText")
        self.text.setAccessibleName(self.tr("Search commitment text"))
        self.text.setPlaceholderText(self.tr("Search commitment text…"))
        self.text.setClearButtonEnabled(True)
        self.across = False
        """The register lists every dialogue's commitments: the dialogue is a filter."""
        self.stale_months = STALE_MONTHS
        self.dialogue = combo("filterDialogue", self.tr("Dialogue filter"), self)
        self.dialogue.setMinimumContentsLength(8)
        self.dialogue.hide()
        self.status = combo("filterStatus", self.tr("Status filter"), self)
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Open (not closed)"), OPEN)
        fill_statuses(self.status)
        self.owner = combo("filterOwner", self.tr("Owner side filter"), self)
        self.topic = combo("filterTopic", self.tr("Topic filter"), self)
        for box in (self.status, self.owner, self.topic):
            box.setMinimumContentsLength(8)  # narrow windows: the boxes shrink, not the window
        self.overdue = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue.setObjectName("filterOverdue")
        self.stale = QCheckBox(self.tr("&Stale only"), self)
        self.stale.setObjectName("filterStale")
        self.unassessed = QCheckBox(self.tr("&Not yet assessed"), self)
        self.unassessed.setObjectName("filterUnassessed")
        self.unassessed.setToolTip(
            self.tr(
                "Commitments to be scored for the current period (since the last round held)"
                " that some side has no score for yet"
            )
        )
        self.due_within = QCheckBox(self.tr("Due &within"), self)
        self.due_within.setObjectName("filterDueWithin")
        self.days = QSpinBox(self)
        self.days.setObjectName("filterDueDays")
        self.days.setAccessibleName(self.tr("Number of days"))
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(self.tr(" days"))
        self.days.setEnabled(False)
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.setObjectName("filterClear")
        self.export_button = QPushButton(self.tr("E&xport as shown…"), self)
        self.export_button.setObjectName("exportShown")
        self.export_button.setToolTip(
            self.tr("The commitments the filters let through, in this order, as XLSX or CSV")
        )
        self.count = QLabel(self)
        self.count.setObjectName("commitmentCount")
        self.count.setAccessibleName(self.tr("Number of commitments shown"))
        self.set_choices((), [])

        first = QHBoxLayout()
        first.addWidget(self.dialogue, 1)  # taking its room from the text, not the filters
        first.addWidget(self.text, 3)
        first.addWidget(self.clear_button)
        first.addWidget(self.export_button)
        first.addSpacing(12)
        first.addWidget(self.count)
        second = QHBoxLayout()
        second.addWidget(self.status, 2)
        second.addWidget(self.owner, 2)
        second.addWidget(self.topic, 3)
        second.addWidget(self.overdue)
        second.addWidget(self.stale)
        second.addWidget(self.unassessed)
        second.addWidget(self.due_within)
        second.addWidget(self.days)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
        order = [self.dialogue, self.text, self.clear_button, self.export_button, self.status]
        order += [self.owner, self.topic]
        order += [self.overdue, self.stale, self.unassessed, self.due_within, self.days]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(TYPING_PAUSE_MS)
        self.pause.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _text: self.pause.start())
        self.text.returnPressed.connect(self.flush)
        for box in (self.status, self.owner, self.topic):
            box.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.overdue.toggled.connect(lambda _on: self.changed.emit())
        self.stale.toggled.connect(lambda _on: self.changed.emit())
        self.unassessed.toggled.connect(lambda _on: self.changed.emit())
        self.dialogue.currentIndexChanged.connect(lambda _index: self.dialogue_changed.emit())
        self.due_within.toggled.connect(self.days.setEnabled)
        self.due_within.toggled.connect(lambda _on: self.changed.emit())
        self.days.valueChanged.connect(lambda _days: self._days_changed())
        self.clear_button.clicked.connect(self.clear)

    def _days_changed(self) -> None:
        if self.due_within.isChecked():
            self.changed.emit()

    def flush(self) -> None:
        """Apply typed text now instead of after the pause."""
        if self.pause.isActive():
            self.pause.stop()
            self.changed.emit()

    def set_choices(self, parties: tuple[str, ...], topics: list[Topic]) -> None:
        """The dialogue's sides and topics; a choice still offered stays chosen."""
        owner, topic = self.owner.currentData(), self.topic.currentData()
        for box in (self.owner, self.topic):
            box.blockSignals(True)
            box.clear()
        self.owner.addItem(self.tr("All sides"), None)
        fill_sides(self.owner, parties)
        fill_topics(self.topic, topics, self.tr("All topics"))
        select_data(self.owner, owner)
        select_data(self.topic, topic)
        for box in (self.owner, self.topic):
            box.blockSignals(False)

    def set_dialogues(self, dialogues: Sequence[Dialogue] | None) -> None:
        """Offer the dialogues as a filter (a register of every dialogue's commitments), or
        (None) offer none: the register is one dialogue's. A dialogue still offered stays
        chosen."""
        self.across = dialogues is not None
        chosen = self.dialogue.currentData()
        self.dialogue.blockSignals(True)
        self.dialogue.clear()
        self.dialogue.addItem(self.tr("All dialogues"), None)
        for dialogue in dialogues or ():
            self.dialogue.addItem(dialogue.short_name or dialogue.name, dialogue.id)
            self.dialogue.setItemData(
                self.dialogue.count() - 1, dialogue.name, Qt.ItemDataRole.ToolTipRole
            )
        select_data(self.dialogue, chosen)
        self.dialogue.blockSignals(False)
        self.dialogue.setVisible(self.across)

    def chosen_dialogue(self) -> int | None:
        """The dialogue chosen in a register of every dialogue's commitments."""
        chosen = self.dialogue.currentData() if self.across else None
        return None if chosen is None else int(chosen)

    def set_stale_months(self, months: int) -> None:
        self.stale_months = months
        self.stale.setToolTip(
            count_text(
                months,
                self.tr("Open commitments with no progress update for %n month"),
                self.tr("Open commitments with no progress update for %n months"),
            )
        )

    def is_clear(self) -> bool:
        return self.apply_to(CommitmentFilter(), clock.today()) == CommitmentFilter()

    def clear(self) -> None:
        """Every criterion back to "all"; one ``changed`` at the end (``dialogue_changed``
        instead when a dialogue was chosen: the sides and topics offered change too)."""
        dialogue_chosen = self.chosen_dialogue() is not None
        widgets: list[QWidget] = [self.text, self.dialogue, self.status, self.owner, self.topic]
        widgets += [self.overdue, self.stale, self.unassessed, self.due_within]
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        self.pause.stop()
        for box in (self.dialogue, self.status, self.owner, self.topic):
            box.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.stale.setChecked(False)
        self.unassessed.setChecked(False)
        self.due_within.setChecked(False)
        self.days.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        if dialogue_chosen:
            self.dialogue_changed.emit()
        else:
            self.changed.emit()

    def apply_to(self, base: CommitmentFilter, today: date) -> CommitmentFilter:
        """``base`` narrowed by what the bar shows."""
        status = self.status.currentData()
        if status is None:
            statuses: frozenset[CommitmentStatus] = frozenset()
        elif status == OPEN:
            statuses = frozenset(item for item in CommitmentStatus if not item.is_closed)
        else:
            statuses = frozenset({CommitmentStatus(status)})
        owner, topic = self.owner.currentData(), self.topic.currentData()
        narrowed = replace(
            base,
            statuses=statuses,
            owner=None if owner is None else str(owner),
            topic_id=None if topic is None else int(topic),
            overdue_only=self.overdue.isChecked(),
            stale_months=self.stale_months if self.stale.isChecked() else None,
            unassessed_only=self.unassessed.isChecked(),
            text=self.text.text().strip() or None,
            due_from=None,
            due_until=None,
        )
        if self.due_within.isChecked():
            narrowed = narrowed.due_within(today, self.days.value())
        if self.across:
            narrowed = replace(narrowed, dialogue_id=self.chosen_dialogue())
        return narrowed

    def set_count(self, total: int) -> None:
        if total == 1:
            self.count.setText(self.tr("%Ln commitment", "", total))
        else:
            self.count.setText(self.tr("%Ln commitments", "", total))
