"""The overview of a dialogue: its figures, next round and short lists, as of 1 March 2023."""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world, insert, selects_run, transactions_begun

from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.overview import commitment_counts, dialogue_overview
from dialoguetracker.store.models import AgendaItemRow, MeetingRow

S = CommitmentStatus


def _commit(
    services: Services,
    world: World,
    owner: str,
    status: CommitmentStatus,
    due: date | None,
    text: str | None = None,
) -> int:
    draft = world.draft(text or f"{owner} {status.value} {due}", owner=owner)
    return create_commitment(services, draft, status=status, due=due).id


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


@pytest.fixture
def ids(services: Services, world: World) -> dict[str, int]:
    """Commitments of every kind the overview must tell apart (today is 2023-03-01)."""
    made = {
        "us_late": _commit(services, world, "US", S.AGREED, date(2023, 2, 1)),
        "us_soon": _commit(services, world, "US", S.IN_PROGRESS, date(2023, 3, 15)),
        "mx_done_late": _commit(services, world, "MX", S.COMPLETED, date(2023, 1, 1)),
        "mx_deferred_late": _commit(services, world, "MX", S.DEFERRED, date(2023, 2, 15)),
        "joint_undated": _commit(services, world, JOINT, S.AGREED, None),
        "joint_today": _commit(services, world, JOINT, S.AGREED, date(2023, 3, 1)),
        "joint_later": _commit(services, world, JOINT, S.PROPOSED, date(2023, 5, 1)),
    }
    other = CommitmentDraft(world.other_dialogue, "Elsewhere", "US")
    create_commitment(services, other, status=S.AGREED, due=date(2023, 2, 1))
    return made


