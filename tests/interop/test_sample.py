"""The sample dialogue stays current whatever the day it is loaded: the 2022 meeting keeps its
date, the planned round falls about two months ahead, and its commitments still show some
overdue, some due soon and some done. Loading it again, on any later day, adds nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from dialoguetracker.domain import clock
from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.enums import CommitmentStatus, MeetingStatus
from dialoguetracker.interop.interchange_write import write_interchange
from dialoguetracker.interop.sample import load_sample, next_round, sample_document, sample_files
from dialoguetracker.services import Services
from dialoguetracker.services.briefing_data import briefing_data
from dialoguetracker.services.dialogues import list_dialogues
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.maintenance import check_store
from dialoguetracker.services.meetings import list_meetings
from dialoguetracker.services.overview import dialogue_overview
from dialoguetracker.store.engine import Store

MEXICO_CITY = timezone(timedelta(hours=-6))

LOAD_MOMENTS = [
    datetime(2026, 12, 4, 19, 0, tzinfo=UTC),  # a Friday
    datetime(2031, 6, 1, 12, 0, tzinfo=UTC),  # a Sunday, years after the sample was written
    datetime(2045, 2, 28, 23, 30, tzinfo=UTC),
]


@pytest.mark.parametrize(
    ("day", "round_day"),
    [
        (date(2026, 12, 4), date(2027, 2, 2)),  # sixty days ahead is a Tuesday
        (date(2031, 6, 1), date(2031, 8, 5)),  # …a Thursday: the Tuesday after
        (date(2026, 12, 1), date(2027, 2, 2)),  # …a Saturday
    ],
)
def test_the_round_is_the_first_tuesday_at_least_sixty_days_ahead(
    day: date, round_day: date
) -> None:
    assert next_round(day) == round_day


@pytest.mark.parametrize("moment", LOAD_MOMENTS, ids=lambda moment: moment.date().isoformat())
def test_loaded_on_any_day_the_sample_has_a_next_round_and_live_commitments(
    store: Store, moment: datetime
) -> None:
    services = Services(store, actor="sample")
    with clock.frozen(moment):
        load_sample(services)
        today = services.today()
        (dialogue,) = list_dialogues(services)
        overview = dialogue_overview(services, dialogue.id)
        briefing = briefing_data(services, BriefingOptions(dialogue_id=dialogue.id))

    first, planned = list_meetings(services, dialogue.id)
    assert (first.start, first.status) == (date(2022, 8, 10), MeetingStatus.HELD)  # a fact
    assert overview.next_meeting == planned
    assert planned.start == datetime.combine(next_round(today), time(9), tzinfo=MEXICO_CITY)
    assert 60 <= (next_round(today) - today).days < 67
    assert overview.past_planned is None
    assert overview.overdue_total >= 1
    assert overview.due_soon_total >= 1
    assert overview.counts.count(status=CommitmentStatus.COMPLETED) >= 1
    assert briefing.meeting is not None and briefing.meeting.id == planned.id
    assert briefing.purpose
    assert sum(len(point.points_to_make) for point in briefing.agenda) >= 5
    assert briefing.since_last_round.status_moves and briefing.since_last_round.due_moves
    with clock.frozen(moment):
        assert check_store(services) == []


def test_loading_again_on_a_later_day_adds_nothing(store: Store) -> None:
    services = Services(store, actor="sample")
    with clock.frozen(LOAD_MOMENTS[0]):
        first = load_sample(services)
        before = write_interchange(export_interchange(services))
    with clock.frozen(LOAD_MOMENTS[1]):
        again = load_sample(services)
        after = write_interchange(export_interchange(services))

    assert sum(first.added.values()) > 50
    assert sum(again.added.values()) == 0
    assert after == before


def test_every_relative_date_of_the_sample_file_is_resolved() -> None:
    (name,) = sample_files()
    resolved = repr(sample_document(name, date(2031, 6, 1)))

    assert "@today" not in resolved
    assert "@round" not in resolved
    assert "2022-08-10" in resolved
    assert "2031-08-05T09:00:00-06:00" in resolved
