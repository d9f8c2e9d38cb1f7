"""The background of a briefing, generated from the record in staccato facts: the last round
and what came of it, what changed since, open commitments by topic, a scorecard per side, the
history of each topic, and the figures of the chart.

Everything here is for one audience and one period. Counts come from one grouped query and
lists from bounded ones (:mod:`dialoguetracker.store.briefing_queries`); what changed since the
last round is replayed with :mod:`dialoguetracker.domain.rules` from the updates the audience
may read, so a move recorded only in an internal update never reaches a counterpart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from dialoguetracker.domain import rules
from dialoguetracker.domain.briefing import (
    CommitmentLine,
    DueMove,
    LastRound,
    PartyName,
    Scorecard,
    SinceLastRound,
    StatusCount,
    StatusMove,
    TopicHistory,
)
from dialoguetracker.domain.enums import Audience, CommitmentStatus
from dialoguetracker.domain.staleness import stale_cutoff
from dialoguetracker.services.briefing_parts import commitment_line, shows, side, side_order
from dialoguetracker.services.meetings import Stored, join_when
from dialoguetracker.store import briefing_history_queries as history
from dialoguetracker.store import briefing_queries
from dialoguetracker.store.briefing_queries import Scope, Tally
from dialoguetracker.store.models import AgendaItemRow, MeetingRow, TopicRow
from dialoguetracker.store.unit_of_work import UnitOfWork

NO_TOPIC = ""
"""The group name of open commitments that have no topic; they come last."""


@dataclass(frozen=True)
class Period:
    """What bounds the background: the user's ``since``/``until`` (either may be open)."""

    since: date | None
    until: date | None


@dataclass(frozen=True)
class Background:
    """The background sections, built together so the figures share one grouped count."""

    last_round: LastRound | None = None
    since_last_round: SinceLastRound = field(default_factory=lambda: SinceLastRound(None))
    open_by_topic: tuple[tuple[str, tuple[CommitmentLine, ...]], ...] = ()
    scorecards: tuple[Scorecard, ...] = ()
    topic_history: tuple[TopicHistory, ...] = ()
    chart: tuple[StatusCount, ...] = ()


def background(
    uow: UnitOfWork,
    scope: Scope,
    audience: Audience,
    period: Period,
    parties: Sequence[PartyName],
    last_round: MeetingRow | None,
) -> Background:
    """The background for a briefing whose last round (already bounded by the period) is
    ``last_round``; with neither a last round nor a ``since`` there is nothing to compare
    with, and "since the last round" stays empty."""
    tallies = briefing_queries.tallies(uow, scope)
    if period.since is not None:
        from_day: date | None = period.since
        shown_since: date | None = period.since
    elif last_round is not None:
        from_day = last_round.start_date + timedelta(days=1)
        shown_since = last_round.start_date
    else:
        from_day = shown_since = None
    return Background(
        last_round=None if last_round is None else _last_round(uow, last_round, audience),
        since_last_round=(
            SinceLastRound(None)
            if from_day is None
            else since_last_round(uow, scope, from_day, shown_since)
        ),
        open_by_topic=open_by_topic(uow, scope),
        scorecards=scorecards(tallies, parties),
        topic_history=topic_history(uow, scope, period, tallies),
        chart=chart(tallies, parties),
    )


# -- the last round ------------------------------------------------------------------------


def _last_round(uow: UnitOfWork, meeting: MeetingRow, audience: Audience) -> LastRound:
    """The round's summary and outcomes, each only where its handling admits the audience;
    notes are not part of what came of a round."""
    summary = meeting.summary if shows(audience, meeting.summary_handling) else None
    outcomes = tuple(
        (row.title, row.outcome)
        for row in uow.all(AgendaItemRow, "position", meeting_id=meeting.id)
        if row.outcome and shows(audience, row.handling)
    )
    start = join_when(Stored(meeting.start_date, meeting.start_time, meeting.start_offset))
    return LastRound(title=meeting.title, start=start, summary=summary, outcomes=outcomes)


# -- since the last round ------------------------------------------------------------------


