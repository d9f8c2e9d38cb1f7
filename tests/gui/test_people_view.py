"""People & delegations as a user meets it: the directory, editing a person, adding records,
undo and redo, and each person's meeting history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.enums import MeetingStatus
from dialoguetracker.domain.records import AttendanceDraft, Person
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.people.add_dialogs import (
    AddOrganizationDialog,
    AddPartyDialog,
    AddPersonDialog,
)
from dialoguetracker.gui.people.tree import PERSON
from dialoguetracker.gui.views.people_view import PeopleView
from dialoguetracker.services import directory
from dialoguetracker.services.attendance import create_attendance
from dialoguetracker.services.meetings import list_meetings

US_HEAD = "Head of delegation, U.S. Department of State"
SRE = "Secretaría de Relaciones Exteriores"


def people_of(window: MainWindow) -> PeopleView:
    view = window.show_view("people")
    assert isinstance(view, PeopleView)
    return view


def person_named(window: MainWindow, name: str) -> Person:
    found = [p for p in directory.list_people(window.context.services) if p.name == name]
    assert len(found) == 1, name
    return found[0]


def test_the_tree_holds_parties_then_organizations_then_people(window: MainWindow) -> None:
    view = people_of(window)
    model = view.tree.items

    top = [model.item(row).text() for row in range(model.rowCount())]
    assert top == ["Mexico (MX)", "United States (US)"]
    mexico = model.item(0)
    assert mexico.child(0).text() == SRE
    assert mexico.child(0, 1).text() == "2 people"
    names = {mexico.child(0).child(row).text() for row in range(mexico.child(0).rowCount())}
    assert names == {
        "Head of delegation, Secretaría de Relaciones Exteriores",
        "Cyber affairs officer, Secretaría de Relaciones Exteriores",
    }
    united_states = model.item(1)
    organizations = [united_states.child(row).text() for row in range(united_states.rowCount())]
    assert "U.S. Department of State" in organizations
    assert united_states.child(0, 1).text() == "1 person"


def test_open_record_selects_the_person_and_shows_their_details(window: MainWindow) -> None:
    person = person_named(window, US_HEAD)

    window.open_record("person", person.id)

    view = window.current_view()
    assert isinstance(view, PeopleView)
    assert view.tree.current_key() == (PERSON, person.id)
    assert view.heading.text() == US_HEAD
    assert view.form.title.text() == "Head of the U.S. delegation"
    assert view.form.organization.currentText() == "U.S. Department of State"
    assert "names no delegates" in view.form.biography.toPlainText()


def test_typing_a_title_and_enter_saves_it_and_undo_redo_restore(
    window: MainWindow, qtbot: QtBot
) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    field = view.form.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Deputy Assistant Secretary")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    services = window.context.services
    assert directory.get_person(services, person.id).title == "Deputy Assistant Secretary"
    stack = window.context.undo_stack
    assert stack.undoText() == f"Change title of {US_HEAD}"

    stack.undo()
    assert directory.get_person(services, person.id).title == "Head of the U.S. delegation"
    assert view.form.title.text() == "Head of the U.S. delegation"
    assert view.tree.item_for(PERSON, person.id) is not None

    stack.redo()
    assert directory.get_person(services, person.id).title == "Deputy Assistant Secretary"
    assert view.form.title.text() == "Deputy Assistant Secretary"


def test_the_biography_saves_when_the_field_is_left(window: MainWindow, qtbot: QtBot) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    view.form.biography.setFocus()
    view.form.biography.selectAll()
    qtbot.keyClicks(view.form.biography, "Career diplomat.")
    view.form.contact.setFocus()

    assert directory.get_person(window.context.services, person.id).biography == "Career diplomat."


def test_an_empty_name_is_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    field = view.form.name
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert view.form.errors.marked_field() == "name"
    assert view.form.message.isVisibleTo(view)
    assert directory.get_person(window.context.services, person.id).name == US_HEAD
    assert window.context.undo_stack.count() == 0


def test_adding_a_person_puts_them_in_the_tree_and_undo_removes_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = people_of(window)
    view.open_record(person_named(window, US_HEAD).id)  # their party and office are defaults
    view.add_person_action.trigger()
    dialog = view.adding.dialog
    assert isinstance(dialog, AddPersonDialog)
    assert dialog.party.currentData() == "US"
    assert dialog.organization.currentText() == "U.S. Department of State"
    qtbot.keyClicks(dialog.name, "Jane Roe")
    qtbot.keyClicks(dialog.title, "Cyber policy adviser")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    added = person_named(window, "Jane Roe")
    assert added.title == "Cyber policy adviser"
    assert added.organization_id is not None
    assert view.tree.current_key() == (PERSON, added.id)
    assert view.form.name.text() == "Jane Roe"
    assert view.adding.dialog is None
    stack = window.context.undo_stack
    assert stack.undoText() == "Add person Jane Roe"

    stack.undo()
    names = [p.name for p in directory.list_people(window.context.services)]
    assert "Jane Roe" not in names
    assert view.tree.item_for(PERSON, added.id) is None

    stack.redo()
    assert person_named(window, "Jane Roe").title == "Cyber policy adviser"


def test_a_person_without_a_name_is_refused_in_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    view = people_of(window)
    dialog = view.adding.add_person()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert dialog.errors.marked_field() == "name"
    assert len(directory.list_people(window.context.services)) == 5
    dialog.reject()


def test_undoing_an_addition_others_now_refer_to_is_refused_in_plain_words(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = people_of(window)
    dialog = view.adding.add_person()
    qtbot.keyClicks(dialog.name, "Observer from the OAS")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    services = window.context.services
    added = person_named(window, "Observer from the OAS")
    planned = next(m for m in list_meetings(services) if m.status == MeetingStatus.PLANNED)
    create_attendance(services, AttendanceDraft(planned.id, added.id))
    window.context.operations.announce({"attendance"})
    stack = window.context.undo_stack
    assert stack.count() == 1

    stack.undo()

    assert person_named(window, "Observer from the OAS").id == added.id
    assert window.refusal_box is not None  # said the way every refused undo is said
    said = window.refusal_box.text()
    assert "Add person Observer from the OAS" in said and "still refer" in said
    assert stack.count() == 0  # the addition can no longer be undone, nor redone twice


def test_adding_a_party_and_an_organization(window: MainWindow, qtbot: QtBot) -> None:
    view = people_of(window)
    dialog = view.adding.add_party()
    assert isinstance(dialog, AddPartyDialog)
    qtbot.keyClicks(dialog.code, "CA")
    qtbot.keyClicks(dialog.name, "Canada")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [p.code for p in directory.list_parties(window.context.services)] == ["CA", "MX", "US"]
    assert view.tree.items.item(0).text() == "Canada (CA)"

    dialog = view.adding.add_organization()
    assert isinstance(dialog, AddOrganizationDialog)
    assert dialog.party.currentData() == "CA"  # the party selected in the tree
    qtbot.keyClicks(dialog.name, "Global Affairs Canada")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in directory.list_organizations(window.context.services, "CA")] == [
        "Global Affairs Canada"
    ]

    window.context.undo_stack.undo()
    window.context.undo_stack.undo()
    assert [p.code for p in directory.list_parties(window.context.services)] == ["MX", "US"]


def test_a_duplicate_party_code_is_shown_at_the_code_field(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = people_of(window).adding.add_party()
    qtbot.keyClicks(dialog.code, "MX")
    qtbot.keyClicks(dialog.name, "Another Mexico")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.marked_field() == "code"
    dialog.reject()


def test_the_history_shows_the_held_meeting_and_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    view = people_of(window)
    view.open_record(person_named(window, US_HEAD).id)
    model = view.history_model

    titles = [model.index(row, model.MEETING).data() for row in range(model.rowCount())]
    assert len(titles) == 2
    assert titles[1] == "First bilateral cyber dialogue under the Bicentennial Framework"
    assert model.index(1, model.DATE).data() == "10 Aug 2022"
    assert model.index(1, model.STATUS).data() == "Held"
    assert view.history_label.text() == "Meeting history (2)"
    held_id = model.meeting_id(1)

    table = view.history_table
    rect = table.visualRect(model.index(1, model.MEETING))
    with qtbot.waitSignal(view.open_requested) as opened:
        # What a double click delivers: a press, then the double-click event.
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == ["meeting", held_id]
    assert window.current_view().key == "meeting"


def test_someone_never_listed_has_an_empty_history_that_says_so(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = people_of(window)
    dialog = view.adding.add_person()
    qtbot.keyClicks(dialog.name, "New colleague")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert view.history_model.rowCount() == 0
    assert view.history_empty.isVisibleTo(view)
    assert not view.history_table.isVisibleTo(view)


def test_the_history_model_passes_the_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    view = people_of(window)
    view.open_record(person_named(window, US_HEAD).id)
    qtmodeltester.check(view.history_model)


def test_the_form_fields_have_accessible_names_and_a_tab_order(window: MainWindow) -> None:
    view = people_of(window)
    names = [widget.accessibleName() for widget in view.form.fields.values()]
    assert names == [
        "Name",
        "Party",
        "Organization",
        "Title",
        "Contact",
        "Pronunciation",
        "Biography",
    ]
    assert next_tab_stop(view.tree) is view.form.name
    assert next_tab_stop(view.form.pronunciation) is view.form.biography
    assert next_tab_stop(view.form.biography) is view.history_table


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``: the next widget in the focus chain that takes focus
    by Tab and is shown."""
    following = widget.nextInFocusChain()
    while not (
        following.focusPolicy() & Qt.FocusPolicy.TabFocus
        and following.isVisible()
        and following.isEnabled()
    ):
        following = following.nextInFocusChain()
    return following


