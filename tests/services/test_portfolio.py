"""*All dialogues*: each dialogue's row says what its own overview says, the next meetings of
every dialogue come in date order, and what is overdue is listed across them all.
Today is 1 March 2023."""

from __future__ import annotations

from datetime import date

import pytest
from commitment_world import World, build_world, insert

from dialoguetracker.domain.enums import CommitmentStatus as S
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.overview import dialogue_overview
from dialoguetracker.services.portfolio import portfolio
from dialoguetracker.store.models import MeetingRow


@pytest.fixture
def world(services: Services) -> World:
    made = build_world(services)
    main = [
        ("Late", S.AGREED, date(2023, 2, 1)),
        ("Soon", S.IN_PROGRESS, date(2023, 3, 20)),
        ("Done", S.COMPLETED, date(2023, 1, 1)),
        ("Undated", S.PROPOSED, None),
    ]
    for text, status, due in main:
        create_commitment(services, made.draft(text), status=status, due=due)
    elsewhere = CommitmentDraft(made.other_dialogue, "Late elsewhere", "US")
    create_commitment(services, elsewhere, status=S.AGREED, due=date(2023, 1, 15))
    for dialogue, title, start, status in (
        (made.dialogue, "Next round", date(2023, 6, 5), "planned"),
        (made.other_dialogue, "Sooner elsewhere", date(2023, 4, 2), "planned"),
        (made.dialogue, "Round after", date(2023, 11, 5), "planned"),
        (made.other_dialogue, "Called off", date(2023, 5, 1), "cancelled"),
        (made.dialogue, "Never marked held", date(2023, 1, 20), "planned"),
    ):
        insert(
            services,
            MeetingRow(dialogue_id=dialogue, title=title, start_date=start, status=status),
        )
    return made


def test_each_dialogue_s_row_says_what_its_overview_says(services: Services, world: World) -> None:
    found = portfolio(services)
    assert [row.dialogue.name for row in found.dialogues] == [
        "U.S.-Canada Dialogue",
        "U.S.-Mexico Working Group on Cyber Issues",
    ]
    for row in found.dialogues:
        overview = dialogue_overview(services, row.dialogue.id)
        assert (row.open, row.overdue, row.due_soon, row.stale) == (
            overview.counts.open,
            overview.overdue_total,
            overview.due_soon_total,
            overview.stale_total,
        )
        assert row.last_round == overview.last_held
        assert row.next_round == overview.next_meeting
        assert row.compliance is None  # no compliance average is read yet: the column shows —
    main = next(row for row in found.dialogues if row.dialogue.id == world.dialogue)
    assert (main.open, main.overdue, main.due_soon) == (3, 1, 1)
    assert main.next_round is not None and main.next_round.title == "Next round"
    assert found.open == 4 and found.overdue_total == 2


def test_the_next_meetings_of_every_dialogue_in_date_order(
    services: Services, world: World
) -> None:
    found = portfolio(services)
    titles = [meeting.title for meeting in found.next_meetings]
    assert titles == ["Sooner elsewhere", "Next round", "Round after"]
    assert found.next_meetings_total == 3
    assert [m.title for m in portfolio(services, limit=1).next_meetings] == ["Sooner elsewhere"]
    assert portfolio(services, limit=1).next_meetings_total == 3


def test_what_is_overdue_across_every_dialogue_by_due_date(
    services: Services, world: World
) -> None:
    found = portfolio(services)
    assert [c.text for c in found.overdue] == ["Late elsewhere", "Late"]
    assert {c.dialogue_id for c in found.overdue} == {world.dialogue, world.other_dialogue}


def test_a_dialogue_with_nothing_in_it_has_a_row_of_zeros(services: Services, world: World) -> None:
    empty = dialogues.create_dialogue(services, DialogueDraft("A new dialogue", ("US", "MX")))
    row = next(row for row in portfolio(services).dialogues if row.dialogue.id == empty.id)
    assert (row.open, row.overdue, row.due_soon, row.stale) == (0, 0, 0, 0)
    assert row.last_round is None and row.next_round is None


def test_a_store_without_dialogues(services: Services) -> None:
    found = portfolio(services)
    assert found.dialogues == () and found.next_meetings == () and found.overdue == ()
