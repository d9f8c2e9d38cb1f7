"""The first "Done when" of the application issue, as one user story through the real widgets.

A new user runs the README's command (``make run``: the ``demo`` command on a fresh store,
then the application on it), sees the sample dialogue, logs a new meeting with two
delegations and three agenda items, records two commitments, marks one completed, undoes
that, and finds it again with Ctrl+F.

Every step is done with the keyboard and the mouse on the widgets a user sees, and every step
ends by asking the services what the store now holds. No step may wait on a modal dialog: the
application's own dialogs open with ``open()`` and are filled in here; the static
``QMessageBox`` / ``QInputDialog`` calls are replaced so that one popping up fails the test
instead of blocking it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QInputDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialoguetracker.cli import main
from dialoguetracker.domain.enums import JOINT, CommitmentStatus, MeetingStatus, RecordState, Role
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import Commitment
from dialoguetracker.gui.app import WindowOpener
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.commitments.commitment_dialog import CommitmentDialog
from dialoguetracker.gui.commitments.status_delegate import StatusCombo
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.find_dialog import HIT_ROLE
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.meeting.agenda_model import TITLE as AGENDA_TITLE_COLUMN
from dialoguetracker.gui.meeting.agenda_tab import AgendaTab
from dialoguetracker.gui.meeting.attendance_tab import NAME, ROLE, AttendanceTab
from dialoguetracker.gui.meeting.details_tab import DetailsTab
from dialoguetracker.gui.meeting.meeting_list_model import TITLE as MEETING_TITLE_COLUMN
from dialoguetracker.gui.meeting.tab import MeetingTab
from dialoguetracker.gui.navigator import KIND_ROLE
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.gui.views.meetings_view import MeetingsView
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.services import Services
from dialoguetracker.services.agenda import list_agenda
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.audit import history
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import get_commitment, list_commitments
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.directory import list_organizations, list_people
from dialoguetracker.services.meetings import get_meeting, list_meetings
from dialoguetracker.services.search import search

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton
ROOT = Path(__file__).resolve().parents[2]

DIALOGUE_NAME = "U.S.-Mexico Working Group on Cyber Issues"
MEETING_TITLE = "Experts' round on incident response"
MEETING_PLACE = "Washington, D.C."
NEW_HEAD = "Jordan Ellis"
NEW_HEAD_TITLE = "Deputy Coordinator for Cyber Issues"
AGENDA = (
    "Opening remarks by both heads of delegation",
    "Lessons from recent incidents against ports",
    "Next steps and date of the next round",
)
BULLETIN = "Share a quarterly bulletin on ransomware payment trends"
WORKSHOP = "Host a technical workshop on securing port logistics systems"
FIND_WORDS = "quarterly bulletin"


# -- starting as the README says ------------------------------------------------------------


def _readme_command() -> list[str]:
    """The commands ``make run`` runs after installing, as written in the Makefile."""
    assert "make run" in (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = re.search(r"^run:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe is not None, "the README's `make run` has no recipe in the Makefile"
    return [line.strip() for line in recipe.group(1).splitlines()]


@pytest.fixture
def no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A static message box or input dialog would wait for an answer: fail instead."""

    def blocked(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a modal dialog would block the user story here")

    for name in ("critical", "warning", "question", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(blocked))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(blocked))


@pytest.fixture
def readme_window(
    qtbot: QtBot, tmp_path: Path, app_settings: AppSettings, no_blocking_dialogs: None
) -> Iterator[MainWindow]:
    """What ``make run`` does: ``dialoguetracker --db .run/sample.db demo``, then
    ``dialoguetracker --db .run/sample.db``, whose window the application's opener makes
    (with settings in a temporary file and the user's name already given)."""
    commands = _readme_command()
    assert any(line.endswith("dialoguetracker --db $(SAMPLE_STORE) demo") for line in commands)
    assert commands[-1].endswith("dialoguetracker --db $(SAMPLE_STORE)"), commands
    path = tmp_path / ".run" / "sample.db"
    path.parent.mkdir()
    assert main(["--db", str(path), "demo"]) == 0
    opener = WindowOpener(app_settings)
    opener.switch(str(path))
    window = opener.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.context.services.store.close()


# -- gestures -------------------------------------------------------------------------------


