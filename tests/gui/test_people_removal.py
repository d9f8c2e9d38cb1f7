"""Deleting from the directory: asked first, Del in the tree (never in a form field), a record
others refer to is refused in plain words, and Ctrl+Z brings a deleted person back whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_people_view import people_of, person_named

from dialoguetracker.domain.records import OrganizationDraft, PartyDraft, PersonDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.people.tree import ORGANIZATION, PARTY, PERSON
from dialoguetracker.gui.views.people_view import PeopleView
from dialoguetracker.services import directory

Asked = list[str]


def answering_yes(view: PeopleView) -> Asked:
    asked: Asked = []

    def confirm(_parent: object, question: str, _yes: str, proceed: Callable[[], None]) -> None:
        asked.append(question)
        proceed()

    view.confirm = confirm
    return asked


def names(window: MainWindow) -> list[str]:
    return [p.name for p in directory.list_people(window.context.services)]


def test_del_in_the_tree_deletes_a_person_after_asking_and_undo_brings_them_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    draft = PersonDraft("Jane Roe", "US", title="Adviser", biography="Joined in 2021.")
    jane = directory.create_person(services, draft)
    view = people_of(window)
    view.reload()
    view.open_record(jane.id)
    asked = answering_yes(view)
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)

    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)

    assert asked == ["Delete “Jane Roe” from the directory? Undo (Ctrl+Z) brings it back."]
    assert "Jane Roe" not in names(window)
    assert view.tree.item_for(PERSON, jane.id) is None

    window.context.undo_stack.undo()

    back = person_named(window, "Jane Roe")
    assert (back.title, back.biography, back.party) == ("Adviser", "Joined in 2021.", "US")
    window.context.undo_stack.redo()
    assert "Jane Roe" not in names(window)


def test_del_in_a_form_field_deletes_text_not_the_person(window: MainWindow, qtbot: QtBot) -> None:
    view = people_of(window)
    person = directory.list_people(window.context.services)[0]
    view.open_record(person.id)
    asked = answering_yes(view)
    view.form.name.setFocus()
    qtbot.waitUntil(view.form.name.hasFocus)
    view.form.name.home(False)

    qtbot.keyClick(view.form.name, Qt.Key.Key_Delete)

    assert asked == []
    assert view.form.name.text() == person.name[1:]
    assert person.name in names(window)


def test_a_person_in_a_delegation_is_not_deleted_and_the_reason_is_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = people_of(window)
    listed = directory.list_people(window.context.services)[0]  # the sample lists everyone
    view.open_record(listed.id)
    answering_yes(view)

    view.delete_action.trigger()

    assert listed.name in names(window)
    assert view.message.isVisibleTo(view)
    assert view.message.text().startswith(f"“{listed.name}” was not deleted: ")
    assert "refer to" in view.message.text()
    assert window.context.undo_stack.count() == 0


def test_an_empty_organization_and_party_are_deleted_and_come_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    party = directory.create_party(services, PartyDraft("CA", "Canada"))
    office = directory.create_organization(services, OrganizationDraft("CA", "Global Affairs"))
    view = people_of(window)
    view.reload()
    answering_yes(view)

    assert view.select_record(ORGANIZATION, office.id)
    view.delete_action.trigger()
    assert view.select_record(PARTY, party.id)
    view.delete_action.trigger()

    assert [p.code for p in directory.list_parties(services)] == ["MX", "US"]
    stack = window.context.undo_stack
    stack.undo()
    stack.undo()
    assert "Global Affairs" in [o.name for o in directory.list_organizations(services, "CA")]


def test_undoing_an_edit_reaches_the_person_that_undo_re_created_under_a_new_id(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Edit a title, delete the person, undo the deletion (a new id), undo the edit: the old
    title goes back on the person as they live now; redo puts the new one back."""
    services = window.context.services
    jane = directory.create_person(services, PersonDraft("Jane Roe", "US", title="Adviser"))
    directory.create_person(services, PersonDraft("John Doe", "US"))  # takes a later id
    view = people_of(window)
    view.reload()
    view.open_record(jane.id)
    field = view.form.title
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Senior adviser")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    answering_yes(view)
    assert view.removing.ask(view.confirm)
    stack = window.context.undo_stack

    stack.undo()  # the deletion
    back = person_named(window, "Jane Roe")
    assert back.id != jane.id and back.title == "Senior adviser"
    stack.undo()  # the edit

    assert person_named(window, "Jane Roe").title == "Adviser"
    assert stack.index() == 0 and stack.count() == 2  # nothing refused or dropped
    stack.redo()
    assert person_named(window, "Jane Roe").title == "Senior adviser"