def since_last_round(
    uow: UnitOfWork, scope: Scope, from_day: date, shown_since: date | None
) -> SinceLastRound:
    """Status moves, due-date moves, new and closed commitments from ``from_day`` to the end
    of the scope's period, replayed from the readable updates only.

    Each move is judged against the value before it in that same readable history, so for a
    counterpart a commitment moved by an internal update and then confirmed by a shared one
    shows a single move, dated and explained by the shared update.
    """
    starts, steps = history.period_history(uow, scope, from_day)
    by_commitment: defaultdict[int, list[history.HistoryStep]] = defaultdict(list)
    for step in steps:
        by_commitment[step.commitment_id].append(step)
    moves: list[tuple[date, int, StatusMove]] = []
    due_moves: list[tuple[date, int, DueMove]] = []
    closing: dict[int, tuple[date, int]] = {}
    for start in starts:
        initial = CommitmentStatus(start.initial_status)
        earlier: list[rules.Step] = []
        for step in by_commitment[start.id]:
            new_status = None if step.status is None else CommitmentStatus(step.status)
            old_status = rules.status_as_of(initial, None, earlier, step.on)
            old_due = rules.due_as_of(start.initial_due, None, earlier, step.on)
            earlier.append(rules.Step(step.id, step.on, new_status, step.due))
            if step.on < from_day:
                continue
            why = step.reason or step.note
            if new_status is not None and new_status != old_status:
                moves.append(
                    (step.on, step.id, StatusMove(start.text, step.on, old_status, new_status, why))
                )
                if new_status.is_closed:
                    closing[start.id] = (step.on, step.id)
                else:
                    closing.pop(start.id, None)
            if step.due is not None and step.due != old_due:
                due_moves.append(
                    (step.on, step.id, DueMove(start.text, step.on, old_due, step.due, why))
                )
    closed_lines = briefing_queries.lines_by_id(uow, scope, closing)
    closed = [
        line
        for _when, line in sorted((closing[row_id], line) for row_id, line in closed_lines.items())
        if CommitmentStatus(line.status).is_closed
    ]
    return SinceLastRound(
        since=shown_since,
        status_moves=tuple(move for _on, _id, move in sorted(moves, key=_by_date)),
        new_commitments=tuple(
            commitment_line(line)
            for line in sorted(
                briefing_queries.recorded_lines(uow, scope, from_day), key=lambda row: row.id
            )
        ),
        closed_commitments=tuple(commitment_line(line) for line in closed),
        due_moves=tuple(move for _on, _id, move in sorted(due_moves, key=_by_date)),
    )


def _by_date(entry: tuple[date, int, object]) -> tuple[date, int]:
    return entry[0], entry[1]


# -- open commitments ----------------------------------------------------------------------


def open_by_topic(
    uow: UnitOfWork, scope: Scope
) -> tuple[tuple[str, tuple[CommitmentLine, ...]], ...]:
    """Open commitments grouped by topic name, commitments without a topic last under
    :data:`NO_TOPIC`; within a topic by due date (undated last). A stale one says since when
    there has been no news of it, as far as the audience may read."""
    cutoff = stale_cutoff(scope.overdue_before, scope.stale_months)
    groups: dict[str, list[CommitmentLine]] = {}
    for row in briefing_queries.open_lines(uow, scope):
        line = commitment_line(row)
        news = row.noted_on or row.recorded_on
        if news is not None and news < cutoff:
            line = replace(line, no_news_since=news)
        groups.setdefault(row.topic or NO_TOPIC, []).append(line)
    return tuple((name, tuple(lines)) for name, lines in groups.items())


# -- figures -------------------------------------------------------------------------------


def scorecards(tallies: Sequence[Tally], parties: Sequence[PartyName]) -> tuple[Scorecard, ...]:
    """Per side that holds any commitment: completed on or before the due date (or without
    one), completed after it, still open, and of those open the overdue. Dropped and referred
    commitments are closed without being done, so they count in none of the four."""
    cards: dict[str, list[int]] = {}
    for tally in tallies:
        card = cards.setdefault(side(tally.party_code, tally.joint), [0, 0, 0, 0])
        status = CommitmentStatus(tally.status)
        if status is CommitmentStatus.COMPLETED:
            card[1 if tally.late else 0] += tally.number
        elif not status.is_closed:
            card[2] += tally.number
            if tally.overdue:
                card[3] += tally.number
    return tuple(
        Scorecard(owner, *cards[owner]) for owner in side_order(parties, cards) if owner in cards
    )


def chart(tallies: Sequence[Tally], parties: Sequence[PartyName]) -> tuple[StatusCount, ...]:
    """Commitments by status and owner, statuses in their natural order, zeros left out."""
    counts: dict[tuple[CommitmentStatus, str], int] = {}
    for tally in tallies:
        key = (CommitmentStatus(tally.status), side(tally.party_code, tally.joint))
        counts[key] = counts.get(key, 0) + tally.number
    owners = side_order(parties, (owner for _status, owner in counts))
    return tuple(
        StatusCount(status, owner, counts[status, owner])
        for status in CommitmentStatus
        for owner in owners
        if counts.get((status, owner))
    )


def topic_history(
    uow: UnitOfWork, scope: Scope, period: Period, tallies: Sequence[Tally]
) -> tuple[TopicHistory, ...]:
    """Per topic (by name): the held meetings of the period whose agenda had it, and how many
    of its commitments are open and closed; topics with neither are left out."""
    names = {row.id: row.name for row in uow.all(TopicRow, dialogue_id=scope.dialogue_id)}
    meetings: defaultdict[int, list[tuple[date, str]]] = defaultdict(list)
    for found in history.topic_meetings(
        uow, scope.dialogue_id, period.since, period.until, scope.topic_ids
    ):
        meetings[found.topic_id].append((found.start, found.title))
    counts: defaultdict[int, list[int]] = defaultdict(lambda: [0, 0])
    for tally in tallies:
        if tally.topic_id is not None:
            counts[tally.topic_id][int(CommitmentStatus(tally.status).is_closed)] += tally.number
    shown = sorted(set(meetings) | set(counts), key=lambda topic_id: (names[topic_id], topic_id))
    return tuple(
        TopicHistory(
            topic=names[topic_id],
            meetings=tuple(meetings[topic_id]),
            open=counts[topic_id][0],
            closed=counts[topic_id][1],
        )
        for topic_id in shown
    )
