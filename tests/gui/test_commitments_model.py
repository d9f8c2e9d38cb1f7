"""The commitments table model without a window: Qt's model checks, paging through the
services, sorting in SQL, and the marks for overdue, due-soon and internal rows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from commitment_store import FIXED_NOW, TODAY, Dialogue, add_many, build_dialogue, due_of
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.records import CommitmentDraft
from dialoguetracker.gui.commitments.marks import BACKGROUND, Mark
from dialoguetracker.gui.commitments.pages import KEPT_PAGES
from dialoguetracker.gui.commitments.source import ServicesSource
from dialoguetracker.gui.commitments.table_model import (
    COMMITMENT_ROLE,
    MARK_ROLE,
    PAGE_SIZE,
    SORT_ROLE,
    Column,
    CommitmentTableModel,
)
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_lookup import commitment_place
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import (
    create_commitment,
    get_commitment,
    list_commitments,
)
from dialoguetracker.store.engine import open_store

ROWS = 1000
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """A store of 1,000 generated commitments, made once for the module."""
    path = tmp_path_factory.mktemp("thousand") / "store.db"
    shutil.copyfile(migrated_template, path)
    store = open_store(path)
    services = Services(store, actor="tester", clock=lambda: FIXED_NOW)
    add_many(services, build_dialogue(services), ROWS)
    store.close()
    return path


@pytest.fixture
def big(thousand: Path, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "big.db"
    shutil.copyfile(thousand, path)
    store = open_store(path)
    yield Services(store, actor="tester", clock=lambda: FIXED_NOW)
    store.close()


def statements(services: Services) -> list[str]:
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(" ".join(statement.split()))

    event.listen(services.store.engine, "before_cursor_execute", record)
    return seen


def model_on(services: Services, **criteria: object) -> CommitmentTableModel:
    model = CommitmentTableModel(ServicesSource(services))
    model.set_filter(CommitmentFilter(dialogue_id=1, **criteria))  # type: ignore[arg-type]
    return model


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_paged_model_passes_qts_model_checks(big: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Qt's own tester (it reports by warnings, which fail this test) watches the model
    while it pages, sorts, refreshes and filters. pytest-qt's Python tester cannot watch
    paging: it fetches more from inside the signals it is checking."""
    model = model_on(big)
    model.topics = {1: "Cybercrime", 2: "Critical infrastructure"}
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    model.sort(Column.STATUS, Qt.SortOrder.DescendingOrder)
    model.fetch_through(650)
    model.refresh()
    model.set_filter(CommitmentFilter(dialogue_id=1, owner="MX"))
    model.set_filter(None)