def test_choosing_another_party_clears_the_organization_in_one_undoable_step(
    window: MainWindow, qtbot: QtBot
) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    combo = view.form.party
    assert combo.currentData() == "US"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # "Mexico (MX)" comes first

    services = window.context.services
    moved = directory.get_person(services, person.id)
    assert (moved.party, moved.organization_id) == ("MX", None)
    assert window.context.undo_stack.undoText() == f"Change party of {US_HEAD}"
    assert view.form.organization.currentText() == "(none)"

    window.context.undo_stack.undo()
    back = directory.get_person(services, person.id)
    assert (back.party, back.organization_id) == ("US", person.organization_id)
    assert view.form.organization.currentText() == "U.S. Department of State"


def test_a_refresh_does_not_throw_away_what_the_user_is_typing(
    window: MainWindow, qtbot: QtBot
) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    field = view.form.contact
    field.setFocus()
    qtbot.keyClicks(field, "jane@state.example")

    window.context.operations.announce({"people"})  # e.g. an edit made elsewhere

    assert field.text() == "jane@state.example"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert directory.get_person(window.context.services, person.id).contact == (
        "jane@state.example"
    )


def test_leaving_the_view_saves_the_field_being_typed_in(window: MainWindow, qtbot: QtBot) -> None:
    person = person_named(window, US_HEAD)
    view = people_of(window)
    view.open_record(person.id)
    field = view.form.pronunciation
    field.setFocus()
    qtbot.keyClicks(field, "hed of del-eh-GAY-shun")

    window.show_view("overview")

    saved = directory.get_person(window.context.services, person.id)
    assert saved.pronunciation == "hed of del-eh-GAY-shun"


def test_an_add_form_opens_in_its_first_empty_field_and_a_first_space_submits_nothing(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = people_of(window)
    person = view.adding.add_person()
    assert person.focusWidget() is person.name  # not the Add button, made before the fields
    qtbot.keyClick(person.focusWidget(), Qt.Key.Key_Space)
    assert person.isVisible() and not person.message.isVisibleTo(person)
    person.reject()

    organization = view.adding.add_organization()  # its party is chosen already
    assert organization.focusWidget() is organization.name


def test_a_field_marked_wrong_is_cleared_as_soon_as_it_is_edited(
    window: MainWindow, qtbot: QtBot
) -> None:
    dialog = people_of(window).adding.add_person()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.marked_field() == "name"
    assert dialog.message.text() == "must not be empty"

    qtbot.keyClicks(dialog.name, "Observer from the OAS")

    assert dialog.errors.marked_field() is None
    assert not dialog.message.isVisibleTo(dialog) and dialog.name.styleSheet() == ""
