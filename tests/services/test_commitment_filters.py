from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from commitment_world import World, build_world, selects_run

from dialoguetracker.domain.enums import JOINT, Audience, CommitmentStatus, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.services import Services, commitments

S = CommitmentStatus


@dataclass(frozen=True)
class Book:
    """Six commitments of the main dialogue, named a to g, and one (f) of another dialogue.

    Today is 1 March 2023: a is overdue; d is past due but completed; e is due today; g is
    past due but dropped; c has no due date; f is overdue in the other dialogue.
    """

    world: World
    ids: dict[str, int]

    def names(self, found: list[commitments.Commitment]) -> list[str]:
        by_id = {cid: name for name, cid in self.ids.items()}
        return [by_id[commitment.id] for commitment in found]


@pytest.fixture
def book(services: Services) -> Book:
    w = build_world(services)
    rows = {
        "a": (
            "Share 100% of incident reports",
            "US",
            w.cybercrime,
            w.first_meeting,
            date(2023, 2, 15),
            S.IN_PROGRESS,
            Handling.PUBLIC,
        ),
        "b": (
            "Share 1000 incident reports",
            "MX",
            w.infrastructure,
            w.second_meeting,
            date(2023, 3, 10),
            S.AGREED,
            Handling.COUNTERPART,
        ),
        "c": ("Adopt snake_case names", JOINT, None, None, None, S.PROPOSED, Handling.INTERNAL),
        "d": (
            "Adopt snakeXcase names",
            "US",
            w.infrastructure,
            w.first_meeting,
            date(2023, 1, 31),
            S.COMPLETED,
            Handling.COUNTERPART,
        ),
        "e": (
            "Train CERT staff",
            "MX",
            w.cybercrime,
            w.second_meeting,
            date(2023, 3, 1),
            S.DEFERRED,
            Handling.INTERNAL,
        ),
        "g": (
            "Review the MOU",
            JOINT,
            w.cybercrime,
            None,
            date(2022, 12, 1),
            S.DROPPED,
            Handling.PUBLIC,
        ),
    }
    ids = {}
    for name, (text, owner, topic, meeting, due, status, handling) in rows.items():
        draft = w.draft(text, owner=owner, topic_id=topic, meeting_id=meeting, handling=handling)
        ids[name] = commitments.create_commitment(services, draft, status=status, due=due).id
    other = w.draft("Exchange threat data", dialogue_id=w.other_dialogue, owner="CA")
    ids["f"] = commitments.create_commitment(services, other, due=date(2023, 1, 1)).id
    return Book(w, ids)


def _main(book: Book, **criteria: object) -> CommitmentFilter:
    """A filter on the main dialogue, sorted by id unless told otherwise."""
    values: dict[str, object] = {"dialogue_id": book.world.dialogue, "sort": CommitmentSort.ID}
    values.update(criteria)
    return CommitmentFilter(**values)  # type: ignore[arg-type]


def _found(services: Services, book: Book, flt: CommitmentFilter) -> list[str]:
    found = book.names(commitments.list_commitments(services, flt))
    assert commitments.count_commitments(services, replace(flt, offset=0, limit=None)) == len(
        book.names(commitments.list_commitments(services, replace(flt, offset=0, limit=None)))
    )
    return found


def test_no_criteria_lets_every_commitment_through(services: Services, book: Book) -> None:
    everything = CommitmentFilter(sort=CommitmentSort.ID)
    assert _found(services, book, everything) == ["a", "b", "c", "d", "e", "g", "f"]
    assert _found(services, book, _main(book)) == ["a", "b", "c", "d", "e", "g"]
    assert commitments.count_commitments(services, _main(book)) == 6


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"statuses": frozenset({S.AGREED, S.DEFERRED})}, ["b", "e"]),
        ({"owner": "US"}, ["a", "d"]),
        ({"owner": "MX"}, ["b", "e"]),
        ({"owner": JOINT}, ["c", "g"]),
        ({"due_from": date(2023, 1, 31), "due_until": date(2023, 3, 1)}, ["a", "d", "e"]),
        ({"due_until": date(2022, 12, 31)}, ["g"]),
        ({"open_only": True}, ["a", "b", "c", "e"]),
        ({"overdue_only": True}, ["a"]),
        ({"audience": Audience.PUBLIC}, ["a", "g"]),
        ({"audience": Audience.COUNTERPART}, ["a", "b", "d", "g"]),
        ({"audience": Audience.INTERNAL}, ["a", "b", "c", "d", "e", "g"]),
        ({"open_only": True, "owner": "US", "text": "share"}, ["a"]),
    ],
)
def test_each_criterion_narrows_the_list(
    services: Services, book: Book, criteria: dict[str, object], expected: list[str]
) -> None:
    assert _found(services, book, _main(book, **criteria)) == expected


