"""The chart of commitments by status and side: grouped bars with a legend and counts on them.

Grouped rather than stacked, so each side's count is read straight off its bar; the count is
printed on the bar too, since a reader in a car does not measure bars against an axis. The
fills differ in lightness as well as hue, so the sides stay apart on a greyscale printout.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from dialoguetracker.domain.briefing import PartyName, StatusCount
from dialoguetracker.domain.enums import JOINT, CommitmentStatus
from dialoguetracker.reports.blocks import party_name
from dialoguetracker.reports.fonts import REGULAR
from dialoguetracker.reports.labels import value_label
from dialoguetracker.reports.styles import CONTENT_WIDTH, INK, MUTED, NAVY, RULE
from dialoguetracker.reports.text import plain

FILLS = (
    NAVY,
    colors.HexColor("#D9962B"),
    colors.HexColor("#9AA8B8"),
    colors.HexColor("#4E7D5B"),
    colors.HexColor("#7A4E7D"),
)
HEIGHT = 205


def _sides(counts: Sequence[StatusCount], our_side: str) -> list[str]:
    """Our side first, the other parties in order of appearance, joint last."""
    seen = list(dict.fromkeys(count.side for count in counts))
    ordered = [side for side in seen if side == our_side]
    ordered += [side for side in seen if side not in (our_side, JOINT)]
    ordered += [side for side in seen if side == JOINT]
    return ordered


def _step(top: int) -> int:
    """A round axis step giving at most about six gridlines."""
    raw = max(1, math.ceil(top / 6))
    magnitude = 10 ** int(math.log10(raw))
    for nice in (1, 2, 5, 10):
        if raw <= nice * magnitude:
            return int(nice * magnitude)
    return raw


def _bar_label(value: float) -> str:
    return str(int(value)) if value else ""


def status_chart(
    counts: Sequence[StatusCount], our_side: str, parties: Sequence[PartyName], language: str
) -> Drawing | None:
    """The chart, or None when there is nothing to count."""
    counts = [count for count in counts if count.count > 0]
    if not counts:
        return None
    statuses = [s for s in CommitmentStatus if any(c.status is s for c in counts)]
    sides = _sides(counts, our_side)
    table = {(c.side, c.status): c.count for c in counts}
    data = [[table.get((side, status), 0) for status in statuses] for side in sides]
    top = max(max(row) for row in data)
    step = _step(top)

    drawing = Drawing(CONTENT_WIDTH, HEIGHT)
    # Without this the drawing opens with Helvetica, which would put an unembedded font in
    # the file even though no text uses it.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 8
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = CONTENT_WIDTH - 44, HEIGHT - 72
    chart.data = data
    chart.groupSpacing = 14
    chart.barSpacing = 2
    chart.strokeColor = None
    for index in range(len(sides)):
        chart.bars[index].fillColor = FILLS[index % len(FILLS)]
        chart.bars[index].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top * 1.15 / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E3E7EC")
    chart.valueAxis.labelTextFormat = "%d"
    chart.categoryAxis.categoryNames = [
        plain(value_label("status", status.value, language)) for status in statuses
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.dy = -4
    chart.categoryAxis.strokeColor = RULE
    chart.barLabelFormat = _bar_label
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)

    legend = Legend()
    legend.x, legend.y = 34, HEIGHT - 10
    legend.alignment = "right"
    legend.columnMaximum = 1
    names = [plain(party_name(side, parties, language)) for side in sides]
    legend.deltax = max(stringWidth(name, REGULAR, 8.5) for name in names) + 30
    legend.dx = legend.dy = 8
    legend.dxTextSpace = 5
    legend.fontName = REGULAR
    legend.fontSize = 8.5
    legend.strokeColor = None
    legend.colorNamePairs = [(FILLS[index % len(FILLS)], name) for index, name in enumerate(names)]
    drawing.add(legend)
    return drawing