def test_counts_by_owner_and_status_are_right(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    counts = commitment_counts(services, world.dialogue)

    cells = {(cell.owner, cell.status): cell.count for cell in counts.cells}
    assert cells == {
        ("US", S.AGREED): 1,
        ("US", S.IN_PROGRESS): 1,
        ("MX", S.COMPLETED): 1,
        ("MX", S.DEFERRED): 1,
        (JOINT, S.AGREED): 2,
        (JOINT, S.PROPOSED): 1,
    }
    assert counts.total == 7
    assert counts.open == 6  # completed is closed; deferred is not
    assert counts.by_owner() == {"MX": 2, "US": 2, JOINT: 3}
    assert counts.by_status() == {
        S.PROPOSED: 1,
        S.AGREED: 3,
        S.IN_PROGRESS: 1,
        S.COMPLETED: 1,
        S.DEFERRED: 1,
        S.DROPPED: 0,
        S.REFERRED: 0,
    }
    assert counts.count(owner=JOINT, status=S.AGREED) == 2


def test_the_counts_come_from_one_grouped_query_that_loads_no_commitment(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    with selects_run(services) as seen:
        commitment_counts(services, world.dialogue)

    on_commitments = [statement for statement in seen if "FROM commitments" in statement]
    assert len(on_commitments) == 1
    assert "GROUP BY" in on_commitments[0]
    assert "count(" in on_commitments[0].lower()
    assert not any("commitments.text" in statement for statement in seen)


def test_the_overview_lists_overdue_and_due_soon_in_due_order(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    overview = dialogue_overview(services, world.dialogue)

    assert overview.today == date(2023, 3, 1)
    assert [c.id for c in overview.overdue] == [ids["us_late"], ids["mx_deferred_late"]]
    assert overview.overdue_total == 2
    assert [c.id for c in overview.due_soon] == [ids["joint_today"], ids["us_soon"]]
    assert overview.due_soon_total == 2
    assert overview.counts.total == 7
    assert overview.sides == ("US", "MX", JOINT)
    assert [party.code for party in overview.parties] == ["US", "MX"]


def test_the_lists_are_cut_at_the_limit_but_counted_whole(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    overview = dialogue_overview(services, world.dialogue, limit=1)

    assert [c.id for c in overview.overdue] == [ids["us_late"]]
    assert overview.overdue_total == 2
    assert len(overview.due_soon) == 1
    assert overview.due_soon_total == 2


def test_meetings_held_and_the_next_planned_meeting_with_its_agenda(
    services: Services, world: World
) -> None:
    def planned(title: str, day: date) -> int:
        row = MeetingRow(dialogue_id=world.dialogue, title=title, start_date=day, status="planned")
        return insert(services, row)

    planned("Slipped, never marked held", date(2023, 2, 1))
    later = planned("Later round", date(2023, 9, 1))
    following = planned("Next round", date(2023, 4, 20))
    insert(services, AgendaItemRow(meeting_id=following, position=2, title="Ransomware"))
    insert(
        services,
        AgendaItemRow(
            meeting_id=following,
            position=1,
            title="Opening",
            topic_id=world.cybercrime,
            lead_joint=True,
            planned_minutes=15,
        ),
    )

    overview = dialogue_overview(services, world.dialogue)

    assert overview.meetings_held == 2
    assert overview.meetings_planned == 3
    assert overview.last_held is not None
    assert overview.last_held.id == world.second_meeting
    assert overview.next_meeting is not None
    assert overview.next_meeting.id == following != later
    assert [(line.position, line.title) for line in overview.next_agenda] == [
        (1, "Opening"),
        (2, "Ransomware"),
    ]
    first = overview.next_agenda[0]
    assert (first.topic, first.lead, first.planned_minutes) == ("Cybercrime", JOINT, 15)


def test_the_whole_overview_is_read_in_one_transaction(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    """Figures, lists, next round and its agenda: one unit of work, so they all describe the
    store at one moment (seven separate reads used to be opened)."""
    following = insert(
        services,
        MeetingRow(
            dialogue_id=world.dialogue, title="Next", start_date=date(2023, 4, 20), status="planned"
        ),
    )
    insert(services, AgendaItemRow(meeting_id=following, position=1, title="Opening"))

    with transactions_begun(services) as begun:
        overview = dialogue_overview(services, world.dialogue)

    assert len(begun) == 1
    assert overview.next_agenda and overview.overdue and overview.due_soon
    assert overview.counts.total == 7


def test_a_dialogue_with_nothing_in_it_has_an_empty_overview(services: Services) -> None:
    build_world(services)
    empty = dialogues.create_dialogue(services, DialogueDraft("Empty dialogue", ("US", "MX")))

    overview = dialogue_overview(services, empty.id)

    assert (overview.meetings_held, overview.last_held, overview.next_meeting) == (0, None, None)
    assert overview.next_agenda == ()
    assert overview.counts.total == 0
    assert overview.counts.cells == ()
    assert (overview.overdue, overview.due_soon) == ((), ())


def test_an_unknown_dialogue_is_named_in_the_error(services: Services) -> None:
    with pytest.raises(NotFoundError, match="dialogue"):
        dialogue_overview(services, 999)


def test_a_planned_meeting_whose_date_passed_is_not_next_but_is_named_for_the_user(
    services: Services, world: World
) -> None:
    def planned(title: str, day: date, end: date | None = None) -> int:
        row = MeetingRow(
            dialogue_id=world.dialogue, title=title, start_date=day, end_date=end, status="planned"
        )
        return insert(services, row)

    planned("Slipped in January", date(2023, 1, 20))
    slipped = planned("Slipped in February", date(2023, 2, 27), date(2023, 2, 28))
    under_way = planned("Under way", date(2023, 2, 28), date(2023, 3, 2))
    planned("Later round", date(2023, 6, 1))

    overview = dialogue_overview(services, world.dialogue)  # today is 1 March 2023

    assert overview.next_meeting is not None
    assert overview.next_meeting.id == under_way  # still running: briefed for as the round
    assert overview.past_planned is not None
    assert (overview.past_planned.id, overview.past_planned_total) == (slipped, 2)
    assert overview.past_planned.planned_but_past(overview.today)
    assert not overview.next_meeting.planned_but_past(overview.today)


def test_no_planned_meeting_in_the_past_means_nothing_to_mark(
    services: Services, world: World
) -> None:
    overview = dialogue_overview(services, world.dialogue)

    assert (overview.past_planned, overview.past_planned_total) == (None, 0)
