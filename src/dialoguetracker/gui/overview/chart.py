"""A small horizontal stacked bar chart, painted with QPainter.

One bar per row (e.g. per owner side), stacked by series (e.g. per status). It is readable
without colour: every series has its own fill pattern as well as its colour, the legend
gives each series' name and total, segments that are wide enough carry their number, every
bar ends with its total, the tooltip names what is under the pointer, and the accessible
description says all of it in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 8
GAP = 8
SWATCH = 14


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    color: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[int, ...]
    """One value per series, in the series' order."""

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class _Segment:
    rect: QRectF
    bar: int
    series: int


def _contrast(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luminance = 0.299 * color.red() + 0.587 * color.green() + 0.114 * color.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


class StackedBarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stackedBarChart")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.series: tuple[Series, ...] = ()
        self.bars: tuple[Bar, ...] = ()
        self.empty_text = ""
        self.painted_texts: list[str] = []
        """Every text drawn by the last paint, in order: what a reader of the chart sees."""
        self._segments: list[_Segment] = []

    # -- data ------------------------------------------------------------------------------

    def set_data(self, series: Sequence[Series], bars: Sequence[Bar]) -> None:
        for bar in bars:
            if len(bar.values) != len(series):
                raise ValueError(f"bar {bar.label!r} has {len(bar.values)} values")
        self.series, self.bars = tuple(series), tuple(bars)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def series_total(self, index: int) -> int:
        return sum(bar.values[index] for bar in self.bars)

    def legend_entries(self) -> list[tuple[Series, int]]:
        """The series shown in the legend (those with any value), each with its total."""
        entries = [(item, self.series_total(index)) for index, item in enumerate(self.series)]
        return [(item, total) for item, total in entries if total]

    def describe(self) -> str:
        """The chart in words, for screen readers and for copying."""
        parts = []
        for bar in self.bars:
            pieces = [
                f"{item.label} {value}"
                for item, value in zip(self.series, bar.values, strict=True)
                if value
            ]
            detail = f" ({', '.join(pieces)})" if pieces else ""
            parts.append(f"{bar.label}: {bar.total}{detail}.")
        return " ".join(parts) or self.empty_text

    # -- geometry --------------------------------------------------------------------------

    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def _legend_lines(self, width: int) -> list[list[tuple[Series, int, int]]]:
        """Legend entries flowed into lines that fit ``width``: (series, total, entry width)."""
        metrics = self.fontMetrics()
        lines: list[list[tuple[Series, int, int]]] = [[]]
        used = 0
        for item, total in self.legend_entries():
            entry = SWATCH + 6 + metrics.horizontalAdvance(self._legend_text(item, total)) + 16
            if lines[-1] and used + entry > width:
                lines.append([])
                used = 0
            lines[-1].append((item, total, entry))
            used += entry
        return [line for line in lines if line]

    @staticmethod
    def _legend_text(item: Series, total: int) -> str:
        return f"{item.label} ({total})"

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().height() + 6
        legend = len(self._legend_lines(width - 2 * MARGIN)) * line
        return 2 * MARGIN + max(1, len(self.bars)) * self._row_height() + GAP + legend

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(420, self.heightForWidth(420))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, self.heightForWidth(240))

    # -- painting --------------------------------------------------------------------------

    def _fill(self, painter: QPainter, rect: QRectF, item: Series) -> None:
        color = QColor(item.color)
        painter.fillRect(rect, color)
        if item.pattern != Qt.BrushStyle.NoBrush:
            ink = _contrast(color)
            ink.setAlpha(110)
            painter.fillRect(rect, QBrush(ink, item.pattern))

    def _text(self, painter: QPainter, rect: QRectF, flags: Qt.AlignmentFlag, text: str) -> None:
        painter.drawText(rect, int(flags), text)
        self.painted_texts.append(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        self.painted_texts, self._segments = [], []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        painter.setPen(ink)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if not self.bars or not any(bar.total for bar in self.bars):
            self._text(painter, area, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(bar.label) for bar in self.bars) + GAP
        total_width = max(metrics.horizontalAdvance(str(bar.total)) for bar in self.bars) + GAP
        track = area.width() - label_width - total_width
        largest = max(bar.total for bar in self.bars)
        row = self._row_height()
        thickness = metrics.height() * 1.5
        left = area.left() + label_width
        for index, bar in enumerate(self.bars):
            top = area.top() + index * row
            middle = top + row / 2
            label_rect = QRectF(area.left(), top, label_width - GAP, row)
            painter.setPen(ink)
            self._text(painter, label_rect, _LEFT_MIDDLE, bar.label)
            bar_top = middle - thickness / 2
            outline = QColor(ink)
            outline.setAlpha(60)
            painter.setPen(QPen(outline, 1))
            painter.drawRect(QRectF(left, bar_top, track, thickness))
            x = left
            for number, value in enumerate(bar.values):
                if not value:
                    continue
                width = track * value / largest
                rect = QRectF(x, bar_top, width, thickness)
                item = self.series[number]
                self._fill(painter, rect, item)
                self._segments.append(_Segment(rect, index, number))
                text = str(value)
                if metrics.horizontalAdvance(text) + 6 <= width:
                    painter.setPen(_contrast(QColor(item.color)))
                    self._text(painter, rect, Qt.AlignmentFlag.AlignCenter, text)
                x += width
            painter.setPen(ink)
            total_rect = QRectF(x + GAP / 2, top, total_width, row)
            self._text(painter, total_rect, _LEFT_MIDDLE, str(bar.total))
        self._paint_legend(painter, area, area.top() + len(self.bars) * row + GAP, ink)
        painter.end()

    def _paint_legend(self, painter: QPainter, area: QRectF, top: float, ink: QColor) -> None:
        line_height = self.fontMetrics().height() + 6
        for line in self._legend_lines(int(area.width())):
            x = area.left()
            for item, total, entry in line:
                swatch = QRectF(x, top + (line_height - SWATCH) / 2, SWATCH, SWATCH)
                self._fill(painter, swatch, item)
                painter.setPen(QPen(ink, 1))
                painter.drawRect(swatch)
                text_rect = QRectF(x + SWATCH + 6, top, entry - SWATCH - 6, line_height)
                self._text(painter, text_rect, _LEFT_MIDDLE, self._legend_text(item, total))
                x += entry
            top += line_height

    # -- tooltips --------------------------------------------------------------------------

    def segment_at(self, point: QPointF) -> tuple[Bar, Series, int] | None:
        for segment in self._segments:
            if segment.rect.contains(point):
                bar = self.bars[segment.bar]
                return bar, self.series[segment.series], bar.values[segment.series]
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.segment_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                bar, item, value = found
                QToolTip.showText(event.globalPos(), f"{bar.label} · {item.label}: {value}", self)
            return True
        return super().event(event)


_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