def test_a_model_of_one_page_passes_the_python_checks(marked, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model, _ids = marked
    qtmodeltester.check(model, force_py=True)
    model.sort(Column.OWNER, Qt.SortOrder.DescendingOrder)
    model.refresh()


def test_an_empty_model_passes_the_checks_too(big: Services, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = CommitmentTableModel(ServicesSource(big))
    model.set_filter(None)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_rows_come_a_page_at_a_time(big: Services) -> None:
    model = model_on(big)
    assert model.total == ROWS
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    seen = statements(big)
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert seen == [], "a page is read when one of its rows is shown, not before"
    assert model.index(PAGE_SIZE + 10, Column.TEXT).data().startswith("Commitment ")
    pages = [sql for sql in seen if "FROM commitments" in sql and "LIMIT" in sql]
    assert len(pages) == 1, seen
    assert "(commitments.due_date, commitments.id) > (?, ?)" in pages[0], "after a key"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == ROWS
    ids = [model.commitment(row).id for row in range(ROWS)]  # type: ignore[union-attr]
    assert len(set(ids)) == ROWS, "pages overlap or skip rows"


def test_reaching_a_far_row_reads_only_its_own_page(big: Services) -> None:
    model = model_on(big)
    reads = model.pages.reads
    assert model.fetch_through(650)
    assert model.rowCount() == 800
    assert model.pages.reads == reads  # rows announced, none read
    assert model.commitment(650) is not None
    assert model.pages.reads == reads + 1
    assert not model.fetch_through(ROWS)


def test_only_the_most_recent_pages_stay_in_memory(big: Services) -> None:
    model = model_on(big)
    model.pages.page_size = 10
    model.refresh()
    model.fetch_through(ROWS - 1)
    for row in range(0, ROWS, 10):
        assert model.commitment(row) is not None
    assert len(model.pages._pages) == KEPT_PAGES
    reads = model.pages.reads
    assert model.commitment(0) is not None  # forgotten, so read again
    assert model.pages.reads == reads + 1


def every_row(services: Services, **criteria: object) -> list[int]:
    """The ids of the whole list in one query, to hold the pages to."""
    flt = CommitmentFilter(dialogue_id=1, **criteria)  # type: ignore[arg-type]
    return [commitment.id for commitment in list_commitments(services, flt)]


def shown(model: CommitmentTableModel, rows: range) -> list[int]:
    return [model.commitment(row).id for row in rows]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "sort", [Column.DUE, Column.STATUS, Column.OWNER, Column.TOPIC], ids=lambda column: column.name
)
def test_scrolling_down_and_back_reads_every_page_by_key(big: Services, sort: Column) -> None:
    """Each page is read after the last key of the one above it, or before the first key of
    the one below it once it was forgotten: the store never steps over rows."""
    model = model_on(big)
    model.sort(sort, Qt.SortOrder.DescendingOrder)
    model.pages.page_size = 10
    model.refresh()
    model.fetch_through(ROWS - 1)
    reads = model.pages.reads
    forth = shown(model, range(ROWS))
    assert len(model.pages._pages) == KEPT_PAGES
    back = shown(model, range(ROWS - 1, -1, -1))
    criteria = model.criteria
    assert criteria is not None
    expected = every_row(big, sort=criteria.sort, descending=True)
    assert forth == back[::-1] == expected
    assert model.pages.skipped == 0
    assert model.pages.reads - reads == ROWS // 10 + (ROWS // 10 - KEPT_PAGES)


def test_a_far_row_no_key_is_near_costs_an_offset_once(big: Services) -> None:
    """A key cannot say what is on row 650 of a fresh list: that page is read after the
    nearest key with an offset; the pages around it then go by key again."""
    model = model_on(big)
    model.fetch_through(999)
    assert shown(model, range(650, 651)) == every_row(big)[650:651]
    assert model.pages.skipped == 600 - PAGE_SIZE
    assert shown(model, range(ROWS)) == every_row(big)
    assert model.pages.skipped == 600 - PAGE_SIZE


def test_a_placed_commitment_brings_its_page_by_key(big: Services) -> None:
    """A commitment opened by id comes with its key; its page is read before and after that
    key, with no offset, however deep it lies."""
    model = model_on(big, sort=CommitmentSort.TOPIC, descending=True)
    expected = every_row(big, sort=CommitmentSort.TOPIC, descending=True)
    criteria = model.criteria
    assert criteria is not None
    for row in (737, 400, 999):
        place = commitment_place(big, criteria, expected[row])
        assert place is not None and place.row == row
        model.place(place.row, place.key)
        model.fetch_through(row)
        assert model.commitment(row).id == expected[row]  # type: ignore[union-attr]
    assert model.pages.skipped == 0
    assert shown(model, range(400, 1000)) == expected[400:]
    assert model.pages.skipped == 0


def test_sorting_by_due_date_is_done_by_the_store_over_every_row(big: Services) -> None:
    model = model_on(big)
    seen = statements(big)
    model.sort(Column.DUE, Qt.SortOrder.DescendingOrder)
    assert model.criteria is not None
    assert model.criteria.sort is CommitmentSort.DUE and model.criteria.descending
    assert any("ORDER BY" in sql and "due_date DESC" in sql for sql in seen), seen
    assert model.rowCount() == PAGE_SIZE  # sorted, and still only one page
    latest = max(due for n in range(1, ROWS + 1) if (due := due_of(n)) is not None)
    first = model.commitment(0)
    assert first is not None and first.due == latest
    dues = [model.index(row, Column.DUE).data(SORT_ROLE) for row in range(PAGE_SIZE)]
    assert dues == sorted(dues, reverse=True)


def test_sorting_by_status_follows_the_lifecycle_not_the_alphabet(big: Services) -> None:
    model = model_on(big)
    model.sort(Column.STATUS, Qt.SortOrder.AscendingOrder)
    first, last = model.commitment(0), None
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    last = model.commitment(model.rowCount() - 1)
    assert first is not None and first.status is CommitmentStatus.PROPOSED
    assert last is not None and last.status is CommitmentStatus.REFERRED


def test_a_column_the_store_cannot_sort_keeps_the_order(big: Services) -> None:
    model = model_on(big)
    before = [model.commitment(row) for row in range(5)]
    model.sort(Column.TEXT, Qt.SortOrder.DescendingOrder)
    assert [model.commitment(row) for row in range(5)] == before
    assert model.sort_column() == (Column.DUE, Qt.SortOrder.AscendingOrder)


def test_filters_reach_the_store(big: Services) -> None:
    model = model_on(big, statuses=frozenset({CommitmentStatus.COMPLETED}), owner="MX")
    expected = [n for n in range(1, ROWS + 1) if n % 7 == 3 and n % 3 == 1]
    assert model.total == len(expected)
    assert all(
        model.commitment(row).status is CommitmentStatus.COMPLETED  # type: ignore[union-attr]
        for row in range(model.rowCount())
    )


@pytest.fixture
def marked(services: Services) -> tuple[CommitmentTableModel, dict[str, int]]:
    """Five commitments around today (1 March 2023) and a model over them."""
    dialogue: Dialogue = build_dialogue(services)
    cases = {
        "overdue": (CommitmentStatus.AGREED, date(2023, 2, 1), Handling.COUNTERPART),
        "soon": (CommitmentStatus.IN_PROGRESS, date(2023, 3, 20), Handling.PUBLIC),
        "later": (CommitmentStatus.AGREED, date(2023, 12, 1), Handling.COUNTERPART),
        "closed": (CommitmentStatus.COMPLETED, date(2023, 1, 1), Handling.COUNTERPART),
        "internal": (CommitmentStatus.PROPOSED, None, Handling.INTERNAL),
    }
    ids = {}
    for name, (status, due, handling) in cases.items():
        draft = CommitmentDraft(dialogue.id, f"The {name} one", "US", handling=handling)
        ids[name] = create_commitment(services, draft, status, due, recorded_on=TODAY).id
    model = CommitmentTableModel(ServicesSource(services))
    model.set_filter(CommitmentFilter(dialogue_id=dialogue.id))
    return model, ids


def cell(model: CommitmentTableModel, commitment_id: int, column: Column) -> QModelIndex:
    row = model.row_of(commitment_id)
    assert row is not None
    return model.index(row, column)


def test_overdue_and_due_soon_rows_are_marked_by_colour_icon_and_word(marked) -> None:  # type: ignore[no-untyped-def]
    model, ids = marked
    assert model.today == TODAY
    overdue = cell(model, ids["overdue"], Column.DUE)
    assert overdue.data(MARK_ROLE) == "overdue"
    assert overdue.data() == "2023-02-01 · Overdue"
    assert isinstance(overdue.data(Qt.ItemDataRole.DecorationRole), QIcon)
    text = cell(model, ids["overdue"], Column.TEXT)
    assert text.data(Qt.ItemDataRole.BackgroundRole) == BACKGROUND[Mark.OVERDUE]
    soon = cell(model, ids["soon"], Column.DUE)
    assert soon.data(MARK_ROLE) == "due soon"
    assert soon.data() == "2023-03-20 · Due soon"
    assert soon.data(Qt.ItemDataRole.BackgroundRole) == BACKGROUND[Mark.DUE_SOON]
    for calm in ("later", "closed", "internal"):
        index = cell(model, ids[calm], Column.DUE)
        assert index.data(MARK_ROLE) is None
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
        assert index.data(Qt.ItemDataRole.BackgroundRole) is None


def test_internal_commitments_carry_a_lock_and_the_word(marked) -> None:  # type: ignore[no-untyped-def]
    model, ids = marked
    internal = cell(model, ids["internal"], Column.HANDLING)
    assert internal.data() == "Internal"
    assert isinstance(internal.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert "our own side only" in internal.data(Qt.ItemDataRole.ToolTipRole)
    shared = cell(model, ids["later"], Column.HANDLING)
    assert shared.data() == "Counterpart"
    assert shared.data(Qt.ItemDataRole.DecorationRole) is None


def test_choosing_a_status_in_the_table_asks_and_changes_nothing_itself(  # type: ignore[no-untyped-def]
    marked, services: Services, qtbot: QtBot
) -> None:
    model, ids = marked
    index = cell(model, ids["later"], Column.STATUS)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not cell(model, ids["later"], Column.TEXT).flags() & Qt.ItemFlag.ItemIsEditable
    assert index.data(Qt.ItemDataRole.EditRole) == "agreed"
    with qtbot.waitSignal(model.status_requested) as asked:
        assert not model.setData(index, "completed")
    commitment, status = asked.args
    assert commitment.id == ids["later"] and status is CommitmentStatus.COMPLETED
    assert get_commitment(services, ids["later"]).status is CommitmentStatus.AGREED
    assert list_updates(services, ids["later"]) == []
    with qtbot.assertNotEmitted(model.status_requested):
        model.setData(index, "agreed")  # the status it already has
        model.setData(index, "no such status")


def test_a_refresh_keeps_as_many_rows_as_were_fetched(big: Services) -> None:
    model = model_on(big)
    model.fetchMore(QModelIndex())
    model.refresh()
    assert model.rowCount() == 2 * PAGE_SIZE
    assert model.index(0, Column.TEXT).data(COMMITMENT_ROLE) == model.commitment(0)
