"""The marks that set overdue, due-soon, stale and internal items apart: a colour, and always an
icon and a word with it, so the mark does not rest on colour alone.

The icons are painted here rather than taken from a font or theme, so they look the same on
every platform (the fonts we ship have no lock glyph) and in the offscreen test platform.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from dialoguetracker.domain.records import Commitment

DUE_SOON_DAYS = 30


class Mark(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due soon"


# Light backgrounds with dark text on them, readable in light and dark palettes alike.
BACKGROUND = {Mark.OVERDUE: QColor("#f8d7da"), Mark.DUE_SOON: QColor("#fff3cd")}
FOREGROUND = {Mark.OVERDUE: QColor("#7a1620"), Mark.DUE_SOON: QColor("#5c4300")}
INTERNAL_BACKGROUND = QColor("#e9e0f5")
INTERNAL_FOREGROUND = QColor("#4a2370")


def mark_of(commitment: Commitment, today: date) -> Mark | None:
    """Overdue (past due, not closed), due soon (open, due within 30 days), or neither."""
    if commitment.is_overdue(today):
        return Mark.OVERDUE
    due = commitment.due
    if due is not None and not commitment.status.is_closed:
        days = (due - today).days
        if 0 <= days <= DUE_SOON_DAYS:
            return Mark.DUE_SOON
    return None


def mark_label(mark: Mark) -> str:
    if mark is Mark.OVERDUE:
        return QCoreApplication.translate("Commitments", "Overdue")
    return QCoreApplication.translate("Commitments", "Due soon")


def mark_icon(mark: Mark) -> QIcon:
    return warning_icon() if mark is Mark.OVERDUE else clock_icon()


def _canvas(size: int = 32) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def warning_icon() -> QIcon:
    pixmap, painter = _canvas()
    triangle = QPolygonF([QPointF(16, 2), QPointF(30, 29), QPointF(2, 29)])
    painter.setPen(QPen(QColor("#7a1620"), 2))
    painter.setBrush(QColor("#d93444"))
    painter.drawPolygon(triangle)
    painter.setPen(QPen(QColor("white"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(16, 11), QPointF(16, 19))
    painter.drawPoint(QPointF(16, 25))
    painter.end()
    return QIcon(pixmap)


@cache
def clock_icon() -> QIcon:
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#5c4300"), 2))
    painter.setBrush(QColor("#f2b705"))
    painter.drawEllipse(QRectF(3, 3, 26, 26))
    painter.setPen(QPen(QColor("#3d2c00"), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(16, 16), QPointF(16, 8))
    painter.drawLine(QPointF(16, 16), QPointF(22, 19))
    painter.end()
    return QIcon(pixmap)


@cache
def lock_icon() -> QIcon:
    pixmap, painter = _canvas()
    shackle = QPainterPath()
    shackle.moveTo(9, 15)
    shackle.lineTo(9, 10)
    shackle.arcTo(QRectF(9, 3, 14, 14), 180, -180)
    shackle.lineTo(23, 15)
    painter.setPen(QPen(INTERNAL_FOREGROUND, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shackle)
    painter.setPen(QPen(INTERNAL_FOREGROUND, 1))
    painter.setBrush(QColor("#7b4bb0"))
    painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3)
    painter.setBrush(QColor("white"))
    painter.drawEllipse(QRectF(14, 19, 4, 4))
    painter.end()
    return QIcon(pixmap)


@cache
def quiet_icon() -> QIcon:
    """A speech bubble with nothing said in it: no news of the commitment for months."""
    pixmap, painter = _canvas()
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(3, 4, 26, 18), 5, 5)
    bubble.moveTo(9, 21)
    bubble.lineTo(8, 29)
    bubble.lineTo(16, 21)
    painter.setPen(QPen(QColor("#4d5560"), 2))
    painter.setBrush(QColor("#c9d1da"))
    painter.drawPath(bubble.simplified())
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#4d5560"))
    for x in (10, 16, 22):
        painter.drawEllipse(QPointF(x, 13), 2, 2)
    painter.end()
    return QIcon(pixmap)


@cache
def unscored_icon() -> QIcon:
    """A clipboard with an empty line on it: a score still to be given this period."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#1c3f6e"), 2))
    painter.setBrush(QColor("#dbe7f5"))
    painter.drawRoundedRect(QRectF(6, 5, 20, 25), 3, 3)
    painter.setBrush(QColor("#1c3f6e"))
    painter.drawRoundedRect(QRectF(11, 2, 10, 6), 2, 2)
    painter.setPen(QPen(QColor("#1c3f6e"), 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(11, 15), QPointF(21, 15))
    painter.setPen(QPen(QColor("#1c3f6e"), 2, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(11, 22), QPointF(21, 22))
    painter.end()
    return QIcon(pixmap)


@cache
def scored_icon() -> QIcon:
    """A tick: every side it is assessed for is scored for the current period."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#1d6b35"), 2))
    painter.setBrush(QColor("#d4edda"))
    painter.drawEllipse(QRectF(3, 3, 26, 26))
    painter.setPen(QPen(QColor("#1d6b35"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11)]))
    painter.end()
    return QIcon(pixmap)
