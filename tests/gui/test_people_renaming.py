"""Correcting a party's or an organization's name in place: saved when the field is left, one
undoable step; a name that is empty or taken is refused at the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_people_view import people_of

from dialoguetracker.domain.records import OrganizationDraft
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.people.tree import ORGANIZATION, PARTY
from dialoguetracker.services import directory


def retype(qtbot: QtBot, field: object, text: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    assert isinstance(field, QLineEdit)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_organization_is_renamed_in_place_and_undo_restores_the_old_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    [sre] = [o for o in directory.list_organizations(services) if o.name.startswith("Secretar")]
    view = people_of(window)
    assert view.select_record(ORGANIZATION, sre.id)
    page = view.group_page
    assert view.detail.currentWidget() is page and page.name.text() == sre.name
    assert not page.code.isVisibleTo(page)

    retype(qtbot, page.name, "SRE (Foreign Ministry)")

    assert [o.name for o in directory.list_organizations(services, "MX")] == [
        "SRE (Foreign Ministry)"
    ]
    assert window.context.undo_stack.undoText() == f"Rename {sre.name} to SRE (Foreign Ministry)"
    assert view.tree.item_for(ORGANIZATION, sre.id).text() == "SRE (Foreign Ministry)"  # type: ignore[union-attr]
    window.context.undo_stack.undo()
    assert [o.name for o in directory.list_organizations(services, "MX")] == [sre.name]


def test_a_party_name_is_corrected_and_its_code_shown_not_edited(
    window: MainWindow, qtbot: QtBot
) -> None:
    services = window.context.services
    [mexico] = [p for p in directory.list_parties(services) if p.code == "MX"]
    view = people_of(window)
    assert view.select_record(PARTY, mexico.id)
    page = view.group_page
    assert page.code.text() == "MX" and page.code.isVisibleTo(page)

    retype(qtbot, page.name, "United Mexican States")

    assert [p.name for p in directory.list_parties(services) if p.code == "MX"] == [
        "United Mexican States"
    ]
    assert page.heading.text() == "United Mexican States (MX)"


def test_an_empty_or_taken_name_is_refused_at_the_field(window: MainWindow, qtbot: QtBot) -> None:
    services = window.context.services
    state = next(o for o in directory.list_organizations(services, "US") if "State" in o.name)
    homeland = directory.create_organization(
        services, OrganizationDraft("US", "Office of the National Cyber Director")
    )
    view = people_of(window)
    view.reload()
    assert view.select_record(ORGANIZATION, homeland.id)
    page = view.group_page

    retype(qtbot, page.name, state.name)

    assert page.errors.message.isVisibleTo(page)
    assert page.name.property("invalid") is True
    assert "Office of the National Cyber Director" in [
        o.name for o in directory.list_organizations(services, "US")
    ]
    assert window.context.undo_stack.count() == 0


def test_an_emptied_name_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    services = window.context.services
    [mexico] = [p for p in directory.list_parties(services) if p.code == "MX"]
    view = people_of(window)
    assert view.select_record(PARTY, mexico.id)
    page = view.group_page
    page.name.setFocus()
    qtbot.waitUntil(page.name.hasFocus)
    page.name.selectAll()
    qtbot.keyClick(page.name, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.name, Qt.Key.Key_Return)

    assert page.errors.message.isVisibleTo(page)
    assert [p.name for p in directory.list_parties(services) if p.code == "MX"] == [mexico.name]


def test_undoing_a_rename_reaches_the_organization_that_undo_re_created_under_a_new_id(
    window: MainWindow, qtbot: QtBot
) -> None:
    """Rename, delete, undo the deletion (the organization comes back with a new id), undo the
    rename: the name goes back on the organization as it lives now."""
    services = window.context.services
    embassy = directory.create_organization(services, OrganizationDraft("US", "Embassy"))
    directory.create_organization(services, OrganizationDraft("US", "Consulate"))  # a later id
    view = people_of(window)
    view.reload()
    assert view.select_record(ORGANIZATION, embassy.id)
    retype(qtbot, view.group_page.name, "U.S. Embassy in Mexico City")
    view.confirm = lambda _parent, _question, _yes, proceed: proceed()
    assert view.removing.ask(view.confirm)
    stack = window.context.undo_stack

    stack.undo()  # the deletion: the organization comes back, under a new id
    [back] = [o for o in directory.list_organizations(services, "US") if "Embassy" in o.name]
    assert back.name == "U.S. Embassy in Mexico City" and back.id != embassy.id
    stack.undo()  # the rename

    names = [o.name for o in directory.list_organizations(services, "US")]
    assert "Embassy" in names and "U.S. Embassy in Mexico City" not in names
    assert stack.index() == 0 and stack.count() == 2  # nothing was refused or dropped
    stack.redo()
    assert "U.S. Embassy in Mexico City" in [
        o.name for o in directory.list_organizations(services, "US")
    ]
