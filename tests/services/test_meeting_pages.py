"""A dialogue's meetings a page at a time, newest first, as the Meetings view reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from meeting_scenario import EDT, WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.services import Services
from dialoguetracker.services.meeting_pages import (
    count_meetings,
    latest_meeting,
    meeting_page,
    meeting_position,
)
from dialoguetracker.services.meetings import add_meeting


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def test_pages_run_newest_first_and_together_hold_every_meeting(
    services: Services, wg: WorkingGroup
) -> None:
    with services.change() as change:
        for day in range(30):
            add_meeting(
                change,
                MeetingDraft(wg.dialogue_id, f"Round {day}", date(2020, 1, 1) + timedelta(day)),
            )
    plan_meeting(services, wg, "Elsewhere", date(2030, 1, 1)).id  # noqa: B018
    other = MeetingDraft(wg.other_dialogue_id, "Other dialogue", date(2031, 1, 1))
    with services.change() as change:
        add_meeting(change, other)

    assert count_meetings(services, wg.dialogue_id) == 31
    first = meeting_page(services, wg.dialogue_id, 0, 10)
    assert [m.title for m in first[:3]] == ["Elsewhere", "Round 29", "Round 28"]
    pages = [meeting_page(services, wg.dialogue_id, offset, 10) for offset in range(0, 40, 10)]
    titles = [m.title for page in pages for m in page]
    assert len(titles) == 31 and len(set(titles)) == 31
    assert titles[-1] == "Round 0"
    assert meeting_page(services, wg.dialogue_id, 40, 10) == []


def test_a_period_bounds_count_pages_and_positions(services: Services, wg: WorkingGroup) -> None:
    early = plan_meeting(services, wg, "Early", date(2021, 3, 1))
    middle = plan_meeting(services, wg, "Middle", date(2022, 6, 1))
    plan_meeting(services, wg, "Late", date(2023, 9, 1))
    since, until = date(2022, 1, 1), date(2022, 12, 31)
    assert count_meetings(services, wg.dialogue_id, since, until) == 1
    assert [m.title for m in meeting_page(services, wg.dialogue_id, 0, 5, since, until)] == [
        "Middle"
    ]
    assert meeting_position(services, wg.dialogue_id, middle.id, since, until) == 0
    assert meeting_position(services, wg.dialogue_id, early.id, since, until) is None
    assert meeting_position(services, wg.dialogue_id, early.id) == 2
    assert count_meetings(services, wg.dialogue_id, since=date(2022, 6, 1)) == 2


def test_on_one_day_a_timed_meeting_comes_before_a_date_only_one(
    services: Services, wg: WorkingGroup
) -> None:
    plan_meeting(services, wg, "All day", date(2022, 8, 10))
    plan_meeting(services, wg, "Morning", datetime(2022, 8, 10, 9, 0, tzinfo=EDT))
    plan_meeting(services, wg, "Afternoon", datetime(2022, 8, 10, 15, 0, tzinfo=EDT))
    titles = [m.title for m in meeting_page(services, wg.dialogue_id, 0, 10)]
    assert titles == ["Afternoon", "Morning", "All day"]
    latest = latest_meeting(services, wg.dialogue_id)
    assert latest is not None and latest.title == "Afternoon"


def test_the_page_size_has_a_ceiling_and_unknown_dialogues_are_refused(
    services: Services, wg: WorkingGroup
) -> None:
    assert latest_meeting(services, wg.dialogue_id) is None
    assert meeting_page(services, wg.dialogue_id, -5, 10**9) == []
    with pytest.raises(NotFoundError):
        count_meetings(services, 999)
