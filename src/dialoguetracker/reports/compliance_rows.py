"""The briefing's "Compliance since the last round" as plain text rows, for the PDF and the
Word draft alike: the period it covers, each side's average with how many commitments were
assessed, and the same by topic. The averages read as the G7/G20 Research Group prints them,
``+0.50 (75%)``, with the decimal comma and spaced percent sign of Spanish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dialoguetracker.domain.briefing import PartyName
from dialoguetracker.domain.compliance import Average, ComplianceSummary
from dialoguetracker.reports.blocks import party_name
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.text import long_date


@dataclass(frozen=True)
class ComplianceRows:
    period: str
    """One sentence: the period assessed and what the scores mean."""
    headers: tuple[str, str, str]
    by_side: tuple[tuple[str, str, str], ...]
    topic_headers: tuple[str, str, str, str]
    by_topic: tuple[tuple[str, str, str, str], ...]


def average_text(average: Average, language: str) -> str:
    """``+0.50 (75%)``, ``−0.50 (25%)`` with a true minus sign; ``+0,50 (75 %)`` in
    Spanish."""
    shown = average.shown().replace("-", "\u2212")
    if language == "es":
        return shown.replace(".", ",").replace("%", "\u00a0%")
    return shown


def compliance_rows(
    summary: ComplianceSummary, parties: Sequence[PartyName], language: str
) -> ComplianceRows:
    """The rows of a one-period summary, sides in the dialogue's order."""
    (period,) = summary.periods
    order = {party.code: index for index, party in enumerate(parties)}

    def place(side: str) -> tuple[int, str]:
        return order.get(side, len(order)), side

    by_side = sorted(summary.by_side, key=lambda line: place(line.side))
    by_topic = sorted(summary.by_topic, key=lambda line: (line.topic or "", place(line.side)))
    start = long_date(period.start, language)
    if period.end is None:
        span = label("period_since", language).format(start=start)
    else:
        span = label("period_span", language).format(
            start=start, end=long_date(period.end, language)
        )
    return ComplianceRows(
        period=label("compliance_period", language).format(period=span),
        headers=(
            label("col_side", language),
            label("col_assessed", language),
            label("col_compliance", language),
        ),
        by_side=tuple(
            (
                party_name(line.side, parties, language),
                str(line.average.count),
                average_text(line.average, language),
            )
            for line in by_side
        ),
        topic_headers=(
            label("col_topic", language),
            label("col_side", language),
            label("col_assessed", language),
            label("col_compliance", language),
        ),
        by_topic=tuple(
            (
                line.topic or "",
                party_name(line.side, parties, language),
                str(line.average.count),
                average_text(line.average, language),
            )
            for line in by_topic
        ),
    )