def choose(qtbot: QtBot, box: QComboBox, data: object) -> None:
    """Pick an entry as a keyboard user does: focus the box, then arrow to the entry."""
    box.setFocus()
    target = box.findData(data)
    assert target >= 0, (box.objectName(), data)
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(box, key)


def click(qtbot: QtBot, widget: QWidget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, LEFT)


def click_into(qtbot: QtBot, widget: QWidget) -> None:
    """Click into a field and wait until it has the keyboard."""
    click(qtbot, widget)
    qtbot.waitUntil(widget.hasFocus)


def open_tab(qtbot: QtBot, tabs: QTabWidget, tab: QWidget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tabs.indexOf(tab)).center())
    assert tabs.currentWidget() is tab


def back_to(qtbot: QtBot, window: MainWindow) -> None:
    """Back in the main window after a dialog closed. A desktop's window manager hands the
    keyboard back to the window; the offscreen platform does not, so it is done here."""
    if not window.isActiveWindow():
        window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: object = CTRL) -> None:
    qtbot.keyClick(window, key, modifiers)  # type: ignore[arg-type]


def undo_texts(window: MainWindow) -> list[str]:
    stack = window.context.undo_stack
    return [stack.text(index) for index in range(stack.index())]


@dataclass
class Story:
    """What the steps share: the window, and the records the user made so far."""

    window: MainWindow
    qtbot: QtBot
    dialogue_id: int = 0
    meeting_id: int = 0
    bulletin_id: int = 0
    workshop_id: int = 0

    @property
    def services(self) -> Services:
        return self.window.context.services

    def editor_tab(self, tab_class: type[MeetingTab]) -> MeetingTab:
        editor = self.window.current_view()
        assert isinstance(editor, MeetingEditor)
        tab = editor.tab(tab_class)
        open_tab(self.qtbot, editor.tabs, tab)
        return tab

    def commitments(self) -> list[Commitment]:
        return list_commitments(self.services, CommitmentFilter(dialogue_id=self.dialogue_id))


# -- the story ------------------------------------------------------------------------------


def test_a_new_user_logs_a_meeting_records_commitments_undoes_a_completion_and_finds_it(
    readme_window: MainWindow, qtbot: QtBot
) -> None:
    story = Story(readme_window, qtbot)
    see_the_sample_dialogue(story)
    log_a_new_meeting(story)
    add_two_delegations(story)
    add_three_agenda_items(story)
    record_two_commitments(story)
    complete_one_and_undo(story)
    find_it_again(story)
    assert story.window.current_view().key == "commitments"


def see_the_sample_dialogue(story: Story) -> None:
    window = story.window
    dialogues = list_dialogues(story.services)
    assert [dialogue.name for dialogue in dialogues] == [DIALOGUE_NAME]
    story.dialogue_id = dialogues[0].id
    assert len(list_meetings(story.services, story.dialogue_id)) == 2
    assert len(story.commitments()) == 10

    navigator = window.navigator.items
    assert navigator.item(0).text() == "All dialogues"  # heads the navigator
    assert navigator.item(1).text() == "Cyber WG"
    assert window.navigator.current_dialogue() == story.dialogue_id
    overview = window.current_view()
    assert isinstance(overview, OverviewView)
    assert overview.isVisible()
    assert overview.heading.text() == DIALOGUE_NAME
    assert overview.open_card.detail.text() == "of 10 recorded"
    assert story.services.actor == "Test User"


