"""Pages found by key give exactly the list one ordered query gives, for every sort both ways.

The list is read page by page, each page asked for after the last key of the one before (and
backwards, before the first key), and compared with the whole list read in one query. The
rows are made to catch a seek that goes wrong: many ties on every sort value, commitments
without a due date or topic, joint ones, topic names whose order depends on the collation
(``apple`` against ``Zeta``) and a topic name two dialogues share.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentPage, CommitmentSort, SortKey
from dialoguetracker.domain.records import TopicDraft
from dialoguetracker.services import Services, commitments, dialogues
from dialoguetracker.services.commitment_lookup import commitment_place
from dialoguetracker.services.commitments import add_commitment

PAGE = 7
STATUSES = list(CommitmentStatus)
SORTS = [(sort, descending) for sort in CommitmentSort for descending in (False, True)]


@dataclass(frozen=True)
class Shelf:
    world: World
    ids: list[int]


@pytest.fixture
def shelf(services: Services) -> Shelf:
    """64 commitments in the main dialogue and 16 in the other, in one transaction."""
    world = build_world(services)
    main_topics = [
        world.cybercrime,
        world.infrastructure,
        None,
        *(
            dialogues.create_topic(services, TopicDraft(world.dialogue, name)).id
            for name in ("apple", "Zeta")
        ),
    ]
    ids = []
    with services.change() as change:
        for n in range(64):
            draft = world.draft(
                f"Main commitment {n}",
                owner=["US", "MX", JOINT][n % 3],
                topic_id=main_topics[n % 5],
            )
            due = None if n % 4 == 0 else date(2023, 1, 1) + timedelta(days=7 * (n % 5))
            ids.append(add_commitment(change, draft, STATUSES[n % 7], due).id)
        for n in range(16):
            draft = world.draft(
                f"Other commitment {n}",
                dialogue_id=world.other_dialogue,
                owner=["US", "CA", JOINT][n % 3],
                topic_id=world.other_topic if n % 2 else None,
            )
            due = None if n % 3 == 0 else date(2023, 1, 8) + timedelta(days=7 * (n % 4))
            ids.append(add_commitment(change, draft, STATUSES[n % 5], due).id)
    return Shelf(world, ids)


def whole(services: Services, flt: CommitmentFilter) -> list[int]:
    """The list in one ordered query, no paging."""
    return [c.id for c in commitments.list_commitments(services, flt)]


MOST_PAGES = 80 // PAGE + 2
"""More pages than the list has: a seek that fails to move on ends the test, not the run."""


def forward(services: Services, flt: CommitmentFilter) -> list[CommitmentPage]:
    pages = [commitments.list_commitment_page(services, replace(flt, limit=PAGE))]
    while pages[-1].keys:
        assert len(pages) <= MOST_PAGES, "the pages do not move on"
        after = replace(flt, after=pages[-1].keys[-1], limit=PAGE)
        pages.append(commitments.list_commitment_page(services, after))
    return pages


def ids_of(pages: list[CommitmentPage]) -> list[int]:
    return [c.id for page in pages for c in page.commitments]


def keys_of(pages: list[CommitmentPage]) -> list[SortKey]:
    return [key for page in pages for key in page.keys]


def backward(services: Services, flt: CommitmentFilter, last: SortKey) -> list[int]:
    """The list before ``last``, read page by page towards the start."""
    found: list[int] = []
    before = last
    for _ in range(MOST_PAGES):
        page = commitments.list_commitment_page(services, replace(flt, before=before, limit=PAGE))
        if not page.keys:
            return found
        assert len(page.commitments) <= PAGE
        found[:0] = [c.id for c in page.commitments]
        before = page.keys[0]
    raise AssertionError("the pages do not move on")


@pytest.mark.parametrize(("sort", "descending"), SORTS)
@pytest.mark.parametrize("scope", ["dialogue", "store"])
def test_paging_by_key_gives_the_order_of_one_query(
    services: Services, shelf: Shelf, sort: CommitmentSort, descending: bool, scope: str
) -> None:
    dialogue = shelf.world.dialogue if scope == "dialogue" else None
    flt = CommitmentFilter(dialogue_id=dialogue, sort=sort, descending=descending)
    expected = whole(services, flt)
    assert len(expected) == (64 if dialogue else 80) > 3 * PAGE

    pages = forward(services, flt)
    assert ids_of(pages) == expected
    assert all(len(page.commitments) == PAGE for page in pages[:-2])
    keys = keys_of(pages)
    assert [key.id for key in keys] == expected

    last = keys[-1]
    assert [*backward(services, flt, last), last.id] == expected


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_an_offset_counts_on_from_the_key_either_way(
    services: Services, shelf: Shelf, sort: CommitmentSort, descending: bool
) -> None:
    flt = CommitmentFilter(dialogue_id=shelf.world.dialogue, sort=sort, descending=descending)
    expected = whole(services, flt)
    keys = keys_of(forward(services, flt))

    def page(**paging: object) -> list[int]:
        return [c.id for c in commitments.list_commitments(services, replace(flt, **paging))]  # type: ignore[arg-type]

    assert page(after=keys[4], offset=10, limit=PAGE) == expected[15 : 15 + PAGE]
    assert page(before=keys[40], offset=5, limit=PAGE) == expected[28:35]
    assert page(offset=30, limit=PAGE) == expected[30 : 30 + PAGE]
    assert page(after=keys[60], offset=10, limit=PAGE) == []
    assert page(before=keys[3], limit=PAGE) == expected[:3]
    assert page(after=keys[10]) == expected[11:]  # no limit: the rest of the list
    at = keys[20].at_or_after(descending)
    assert page(after=at, limit=3) == expected[20:23]


@pytest.mark.parametrize(("sort", "descending"), SORTS)
def test_the_place_of_a_commitment_is_its_row_and_key(
    services: Services, shelf: Shelf, sort: CommitmentSort, descending: bool
) -> None:
    flt = CommitmentFilter(dialogue_id=shelf.world.dialogue, sort=sort, descending=descending)
    keys = keys_of(forward(services, flt))
    for row in range(0, len(keys), 3):
        place = commitment_place(services, flt, keys[row].id)
        assert place is not None and (place.row, place.key) == (row, keys[row])
    other = shelf.ids[-1]  # of the other dialogue
    assert commitment_place(services, flt, other) is None


@pytest.mark.parametrize(
    "criteria",
    [
        {"open_only": True},
        {"owner": "MX"},
        {"owner": JOINT},
        {"statuses": frozenset({CommitmentStatus.AGREED, CommitmentStatus.DROPPED})},
        {"due_from": date(2023, 1, 8), "due_until": date(2023, 1, 22)},
        {"overdue_only": True},
        {"text": "commitment 1"},
    ],
    ids=lambda criteria: ",".join(criteria),
)
@pytest.mark.parametrize("sort", list(CommitmentSort))
def test_filters_hold_on_every_page(
    services: Services, shelf: Shelf, sort: CommitmentSort, criteria: dict[str, object]
) -> None:
    for descending in (False, True):
        flt = replace(
            CommitmentFilter(dialogue_id=shelf.world.dialogue, sort=sort, descending=descending),
            **criteria,  # type: ignore[arg-type]
        )
        expected = whole(services, flt)
        assert expected
        assert ids_of(forward(services, flt)) == expected


def test_a_topic_filter_reads_one_topic_in_order(services: Services, shelf: Shelf) -> None:
    for sort in CommitmentSort:
        flt = CommitmentFilter(
            dialogue_id=shelf.world.dialogue, sort=sort, topic_id=shelf.world.infrastructure
        )
        assert ids_of(forward(services, flt)) == whole(services, flt) != []


@pytest.mark.parametrize("descending", [False, True])
def test_a_key_whose_rows_are_gone_still_marks_its_place(
    services: Services, shelf: Shelf, descending: bool
) -> None:
    """A key names a place in the order, not a row: the page after a key whose rows (even
    its whole party or topic) have since been deleted starts where they were."""
    for sort, gone in (
        (CommitmentSort.OWNER, lambda c: c.owner == "MX"),
        (CommitmentSort.TOPIC, lambda c: c.topic_id is not None and c.topic_id > 3),
        (CommitmentSort.DUE, lambda c: c.due == date(2023, 1, 15)),
        (CommitmentSort.STATUS, lambda c: c.status is CommitmentStatus.AGREED),
    ):
        flt = CommitmentFilter(dialogue_id=shelf.world.dialogue, sort=sort, descending=descending)
        listed = commitments.list_commitments(services, flt)
        keys = keys_of(forward(services, flt))
        row = max(index for index, c in enumerate(listed) if gone(c))
        removed = {c.id for c in listed if gone(c)}
        for commitment_id in removed:
            commitments.delete_commitment(services, commitment_id)
        later = [c.id for c in listed[row + 1 :]]
        assert whole(services, replace(flt, after=keys[row])) == later, sort
        assert ids_of(forward(services, replace(flt, after=keys[row]))) == later, sort


def test_keys_that_do_not_fit_the_sort_are_refused(services: Services, shelf: Shelf) -> None:
    main = CommitmentFilter(dialogue_id=shelf.world.dialogue)
    for flt, field in (
        (replace(main, after=SortKey(None, 1), before=SortKey(None, 9)), "before"),
        (replace(main, after=SortKey("2023-01-01", 1)), "after"),
        (replace(main, sort=CommitmentSort.STATUS, before=SortKey(date(2023, 1, 1), 1)), "before"),
        (replace(main, sort=CommitmentSort.STATUS, after=SortKey("finished", 1)), "after"),
        (replace(main, sort=CommitmentSort.ID, after=SortKey("x", 1)), "after"),
    ):
        with pytest.raises(ValidationError) as raised:
            commitments.list_commitment_page(services, replace(flt, limit=PAGE))
        assert raised.value.field == field
