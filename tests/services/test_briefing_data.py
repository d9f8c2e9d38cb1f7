"""What a briefing holds, gathered from real stores: the sample dialogue, an empty one, and a
dialogue whose every handled text is a marker word (today is 1 March 2023)."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import UTC, date, datetime

import pytest
from briefing_world import (
    BRIEFING_COUNTERPART,
    BRIEFING_INTERNAL,
    MarkerWorld,
    marker_world,
)

from dialoguetracker.domain.briefing import (
    BriefingData,
    BriefingOptions,
    Scorecard,
    SinceLastRound,
)
from dialoguetracker.domain.enums import JOINT, Audience, CommitmentStatus, Role
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import (
    CommitmentDraft,
    DialogueDraft,
    MeetingDraft,
    PartyDraft,
    TopicDraft,
)
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.briefing_data import briefing_data
from dialoguetracker.services.commitment_updates import change_status
from dialoguetracker.services.commitments import count_commitments, create_commitment
from dialoguetracker.services.dialogues import (
    create_dialogue,
    create_topic,
    find_dialogue,
    list_topics,
)
from dialoguetracker.services.directory import create_party
from dialoguetracker.services.meetings import create_meeting
from moments import TEST_NOW

S = CommitmentStatus
SAMPLE = "U.S.-Mexico Working Group on Cyber Issues"
MULTILATERAL = "Multilateral cyber agenda"
DEFERRAL_REASON = "No date suitable to all three delegations"


@pytest.fixture
def sample(services: Services) -> int:
    """The sample dialogue, loaded and briefed on the tests' day (:data:`TEST_NOW`): its round
    two months ahead, one commitment overdue since 2023, one for ten days, one due soon."""
    services.clock = lambda: TEST_NOW
    load_sample(services)
    found = find_dialogue(services, SAMPLE)
    assert found is not None
    return found.id


def _brief(services: Services, dialogue_id: int, **options: object) -> BriefingData:
    return briefing_data(services, BriefingOptions(dialogue_id=dialogue_id, **options))  # type: ignore[arg-type]


def _visible(services: Services, dialogue_id: int, audience: Audience) -> int:
    return count_commitments(services, CommitmentFilter(dialogue_id=dialogue_id, audience=audience))


def _check_figures(data: BriefingData, total: int) -> None:
    """The chart, the scorecards and the topic history all add up to ``total``."""
    assert sum(cell.count for cell in data.chart) == total
    by_side: Counter[tuple[str, bool]] = Counter()
    for cell in data.chart:
        if cell.status is S.COMPLETED or not cell.status.is_closed:
            by_side[cell.side, cell.status.is_closed] += cell.count
    for card in data.scorecards:
        assert card.on_time + card.late == by_side[card.side, True]
        assert card.open == by_side[card.side, False]
        assert 0 <= card.overdue <= card.open
    assert {card.side for card in data.scorecards} == {cell.side for cell in data.chart}
    open_lines = [line for _topic, lines in data.open_by_topic for line in lines]
    assert len(open_lines) == sum(card.open for card in data.scorecards)
    assert sum(line.overdue for line in open_lines) == sum(card.overdue for card in data.scorecards)


# -- the sample ----------------------------------------------------------------------------


def test_the_sample_briefs_the_2027_round_with_its_preparation(
    services: Services, sample: int
) -> None:
    data = _brief(services, sample)

    assert data.dialogue == SAMPLE
    assert data.dialogue_short == "Cyber WG"
    assert data.framework is not None and "Bicentennial" in data.framework
    assert [party.code for party in data.parties] == ["US", "MX"]
    assert data.our_side == "US"
    assert data.meeting is not None
    assert isinstance(data.meeting.start, datetime) and data.meeting.start.year == 2027
    assert data.meeting.host == "MX"
    assert data.meeting.status == "planned"
    assert data.purpose.startswith("(Illustrative) Take stock")
    assert len(data.objectives) == 4
    assert len(data.their_objectives) == 3
    assert len(data.their_asks) == 3
    assert data.press_line is not None
    assert [point.position for point in data.agenda] == list(range(1, 9))
    review = data.agenda[1]
    assert review.presenter == "Head of delegation, U.S. Department of State"
    assert len(review.points_to_make) == 3
    assert review.their_position is not None and review.our_response is not None
    assert review.notes is not None
    assert data.agenda[3].topic == "Cybercrime prevention"
    assert data.agenda[3].lead == "US"


def test_the_sample_background_starts_from_the_august_2022_round(
    services: Services, sample: int
) -> None:
    data = _brief(services, sample)

    assert data.last_round is not None
    assert data.last_round.start == date(2022, 8, 10)
    assert data.last_round.summary is not None
    assert len(data.last_round.outcomes) == 5
    since = data.since_last_round
    assert since.since == date(2022, 8, 10)
    deferral = [move for move in since.status_moves if move.new is S.DEFERRED]
    assert len(deferral) == 1
    assert deferral[0].old is S.AGREED
    assert deferral[0].on == date(2022, 12, 15)
    assert deferral[0].reason is not None and DEFERRAL_REASON in deferral[0].reason
    moved = [move for move in since.due_moves if move.old == date(2022, 12, 31)]
    assert len(moved) == 1
    assert moved[0].new == date(2023, 6, 30)
    assert moved[0].reason is not None and DEFERRAL_REASON in moved[0].reason
    # The due date fixed at the round itself belongs to the round, not to what came after.
    assert all(move.on > date(2022, 8, 10) for move in since.due_moves)
    assert since.new_commitments == ()  # all ten were recorded at the round
    assert [line.status for line in since.closed_commitments] == [S.COMPLETED]
    assert [move.on for move in since.status_moves] == sorted(
        move.on for move in since.status_moves
    )


def test_the_sample_lists_open_commitments_by_topic_with_their_latest_update(
    services: Services, sample: int
) -> None:
    data = _brief(services, sample)

    topics = [topic for topic, _lines in data.open_by_topic]
    assert topics == sorted(topics)
    multilateral = dict(data.open_by_topic)[MULTILATERAL]
    assert len(multilateral) == 3
    trilateral = multilateral[0]
    assert trilateral.status is S.DEFERRED
    assert trilateral.due == date(2023, 6, 30)
    assert trilateral.owner == JOINT
    assert trilateral.overdue  # deferred to mid-2023 and never settled since
    assert trilateral.latest_update_on == date(2022, 12, 15)
    internal_note = "Our assessment"
    lines = [line for _topic, group in data.open_by_topic for line in group]
    assert any(internal_note in (line.latest_update or "") for line in lines)
    shared = _brief(services, sample, audience=Audience.COUNTERPART)
    shared_lines = [line for _topic, group in shared.open_by_topic for line in group]
    assert len(shared_lines) == len(lines)
    assert not any(internal_note in (line.latest_update or "") for line in shared_lines)


@pytest.mark.parametrize("audience", list(Audience))
def test_the_sample_figures_add_up_to_what_the_audience_may_see(
    services: Services, sample: int, audience: Audience
) -> None:
    data = _brief(services, sample, audience=audience)

    total = _visible(services, sample, audience)
    assert total == 10
    _check_figures(data, total)
    assert data.scorecards == (Scorecard(JOINT, on_time=1, late=0, open=9, overdue=2),)
    assert sum(topic.open + topic.closed for topic in data.topic_history) == total
    assert all(
        topic.meetings == ((date(2022, 8, 10), data.last_round.title),)  # type: ignore[union-attr]
        for topic in data.topic_history
    )


def test_the_sample_delegations_put_the_counterpart_first(services: Services, sample: int) -> None:
    data = _brief(services, sample)

    assert [person.party for person in data.counterpart_delegation] == ["MX", "MX"]
    assert [person.role for person in data.counterpart_delegation] == [Role.HEAD, Role.MEMBER]
    assert [person.party for person in data.our_delegation] == ["US"] * 3
    assert data.our_delegation[0].role is Role.HEAD
    assert data.counterpart_delegation[0].biography is not None
    mexican = _brief(services, sample, our_side="MX")
    assert {person.party for person in mexican.counterpart_delegation} == {"US"}
    assert mexican.our_side == "MX"
    assert [attachment.language for attachment in data.attachments] == ["en", "es"]


def test_a_named_meeting_is_briefed_instead_of_the_next(services: Services, sample: int) -> None:
    first = _brief(services, sample, meeting_id=1)

    assert first.meeting is not None and first.meeting.start == date(2022, 8, 10)
    assert first.last_round is None  # nothing was held before the first round
    assert first.since_last_round == SinceLastRound(None)
    assert first.purpose == ""
    assert len(first.agenda) == 5
    assert len(first.attachments) == 2


def test_without_a_planned_meeting_the_briefing_is_background_and_last_delegations(
    services: Services, sample: int
) -> None:
    later = Services(services.store, actor="tester", clock=lambda: datetime(2028, 1, 1, tzinfo=UTC))

    data = _brief(later, sample)

    assert data.meeting is None
    assert data.purpose == "" and data.objectives == () and data.agenda == ()
    assert data.press_line is None
    assert data.last_round is not None and data.last_round.start == date(2022, 8, 10)
    assert [person.name for person in data.counterpart_delegation] == [
        "Head of delegation, Secretaría de Relaciones Exteriores",
        "Cyber affairs officer, Secretaría de Relaciones Exteriores",
    ]
    assert len(data.our_delegation) == 2  # NIST was only listed for 2027
    assert len(data.attachments) == 2
    assert data.open_by_topic and data.chart
    # In 2028 every commitment with a due date and still open is overdue.
    assert sum(card.overdue for card in data.scorecards) == 3
    _check_figures(data, 10)


# -- period and topics ---------------------------------------------------------------------


def test_until_rebuilds_the_record_as_it_stood(services: Services, sample: int) -> None:
    data = _brief(services, sample, until=date(2023, 1, 1))

    since = data.since_last_round
    assert [move.new for move in since.status_moves] == [S.DEFERRED]
    assert [move.new for move in since.due_moves] == [date(2023, 6, 30)]
    assert since.closed_commitments == ()
    counts = {(cell.status, cell.side): cell.count for cell in data.chart}
    assert counts == {(S.AGREED, JOINT): 9, (S.DEFERRED, JOINT): 1}
    trilateral = dict(data.open_by_topic)[MULTILATERAL][0]
    assert trilateral.latest_update_on == date(2022, 12, 15)
    _check_figures(data, 10)


def test_until_before_anything_was_recorded_leaves_no_background(
    services: Services, sample: int
) -> None:
    data = _brief(services, sample, until=date(2022, 8, 1))

    assert data.last_round is None
    assert data.since_last_round == SinceLastRound(None)
    assert data.open_by_topic == data.chart == data.scorecards == data.topic_history == ()
    assert data.meeting is not None  # the meeting briefed is still the next one


def test_since_bounds_the_changes_and_the_last_round(services: Services, sample: int) -> None:
    data = _brief(services, sample, since=date(2022, 12, 1))

    assert data.last_round is None  # the August round lies before the period
    since = data.since_last_round
    assert since.since == date(2022, 12, 1)
    assert all(move.on >= date(2022, 12, 1) for move in since.status_moves)
    assert S.DEFERRED in [move.new for move in since.status_moves]
    assert all(topic.meetings == () for topic in data.topic_history)
    assert len(data.counterpart_delegation) == 2  # the delegations are the 2027 round's

    wider = _brief(services, sample, since=date(2022, 8, 10))
    assert wider.last_round is not None
    assert len(wider.since_last_round.new_commitments) == 10
    assert date(2022, 12, 31) in [move.new for move in wider.since_last_round.due_moves]


def test_topics_narrow_the_background(services: Services, sample: int) -> None:
    topics = {topic.name: topic.id for topic in list_topics(services, sample)}

    data = _brief(services, sample, topic_ids=frozenset({topics[MULTILATERAL]}))

    assert [topic for topic, _lines in data.open_by_topic] == [MULTILATERAL]
    assert [topic.topic for topic in data.topic_history] == [MULTILATERAL]
    assert sum(cell.count for cell in data.chart) == 3
    assert {move.commitment for move in data.since_last_round.status_moves} == {
        "Coordinate with Canada to hold a Trilateral Cyber Experts Meeting in 2022."
    }
    assert len(data.agenda) == 8  # the meeting's agenda is the meeting's, whatever the topics
    _check_figures(data, 3)


# -- edges and errors ----------------------------------------------------------------------


def test_an_empty_dialogue_gives_an_empty_but_valid_briefing(services: Services) -> None:
    for code in ("US", "MX"):
        create_party(services, PartyDraft(code, code))
    dialogue = create_dialogue(services, DialogueDraft("Empty", ("US", "MX"))).id
    create_topic(services, TopicDraft(dialogue, "Unused"))

    data = _brief(services, dialogue, audience=Audience.COUNTERPART)

    assert data.meeting is None and data.last_round is None
    assert data.since_last_round == SinceLastRound(None)
    for name in (
        "agenda",
        "open_by_topic",
        "scorecards",
        "topic_history",
        "chart",
        "counterpart_delegation",
        "our_delegation",
        "attachments",
    ):
        assert getattr(data, name) == (), name
    assert data.our_side == "US"
    assert repr(asdict(data))


def test_scorecards_tell_on_time_from_late_and_overdue(services: Services) -> None:
    for code in ("US", "MX"):
        create_party(services, PartyDraft(code, code))
    dialogue = create_dialogue(services, DialogueDraft("Scored", ("US", "MX"))).id
    create_meeting(services, MeetingDraft(dialogue, "Held", date(2022, 6, 1), status="held"))  # type: ignore[arg-type]

    def made(owner: str, due: date | None, done_on: date | None = None) -> None:
        draft = CommitmentDraft(dialogue, f"{owner} {due} {done_on}", owner)
        row = create_commitment(services, draft, due=due, recorded_on=date(2022, 6, 1))
        if done_on is not None:
            change_status(services, row.id, S.COMPLETED, done_on, "done")

    made("US", date(2022, 12, 1), date(2022, 12, 1))  # on the day: on time
    made("US", None, date(2022, 7, 1))  # no due date: cannot be late
    made("US", date(2022, 12, 1), date(2023, 1, 10))  # late
    made("MX", date(2023, 1, 1))  # overdue
    made("MX", date(2023, 3, 1))  # due today: not yet overdue
    made(JOINT, None)

    data = _brief(services, dialogue)

    assert data.scorecards == (
        Scorecard("US", on_time=2, late=1, open=0, overdue=0),
        Scorecard("MX", on_time=0, late=0, open=2, overdue=1),
        Scorecard(JOINT, on_time=0, late=0, open=1, overdue=0),
    )
    _check_figures(data, 6)
    overdue = [line for _t, lines in data.open_by_topic for line in lines if line.overdue]
    assert [line.due for line in overdue] == [date(2023, 1, 1)]
    assert [topic for topic, _lines in data.open_by_topic] == [""]  # no topic: one group


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({}, "dialogue"),
        ({"dialogue_id": 999}, "dialogue"),
        ({"dialogue_id": "D", "our_side": "CA"}, "our_side"),
        ({"dialogue_id": "D", "meeting_id": 999}, "meeting"),
        ({"dialogue_id": "D", "meeting_id": "OTHER"}, "meeting"),
        ({"dialogue_id": "D", "topic_ids": frozenset({999})}, "topics"),
        ({"dialogue_id": "D", "since": date(2023, 1, 2), "until": date(2023, 1, 1)}, "until"),
        ({"dialogue_id": "D", "audience": "everyone"}, "audience"),
    ],
)
def test_bad_options_name_the_option(
    services: Services, options: dict[str, object], field: str
) -> None:
    for code in ("US", "MX", "CA"):
        create_party(services, PartyDraft(code, code))
    dialogue = create_dialogue(services, DialogueDraft("One", ("US", "MX"))).id
    other = create_dialogue(services, DialogueDraft("Two", ("US", "CA"))).id
    elsewhere = create_meeting(services, MeetingDraft(other, "Elsewhere", date(2022, 1, 1))).id
    values = {
        key: dialogue if value == "D" else elsewhere if value == "OTHER" else value
        for key, value in options.items()
    }

    with pytest.raises(ValidationError) as raised:
        briefing_data(services, BriefingOptions(**values))  # type: ignore[arg-type]

    assert raised.value.field == field


# -- the audience --------------------------------------------------------------------------


@pytest.fixture
def markers(services: Services) -> MarkerWorld:
    return marker_world(services)


def _text(data: BriefingData) -> str:
    return repr(asdict(data))


def _found(data: BriefingData, words: frozenset[str]) -> set[str]:
    text = _text(data)
    return {word for word in words if word in text}


def test_the_internal_audience_sees_every_marker(services: Services, markers: MarkerWorld) -> None:
    data = _brief(services, markers.dialogue)

    assert data.meeting is not None and data.meeting.id == markers.round_two
    assert _found(data, BRIEFING_INTERNAL) == BRIEFING_INTERNAL
    assert _found(data, BRIEFING_COUNTERPART) == BRIEFING_COUNTERPART
    _check_figures(data, 5)


@pytest.mark.parametrize("audience", [Audience.COUNTERPART, Audience.PUBLIC])
def test_no_internal_word_reaches_a_counterpart_or_public_briefing(
    services: Services, markers: MarkerWorld, audience: Audience
) -> None:
    data = _brief(services, markers.dialogue, audience=audience)

    assert _found(data, BRIEFING_INTERNAL) == set()
    shared = _found(data, BRIEFING_COUNTERPART)
    assert shared == (BRIEFING_COUNTERPART if audience is Audience.COUNTERPART else set())
    # The whole preparation falls away; the shared running order remains.
    assert data.purpose == "" and data.objectives == data.their_objectives == data.their_asks == ()
    assert data.press_line is None
    assert [point.title for point in data.agenda] == ["Crime again", "Energy"]
    assert all(
        point.points_to_make == () and point.their_position is None and point.our_response is None
        for point in data.agenda
    )
    assert data.agenda[1].notes is None and data.agenda[1].outcome is None
    # Internal commitments are not counted anywhere.
    total = _visible(services, markers.dialogue, audience)
    assert total == (3 if audience is Audience.COUNTERPART else 2)
    _check_figures(data, total)
    assert sum(topic.open + topic.closed for topic in data.topic_history) == total
    # A move recorded only in an internal update does not appear, nor does its commitment
    # among those closed since the last round.
    assert "pubdroppedcommitment" not in {
        move.commitment for move in data.since_last_round.status_moves
    }
    assert all(line.id != markers.dropped for line in data.since_last_round.closed_commitments)
    assert data.since_last_round.due_moves == ()
    assert [document.title for document in data.attachments] == ["Joint statement"]
    assert data.last_round is not None and data.last_round.summary is None


def test_the_counterpart_sees_shared_moves_the_public_does_not(
    services: Services, markers: MarkerWorld
) -> None:
    shared = _brief(services, markers.dialogue, audience=Audience.COUNTERPART)
    public = _brief(services, markers.dialogue, audience=Audience.PUBLIC)

    assert [(move.commitment, move.new) for move in shared.since_last_round.status_moves] == [
        ("pubcommitmentdone", S.COMPLETED)
    ]
    assert [line.id for line in shared.since_last_round.closed_commitments] == [markers.public_done]
    assert public.since_last_round.status_moves == ()
    assert public.since_last_round.closed_commitments == ()


def test_leaving_out_notes_drops_agenda_notes_only(
    services: Services, markers: MarkerWorld
) -> None:
    data = _brief(services, markers.dialogue, include_notes=False)

    assert all(point.notes is None for point in data.agenda)
    assert _found(data, frozenset({"intnotetwo", "cptnotetwo"})) == set()
    assert _found(data, frozenset({"intoutcometwo", "intpoint", "intpurpose"})) == {
        "intoutcometwo",
        "intpoint",
        "intpurpose",
    }


def test_the_internal_briefing_shows_the_moves_behind_the_state(
    services: Services, markers: MarkerWorld
) -> None:
    data = _brief(services, markers.dialogue)

    moves = {(move.commitment, move.old, move.new) for move in data.since_last_round.status_moves}
    assert moves == {
        ("cptcommitment", S.AGREED, S.IN_PROGRESS),
        ("pubdroppedcommitment", S.AGREED, S.DROPPED),
        ("pubcommitmentdone", S.AGREED, S.COMPLETED),
        ("intcommitmentdone", S.AGREED, S.COMPLETED),
    }
    assert [line.text for line in data.since_last_round.new_commitments] == ["intcommitmentopen"]
    assert [(move.old, move.new) for move in data.since_last_round.due_moves] == [
        (date(2022, 12, 1), date(2023, 2, 1))
    ]
    assert {line.id for line in data.since_last_round.closed_commitments} == {
        markers.dropped,
        markers.public_done,
        markers.internal_done,
    }


def test_a_reproducible_briefing_is_dated_by_the_stores_last_change(services: Services) -> None:
    """Not by the clock: the same store and options must give the same file at any minute."""
    from dataclasses import replace as _replace

    from dialoguetracker.services.audit import history
    from dialoguetracker.services.dialogues import list_dialogues

    load_sample(services)
    dialogue = list_dialogues(services)[0]
    options = BriefingOptions(dialogue_id=dialogue.id, reproducible=True)
    first = briefing_data(services, options)
    later = Services(services.store, actor="tester", clock=lambda: datetime(2030, 1, 1, tzinfo=UTC))
    again = briefing_data(later, options)
    assert first.generated == again.generated
    assert first.generated.year == 2023  # the sample was loaded by the test clock
    assert briefing_data(later, _replace(options, reproducible=False)).generated.year == 2030
    assert history(services, "dialogue", dialogue.id)


def test_a_stale_open_commitment_says_since_when_the_audience_has_had_no_news(
    services: Services,
) -> None:
    """Today is 1 March 2023: six months back is 1 September 2022."""
    from dialoguetracker.domain.enums import Handling
    from dialoguetracker.domain.records import CommitmentUpdateDraft
    from dialoguetracker.services.commitment_updates import record_update

    for code in ("US", "MX"):
        create_party(services, PartyDraft(code, code))
    dialogue = create_dialogue(services, DialogueDraft("Quiet", ("US", "MX"))).id

    def made(text: str, update: Handling | None = None) -> None:
        draft = CommitmentDraft(dialogue, text, "US", handling=Handling.PUBLIC)
        row = create_commitment(services, draft, recorded_on=date(2022, 6, 1))
        if update is not None:
            news = CommitmentUpdateDraft(row.id, date(2023, 1, 10), "Word", handling=update)
            record_update(services, news)

    made("Never a word")
    made("A shared word", Handling.COUNTERPART)
    made("An internal word", Handling.INTERNAL)

    def quiet(audience: Audience) -> dict[str, date | None]:
        data = _brief(services, dialogue, audience=audience)
        return {line.text: line.no_news_since for _t, lines in data.open_by_topic for line in lines}

    internal = {"Never a word": date(2022, 6, 1), "A shared word": None, "An internal word": None}
    assert quiet(Audience.INTERNAL) == internal
    assert quiet(Audience.COUNTERPART) == {**internal, "An internal word": date(2022, 6, 1)}
    services.stale_months = 12  # as Preferences set it
    assert set(quiet(Audience.INTERNAL).values()) == {None}
