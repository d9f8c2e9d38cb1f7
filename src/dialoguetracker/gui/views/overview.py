"""The Overview: the current dialogue at a glance.

Headline figures (stale commitments and each side's compliance among them), the next
meeting with its agenda, commitments by owner and status as a chart, and the overdue and
due-soon lists. Everything
comes from one service call (:func:`~dialoguetracker.services.overview.dialogue_overview`),
which counts in SQL and cuts the lists, so the view costs the same on a small store as on a
large one. Each item opens where it lives through ``open_requested``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.overview import DialogueOverview
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.overview.commitment_chart import CommitmentChart
from dialoguetracker.gui.overview.compliance_card import ComplianceCard
from dialoguetracker.gui.overview.figures import FigureCard
from dialoguetracker.gui.overview.panels import CommitmentList, NextMeetingPanel
from dialoguetracker.gui.overview.wording import days_late, days_left, stale_detail
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.vocabulary import count_text, day_text
from dialoguetracker.gui.widgets.labels import heading_label

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext

SHOWN_KINDS = frozenset(
    {
        kinds.DIALOGUES,
        kinds.PARTIES,
        kinds.TOPICS,
        kinds.MEETINGS,
        kinds.AGENDA,
        kinds.COMMITMENTS,
        kinds.UPDATES,
        kinds.STORE,
    }
)
"""The kinds of record the overview shows; a change to any other leaves it as it is."""


class OverviewView(View):
    key = "overview"
    title = "Overview"

    def __init__(self, context: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overview: DialogueOverview | None = None
        self._stale = True
        self.pages = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("overviewEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.pages.addWidget(self.empty)
        self.content_scroll = QScrollArea(self)
        self.content_scroll.setObjectName("overviewScroll")
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setWidget(self._content())
        self.pages.addWidget(self.content_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.next_meeting.meeting_chosen.connect(
            lambda key: self.open_requested.emit(RecordKind.MEETING, key)
        )
        for listing in (self.overdue_list, self.due_soon_list):
            listing.commitment_chosen.connect(
                lambda key: self.open_requested.emit(RecordKind.COMMITMENT, key)
            )

    def _content(self) -> QWidget:
        content = QWidget(self)
        content.setObjectName("overviewContent")
        self.heading = heading_label("overviewTitle", content, scale=1.5)
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("overviewSubtitle")
        self.subtitle.setWordWrap(True)
        self.held_card = FigureCard("figureMeetingsHeld", self.tr("Meetings held"), content)
        self.open_card = FigureCard("figureOpen", self.tr("Open commitments"), content)
        self.overdue_card = FigureCard("figureOverdue", self.tr("Overdue"), content)
        self.stale_card = FigureCard("figureStale", self.tr("Stale"), content)
        self.compliance_card = ComplianceCard(content)
        cards = QHBoxLayout()
        for card in (self.held_card, self.open_card, self.overdue_card, self.stale_card):
            cards.addWidget(card)
        cards.addWidget(self.compliance_card)
        self.next_meeting = NextMeetingPanel(content)
        self.chart_box = QGroupBox(self.tr("Commitments by owner and status"), content)
        self.chart_box.setObjectName("chartBox")
        self.chart = CommitmentChart(self.chart_box)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addStretch(1)
        chart_layout.addWidget(self.chart)
        chart_layout.addStretch(1)
        self.overdue_list = CommitmentList("overdueList", self.tr("Overdue"), days_late, content)
        self.due_soon_list = CommitmentList(
            "dueSoonList", self.tr("Due within 30 days"), days_left, content
        )
        grid = QGridLayout()
        grid.addWidget(self.next_meeting, 0, 0)
        grid.addWidget(self.chart_box, 0, 1)
        grid.addWidget(self.overdue_list, 1, 0)
        grid.addWidget(self.due_soon_list, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 1)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        layout.addLayout(grid, 1)
        return content

    # -- refreshing ------------------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        self.dialogue_id = dialogue_id
        self._refresh()

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & SHOWN_KINDS:
            self._refresh()

    def _refresh(self) -> None:
        """Reload now if shown; otherwise when next shown, so hidden views cost nothing."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        from dialoguetracker.services.dialogues import list_dialogues
        from dialoguetracker.services.overview import dialogue_overview

        overview = None
        if self.dialogue_id is not None:
            try:
                overview = dialogue_overview(self.context.services, self.dialogue_id)
            except NotFoundError:
                self.dialogue_id = None
        self.show_overview(
            overview, overview is not None or bool(list_dialogues(self.context.services))
        )

    def show_overview(self, overview: DialogueOverview | None, any_dialogue: bool) -> None:
        """Show ``overview``, or (None) the page saying what to do, which depends on whether
        the store holds ``any_dialogue``."""
        self._stale = False
        self.overview = overview
        if overview is None:
            self._show_empty(any_dialogue)
        else:
            self._show(overview)

    def _show_empty(self, any_dialogue: bool) -> None:
        if any_dialogue:
            text = self.tr("Choose a dialogue in the navigator to see its overview.")
        else:
            text = self.tr(
                "This store holds no dialogue yet.\n\n"
                "Import one with File ▸ Import interchange JSON…, "
                "or load the sample dialogue with the command “dialoguetracker demo”."
            )
        self.empty.setText(text)
        self.pages.setCurrentWidget(self.empty)

    def _show(self, overview: DialogueOverview) -> None:
        dialogue = overview.dialogue
        names = {party.code: party.name for party in overview.parties}
        self.heading.setText(dialogue.name)
        facts = [" – ".join(party.name for party in overview.parties)]
        if dialogue.framework:
            facts.append(dialogue.framework)
        if dialogue.status.value != "active":
            facts.append(filled(self.tr("status: %1"), dialogue.status.value))
        self.subtitle.setText(" · ".join(fact for fact in facts if fact))
        self._show_figures(overview)
        self.next_meeting.show_meeting(
            overview.next_meeting,
            overview.next_agenda,
            overview.last_held,
            names,
            overview.past_planned,
            overview.past_planned_total,
        )
        self.chart.show_counts(overview.counts, overview.sides, names)
        nothing = self.tr(
            "No commitments recorded yet. Add one with New commitment (Ctrl+Shift+C)."
        )
        has_any = overview.counts.total > 0
        self.overdue_list.show_commitments(
            overview.overdue,
            overview.overdue_total,
            overview.today,
            names,
            self.tr("Nothing is overdue.") if has_any else nothing,
        )
        days = overview.soon_days
        self.due_soon_list.base_title = count_text(
            days, self.tr("Due within %n day"), self.tr("Due within %n days")
        )
        self.due_soon_list.show_commitments(
            overview.due_soon,
            overview.due_soon_total,
            overview.today,
            names,
            count_text(
                days,
                self.tr("Nothing falls due in the next %n day."),
                self.tr("Nothing falls due in the next %n days."),
            )
            if has_any
            else nothing,
        )
        self.pages.setCurrentWidget(self.content_scroll)

    def _show_figures(self, overview: DialogueOverview) -> None:
        if overview.last_held is None:
            held = self.tr("None held yet")
        else:
            day = overview.last_held.start
            held = filled(self.tr("Last held %1"), day_text(day))
        if overview.meetings_planned:
            held += " · " + count_text(
                overview.meetings_planned,
                self.tr("%n planned", "one meeting"),
                self.tr("%n planned", "several meetings"),
            )
        self.held_card.show_figure(overview.meetings_held, held)
        counts = overview.counts
        self.open_card.show_figure(
            counts.open,
            filled(self.tr("of %1 recorded"), QLocale().toString(counts.total)),
        )
        self.overdue_card.show_figure(
            overview.overdue_total,
            filled(
                self.tr("%1 due within %2 days"),
                QLocale().toString(overview.due_soon_total),
                QLocale().toString(overview.soon_days),
            ),
            alert=overview.overdue_total > 0,
        )
        self.stale_card.show_figure(overview.stale_total, stale_detail(overview.stale_months))
        self.compliance_card.show_compliance(overview)
