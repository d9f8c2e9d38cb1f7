"""Compliance assessments: scoring what each side did with each commitment between rounds,
and the averages per side, period and topic (:mod:`dialoguetracker.domain.compliance`).

An assessment is appended, never changed: scoring a commitment again for the same side and
period adds one, and the latest counts. One made by mistake can only be withdrawn whole (the
window's undo). Each is audited under its commitment, so the commitment's history shows who
scored what and when, and what was withdrawn.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.compliance import (
    SCORES,
    Assessment,
    AssessmentDraft,
    Average,
    ComplianceLine,
    ComplianceSummary,
    Period,
    average_of,
    period_of,
    periods_between,
    score_word,
)
from dialoguetracker.domain.enums import JOINT, Audience, Handling
from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Change, Services
from dialoguetracker.services.sides import side_of
from dialoguetracker.services.validation import check_choice, require_text
from dialoguetracker.store.assessment_queries import (
    AssessmentLine,
    commitment_assessments,
    dialogue_assessments,
    held_round_dates,
)
from dialoguetracker.store.login_queries import display_names
from dialoguetracker.store.models import AssessmentRow, CommitmentRow, DialogueRow, PartyRow
from dialoguetracker.store.unit_of_work import UnitOfWork

ENTITY = "assessment"


def dialogue_periods(uow: UnitOfWork, dialogue_id: int) -> list[Period]:
    return periods_between(held_round_dates(uow, dialogue_id))


def periods(services: Services, dialogue_id: int) -> list[Period]:
    """The dialogue's periods, oldest first; the last is the current one."""
    with services.read() as uow:
        uow.require(DialogueRow, dialogue_id, "dialogue")
        return dialogue_periods(uow, dialogue_id)


def sides_to_assess(uow: UnitOfWork, commitment: CommitmentRow) -> list[str]:
    """The sides a commitment is assessed for: its owner, or every party for a joint one."""
    owner = side_of(uow, commitment.owner_party_id, commitment.owner_joint)
    if owner is not None and owner != JOINT:
        return [owner]
    dialogue = uow.require(DialogueRow, commitment.dialogue_id, "dialogue")
    return [member.party.code for member in dialogue.members]


def _period(uow: UnitOfWork, commitment: CommitmentRow, start: date | None) -> Period:
    known = dialogue_periods(uow, commitment.dialogue_id)
    if not known:
        raise ValidationError(
            "period",
            translate("Errors", "the dialogue has held no round yet, so no period can be assessed"),
        )
    if start is None:
        return known[-1]
    found = period_of(start, known)
    if found is None:
        raise ValidationError(
            "period",
            translate("Errors", "{day} is before the dialogue's first round ({first})").format(
                day=start.isoformat(), first=known[0].start.isoformat()
            ),
        )
    return found


def record_assessment(change: Change, draft: AssessmentDraft) -> Assessment:
    uow = change.uow
    commitment = uow.require(CommitmentRow, draft.commitment_id, "commitment")
    sides = sides_to_assess(uow, commitment)
    if draft.side not in sides:
        raise ValidationError(
            "side",
            translate(
                "Errors", "'{side}' is not a side this commitment is assessed for ({sides})"
            ).format(side=draft.side, sides=", ".join(sides)),
        )
    if draft.score not in SCORES or isinstance(draft.score, bool):
        raise ValidationError("score", translate("Errors", "must be -1, 0 or +1"))
    evidence = require_text("evidence", draft.evidence)
    handling = check_choice("handling", Handling, draft.handling)
    period = _period(uow, commitment, draft.period_start)
    party = uow.find(PartyRow, code=draft.side)
    assert party is not None  # a side of the dialogue is one of its parties
    row = AssessmentRow(
        commitment_id=commitment.id,
        party_id=party.id,
        period_start=draft.period_start or period.start,
        score=draft.score,
        evidence=evidence,
        final=bool(draft.final),
        handling=handling.value,
        assessed_on=change.at.date(),
        assessed_by=change.actor,
    )
    uow.add(row)
    uow.flush()
    change.audit(
        ENTITY,
        row.id,
        "create",
        new=f"{draft.side} {score_word(draft.score)}: {evidence}",
        scope=("commitment", commitment.id),
    )
    return _record(row, draft.side, period, display_names(uow))


def assess(services: Services, draft: AssessmentDraft) -> Assessment:
    """Score one commitment for one side, in its own transaction."""
    with services.change() as change:
        return record_assessment(change, draft)


def withdraw_assessment(services: Services, assessment_id: int) -> None:
    """Take back an assessment made by mistake (the window's undo): the row goes, and the
    audit trail keeps both its making and its withdrawal, under its commitment."""
    with services.change() as change:
        uow = change.uow
        row = uow.require(AssessmentRow, assessment_id, "assessment")
        party = uow.require(PartyRow, row.party_id, "party")
        change.audit(
            ENTITY,
            row.id,
            "delete",
            old=f"{party.code} {score_word(row.score)}: {row.evidence}",
            scope=("commitment", row.commitment_id),
        )
        uow.delete(row)


def _record(row: AssessmentRow, side: str, period: Period, people: dict[str, str]) -> Assessment:
    """``people``: logins' display names (a server names its logins so)."""
    return Assessment(
        id=row.id,
        commitment_id=row.commitment_id,
        side=side,
        period=period,
        score=row.score,
        evidence=row.evidence,
        final=row.final,
        handling=Handling(row.handling),
        assessed_on=row.assessed_on,
        assessed_by=people.get(row.assessed_by, row.assessed_by),
    )


