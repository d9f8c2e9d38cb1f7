"""Export briefing…: the briefing's options beside a live preview, then Save….

The meeting briefed is the dialogue's next planned meeting unless the user picks one; the
period bounds the background; no topic ticked means every topic.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QListWidgetItem, QWidget

from dialoguetracker.domain.briefing import BriefingFormat, BriefingOptions
from dialoguetracker.domain.errors import DialogueTrackerError, ValidationError
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.export.dialog import ExportDialog, fit_combo
from dialoguetracker.gui.export.jobs import Job, briefing_job
from dialoguetracker.gui.said import said
from dialoguetracker.gui.vocabulary import when_text
from dialoguetracker.gui.widgets.optional_date import OptionalDateEdit
from dialoguetracker.services.dialogues import list_dialogues, list_topics
from dialoguetracker.services.meetings import list_meetings

TOPIC_ROLE = Qt.ItemDataRole.UserRole


class BriefingExportDialog(ExportDialog):
    def __init__(
        self, context: AppContext, dialogue_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName("briefingExportDialog")
        self.setWindowTitle(self.tr("Export briefing"))
        self.setAccessibleName(self.tr("Export briefing"))

        self.dialogue = QComboBox(self)
        self.dialogue.setObjectName("exportDialogue")
        self.dialogue.setAccessibleName(self.tr("Dialogue"))
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("exportMeeting")
        self.meeting.setAccessibleName(self.tr("Meeting briefed for"))
        self.since = OptionalDateEdit(self.tr("From"), self)
        self.since.setObjectName("exportSince")
        self.since.setAccessibleName(self.tr("Background from"))
        self.until = OptionalDateEdit(self.tr("Until"), self)
        self.until.setObjectName("exportUntil")
        self.until.setAccessibleName(self.tr("Background until"))
        self.topics = QListWidget(self)
        self.topics.setObjectName("exportTopics")
        self.topics.setAccessibleName(self.tr("Topics"))
        self.topics.setToolTip(self.tr("Tick the topics to brief on; none ticked means all"))
        self.topics.setMaximumHeight(120)
        self.topics.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        topics_hint = QLabel(self.tr("None ticked: every topic."), self)
        topics_hint.setObjectName("exportTopicsHint")
        self.format = QComboBox(self)
        self.format.setObjectName("exportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Full briefing"), BriefingFormat.FULL.value)
        self.format.addItem(
            self.tr("Checklist (header, objectives, points to make)"),
            BriefingFormat.CHECKLIST.value,
        )

        self.form.addRow(self.tr("&Dialogue:"), self.dialogue)
        self.form.addRow(self.tr("M&eeting:"), self.meeting)
        self.form.addRow(self.tr("Background period:"), self.since)
        self.form.addRow("", self.until)
        self.form.addRow(self.tr("&Topics:"), self.topics)
        self.form.addRow("", topics_hint)
        self.form.addRow(self.tr("&Format:"), self.format)
        self.add_common_rows()
        for combo in (self.dialogue, self.meeting, self.format):
            fit_combo(combo)
        self.chain_tab_order(
            [
                self.dialogue,
                self.meeting,
                self.since.check,
                self.since.editor,
                self.until.check,
                self.until.editor,
                self.topics,
                self.format,
            ]
        )

        self._fill_dialogues(dialogue_id)
        self.dialogue.currentIndexChanged.connect(self._dialogue_changed)
        self.meeting.currentIndexChanged.connect(self.options_changed)
        self.since.edited.connect(self.options_changed)
        self.until.edited.connect(self.options_changed)
        self.topics.itemChanged.connect(self.options_changed)
        self.format.currentIndexChanged.connect(self.options_changed)

    # -- the dialogue's choices ------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        """Brief on ``dialogue_id`` (the window's current dialogue), with the lists read
        afresh; the meeting and topics chosen stay chosen where they still exist."""
        meeting, topics = self.meeting.currentData(), self._topic_ids()
        self._fill_dialogues(dialogue_id)
        index = self.meeting.findData(meeting)
        self.meeting.setCurrentIndex(max(index, 0))
        self.set_topics(set(topics))
        self.options_changed()

    def dialogue_id(self) -> int | None:
        value = self.dialogue.currentData()
        return value if isinstance(value, int) else None

    def _fill_dialogues(self, dialogue_id: int | None) -> None:
        self.dialogue.blockSignals(True)
        self.dialogue.clear()
        for dialogue in list_dialogues(self.context.services):
            self.dialogue.addItem(dialogue.short_name or dialogue.name, dialogue.id)
            self.dialogue.setItemData(
                self.dialogue.count() - 1, dialogue.name, Qt.ItemDataRole.ToolTipRole
            )
        index = self.dialogue.findData(dialogue_id)
        self.dialogue.setCurrentIndex(max(index, 0) if self.dialogue.count() else -1)
        self.dialogue.blockSignals(False)
        self._fill_dialogue_choices()

    def _dialogue_changed(self) -> None:
        self._fill_dialogue_choices()
        self.options_changed()

    def _fill_dialogue_choices(self) -> None:
        """The meetings and topics of the dialogue chosen; a failure to read them leaves the
        lists empty and shows the reason."""
        services, dialogue_id = self.context.services, self.dialogue_id()
        self.meeting.blockSignals(True)
        self.topics.blockSignals(True)
        self.meeting.clear()
        self.topics.clear()
        self.meeting.addItem(self.tr("Next planned meeting"), None)
        try:
            if dialogue_id is not None:
                for meeting in reversed(list_meetings(services, dialogue_id)):
                    text = f"{when_text(meeting.start)} — {meeting.title}"
                    self.meeting.addItem(text, meeting.id)
                    self.meeting.setItemData(
                        self.meeting.count() - 1, meeting.title, Qt.ItemDataRole.ToolTipRole
                    )
                for topic in list_topics(services, dialogue_id):
                    item = QListWidgetItem(topic.name, self.topics)
                    item.setData(TOPIC_ROLE, topic.id)
                    item.setToolTip(topic.name)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked)
        except DialogueTrackerError as error:
            self._failed(said(error))
        finally:
            self.meeting.blockSignals(False)
            self.topics.blockSignals(False)

    def set_topics(self, topic_ids: set[int]) -> None:
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            ticked = item.data(TOPIC_ROLE) in topic_ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _topic_ids(self) -> frozenset[int]:
        ticked = set()
        for row in range(self.topics.count()):
            item = self.topics.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ticked.add(int(item.data(TOPIC_ROLE)))
        return frozenset(ticked)

    # -- ExportDialog ----------------------------------------------------------------------

    def options(self) -> BriefingOptions:
        dialogue_id = self.dialogue_id()
        if dialogue_id is None:
            raise ValidationError("dialogue", self.tr("the store holds no dialogue yet"))
        meeting = self.meeting.currentData()
        return replace(
            self.common_options(),
            dialogue_id=dialogue_id,
            meeting_id=meeting if isinstance(meeting, int) else None,
            since=self.since.value(),
            until=self.until.value(),
            topic_ids=self._topic_ids(),
            format=BriefingFormat(str(self.format.currentData())),
        )

    def job(self, options: BriefingOptions) -> Job:
        return briefing_job(self.context.services, options)

    def file_stem(self) -> str:
        name = self.dialogue.currentText() or "dialogue"
        return f"briefing-{name}-{self.context.services.today().isoformat()}"
