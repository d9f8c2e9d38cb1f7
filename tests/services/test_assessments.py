"""Compliance assessment on the sample dialogue: three commitments scored for both sides in two
periods give the averages and percentages a hand calculation gives; the latest score counts;
the audience sees only the assessments its handling admits; bad input is refused by field."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from dialoguetracker.domain.briefing import BriefingOptions
from dialoguetracker.domain.compliance import (
    AssessmentDraft,
    Average,
    ComplianceSummary,
    Period,
    average_of,
)
from dialoguetracker.domain.enums import JOINT, Audience, Handling, MeetingStatus
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import CommitmentDraft, DialogueDraft, MeetingDraft
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.interop.interchange_write import write_interchange
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, dialogues
from dialoguetracker.services.assessments import (
    assess,
    compliance,
    list_assessments,
    periods,
    withdraw_assessment,
)
from dialoguetracker.services.audit import record_history
from dialoguetracker.services.briefing_data import briefing_data
from dialoguetracker.services.commitments import create_commitment, list_commitments
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.interchange_import import import_interchange
from dialoguetracker.services.meetings import create_meeting
from dialoguetracker.services.overview import dialogue_overview
from dialoguetracker.services.portfolio import portfolio

FIRST_ROUND = date(2022, 8, 10)
INTERSESSIONAL = date(2024, 3, 1)


def _sample_with_two_periods(services: Services) -> tuple[int, list[int]]:
    load_sample(services)
    (dialogue,) = dialogues.list_dialogues(services)
    draft = MeetingDraft(
        dialogue.id, "Intersessional meeting", INTERSESSIONAL, status=MeetingStatus.HELD
    )
    create_meeting(services, draft)
    joint = [
        c.id
        for c in list_commitments(services, CommitmentFilter(dialogue_id=dialogue.id))
        if c.owner == JOINT
    ]
    return dialogue.id, joint[:3]


# (commitment index, side, score) in the first period and in the current one
FIRST = [(0, "US", 1), (1, "US", 0), (2, "US", -1), (0, "MX", 1), (1, "MX", 1), (2, "MX", 0)]
CURRENT = [(0, "US", 1), (1, "US", 1), (2, "US", 1), (0, "MX", 0), (1, "MX", -1), (2, "MX", 0)]


def test_averages_and_percentages_are_the_hand_calculation(services: Services) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    for index, side, score in FIRST:
        draft = AssessmentDraft(
            commitments[index], side, score, "statement", period_start=FIRST_ROUND
        )
        assess(services, draft)
    assess(services, AssessmentDraft(commitments[0], "US", -1, "first reading"))
    for index, side, score in CURRENT:  # the US's first one is scored again: the latest counts
        assess(services, AssessmentDraft(commitments[index], side, score, "readout", final=True))

    summary = compliance(services, dialogue)

    first, current = Period(FIRST_ROUND, INTERSESSIONAL), Period(INTERSESSIONAL)
    assert summary.periods == (first, current)
    shown = {(line.period, line.side): line.average.shown() for line in summary.by_side}
    assert shown == {
        (first, "MX"): "+0.67 (83%)",  # (1 + 1 + 0) / 3; (0.67 + 1) / 2
        (first, "US"): "+0.00 (50%)",  # (1 + 0 - 1) / 3
        (current, "MX"): "-0.33 (33%)",  # (0 - 1 + 0) / 3
        (current, "US"): "+1.00 (100%)",
    }
    assert {line.average.count for line in summary.by_side} == {3}
    history = list_assessments(services, commitments[0])
    assert [(a.side, a.score, a.period) for a in history if a.side == "US"] == [
        ("US", 1, first),
        ("US", -1, current),
        ("US", 1, current),
    ]


def test_the_audience_sees_only_the_assessments_it_may(services: Services) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    assess(
        services,
        AssessmentDraft(commitments[0], "US", 1, "public readout", handling=Handling.PUBLIC),
    )
    assess(services, AssessmentDraft(commitments[1], "US", -1, "our own reading"))

    internal = compliance(services, dialogue).by_side
    public = compliance(services, dialogue, Audience.PUBLIC).by_side

    assert [line.average for line in internal] == [Average(2, 0)]
    assert [line.average for line in public] == [Average(1, 1)]


def test_by_topic(services: Services) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    for commitment in commitments:
        assess(services, AssessmentDraft(commitment, "MX", 1, "done"))

    by_topic = compliance(services, dialogue).by_topic

    assert sum(line.average.count for line in by_topic) == sum(
        1
        for c in list_commitments(services, CommitmentFilter(dialogue_id=dialogue))
        if c.id in commitments and c.topic_id is not None
    )
    assert all(line.side == "MX" and line.average.value == 1 for line in by_topic)


def test_bad_assessments_are_refused_by_field(services: Services) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    owned = create_commitment(services, CommitmentDraft(dialogue, "A US one", "US")).id
    before = list_assessments(services, commitments[0])

    cases = [
        (AssessmentDraft(owned, "MX", 1, "x"), "side"),
        (AssessmentDraft(commitments[0], "US", 2, "x"), "score"),
        (AssessmentDraft(commitments[0], "US", 1, "  "), "evidence"),
        (AssessmentDraft(commitments[0], "US", 1, "x", period_start=date(2020, 1, 1)), "period"),
    ]
    for draft, field in cases:
        with pytest.raises(ValidationError) as refused:
            assess(services, draft)
        assert refused.value.field == field

    assert list_assessments(services, commitments[0]) == before


def test_a_dialogue_without_a_held_round_has_no_period(services: Services) -> None:
    load_sample(services)
    dialogue = dialogues.create_dialogue(services, DialogueDraft("New WG", ("US", "MX"))).id
    commitment = create_commitment(services, CommitmentDraft(dialogue, "Meet", JOINT)).id

    assert periods(services, dialogue) == []
    with pytest.raises(ValidationError) as refused:
        assess(services, AssessmentDraft(commitment, "US", 0, "too early"))
    assert "no round yet" in str(refused.value)


def test_percent_is_average_plus_one_over_two() -> None:
    assert average_of([1, 0]).shown() == "+0.50 (75%)"
    assert average_of([-1]).shown() == "-1.00 (0%)"
    assert average_of([]).shown() == ""


def test_assessments_round_trip_through_the_interchange(
    services: Services, fresh_services: Callable[[], Services]
) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    assess(services, AssessmentDraft(commitments[0], "US", 1, "x", period_start=FIRST_ROUND))
    assess(services, AssessmentDraft(commitments[0], "MX", 0, "y", final=True))
    assess(services, AssessmentDraft(commitments[1], "MX", -1, "z", handling=Handling.PUBLIC))
    exported = write_interchange(export_interchange(services))

    document = json.loads(exported)
    listed = [a for c in document["dialogues"][0]["commitments"] for a in c.get("assessments", [])]
    assert [(a["side"], a.get("period_end"), a["score"]) for a in listed] == [
        ("US", INTERSESSIONAL.isoformat(), 1),
        ("MX", None, 0),
        ("MX", None, -1),
    ]
    copy = fresh_services()
    import_interchange(copy, read_interchange(exported))
    assert write_interchange(export_interchange(copy)) == exported
    (copied,) = dialogues.list_dialogues(copy)
    assert compliance(copy, copied.id) == compliance(services, dialogue)

    public = json.loads(write_interchange(export_interchange(services, Audience.PUBLIC)))
    shown = [a for c in public["dialogues"][0]["commitments"] for a in c.get("assessments", [])]
    assert [(a["side"], a["score"]) for a in shown] == [("MX", -1)]


def test_the_portfolio_shows_the_latest_period_s_average(services: Services) -> None:
    _dialogue, commitments = _sample_with_two_periods(services)
    (row,) = portfolio(services).dialogues
    assert row.compliance is None
    assess(services, AssessmentDraft(commitments[0], "US", -1, "x", period_start=FIRST_ROUND))
    assess(services, AssessmentDraft(commitments[0], "US", 1, "x"))
    assess(services, AssessmentDraft(commitments[1], "MX", 0, "y"))

    (row,) = portfolio(services).dialogues

    assert row.compliance == 0.5  # the current period's (1 + 0) / 2; the first one's -1 is older


def test_the_overview_shows_each_sides_average_in_the_last_two_periods(
    services: Services,
) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    for index, side, score in FIRST:
        draft = AssessmentDraft(
            commitments[index], side, score, "statement", period_start=FIRST_ROUND
        )
        assess(services, draft)
    for index, side, score in CURRENT[:4]:  # MX scored for one commitment only so far
        assess(services, AssessmentDraft(commitments[index], side, score, "readout"))
    assess(services, AssessmentDraft(commitments[0], "MX", 1, "a later reading"))  # counts

    shown = dialogue_overview(services, dialogue)

    first, current = Period(FIRST_ROUND, INTERSESSIONAL), Period(INTERSESSIONAL)
    assert shown.compliance_periods == (first, current)
    averages = {
        (period, side): shown.average(period, side).shown()
        for period in (first, current)
        for side in ("US", "MX")
    }
    assert averages == {
        (first, "US"): "+0.00 (50%)",  # (1 + 0 - 1) / 3
        (first, "MX"): "+0.67 (83%)",  # (1 + 1 + 0) / 3
        (current, "US"): "+1.00 (100%)",  # (1 + 1 + 1) / 3
        (current, "MX"): "+1.00 (100%)",  # 0, then 1 for the same commitment: the latest
    }
    assert shown.average(current, "MX").count == 1
    assert {line.average for line in shown.compliance} == {
        line.average for line in compliance(services, dialogue).by_side
    }


def test_a_third_round_moves_the_overview_on_by_one_period(services: Services) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    assess(services, AssessmentDraft(commitments[0], "US", -1, "old", period_start=FIRST_ROUND))
    assess(services, AssessmentDraft(commitments[0], "US", 1, "second period"))
    third = date(2025, 6, 2)
    create_meeting(
        services, MeetingDraft(dialogue, "Third round", third, status=MeetingStatus.HELD)
    )

    shown = dialogue_overview(services, dialogue)

    second = Period(INTERSESSIONAL, third)
    assert shown.compliance_periods == (second, Period(third))
    assert [(line.period, line.side, line.average) for line in shown.compliance] == [
        (second, "US", Average(1, 1))
    ]


def test_before_any_round_the_overview_has_no_period(services: Services) -> None:
    load_sample(services)
    made = dialogues.create_dialogue(services, DialogueDraft("New dialogue", ("US", "MX")))

    shown = dialogue_overview(services, made.id)

    assert (shown.compliance_periods, shown.compliance) == ((), ())


def test_the_briefing_shows_the_period_since_its_last_round_to_the_audience_it_may(
    services: Services,
) -> None:
    """The sample's next meeting (on the services' day, 1 March 2023) follows the first
    round: its background scores the period from that round to the intersessional one."""
    dialogue, commitments = _sample_with_two_periods(services)
    first = Period(FIRST_ROUND, INTERSESSIONAL)
    for draft in (
        AssessmentDraft(commitments[0], "US", 1, "first reading", period_start=FIRST_ROUND),
        AssessmentDraft(commitments[0], "US", -1, "our own reading", period_start=FIRST_ROUND),
        AssessmentDraft(
            commitments[1],
            "MX",
            1,
            "joint readout",
            handling=Handling.COUNTERPART,
            period_start=FIRST_ROUND,
        ),
        AssessmentDraft(commitments[2], "US", 1, "a later period", handling=Handling.PUBLIC),
    ):
        assess(services, draft)

    def shown(audience: Audience) -> ComplianceSummary | None:
        options = BriefingOptions(dialogue_id=dialogue, audience=audience)
        data = briefing_data(services, options)
        assert data.last_round is not None and data.last_round.start == FIRST_ROUND
        return data.compliance

    internal = shown(Audience.INTERNAL)
    assert internal is not None and internal.periods == (first,)
    assert {(line.side, line.average) for line in internal.by_side} == {
        ("US", Average(1, -1)),  # the latest of two
        ("MX", Average(1, 1)),
    }
    counterpart = shown(Audience.COUNTERPART)
    assert counterpart is not None
    assert [(line.side, line.average) for line in counterpart.by_side] == [("MX", Average(1, 1))]
    assert shown(Audience.PUBLIC) is None  # public only in the period after: no section


def test_a_withdrawn_assessment_leaves_the_averages_and_stays_in_the_trail(
    services: Services,
) -> None:
    dialogue, commitments = _sample_with_two_periods(services)
    kept = assess(services, AssessmentDraft(commitments[0], "US", 1, "readout"))
    mistaken = assess(services, AssessmentDraft(commitments[0], "US", -1, "wrong key"))

    withdraw_assessment(services, mistaken.id)

    assert list_assessments(services, commitments[0]) == [kept]
    (line,) = compliance(services, dialogue).by_side
    assert line.average == Average(1, 1)  # the earlier score counts again
    trail = [
        (entry.action, entry.old)
        for entry in record_history(services, "commitment", commitments[0])
        if entry.entity == "assessment"
    ]
    assert trail[-1] == ("delete", "US -1: wrong key")
    with pytest.raises(NotFoundError):
        withdraw_assessment(services, mistaken.id)
