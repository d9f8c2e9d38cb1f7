"""The line under a briefing's preview that names each section running longer than a
read-ahead allows: the points to make past one page, the background past two (the limits the
U.S. defense read-ahead guidance and the UK standard brief set; see reports/lengths.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.widgets.labels import ALERT_STYLE
from dialoguetracker.reports.lengths import LongSection


class LengthWarning(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportLengthWarning")
        self.setAccessibleName(self.tr("Length warning"))
        self.setStyleSheet(ALERT_STYLE)
        self.setWordWrap(True)
        self.hide()

    def show_for(self, sections: tuple[LongSection, ...]) -> None:
        """One line per section too long, naming it as printed; hidden when there is none."""
        lines = []
        for section in sections:
            if section.key == "sec_points":
                template = self.tr(
                    "“%1” runs to %2 pages: a read-ahead keeps the points to make to one page."
                )
            else:
                template = self.tr(
                    "“%1” runs to %2 pages: a read-ahead keeps the background to two pages."
                )
            pages = self.locale().toString(section.pages, "f", 1)
            lines.append(filled(template, section.title, pages))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