def log_a_new_meeting(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    press(qtbot, window, Qt.Key.Key_M, CTRL | SHIFT)
    editor = window.current_view()
    assert isinstance(editor, MeetingEditor) and editor.meeting is not None
    story.meeting_id = editor.meeting.id
    meetings = list_meetings(services, story.dialogue_id)
    assert len(meetings) == 3
    new = get_meeting(services, story.meeting_id)
    assert (new.title, new.status, new.record) == (
        "New meeting",
        MeetingStatus.PLANNED,
        RecordState.DRAFT,
    )

    details = story.editor_tab(DetailsTab)
    assert isinstance(details, DetailsTab)
    click_into(qtbot, details.title_edit)
    qtbot.keyClick(details.title_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(details.title_edit, MEETING_TITLE)
    qtbot.keyClick(details.title_edit, Qt.Key.Key_Return)
    assert get_meeting(services, story.meeting_id).title == MEETING_TITLE
    click_into(qtbot, details.location)
    qtbot.keyClicks(details.location, MEETING_PLACE)
    qtbot.keyClick(details.location, Qt.Key.Key_Tab)  # leaving the field saves it
    assert not details.location.hasFocus()

    saved = get_meeting(services, story.meeting_id)
    assert (saved.title, saved.location) == (MEETING_TITLE, MEETING_PLACE)
    assert editor.header.title.text() == MEETING_TITLE
    assert undo_texts(window) == [
        "Create meeting “New meeting”",
        "Change title of meeting “New meeting”",
        f"Change place of meeting “{MEETING_TITLE}”",
    ]
    trail = [(entry.action, entry.field) for entry in history(services, "meeting", saved.id)]
    assert trail[0][0] == "create" and ("update", "title") in trail
    assert ("update", "location") in trail

    # The new meeting is listed where a user looks for it: in the navigator, under its year,
    # and in the Meetings view.
    navigator = window.navigator
    dialogue = navigator.items.item(1)
    years = [dialogue.child(row) for row in range(dialogue.rowCount())]
    year = next(item for item in years if item.text().startswith(f"{saved.start.year} ("))
    navigator.expand(year.index())
    listed = [year.child(row) for row in range(year.rowCount())]
    assert any(
        item.data(KIND_ROLE) == "meeting" and item.text().endswith(f" · {MEETING_TITLE}")
        for item in listed
    )
    meetings_view = window.views["meetings"]
    assert isinstance(meetings_view, MeetingsView)
    shown = [
        meetings_view.model.index(row, MEETING_TITLE_COLUMN).data()
        for row in range(meetings_view.model.rowCount())
    ]
    assert MEETING_TITLE in shown


def add_two_delegations(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    tab = story.editor_tab(AttendanceTab)
    assert isinstance(tab, AttendanceTab)
    assert list_attendance(services, story.meeting_id) == []
    people = {person.name: person for person in list_people(services)}
    mexican_head = people["Head of delegation, Secretaría de Relaciones Exteriores"]
    mexican_member = people["Cyber affairs officer, Secretaría de Relaciones Exteriores"]
    american_member = people["Cybersecurity lead, U.S. Department of Homeland Security"]

    # Mexico's head and a member, picked from the people already known.
    for person, role in ((mexican_head, Role.HEAD), (mexican_member, Role.MEMBER)):
        choose(qtbot, tab.person, person.id)
        choose(qtbot, tab.new_role, role.value)
        click(qtbot, tab.add_button)

    # The U.S. head is met for the first time: typed in beside the delegation.
    form = tab.new_person
    state = next(
        organization
        for organization in list_organizations(services)
        if organization.name == "U.S. Department of State"
    )
    choose(qtbot, form.party, "US")
    choose(qtbot, form.organization, state.id)
    choose(qtbot, tab.new_role, Role.HEAD.value)
    click_into(qtbot, form.name)
    qtbot.keyClicks(form.name, NEW_HEAD)
    click_into(qtbot, form.person_title)
    qtbot.keyClicks(form.person_title, NEW_HEAD_TITLE)
    qtbot.keyClick(form.person_title, Qt.Key.Key_Return)
    assert form.name.text() == ""

    # And a U.S. member from the picker.
    choose(qtbot, tab.person, american_member.id)
    choose(qtbot, tab.new_role, Role.MEMBER.value)
    click(qtbot, tab.add_button)

    # The store: both delegations, a head for each side.
    people = {person.id: person for person in list_people(services)}
    new_head = next(person for person in people.values() if person.name == NEW_HEAD)
    assert (new_head.party, new_head.organization_id, new_head.title) == (
        "US",
        state.id,
        NEW_HEAD_TITLE,
    )
    rows = list_attendance(services, story.meeting_id)
    listed = {(people[row.person_id].party, people[row.person_id].name, row.role) for row in rows}
    assert listed == {
        ("MX", mexican_head.name, Role.HEAD),
        ("MX", mexican_member.name, Role.MEMBER),
        ("US", NEW_HEAD, Role.HEAD),
        ("US", american_member.name, Role.MEMBER),
    }
    heads = {people[row.person_id].party for row in rows if row.role is Role.HEAD}
    assert heads == {"US", "MX"}

    # The screen: grouped by side, the head of delegation first.
    groups = [tab.tree.topLevelItem(index) for index in range(tab.tree.topLevelItemCount())]
    shown = {}
    for group in groups:
        assert group is not None
        children = [group.child(index) for index in range(group.childCount())]
        shown[group.text(NAME)] = [(c.text(NAME), c.text(ROLE)) for c in children if c]
    assert shown == {
        "United States (US)": [
            (NEW_HEAD, "Head of delegation"),
            (american_member.name, "Member"),
        ],
        "Mexico (MX)": [
            (mexican_head.name, "Head of delegation"),
            (mexican_member.name, "Member"),
        ],
    }
    assert undo_texts(window)[-4:] == [
        f"Add {mexican_head.name} to the delegation",
        f"Add {mexican_member.name} to the delegation",
        f"Add new person {NEW_HEAD} to the delegation",
        f"Add {american_member.name} to the delegation",
    ]


def add_three_agenda_items(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    tab = story.editor_tab(AgendaTab)
    assert isinstance(tab, AgendaTab)
    assert list_agenda(services, story.meeting_id) == []
    for title in AGENDA:
        click(qtbot, tab.add_button)
        qtbot.waitUntil(tab.form.title.hasFocus)
        qtbot.keyClicks(tab.form.title, title)  # the placeholder title is selected: replaced
        qtbot.keyClick(tab.form.title, Qt.Key.Key_Return)
        assert list_agenda(services, story.meeting_id)[-1].title == title

    items = list_agenda(services, story.meeting_id)
    assert [(item.position, item.title) for item in items] == [
        (1, AGENDA[0]),
        (2, AGENDA[1]),
        (3, AGENDA[2]),
    ]
    assert [
        tab.model.index(row, AGENDA_TITLE_COLUMN).data() for row in range(tab.model.rowCount())
    ] == list(AGENDA)
    assert tab.total.text().startswith("Items: 3")
    assert undo_texts(window)[-2:] == [
        "Add agenda item “New agenda item”",
        "Change title of agenda item “New agenda item”",
    ]


def record_two_commitments(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    for text, owner in ((BULLETIN, "US"), (WORKSHOP, "MX")):
        press(qtbot, window, Qt.Key.Key_C, CTRL | SHIFT)
        view = window.current_view()
        assert isinstance(view, CommitmentsView)
        dialog = view.controller.dialog
        assert isinstance(dialog, CommitmentDialog) and dialog.isVisible()
        qtbot.waitUntil(lambda dialog=dialog: QApplication.focusWidget() is dialog.text)
        qtbot.keyClicks(dialog.text, text)
        choose(qtbot, dialog.owner, owner)
        choose(qtbot, dialog.meeting, story.meeting_id)  # the meeting just logged
        click_into(qtbot, dialog.text)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
        assert not dialog.isVisible()
        back_to(qtbot, window)
        selected = view.selected()
        assert selected is not None and selected.text == text

    by_text = {commitment.text: commitment for commitment in story.commitments()}
    assert len(by_text) == 12
    bulletin, workshop = by_text[BULLETIN], by_text[WORKSHOP]
    story.bulletin_id, story.workshop_id = bulletin.id, workshop.id
    for commitment, owner in ((bulletin, "US"), (workshop, "MX")):
        stored = get_commitment(services, commitment.id)
        assert (stored.owner, stored.meeting_id, stored.status, stored.dialogue_id) == (
            owner,
            story.meeting_id,
            CommitmentStatus.AGREED,
            story.dialogue_id,
        )
        assert stored.owner != JOINT
        assert list_updates(services, stored.id) == []
        assert history(services, "commitment", stored.id)[0].action == "create"
    made = undo_texts(window)[-2:]
    assert made[0].startswith("New commitment “Share a quarterly bulletin on ransomware")
    assert made[1].startswith("New commitment “Host a technical workshop on securing port")


def complete_one_and_undo(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    view = window.current_view()
    assert isinstance(view, CommitmentsView)
    row = view.model.row_of(story.bulletin_id)
    assert row is not None
    cell = view.model.index(row, Column.STATUS)
    view.table.scrollTo(cell)
    qtbot.mouseClick(view.table.viewport(), LEFT, pos=view.table.visualRect(cell).center())
    selected = view.selected()
    assert selected is not None and selected.id == story.bulletin_id
    assert cell.data() == "Agreed"

    # Mark it completed in the status cell: F2, arrow to Completed, Enter.
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(StatusCombo, "statusEditor")
    assert editor is not None and editor.currentData() == CommitmentStatus.AGREED.value
    while editor.currentData() != CommitmentStatus.COMPLETED.value:
        qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert get_commitment(services, story.bulletin_id).status is CommitmentStatus.AGREED
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: get_commitment(services, story.bulletin_id).status is CommitmentStatus.COMPLETED
    )
    done = "Status changed from agreed to completed"
    assert [update.note for update in list_updates(services, story.bulletin_id)] == [done]
    row = view.model.row_of(story.bulletin_id)
    assert row is not None and view.model.index(row, Column.STATUS).data() == "Completed"
    assert window.context.undo_stack.undoText() == (
        "Change status of commitment “Share a quarterly bulletin on ransomware paymen…” "
        "to completed"
    )
    assert get_commitment(services, story.workshop_id).status is CommitmentStatus.AGREED

    # Ctrl+Z: the status is back; the history keeps both updates (it is append-only).
    press(qtbot, window, Qt.Key.Key_Z)
    restored = get_commitment(services, story.bulletin_id)
    assert restored.status is CommitmentStatus.AGREED
    updates = list_updates(services, story.bulletin_id)
    assert [(update.note, update.status) for update in updates] == [
        (done, CommitmentStatus.COMPLETED),
        (f"Undone: {done}", CommitmentStatus.AGREED),
    ]
    trail = history(services, "commitment", story.bulletin_id)
    changes = [(entry.field, entry.old, entry.new) for entry in trail if entry.field == "status"]
    assert changes == [("status", "agreed", "completed"), ("status", "completed", "agreed")]
    assert {entry.actor for entry in trail} == {"Test User"}
    assert window.context.undo_stack.redoText().startswith("Change status of commitment")
    row = view.model.row_of(story.bulletin_id)
    assert row is not None and view.model.index(row, Column.STATUS).data() == "Agreed"
    selected = view.selected()
    assert selected is not None and selected.id == story.bulletin_id
    shown_history = view.detail.history_text()
    assert done in shown_history and f"Undone: {done}" in shown_history


def find_it_again(story: Story) -> None:
    window, qtbot, services = story.window, story.qtbot, story.services
    press(qtbot, window, Qt.Key.Key_1)  # away to the Overview first
    assert window.current_view().key == "overview"

    press(qtbot, window, Qt.Key.Key_F)
    finder = window.find_dialog
    assert finder is not None and finder.isVisible()
    qtbot.waitUntil(finder.query.hasFocus)
    qtbot.keyClicks(finder.query, FIND_WORDS)
    qtbot.waitUntil(lambda: finder.status.text().startswith("1 match"))  # after a pause
    group = finder.results.topLevelItem(0)
    assert group is not None and group.text(0) == "Commitments"
    hit = group.child(0)
    assert hit is not None and hit.data(0, HIT_ROLE) == ("commitment", story.bulletin_id)
    qtbot.keyClick(finder.query, Qt.Key.Key_Return)

    view = window.current_view()
    assert isinstance(view, CommitmentsView)
    selected = view.selected()
    assert selected is not None and selected.id == story.bulletin_id
    assert view.table.selectionModel().isRowSelected(view.table.currentIndex().row())
    assert view.detail.body_text().startswith(BULLETIN)

    # Finding changed nothing: the store holds what the story left in it.
    hits = search(services, FIND_WORDS)
    assert [(hit.kind, hit.record_id) for hit in hits] == [("commitment", story.bulletin_id)]
    assert get_commitment(services, story.bulletin_id).status is CommitmentStatus.AGREED
    assert len(list_updates(services, story.bulletin_id)) == 2
    assert len(list_attendance(services, story.meeting_id)) == 4
    assert len(list_agenda(services, story.meeting_id)) == 3
    assert len(story.commitments()) == 12
