"""The register's compliance: each row's latest score per side, and the filter "not yet
assessed this period", worked out by the store on both backends.

The sample dialogue gets a second held round (1 March 2024), so its current period runs from
then; a few commitments are made to stand on each side of the rule: scored by both sides this
period (done), by one side only or only in the earlier period (still to do), a proposal and a
commitment closed before the period (nothing to do), one closed during it (to do). A second
dialogue that has held no round has nothing to score. Whatever the sort, the filter's list —
whole, paged by key, counted — holds exactly the rows whose own scores say a side is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from dialoguetracker.domain.compliance import AssessmentDraft, LatestScores, SideScore
from dialoguetracker.domain.enums import CommitmentStatus, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter, CommitmentSort
from dialoguetracker.domain.records import (
    CommitmentDraft,
    CommitmentUpdateDraft,
    DialogueDraft,
    MeetingDraft,
)
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import (
    count_commitments,
    create_commitment,
    list_commitment_page,
    list_commitments,
)
from dialoguetracker.services.meetings import create_meeting

FIRST_ROUND = date(2022, 8, 10)
SECOND_ROUND = date(2024, 3, 1)


@dataclass(frozen=True)
class Register:
    dialogue: int
    idle_dialogue: int
    ids: dict[str, int]


@pytest.fixture
def register(services: Services) -> Register:
    load_sample(services)
    (dialogue,) = dialogues.list_dialogues(services)
    create_meeting(
        services, MeetingDraft(dialogue.id, "Second round", SECOND_ROUND, status=MeetingStatus.HELD)
    )
    idle = dialogues.create_dialogue(services, DialogueDraft("Idle dialogue", ("US", "MX")))

    def made(text: str, owner: str, status: CommitmentStatus = CommitmentStatus.AGREED) -> int:
        draft = CommitmentDraft(dialogue.id, text, owner)
        return create_commitment(services, draft, status, recorded_on=FIRST_ROUND).id

    ids = {
        "both_scored": made("Both scored", "joint"),
        "one_side_scored": made("One side scored", "joint"),
        "scored_before": made("Scored in the first period", "US"),
        "proposal": made("Only proposed", "MX", CommitmentStatus.PROPOSED),
        "closed_before": made("Closed before the period", "US", CommitmentStatus.COMPLETED),
        "closed_during": made("Closed during the period", "MX"),
        "idle": create_commitment(services, CommitmentDraft(idle.id, "Nothing held", "US")).id,
    }
    record_update(
        services,
        CommitmentUpdateDraft(
            ids["closed_during"], date(2025, 1, 6), "Done", status=CommitmentStatus.COMPLETED
        ),
    )
    for side, score in (("US", 1), ("MX", 0)):
        assess(services, AssessmentDraft(ids["both_scored"], side, score, "readout"))
    assess(services, AssessmentDraft(ids["one_side_scored"], "US", -1, "first reading"))
    assess(services, AssessmentDraft(ids["one_side_scored"], "US", 1, "second reading"))
    early = AssessmentDraft(ids["scored_before"], "US", 0, "statement", period_start=FIRST_ROUND)
    assess(services, early)
    # scored for the earlier period after the current one: the current one stays the latest
    assess(
        services, AssessmentDraft(ids["both_scored"], "US", -1, "late", period_start=FIRST_ROUND)
    )
    return Register(dialogue.id, idle.id, ids)


def _scores(services: Services, flt: CommitmentFilter) -> dict[int, LatestScores]:
    page = list_commitment_page(services, flt)
    return dict(zip([c.id for c in page.commitments], page.scores, strict=True))


def test_each_row_carries_its_latest_score_per_side(services: Services, register: Register) -> None:
    ids = register.ids
    scores = _scores(services, CommitmentFilter(limit=500))

    assert scores[ids["both_scored"]] == LatestScores(
        (SideScore("US", 1, True), SideScore("MX", 0, True)), due=True
    )
    assert scores[ids["one_side_scored"]] == LatestScores(
        (SideScore("US", 1, True), SideScore("MX", None, False)), due=True
    )
    assert scores[ids["scored_before"]] == LatestScores((SideScore("US", 0, False),), due=True)
    assert scores[ids["proposal"]] == LatestScores((SideScore("MX", None, False),), due=False)
    assert not scores[ids["closed_before"]].due
    assert scores[ids["closed_during"]].unassessed == ("MX",)
    assert scores[ids["idle"]] == LatestScores((SideScore("US", None, False),), due=False)
    assert scores[ids["one_side_scored"]].unassessed == ("MX",)
    assert scores[ids["both_scored"]].unassessed == ()


def test_the_filter_lists_what_is_still_to_score(services: Services, register: Register) -> None:
    ids = register.ids
    flt = CommitmentFilter(dialogue_id=register.dialogue, unassessed_only=True)
    listed = {c.id for c in list_commitments(services, flt)}

    assert {ids["one_side_scored"], ids["scored_before"], ids["closed_during"]} <= listed
    assert listed.isdisjoint(
        {ids["both_scored"], ids["proposal"], ids["closed_before"], ids["idle"]}
    )
    assert count_commitments(services, flt) == len(listed)
    idle = replace(flt, dialogue_id=register.idle_dialogue)
    assert list_commitments(services, idle) == []


@pytest.mark.parametrize("sort", list(CommitmentSort))
@pytest.mark.parametrize("descending", [False, True])
def test_whole_paged_and_counted_agree_with_each_rows_scores(
    services: Services, register: Register, sort: CommitmentSort, descending: bool
) -> None:
    everything = CommitmentFilter(sort=sort, descending=descending)
    expected = [
        commitment_id
        for commitment_id, scores in _scores(services, everything).items()
        if scores.unassessed
    ]
    flt = replace(everything, unassessed_only=True)
    assert [c.id for c in list_commitments(services, flt)] == expected
    assert count_commitments(services, flt) == len(expected)

    paged: list[int] = []
    after = None
    while True:
        page = list_commitment_page(services, replace(flt, limit=4, after=after))
        if not page.commitments:
            break
        assert all(scores.unassessed for scores in page.scores)
        paged += [c.id for c in page.commitments]
        after = page.keys[-1]
    assert paged == expected
    assert len(expected) > 8  # the sample's own open commitments are still to score too


def test_scoring_the_missing_side_takes_it_off_the_list(
    services: Services, register: Register
) -> None:
    flt = CommitmentFilter(dialogue_id=register.dialogue, unassessed_only=True)
    before = count_commitments(services, flt)

    assess(services, AssessmentDraft(register.ids["one_side_scored"], "MX", 0, "readout"))

    assert count_commitments(services, flt) == before - 1
    listed = {c.id for c in list_commitments(services, flt)}
    assert register.ids["one_side_scored"] not in listed
