"""Section 5 of the briefing's Word draft: the background, part by part as the PDF's
(:mod:`dialoguetracker.reports.background`), each left out when the record gives it nothing;
the chart is given as the table of its counts."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from dialoguetracker.domain.briefing import BriefingData, CommitmentLine
from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.reports.blocks import party_name, side_label
from dialoguetracker.reports.compliance_rows import compliance_rows
from dialoguetracker.reports.docx_parts import Cell, DocxWriter, Span, plain
from dialoguetracker.reports.docx_tables import commitment_table
from dialoguetracker.reports.labels import label, value_label
from dialoguetracker.reports.text import long_date, short_date, when_day


class DocxBackground:
    """Writes one briefing's background into a Word draft being written."""

    def __init__(self, data: BriefingData, writer: DocxWriter) -> None:
        self.data = data
        self.lang = data.options.language
        self.w = writer

    def _l(self, key: str) -> str:
        return label(key, self.lang)

    def parts(self) -> None:
        """Every part that has something to say, each under its own heading."""
        for key, build in (
            ("last_round", self.last_round),
            ("since_last", self.since_last_round),
            ("open_by_topic", self.open_by_topic),
            ("scorecard", self.scorecards),
            ("compliance", self.compliance),
            ("topic_history", self.topic_history),
            ("chart", self.chart),
        ):
            self.w.headed(self._l(key), 1, build)

    def last_round(self) -> None:
        last = self.data.last_round
        if last is None:
            return
        met = self._l("last_met").format(
            date=long_date(when_day(last.start), self.lang), title=last.title
        )
        self.w.paragraph([Span(met, bold=True)])
        if last.summary:
            self.w.paragraph([Span(last.summary)])
        outcomes = [(item, outcome) for item, outcome in last.outcomes if outcome.strip()]
        if outcomes:
            self.w.group(self._l("outcomes"))
            self.w.bullets([(Span(f"{item}: ", bold=True), Span(text)) for item, text in outcomes])

    def since_last_round(self) -> None:
        since = self.data.since_last_round
        groups: list[tuple[str, list[Sequence[Span]]]] = [
            (
                "status_moves",
                [
                    (
                        Span(f"{move.commitment} — {self._status(move.old)} → "),
                        Span(self._status(move.new), bold=True),
                        Span(f" ({short_date(move.on)})"),
                        *self._reason(move.reason),
                    )
                    for move in since.status_moves
                ],
            ),
            ("new_commitments", [self._line(line) for line in since.new_commitments]),
            ("closed_commitments", [self._line(line) for line in since.closed_commitments]),
            (
                "due_moves",
                [
                    (
                        Span(f"{move.commitment} — {short_date(move.old) or self._l('no_date')}"),
                        Span(f" → {short_date(move.new)}", bold=True),
                        Span(f" ({short_date(move.on)})"),
                        *self._reason(move.reason),
                    )
                    for move in since.due_moves
                ],
            ),
        ]
        if since.since is not None and any(lines for _key, lines in groups):
            when = self._l("since_date").format(date=long_date(since.since, self.lang))
            self.w.meta([when])
        for key, lines in groups:
            if lines:
                self.w.group(self._l(key))
                self.w.bullets(lines)

    def _reason(self, reason: str | None) -> tuple[Span, ...]:
        return (Span(f" {self._l('reason')}: {reason}", italic=True),) if reason else ()

    def _status(self, status: CommitmentStatus | None) -> str:
        return "—" if status is None else value_label("status", status.value, self.lang)

    def _line(self, line: CommitmentLine) -> Sequence[Span]:
        facts = [side_label(line.owner, self.lang), self._status(line.status)]
        if line.due is not None:
            facts.append(f"{self._l('col_due')} {short_date(line.due)}")
        return (Span(f"{line.text} — {', '.join(facts)}"),)

    def open_by_topic(self) -> None:
        for topic, lines in self.data.open_by_topic:
            if not lines:
                continue
            overdue = sum(1 for line in lines if line.overdue)
            counts = self._l("open_count").format(open=len(lines), overdue=overdue)
            name = topic or self._l("no_topic")
            table = partial(commitment_table, self.w, lines, self.lang)
            self.w.headed(f"{name} — {counts}", 2, table)

    def scorecards(self) -> None:
        cards = self.data.scorecards
        if not cards:
            return
        headers = [
            self._l(key)
            for key in ("col_side", "col_on_time", "col_late", "col_open", "col_overdue")
        ]
        rows: list[list[Cell]] = [
            [
                plain(party_name(card.side, self.data.parties, self.lang), bold=True),
                *(plain(str(n)) for n in (card.on_time, card.late, card.open, card.overdue)),
            ]
            for card in cards
        ]
        self.w.table(headers, rows, (0.36, 0.16, 0.16, 0.16, 0.16), numbers=(1, 2, 3, 4))

    def compliance(self) -> None:
        summary = self.data.compliance
        if summary is None:
            return
        rows = compliance_rows(summary, self.data.parties, self.lang)
        self.w.meta([rows.period])
        side_rows: list[list[Cell]] = [
            [plain(side, bold=True), plain(count), plain(average)]
            for side, count, average in rows.by_side
        ]
        self.w.table(list(rows.headers), side_rows, (0.46, 0.18, 0.36), numbers=(1, 2))
        if rows.by_topic:
            self.w.group(self._l("compliance_by_topic"))
            topic_rows: list[list[Cell]] = [
                [plain(topic, bold=True), plain(side), plain(count), plain(average)]
                for topic, side, count, average in rows.by_topic
            ]
            self.w.table(
                list(rows.topic_headers), topic_rows, (0.34, 0.22, 0.14, 0.30), numbers=(2, 3)
            )

    def topic_history(self) -> None:
        history = self.data.topic_history
        if not history:
            return
        headers = [self._l(key) for key in ("col_topic", "col_discussed", "col_open", "col_closed")]
        rows: list[list[Cell]] = [
            [
                plain(item.topic, bold=True),
                [
                    (Span(short_date(day), bold=True), Span(f" {title}"))
                    for day, title in item.meetings
                ],
                plain(str(item.open)),
                plain(str(item.closed)),
            ]
            for item in history
        ]
        self.w.table(headers, rows, (0.28, 0.46, 0.13, 0.13), numbers=(2, 3))

    def chart(self) -> None:
        """The PDF's chart as the table of its counts: a status per row, a side per column
        (ours first, joint last)."""
        counts = [count for count in self.data.chart if count.count > 0]
        if not counts:
            return
        seen = list(dict.fromkeys(count.side for count in counts))
        ours = self.data.our_side
        sides = [side for side in seen if side == ours]
        sides += [side for side in seen if side not in (ours, JOINT)]
        sides += [side for side in seen if side == JOINT]
        statuses = [s for s in CommitmentStatus if any(c.status is s for c in counts)]
        table = {(c.side, c.status): c.count for c in counts}
        headers = [
            self._l("col_status"),
            *(party_name(side, self.data.parties, self.lang) for side in sides),
        ]
        rows: list[list[Cell]] = [
            [
                plain(value_label("status", status.value, self.lang)),
                *(plain(str(table.get((side, status), 0))) for side in sides),
            ]
            for status in statuses
        ]
        share = 0.64 / len(sides)
        numbers = tuple(range(1, len(sides) + 1))
        self.w.table(headers, rows, (0.36, *(share for _ in sides)), numbers=numbers)
