"""The overview's chart: a dialogue's commitments, one bar per owner side, stacked by status.

Colours come from the Okabe–Ito palette, which stays distinct for the common forms of colour
blindness; each status also has its own hatching, so the chart reads in greyscale too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from dialoguetracker.domain.enums import CommitmentStatus
from dialoguetracker.domain.overview import CommitmentCounts
from dialoguetracker.domain.records import Side
from dialoguetracker.gui.overview.chart import Bar, Series, StackedBarChart
from dialoguetracker.gui.vocabulary import side_name, status_name

S = CommitmentStatus
P = Qt.BrushStyle

STATUS_STYLE: dict[CommitmentStatus, tuple[str, Qt.BrushStyle]] = {
    S.PROPOSED: ("#56b4e9", P.VerPattern),
    S.AGREED: ("#0072b2", P.NoBrush),
    S.IN_PROGRESS: ("#e69f00", P.BDiagPattern),
    S.COMPLETED: ("#009e73", P.HorPattern),
    S.DEFERRED: ("#f0e442", P.FDiagPattern),
    S.DROPPED: ("#999999", P.CrossPattern),
    S.REFERRED: ("#cc79a7", P.DiagCrossPattern),
}


def status_series() -> list[Series]:
    return [
        Series(status.value, status_name(status), *STATUS_STYLE[status])
        for status in CommitmentStatus
    ]


class CommitmentChart(StackedBarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentChart")
        self.setAccessibleName(self.tr("Commitments by owner and status"))
        self.empty_text = self.tr("No commitments recorded yet.")

    def show_counts(
        self,
        counts: CommitmentCounts,
        sides: Sequence[Side],
        party_names: Mapping[str, str] | None = None,
    ) -> None:
        """One bar per side, in the order given; a side with no commitment shows an empty
        bar, so that "none for this party" is visible rather than missing."""
        bars = [
            Bar(
                side_name(side, party_names),
                tuple(counts.count(owner=side, status=status) for status in CommitmentStatus),
            )
            for side in sides
        ]
        self.set_data(status_series(), bars)
