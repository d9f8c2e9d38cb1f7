"""*All dialogues* through the real window: the navigator's head shows every dialogue's row, and
the Commitments view lists every dialogue's commitments with a Dialogue column and filter and
a stale filter; choosing a dialogue again goes back to it."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QSpinBox
from pytestqt.qtbot import QtBot

from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.commitments.table_model import Column
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.portfolio.dialogue_table import COMPLIANCE, NAME, OPEN
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.gui.views.portfolio_view import PortfolioView
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.interop.sample import sample_document, sample_files
from dialoguetracker.services import Services
from dialoguetracker.services.commitments import count_commitments
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.interchange_import import import_interchange
from dialoguetracker.store.engine import open_store

OTHERS = (("Second working group", "Second WG"), ("Third working group", "Third WG"))


@pytest.fixture
def office(sample_template: Path, tmp_path: Path) -> Path:
    """The sample dialogue and two more like it: a store of three dialogues."""
    path = Path(shutil.copyfile(sample_template, tmp_path / "office.db"))
    store = open_store(path)
    try:
        services = Services(store, actor="tester")
        document = sample_document(sample_files()[0], services.today())
        for name, short in OTHERS:
            other = copy.deepcopy(document)
            other["dialogues"][0].update(name=name, short_name=short)
            import_interchange(services, read_interchange(json.dumps(other)))
    finally:
        store.close()
    return path


@pytest.fixture
def window(make_window: Callable[..., MainWindow], office: Path) -> MainWindow:
    return make_window(office)


def _choose_all(window: MainWindow) -> None:
    """Click *All dialogues* at the head of the navigator."""
    head = window.navigator.items.index(0, 0)
    assert head.data() == "All dialogues"
    window.navigator.setCurrentIndex(head)


def _register(window: MainWindow) -> CommitmentsView:
    view = window.show_view("commitments")
    assert isinstance(view, CommitmentsView)
    return view


def _shown(view: CommitmentsView) -> list[tuple[int, str]]:
    """(dialogue id, Dialogue cell) of every row the table lists."""
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    return [
        (model.commitment(row).dialogue_id, model.index(row, Column.DIALOGUE).data())  # type: ignore[union-attr]
        for row in range(model.rowCount())
    ]


def test_all_dialogues_shows_every_dialogue_s_row(window: MainWindow) -> None:
    window.show_view("overview")
    _choose_all(window)
    view = window.current_view()
    assert isinstance(view, PortfolioView) and view.isVisible()
    overview_action = window.findChild(QAction, "show_overview")
    assert overview_action is not None and overview_action.isChecked()  # in the Overview's place
    services = window.context.services
    listed = list_dialogues(services)
    assert len(listed) == 3
    table = view.dialogues.tree
    assert sorted(view.dialogues.dialogue_ids()) == sorted(d.id for d in listed)
    names = {table.topLevelItem(row).text(NAME) for row in range(table.topLevelItemCount())}
    assert names == {"Cyber WG", "Second WG", "Third WG"}
    for row in range(table.topLevelItemCount()):
        item = table.topLevelItem(row)
        assert item.text(OPEN) == "9"  # as each dialogue's own overview counts them
        assert item.text(COMPLIANCE) == "—"  # no compliance average read yet
    assert view.overdue_card.value.text() == str(3 * 2)
    window.grab()  # painted without error


def test_a_dialogue_s_row_opens_that_dialogue(window: MainWindow, qtbot: QtBot) -> None:
    _choose_all(window)
    view = window.current_view()
    assert isinstance(view, PortfolioView)
    table = view.dialogues.tree
    item = next(
        table.topLevelItem(row)
        for row in range(table.topLevelItemCount())
        if table.topLevelItem(row).text(NAME) == "Second WG"
    )
    view.dialogues.dialogue_chosen.emit(item.data(NAME, Qt.ItemDataRole.UserRole + 1))
    overview = window.current_view()
    assert isinstance(overview, OverviewView)
    assert overview.heading.text() == "Second working group"
    assert window.navigator.current_dialogue() == item.data(NAME, Qt.ItemDataRole.UserRole + 1)


def test_the_register_lists_every_dialogue_s_commitments_and_filters_them(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _register(window)
    assert view.table.isColumnHidden(Column.DIALOGUE)
    one_dialogue = view.model.total
    _choose_all(window)
    assert window.current_view() is view  # the register stays, now across the dialogues
    assert not view.table.isColumnHidden(Column.DIALOGUE)
    assert view.filters.dialogue.isVisible()
    shown = _shown(view)
    dialogue_ids = {d.id for d in list_dialogues(window.context.services)}
    assert {dialogue for dialogue, _name in shown} == dialogue_ids
    assert {name for _dialogue, name in shown} == {"Cyber WG", "Second WG", "Third WG"}
    assert view.model.total == 3 * one_dialogue

    second = view.filters.dialogue.findText("Second WG")
    view.filters.dialogue.setCurrentIndex(second)
    chosen = view.filters.dialogue.currentData()
    assert {dialogue for dialogue, _name in _shown(view)} == {chosen}
    assert view.model.total == one_dialogue
    assert view.filters.topic.count() > 1  # the chosen dialogue's topics are offered

    view.filters.clear()
    assert view.model.total == 3 * one_dialogue
    assert view.filters.topic.count() == 1  # every dialogue again: no one dialogue's topics
    stale = view.findChild(QCheckBox, "filterStale")
    assert stale is not None
    qtbot.mouseClick(stale, Qt.MouseButton.LeftButton, pos=stale.rect().center())
    assert stale.isChecked()
    expected = count_commitments(window.context.services, CommitmentFilter(stale_months=6))
    assert 0 < view.model.total == expected
    rows = _shown(view)
    assert {dialogue for dialogue, _name in rows} == dialogue_ids
    for row in range(len(rows)):
        assert view.model.index(row, Column.NEWS).data()  # "No news since" its last news
        tip = view.model.index(row, Column.NEWS).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("Stale: open, with no progress update since ")
    window.grab()


def test_choosing_a_dialogue_again_goes_back_to_it(window: MainWindow) -> None:
    view = _register(window)
    _choose_all(window)
    first = window.navigator.items.item(1)
    window.navigator.setCurrentIndex(first.index())
    assert not view.all_dialogues
    assert view.table.isColumnHidden(Column.DIALOGUE)
    assert not view.filters.dialogue.isVisibleTo(view)
    assert {dialogue for dialogue, _name in _shown(view)} == {window.navigator.current_dialogue()}
    window.show_view("overview")
    assert isinstance(window.current_view(), OverviewView)


def test_all_dialogues_is_remembered_and_waits_for_the_services(
    make_window: Callable[..., MainWindow], office: Path, app_settings: AppSettings
) -> None:
    window = make_window(office)
    _choose_all(window)
    assert app_settings.all_dialogues
    window.close()
    again = MainWindow(settings=app_settings)
    assert again.first_view() is None  # the first screen never paints the portfolio
    reopened = make_window(office)
    assert reopened.navigator.all_chosen()
    assert isinstance(reopened.current_view(), PortfolioView)


def test_the_overview_counts_stale_commitments_after_the_months_preferences_set(
    window: MainWindow,
) -> None:
    window.navigator.setCurrentIndex(window.navigator.items.index(1, 0))
    overview = window.show_view("overview")
    assert isinstance(overview, OverviewView)
    dialogue = window.navigator.current_dialogue()
    services = window.context.services
    six = count_commitments(services, CommitmentFilter(dialogue_id=dialogue, stale_months=6))
    assert overview.stale_card.value.text() == str(six)
    assert overview.stale_card.detail.text() == "no progress update in 6 months"

    dialog = window.show_preferences()
    months = dialog.findChild(QSpinBox, "staleMonths")
    assert months is not None and months.value() == 6
    months.setValue(60)  # before the sample's first round: nothing is stale
    dialog.accept()
    assert window.settings.stale_months == 60 and services.stale_months == 60
    assert overview.stale_card.value.text() == "0"
    assert overview.stale_card.detail.text() == "no progress update in 60 months"
