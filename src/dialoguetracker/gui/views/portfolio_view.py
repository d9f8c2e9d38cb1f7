"""*All dialogues*: the overview across every dialogue, for whoever follows a dozen of them.

Headline figures across them all (open, overdue, stale), a table of each dialogue's figures,
the next meetings of every dialogue in date order, and what is overdue across them. It is what
the window shows in place of the Overview while *All dialogues* is chosen in the navigator.
Everything comes from one service call (:func:`~dialoguetracker.services.portfolio.portfolio`),
which counts in SQL and cuts the lists, so the page costs the same whatever the store holds.
Each dialogue, meeting and commitment opens where it lives through ``open_requested``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.portfolio import Portfolio
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui import operations as kinds
from dialoguetracker.gui.overview.figures import FigureCard
from dialoguetracker.gui.overview.panels import CommitmentList
from dialoguetracker.gui.overview.wording import days_late, stale_detail
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.portfolio.dialogue_table import DialogueTable
from dialoguetracker.gui.portfolio.meeting_list import MeetingList
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.vocabulary import count_text, day_text
from dialoguetracker.gui.widgets.labels import heading_label

if TYPE_CHECKING:
    from dialoguetracker.gui.context import AppContext

SHOWN_KINDS = frozenset(
    {
        kinds.DIALOGUES,
        kinds.PARTIES,
        kinds.MEETINGS,
        kinds.COMMITMENTS,
        kinds.UPDATES,
        kinds.STORE,
    }
)
"""The kinds of record the portfolio shows; a change to any other leaves it as it is."""


class PortfolioView(View):
    key = "portfolio"
    title = "All dialogues"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.portfolio: Portfolio | None = None
        self._outdated = True
        self.pages = QStackedWidget(self)
        self.empty = QLabel(self)
        self.empty.setObjectName("portfolioEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setMargin(24)
        self.pages.addWidget(self.empty)
        self.content_scroll = QScrollArea(self)
        self.content_scroll.setObjectName("portfolioScroll")
        self.content_scroll.setWidgetResizable(True)
        self.content_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content_scroll.setWidget(self._content())
        self.pages.addWidget(self.content_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.dialogues.dialogue_chosen.connect(
            lambda key: self.open_requested.emit(RecordKind.DIALOGUE, key)
        )
        self.meetings.meeting_chosen.connect(
            lambda key: self.open_requested.emit(RecordKind.MEETING, key)
        )
        self.overdue_list.commitment_chosen.connect(
            lambda key: self.open_requested.emit(RecordKind.COMMITMENT, key)
        )

    def _content(self) -> QWidget:
        content = QWidget(self)
        content.setObjectName("portfolioContent")
        self.heading = heading_label("portfolioTitle", content, scale=1.5)
        self.heading.setText(self.display_name())
        self.subtitle = QLabel(content)
        self.subtitle.setObjectName("portfolioSubtitle")
        self.subtitle.setWordWrap(True)
        self.open_card = FigureCard("portfolioOpen", self.tr("Open commitments"), content)
        self.overdue_card = FigureCard("portfolioOverdue", self.tr("Overdue"), content)
        self.stale_card = FigureCard("portfolioStale", self.tr("Stale"), content)
        cards = QHBoxLayout()
        for card in (self.open_card, self.overdue_card, self.stale_card):
            cards.addWidget(card)
        self.dialogues = DialogueTable(content)
        self.meetings = MeetingList(content)
        self.overdue_list = CommitmentList(
            "portfolioOverdueList", self.tr("Overdue"), days_late, content, across=True
        )
        grid = QGridLayout()
        grid.addWidget(self.meetings, 0, 0)
        grid.addWidget(self.overdue_list, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(0, 1)
        layout = QVBoxLayout(content)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        layout.addWidget(self.dialogues)
        layout.addLayout(grid, 1)
        return content

    # -- refreshing ------------------------------------------------------------------------

    def set_dialogue(self, dialogue_id: int | None) -> None:
        """The portfolio is every dialogue's, whichever one is chosen."""
        self.dialogue_id = dialogue_id

    def show_all_dialogues(self) -> None:
        self._refresh()

    def on_changed(self, changed: frozenset[str]) -> None:
        if changed & SHOWN_KINDS:
            self._refresh()

    def _refresh(self) -> None:
        """Reload now if shown; otherwise when next shown, so a hidden page costs nothing."""
        if self.isVisible():
            self.reload()
        else:
            self._outdated = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._outdated:
            self.reload()

    def reload(self) -> None:
        from dialoguetracker.services.portfolio import portfolio

        self.show_portfolio(portfolio(self.context.services))

    def show_portfolio(self, found: Portfolio) -> None:
        self._outdated = False
        self.portfolio = found
        if not found.dialogues:
            self.empty.setText(
                self.tr(
                    "This store holds no dialogue yet.\n\n"
                    "Import one with File ▸ Import interchange JSON…, "
                    "or load the sample dialogue with the command “dialoguetracker demo”."
                )
            )
            self.pages.setCurrentWidget(self.empty)
            return
        count = len(found.dialogues)
        self.subtitle.setText(
            " · ".join(
                (
                    count_text(count, self.tr("%n dialogue"), self.tr("%n dialogues")),
                    filled(self.tr("as of %1"), day_text(found.today)),
                )
            )
        )
        self._show_figures(found)
        self.dialogues.show_dialogues(found.dialogues, found.soon_days, found.stale_months)
        names = {figures.dialogue.id: figures.label for figures in found.dialogues}
        self.meetings.show_meetings(found.next_meetings, found.next_meetings_total, names)
        self.overdue_list.show_commitments(
            found.overdue,
            found.overdue_total,
            found.today,
            {},
            self.tr("Nothing is overdue in any dialogue."),
            names,
        )
        self.pages.setCurrentWidget(self.content_scroll)

    def _show_figures(self, found: Portfolio) -> None:
        locale = QLocale()
        count = len(found.dialogues)
        self.open_card.show_figure(
            found.open,
            count_text(count, self.tr("in %n dialogue"), self.tr("in %n dialogues")),
        )
        self.overdue_card.show_figure(
            found.overdue_total,
            filled(
                self.tr("%1 due within %2 days"),
                locale.toString(found.due_soon),
                locale.toString(found.soon_days),
            ),
            alert=found.overdue_total > 0,
        )
        self.stale_card.show_figure(found.stale, stale_detail(found.stale_months))