def test_topic_and_meeting_criteria(services: Services, book: Book) -> None:
    w = book.world
    assert _found(services, book, _main(book, topic_id=w.cybercrime)) == ["a", "e", "g"]
    assert _found(services, book, _main(book, meeting_id=w.first_meeting)) == ["a", "d"]
    assert _found(services, book, _main(book, meeting_id=w.second_meeting)) == ["b", "e"]


def test_due_within_days_counts_from_today(services: Services, book: Book) -> None:
    within = _main(book).due_within(services.today(), 9)
    assert (within.due_from, within.due_until) == (date(2023, 3, 1), date(2023, 3, 10))
    assert _found(services, book, within) == ["b", "e"]


def test_overdue_is_derived_from_the_day_of_the_query(services: Services, book: Book) -> None:
    listed = commitments.list_commitments(services, CommitmentFilter(overdue_only=True))
    assert book.names(listed) == ["f", "a"]  # by due date, the default sort
    everything = commitments.list_commitments(services, CommitmentFilter())
    derived = [c for c in everything if c.is_overdue(services.today())]
    assert sorted(book.names(derived)) == ["a", "f"]

    later = Services(services.store, "tester", lambda: datetime(2023, 3, 20, 12, tzinfo=UTC))
    assert _found(later, book, _main(book, overdue_only=True)) == ["a", "b", "e"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SHARE", ["a", "b"]),
        ("100%", ["a"]),
        ("%", ["a"]),
        ("snake_case", ["c"]),
        ("E_C", ["c"]),
        ("_", ["c"]),
        ("cert STAFF", ["e"]),
        ("nothing like this", []),
    ],
)
def test_text_search_is_a_plain_case_insensitive_substring(
    services: Services, book: Book, text: str, expected: list[str]
) -> None:
    assert _found(services, book, _main(book, text=text)) == expected


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        (CommitmentSort.DUE, ["g", "d", "a", "e", "b", "c"]),
        (CommitmentSort.STATUS, ["c", "b", "a", "d", "e", "g"]),
        (CommitmentSort.OWNER, ["b", "e", "a", "d", "c", "g"]),
        (CommitmentSort.TOPIC, ["b", "d", "a", "e", "g", "c"]),
        (CommitmentSort.ID, ["a", "b", "c", "d", "e", "g"]),
    ],
)
def test_every_sort_both_ways_keeps_missing_values_last(
    services: Services, book: Book, sort: CommitmentSort, ascending: list[str]
) -> None:
    assert _found(services, book, _main(book, sort=sort)) == ascending
    descending = _found(services, book, _main(book, sort=sort, descending=True))
    if sort in (CommitmentSort.DUE, CommitmentSort.TOPIC):
        assert descending == [*reversed(ascending[:-1]), ascending[-1]]
    else:
        assert descending == list(reversed(ascending))


def test_pages_cover_the_list_once_each(services: Services, book: Book) -> None:
    flt = _main(book, sort=CommitmentSort.DUE)
    pages = [
        _found(services, book, replace(flt, offset=offset, limit=2)) for offset in (0, 2, 4, 6)
    ]
    assert pages == [["g", "d"], ["a", "e"], ["b", "c"], []]
    assert _found(services, book, replace(flt, limit=0)) == []
    assert commitments.count_commitments(services, replace(flt, offset=4, limit=1)) == 6


def test_paging_is_done_by_the_store_not_after_loading(services: Services, book: Book) -> None:
    flt = _main(book, sort=CommitmentSort.OWNER, offset=1, limit=2)
    with selects_run(services) as selects:
        page = commitments.list_commitments(services, flt)
    listing = [sql for sql in selects if "ORDER BY commitments.id" in sql]
    assert listing and all("LIMIT" in sql for sql in listing)
    assert any("OFFSET" in sql for sql in listing)
    assert book.names(page) == ["e", "a"]


def test_bad_criteria_are_refused_naming_the_field(services: Services, book: Book) -> None:
    for criteria, field in (
        ({"owner": "FR"}, "owner"),
        ({"offset": -1}, "offset"),
        ({"limit": -5}, "limit"),
        ({"text": "a\x00"}, "text"),
    ):
        with pytest.raises(ValidationError) as raised:
            commitments.list_commitments(services, _main(book, **criteria))
        assert raised.value.field == field
