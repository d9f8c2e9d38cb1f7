"""The meeting's Preparation tab: our side's brief, and what we say on each agenda item.

Everything here is internal, and the tab says so in a band at its top: the briefing PDF prints
it for our official and every counterpart or public export leaves it out. A field is saved
when the user leaves it (or presses Ctrl+Return), as one undoable change; the brief is created
by its first edit, and undoing that edit removes it again. While the record is final the tab
is read-only.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import AgendaItem, MeetingBrief
from dialoguetracker.gui.context import AppContext
from dialoguetracker.gui.field_errors import FieldErrors
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.operations import AGENDA, BRIEFS, MEETINGS, STORE
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import side_name
from dialoguetracker.gui.widgets.clause_commitment import show_problem
from dialoguetracker.gui.widgets.labels import mark_banner
from dialoguetracker.gui.widgets.text_fields import CommittingTextEdit, LineListEdit
from dialoguetracker.services.agenda import get_agenda_item, list_agenda, update_agenda_item
from dialoguetracker.services.briefs import delete_brief, get_brief, set_brief

# Field name -> (label in the form, name in an undo text), translated in the "PreparationTab"
# context when shown.
BRIEF_FIELDS = {
    "purpose": (
        QT_TRANSLATE_NOOP("PreparationTab", "&Purpose:"),
        QT_TRANSLATE_NOOP("PreparationTab", "the purpose"),
    ),
    "objectives": (
        QT_TRANSLATE_NOOP("PreparationTab", "&Our objectives:"),
        QT_TRANSLATE_NOOP("PreparationTab", "our objectives"),
    ),
    "their_objectives": (
        QT_TRANSLATE_NOOP("PreparationTab", "&Their expected objectives:"),
        QT_TRANSLATE_NOOP("PreparationTab", "their expected objectives"),
    ),
    "their_asks": (
        QT_TRANSLATE_NOOP("PreparationTab", "Their likely &asks:"),
        QT_TRANSLATE_NOOP("PreparationTab", "their likely asks"),
    ),
    "press_line": (
        QT_TRANSLATE_NOOP("PreparationTab", "P&ress line:"),
        QT_TRANSLATE_NOOP("PreparationTab", "the press line"),
    ),
}
ITEM_FIELDS = {
    "points_to_make": (
        QT_TRANSLATE_NOOP("PreparationTab", "Points to make:"),
        QT_TRANSLATE_NOOP("PreparationTab", "the points to make"),
    ),
    "their_position": (
        QT_TRANSLATE_NOOP("PreparationTab", "Their likely position:"),
        QT_TRANSLATE_NOOP("PreparationTab", "their likely position"),
    ),
    "our_response": (
        QT_TRANSLATE_NOOP("PreparationTab", "Our response:"),
        QT_TRANSLATE_NOOP("PreparationTab", "our response"),
    ),
}
_LIST_FIELDS = {"objectives", "their_objectives", "their_asks", "points_to_make"}
_ACCESSIBLE = {
    "purpose": QT_TRANSLATE_NOOP("PreparationTab", "Purpose"),
    "objectives": QT_TRANSLATE_NOOP("PreparationTab", "Our objectives"),
    "their_objectives": QT_TRANSLATE_NOOP("PreparationTab", "Their expected objectives"),
    "their_asks": QT_TRANSLATE_NOOP("PreparationTab", "Their likely asks"),
    "press_line": QT_TRANSLATE_NOOP("PreparationTab", "Press line"),
    "points_to_make": QT_TRANSLATE_NOOP("PreparationTab", "Points to make"),
    "their_position": QT_TRANSLATE_NOOP("PreparationTab", "Their likely position"),
    "our_response": QT_TRANSLATE_NOOP("PreparationTab", "Our response"),
}


AGENDA_ITEM = RecordKind.AGENDA_ITEM
"""The kind under which the undo stack's id book follows agenda items brought back by undo."""


def _tr(text: object) -> str:
    """``QT_TRANSLATE_NOOP`` is typed as returning ``object``; its value is the source text."""
    return QCoreApplication.translate("PreparationTab", str(text))