def _assessments_of(uow: UnitOfWork, commitment: CommitmentRow) -> list[Assessment]:
    known = dialogue_periods(uow, commitment.dialogue_id)
    people = display_names(uow)
    return [
        _record(row, side, period_of(row.period_start, known) or Period(row.period_start), people)
        for row, side in commitment_assessments(uow, commitment.id)
    ]


def list_assessments(services: Services, commitment_id: int) -> list[Assessment]:
    """A commitment's assessments, every one, in the order they were made."""
    with services.read() as uow:
        return _assessments_of(uow, uow.require(CommitmentRow, commitment_id, "commitment"))


@dataclass(frozen=True)
class CommitmentCompliance:
    """What the Compliance tab shows of one commitment, read at once."""

    sides: tuple[str, ...]
    assessments: tuple[Assessment, ...]
    current: Period | None
    """The period a score made now is for; None before the dialogue's first held round."""


def commitment_compliance(services: Services, commitment_id: int) -> CommitmentCompliance:
    with services.read() as uow:
        commitment = uow.require(CommitmentRow, commitment_id, "commitment")
        known = dialogue_periods(uow, commitment.dialogue_id)
        return CommitmentCompliance(
            sides=tuple(sides_to_assess(uow, commitment)),
            assessments=tuple(_assessments_of(uow, commitment)),
            current=known[-1] if known else None,
        )


def compliance(
    services: Services, dialogue_id: int, audience: Audience = Audience.INTERNAL
) -> ComplianceSummary:
    """Each side's average per period, and per period and topic, from the assessments that
    count and that ``audience`` may see."""
    with services.read() as uow:
        uow.require(DialogueRow, dialogue_id, "dialogue")
        return compliance_in(uow, dialogue_id, audience)


def compliance_in(
    uow: UnitOfWork,
    dialogue_id: int,
    audience: Audience = Audience.INTERNAL,
    topic_ids: Collection[int] = (),
) -> ComplianceSummary:
    """:func:`compliance` in the caller's unit of work; with ``topic_ids``, of the
    commitments of those topics only."""
    known = dialogue_periods(uow, dialogue_id)
    lines = dialogue_assessments(uow, dialogue_id)
    if topic_ids:
        lines = [line for line in lines if line.topic_id in topic_ids]
    counted = _counted(lines, known, audience)
    by_side: dict[tuple[Period, str], Average] = {}
    by_topic: dict[tuple[Period, str, str], Average] = {}
    for (period, side, topic), score in counted:
        by_side[(period, side)] = by_side.get((period, side), Average(0)).added(score)
        if topic is not None:
            key = (period, side, topic)
            by_topic[key] = by_topic.get(key, Average(0)).added(score)
    order = {period: index for index, period in enumerate(known)}
    return ComplianceSummary(
        periods=tuple(known),
        by_side=tuple(
            ComplianceLine(period, side, average)
            for (period, side), average in sorted(
                by_side.items(), key=lambda item: (order[item[0][0]], item[0][1])
            )
        ),
        by_topic=tuple(
            ComplianceLine(period, side, average, topic)
            for (period, side, topic), average in sorted(
                by_topic.items(), key=lambda item: (order[item[0][0]], item[0][2], item[0][1])
            )
        ),
    )


def compliance_since(
    uow: UnitOfWork,
    dialogue_id: int,
    audience: Audience,
    round_day: date,
    topic_ids: Collection[int] = (),
) -> ComplianceSummary | None:
    """The period that began with the round held on ``round_day``, and each side's average
    in it, overall and by topic, from what ``audience`` may see: a briefing's "compliance
    since the last round". None when nothing the audience may see was scored in it."""
    summary = compliance_in(uow, dialogue_id, audience, topic_ids)
    period = period_of(round_day, summary.periods)
    if period is None:
        return None
    by_side = tuple(line for line in summary.by_side if line.period == period)
    if not by_side:
        return None
    by_topic = tuple(line for line in summary.by_topic if line.period == period)
    return ComplianceSummary((period,), by_side, by_topic)


def _counted(
    lines: list[AssessmentLine], known: list[Period], audience: Audience
) -> list[tuple[tuple[Period, str, str | None], int]]:
    """(period, side, topic) and score of each assessment that counts: per commitment, side
    and period the latest that the audience may see."""
    latest: dict[tuple[int, str, Period], tuple[str | None, int]] = {}
    for line in lines:
        if not audience.admits(Handling(line.row.handling)):
            continue
        period = period_of(line.row.period_start, known)
        if period is None:
            continue
        latest[(line.row.commitment_id, line.side, period)] = (line.topic, line.row.score)
    return [
        ((period, side, topic), score)
        for (_commitment, side, period), (topic, score) in latest.items()
    ]


def latest_average(uow: UnitOfWork, dialogue_id: int) -> float | None:
    """The average of every score that counts in the dialogue's latest assessed period, both
    sides together (the portfolio's one figure per dialogue); None before any assessment."""
    known = dialogue_periods(uow, dialogue_id)
    counted = _counted(dialogue_assessments(uow, dialogue_id), known, Audience.INTERNAL)
    if not counted:
        return None
    order = {period: index for index, period in enumerate(known)}
    latest = max((period for (period, _side, _topic), _score in counted), key=order.__getitem__)
    return average_of(score for (period, _side, _topic), score in counted if period == latest).value
