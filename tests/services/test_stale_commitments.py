"""Stale commitments: open, with no news for N months, worked out by the store on both
backends, exactly at the boundary, and the same wherever they are counted or listed.

The clock stands at 1 March 2023, so six months back is 1 September 2022: news on that day is
not stale, news the day before is; a day later the boundary moves with it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import CommitmentStatus as S
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import CommitmentDraft, CommitmentUpdateDraft
from dialoguetracker.domain.staleness import is_stale
from dialoguetracker.services import Services
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import (
    count_commitments,
    create_commitment,
    list_commitment_page,
    list_commitments,
)
from dialoguetracker.services.overview import dialogue_overview
from dialoguetracker.services.portfolio import portfolio


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def _made(
    services: Services,
    draft: CommitmentDraft,
    recorded: date,
    status: S = S.AGREED,
    updated: date | None = None,
) -> int:
    made = create_commitment(services, draft, status=status, recorded_on=recorded).id
    if updated is not None:
        record_update(services, CommitmentUpdateDraft(made, updated, "Progress reported"))
    return made


@pytest.fixture
def ids(services: Services, world: World) -> dict[str, int]:
    """One commitment on each side of the boundary, by record date and by update date."""
    early, boundary, before = date(2022, 1, 10), date(2022, 9, 1), date(2022, 8, 31)
    other = CommitmentDraft(world.other_dialogue, "Deferred elsewhere", "US")
    return {
        "recorded_before": _made(services, world.draft("Recorded before"), before),
        "recorded_on_boundary": _made(services, world.draft("Recorded on"), boundary),
        "updated_on_boundary": _made(services, world.draft("Updated on"), early, updated=boundary),
        "updated_before": _made(services, world.draft("Updated before"), early, updated=before),
        "closed_long_ago": _made(services, world.draft("Done"), early, S.COMPLETED),
        "deferred_elsewhere": _made(services, other, date(2022, 5, 1), S.DEFERRED),
    }


def _stale_ids(services: Services, dialogue_id: int | None, months: int = 6) -> set[int]:
    flt = CommitmentFilter(dialogue_id=dialogue_id, stale_months=months)
    return {commitment.id for commitment in list_commitments(services, flt)}


def test_stale_is_open_with_no_news_before_the_boundary(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    assert _stale_ids(services, world.dialogue) == {ids["recorded_before"], ids["updated_before"]}
    flt = CommitmentFilter(dialogue_id=world.dialogue, stale_months=6)
    assert count_commitments(services, flt) == 2


def test_a_day_later_the_boundary_has_moved(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    services.clock = lambda: datetime(2023, 3, 2, 12, 0, tzinfo=UTC)
    expected = {"recorded_before", "updated_before", "recorded_on_boundary", "updated_on_boundary"}
    assert _stale_ids(services, world.dialogue) == {ids[name] for name in expected}
    assert _stale_ids(services, world.dialogue, months=12) == set()


def test_every_dialogue_s_stale_commitments_when_no_dialogue_is_named(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    expected = {ids["recorded_before"], ids["updated_before"], ids["deferred_elsewhere"]}
    assert _stale_ids(services, None) == expected


def test_a_page_carries_each_row_s_last_news_and_the_rule_agrees_with_the_store(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    page = list_commitment_page(services, CommitmentFilter(limit=3))
    rest = list_commitment_page(services, CommitmentFilter(limit=50, after=page.keys[-1]))
    rows = [
        *zip(page.commitments, page.news, strict=True),
        *zip(rest.commitments, rest.news, strict=True),
    ]
    news = {commitment.id: last for commitment, last in rows}
    assert news[ids["updated_before"]] == date(2022, 8, 31)  # the update, not the record
    assert news[ids["recorded_on_boundary"]] == date(2022, 9, 1)
    today = services.today()
    marked = {c.id for c, last in rows if is_stale(c.status, last, today, 6)}
    assert marked == _stale_ids(services, None)


def test_the_overview_and_the_portfolio_count_the_same(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    assert dialogue_overview(services, world.dialogue).stale_total == 2
    assert dialogue_overview(services, world.dialogue, stale_months=12).stale_total == 0
    services.stale_months = 4  # as Preferences set it: 1 November 2022 is the boundary
    assert dialogue_overview(services, world.dialogue).stale_months == 4
    figures = {row.dialogue.id: row.stale for row in portfolio(services).dialogues}
    assert figures == {world.dialogue: 4, world.other_dialogue: 1}


def test_stale_months_out_of_range_are_refused_naming_the_field(
    services: Services, world: World
) -> None:
    for months in (0, -1, 121):
        with pytest.raises(ValidationError) as refused:
            list_commitments(services, CommitmentFilter(stale_months=months))
        assert refused.value.field == "stale_months"


def test_stale_pages_follow_every_sort(
    services: Services, world: World, ids: dict[str, int]
) -> None:
    from dialoguetracker.domain.filters import CommitmentSort

    expected = _stale_ids(services, None)
    for sort in CommitmentSort:
        flt = CommitmentFilter(stale_months=6, sort=sort, limit=1)
        found: list[int] = []
        while True:
            page = list_commitment_page(services, flt)
            if not page.commitments:
                break
            found += [commitment.id for commitment in page.commitments]
            flt = replace(flt, after=page.keys[-1])
        assert sorted(found) == sorted(expected), sort
