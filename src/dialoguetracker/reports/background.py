"""Section 5 of the briefing: the background, generated from the record, in staccato facts.

Each part is left out when the record gives it nothing to say, so the section never shows an
empty heading; when no part has anything, the section itself is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from dialoguetracker.domain.briefing import BriefingData, CommitmentLine
from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.reports.blocks import (
    commitment_table,
    data_table,
    group_title,
    headed,
    party_name,
    side_label,
)
from dialoguetracker.reports.chart import status_chart
from dialoguetracker.reports.compliance_rows import compliance_rows
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.styles import Styles
from dialoguetracker.reports.text import long_date, para, short_date, when_day


class Background:
    """Builds the background parts of one briefing."""

    def __init__(self, data: BriefingData, styles: Styles) -> None:
        self.data = data
        self.styles = styles
        self.lang = data.options.language

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    def parts(self) -> list[Flowable]:
        """Every non-empty part, each under its own bookmarked subheading."""
        story: list[Flowable] = []
        for title, part in (
            ("last_round", self.last_round()),
            ("since_last", self.since_last_round()),
            ("open_by_topic", self.open_by_topic()),
            ("scorecard", self.scorecards()),
            ("compliance", self.compliance()),
            ("topic_history", self.topic_history()),
            ("chart", self.chart()),
        ):
            if part:
                story.extend(headed(self._l(title), 1, part, self.styles))
        return story

    def last_round(self) -> list[Flowable]:
        """When we last met and what came of it: the title line, its summary, outcomes."""
        last = self.data.last_round
        if last is None:
            return []
        met = escape(self._l("last_met")).format(
            date=escape(long_date(when_day(last.start), self.lang)), title=para(last.title)
        )
        story: list[Flowable] = [Paragraph(f"<b>{met}</b>", self.styles.body)]
        if last.summary:
            story.append(Paragraph(para(last.summary), self.styles.body))
        outcomes = [(item, outcome) for item, outcome in last.outcomes if outcome.strip()]
        if outcomes:
            story.append(group_title(self._l("outcomes"), self.styles))
            story.extend(
                Paragraph(
                    f"<b>{para(item)}:</b> {para(outcome)}", self.styles.bullet, bulletText="•"
                )
                for item, outcome in outcomes
            )
        return story

    def _reason(self, reason: str | None) -> str:
        return f" <i>{escape(self._l('reason'))}: {para(reason)}</i>" if reason else ""

    def _status(self, status: CommitmentStatus | None) -> str:
        if status is None:
            return "—"
        return escape(value_label("status", status.value, self.lang))

    def since_last_round(self) -> list[Flowable]:
        """Status moves, new and closed commitments and moved due dates since the last round,
        each group left out when empty; reasons are printed because they are what gets asked."""
        since = self.data.since_last_round
        groups: list[tuple[str, list[str]]] = [
            (
                "status_moves",
                [
                    f"{para(move.commitment)} — {self._status(move.old)} → "
                    f"<b>{self._status(move.new)}</b> ({short_date(move.on)})"
                    + self._reason(move.reason)
                    for move in since.status_moves
                ],
            ),
            ("new_commitments", [self._line(line) for line in since.new_commitments]),
            ("closed_commitments", [self._line(line) for line in since.closed_commitments]),
            (
                "due_moves",
                [
                    f"{para(move.commitment)} — {self._old_due(move.old)}"
                    f" → <b>{short_date(move.new)}</b> ({short_date(move.on)})"
                    + self._reason(move.reason)
                    for move in since.due_moves
                ],
            ),
        ]
        story: list[Flowable] = []
        for key, lines in groups:
            if lines:
                story.append(group_title(self._l(key), self.styles))
                story.extend(Paragraph(line, self.styles.bullet, bulletText="•") for line in lines)
        if story and since.since is not None:
            when = self._l("since_date").format(date=long_date(since.since, self.lang))
            story.insert(0, Paragraph(escape(when), self.styles.meta))
        return story

    def _old_due(self, old: date | None) -> str:
        return escape(short_date(old) or self._l("no_date"))

    def _line(self, line: CommitmentLine) -> str:
        facts = [escape(side_label(line.owner, self.lang)), self._status(line.status)]
        if line.due is not None:
            facts.append(f"{escape(self._l('col_due'))} {short_date(line.due)}")
        return f"{para(line.text)} — {', '.join(facts)}"

    def open_by_topic(self) -> list[Flowable]:
        """One table per topic, its heading counting open and overdue so the reader sees the
        load before reading the rows."""
        story: list[Flowable] = []
        for topic, lines in self.data.open_by_topic:
            if not lines:
                continue
            overdue = sum(1 for line in lines if line.overdue)
            counts = self._l("open_count").format(open=len(lines), overdue=overdue)
            name = topic or self._l("no_topic")
            table = commitment_table(lines, self.lang, self.styles)
            story.extend(headed(f"{name} — {counts}", 2, [table], self.styles))
        return story

    def scorecards(self) -> list[Flowable]:
        """Per side: on time, late, open, overdue — the figures a principal quotes."""
        cards = self.data.scorecards
        if not cards:
            return []
        headers = [
            self._l(key)
            for key in ("col_side", "col_on_time", "col_late", "col_open", "col_overdue")
        ]
        rows = [
            [
                f"<b>{para(party_name(card.side, self.data.parties, self.lang))}</b>",
                str(card.on_time),
                str(card.late),
                str(card.open),
                str(card.overdue),
            ]
            for card in cards
        ]
        return [
            data_table(
                headers, rows, (0.36, 0.16, 0.16, 0.16, 0.16), self.styles, numbers=(1, 2, 3, 4)
            )
        ]

    def compliance(self) -> list[Flowable]:
        """Each side's average since the last round, then by topic: left out when the
        audience may see no assessment (an internal score never reaches a counterpart)."""
        summary = self.data.compliance
        if summary is None:
            return []
        rows = compliance_rows(summary, self.data.parties, self.lang)
        widths = (0.46, 0.18, 0.36)
        story: list[Flowable] = [
            Paragraph(escape(rows.period), self.styles.meta),
            data_table(
                rows.headers,
                [[f"<b>{para(side)}</b>", count, avg] for side, count, avg in rows.by_side],
                widths,
                self.styles,
                numbers=(1, 2),
            ),
        ]
        if rows.by_topic:
            story.append(group_title(self._l("compliance_by_topic"), self.styles))
            story.append(
                data_table(
                    rows.topic_headers,
                    [
                        [f"<b>{para(topic)}</b>", para(side), count, avg]
                        for topic, side, count, avg in rows.by_topic
                    ],
                    (0.34, 0.22, 0.14, 0.30),
                    self.styles,
                    numbers=(2, 3),
                )
            )
        return story

    def topic_history(self) -> list[Flowable]:
        """For each topic, the meetings at which it came up and how many commitments are open."""
        history = self.data.topic_history
        if not history:
            return []
        headers = [self._l(key) for key in ("col_topic", "col_discussed", "col_open", "col_closed")]
        rows = [
            [
                f"<b>{para(item.topic)}</b>",
                _meetings(item.meetings),
                str(item.open),
                str(item.closed),
            ]
            for item in history
        ]
        return [data_table(headers, rows, (0.28, 0.46, 0.13, 0.13), self.styles, numbers=(2, 3))]

    def chart(self) -> list[Flowable]:
        """The chart kept whole on one page: a chart split across pages is unreadable."""
        drawing = status_chart(self.data.chart, self.data.our_side, self.data.parties, self.lang)
        return [KeepTogether([drawing])] if drawing is not None else []


def _meetings(meetings: Sequence[tuple[date, str]]) -> str:
    """One line per meeting at which the topic came up: ISO date in bold, then the title."""
    return "<br/>".join(f"<b>{short_date(day)}</b> {para(title)}" for day, title in meetings)