def _object_name(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(word.title() for word in rest)


def _editor(field: str, parent: QWidget) -> CommittingTextEdit:
    editor = (
        LineListEdit(parent)
        if field in _LIST_FIELDS
        else CommittingTextEdit(parent, lines=3, grow_to=10)
    )
    editor.setObjectName(_object_name(field))
    editor.setAccessibleName(_tr(_ACCESSIBLE[field]))
    return editor


def _value(editor: CommittingTextEdit) -> object:
    if isinstance(editor, LineListEdit):
        return editor.items()
    return editor.value()


def _show(editor: CommittingTextEdit, value: object) -> None:
    """Show a stored value unless the user has typed in the field since it was loaded."""
    if editor.is_dirty():
        return
    if isinstance(editor, LineListEdit):
        assert isinstance(value, tuple)
        editor.set_items(value)
    else:
        editor.set_value(None if value is None else str(value))


def _saved(editor: CommittingTextEdit, value: object) -> None:
    editor.mark_saved()
    _show(editor, value)


class ItemPreparation(QGroupBox):
    """The three preparation fields of one agenda item."""

    def __init__(self, item: AgendaItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaItemPreparation")
        self.item = item
        self.facts = QLabel(self)
        self.facts.setStyleSheet("color: palette(placeholder-text);")
        self.editors = {field: _editor(field, self) for field in ITEM_FIELDS}
        form = QFormLayout(self)
        form.addRow(self.facts)
        for field, (label, _undo) in ITEM_FIELDS.items():
            form.addRow(_tr(label), self.editors[field])
        message = QLabel(self)
        form.addRow(message)
        self.errors = FieldErrors(dict(self.editors), message)
        self.show_item(item)

    def show_item(self, item: AgendaItem) -> None:
        self.item = item
        self.setTitle(f"{item.position}. {item.title}")
        self.setAccessibleName(filled(self.tr("Preparation for agenda item %1"), item.title))
        facts = []
        if item.lead:
            facts.append(filled(self.tr("Lead: %1"), side_name(item.lead)))
        if item.planned_minutes:
            facts.append(filled(self.tr("%1 min"), str(item.planned_minutes)))
        self.facts.setText(" · ".join(facts))
        self.facts.setVisible(bool(facts))
        for field, editor in self.editors.items():
            _show(editor, getattr(item, field))

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)


class PreparationTab(MeetingTab):
    title = str(QT_TRANSLATE_NOOP("MeetingTab", "Preparation (internal)"))

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("preparationTab")
        self.brief: MeetingBrief | None = None
        self.sections: dict[int, ItemPreparation] = {}
        self.banner = mark_banner(QLabel(self))
        self.banner.setObjectName("internalBanner")
        self.banner.setText(
            self.tr(
                "INTERNAL — our side's preparation. Never shared: every counterpart or public "
                "briefing and export leaves it out."
            )
        )
        self.banner.setAccessibleName(self.tr("Internal material"))
        self.lock_notice = mark_banner(QLabel(self), internal=False)
        self.lock_notice.setObjectName("lockNotice")
        self.lock_notice.setText(
            self.tr("The meeting's record is final, so its preparation is read-only.")
        )
        self.lock_notice.hide()
        content = QWidget(self)
        content.setObjectName("preparationContent")
        self.content = content
        brief_box = QGroupBox(self.tr("Meeting brief"), content)
        brief_box.setObjectName("briefBox")
        self.brief_editors = {field: _editor(field, brief_box) for field in BRIEF_FIELDS}
        brief_form = QFormLayout(brief_box)
        for field, (label, _undo) in BRIEF_FIELDS.items():
            editor = self.brief_editors[field]
            brief_form.addRow(_tr(label), editor)
            buddy = brief_form.labelForField(editor)
            if isinstance(buddy, QLabel):
                buddy.setBuddy(editor)
            editor.editingFinished.connect(lambda field=field: self.save_brief_field(field))
        brief_message = QLabel(brief_box)
        brief_message.setObjectName("briefMessage")
        brief_form.addRow(brief_message)
        self.brief_errors = FieldErrors(dict(self.brief_editors), brief_message)
        self.agenda_box = QGroupBox(self.tr("Agenda: points to make"), content)
        self.agenda_box.setObjectName("agendaPreparationBox")
        self.agenda_layout = QVBoxLayout(self.agenda_box)
        self.no_agenda = QLabel(
            self.tr("The meeting has no agenda items yet; add them on the Agenda tab."),
            self.agenda_box,
        )
        self.no_agenda.setObjectName("noAgenda")
        self.agenda_layout.addWidget(self.no_agenda)
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(brief_box)
        content_layout.addWidget(self.agenda_box)
        content_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("preparationScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.lock_notice)
        layout.addWidget(scroll, 1)
        self.reload()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        meeting = self.meeting
        self.content.setEnabled(meeting is not None)
        if meeting is None:
            self.brief = None
            for editor in self.brief_editors.values():
                editor.set_value(None)
            self._show_agenda([])
            return
        self.brief = get_brief(self.context.services, meeting.id)
        shown = self.brief or MeetingBrief(meeting.id)
        for field, editor in self.brief_editors.items():
            _show(editor, getattr(shown, field))
            editor.set_read_only(self.locked)
        self._show_agenda(list_agenda(self.context.services, meeting.id))
        self.lock_notice.setVisible(self.locked)

    def _show_agenda(self, items: list[AgendaItem]) -> None:
        """Update the sections in place while the agenda keeps its items (so the field being
        typed in survives); rebuild them when items came, went or moved."""
        if [item.id for item in items] != list(self.sections):
            for section in self.sections.values():
                self.agenda_layout.removeWidget(section)
                section.deleteLater()
            self.sections = {}
            for item in items:
                section = ItemPreparation(item, self.agenda_box)
                for field, editor in section.editors.items():
                    editor.editingFinished.connect(
                        lambda item_id=item.id, field=field: self.save_item_field(item_id, field)
                    )
                self.sections[item.id] = section
                self.agenda_layout.addWidget(section)
        else:
            for item in items:
                self.sections[item.id].show_item(item)
        for section in self.sections.values():
            section.set_read_only(self.locked)
        self.no_agenda.setVisible(not items)

    def on_changed(self, kinds: frozenset[str]) -> None:
        if kinds & {BRIEFS, AGENDA, MEETINGS, STORE}:
            self.reload()

    # -- saving ----------------------------------------------------------------------------

    def save_brief_field(self, field: str) -> None:
        editor = self.brief_editors[field]
        if self.meeting is None or self.locked:
            return
        services, editing = self.context.services, self.context.editing
        first_id = self.meeting.id
        empty = MeetingBrief(first_id)
        existed = self.brief is not None
        old = getattr(self.brief or empty, field)
        new = _value(editor)
        if field == "purpose":
            new = new or ""
        if new == old:
            _saved(editor, old)
            self.brief_errors.clear()
            return

        def read() -> MeetingBrief:
            # The meeting may have been deleted and brought back by undo under a new id.
            meeting_id = editing.current(RecordKind.MEETING, first_id)
            return get_brief(services, meeting_id) or MeetingBrief(meeting_id)

        def write(brief: MeetingBrief) -> MeetingBrief | None:
            if not existed and brief == MeetingBrief(brief.meeting_id):
                # Undoing the edit that created the brief takes the brief away again.
                if get_brief(services, brief.meeting_id) is not None:
                    delete_brief(services, brief.meeting_id)
                return None
            return set_brief(services, brief)

        text = filled(self.tr("Edit %1 in the brief"), _tr(BRIEF_FIELDS[field][1]))
        try:
            result = editing.change_field(
                text,
                read,
                write,
                field,
                old,
                new,
            )
        except DialogueTrackerError as error:
            show_problem(self.brief_errors, error)
            return
        self.brief_errors.clear()
        assert isinstance(result, MeetingBrief)
        self.brief = result
        _saved(editor, getattr(result, field))

    def save_item_field(self, item_id: int, field: str) -> None:
        section = self.sections.get(item_id)
        if section is None or self.meeting is None or self.locked:
            return
        editor = section.editors[field]
        old, new = getattr(section.item, field), _value(editor)
        if new == old:
            _saved(editor, old)
            section.errors.clear()
            return
        services, editing = self.context.services, self.context.editing
        text = filled(
            self.tr("Edit %1 for agenda item “%2”"), _tr(ITEM_FIELDS[field][1]), section.item.title
        )
        try:
            result = editing.change_field(
                text,
                lambda: get_agenda_item(services, editing.current(AGENDA_ITEM, item_id)),
                lambda item: update_agenda_item(services, item.id, item),
                field,
                old,
                new,
            )
        except DialogueTrackerError as error:
            show_problem(section.errors, error)
            return
        section.errors.clear()
        assert isinstance(result, AgendaItem)
        section.item = result
        _saved(editor, getattr(result, field))
