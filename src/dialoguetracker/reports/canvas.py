"""A canvas that writes numbers only known at the end: "Page X of Y" and contents page numbers.

It holds every page back until ``save()``. Then the total is known, and so is the page on
which every heading fell, so each held page gets its "Page X of Y" and each contents entry its
page number before the page is really written. This is what lets a document with a contents
list be laid out once (or twice, when it was not clear beforehand that it needs the list)
instead of the three or more passes of ReportLab's ``multiBuild``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import TimeStamp
from reportlab.pdfgen.canvas import Canvas

from dialoguetracker.reports.fonts import BOLD
from dialoguetracker.reports.styles import CONTENT_WIDTH, INK

SLOT_WIDTH = 40.0
"""Width of the page-number column of the contents list."""


def made_stamp(moment: datetime) -> TimeStamp:
    """ReportLab's stamp for the file's creation date, at ``moment`` (in UTC) instead of the
    system's time: the PDF's metadata tells the time of the program's one clock, as its
    footer does."""
    stamp = TimeStamp(invariant=1)
    utc = moment.astimezone(UTC)
    stamp.t = utc.timestamp()
    stamp.lt = utc.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def slot_form(key: str) -> str:
    """The name of the form XObject that prints the page number of heading ``key``."""
    return f"pageof-{key}"


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages until ``save()`` and then numbers them.

    Because pages are emitted only at the end, ReportLab would point every bookmark at the
    first page; bookmarks made on a page are therefore remembered with it and set again when
    the page is really emitted. ``heading_pages`` (heading key → page) is filled by the
    document template as headings are placed; ``slots`` names the contents entries drawn.
    """

    def __init__(
        self, *args: Any, page_label: str, made_at: datetime | None = None, **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        if made_at is not None:
            self._doc._timeStamp = made_stamp(made_at)
        self._page_label = page_label
        self._held: list[dict[str, Any]] = []
        self._marks: list[tuple[str, dict[str, Any]]] = []
        self.heading_pages: dict[str, int] = {}
        self.slots: dict[str, tuple[str, float, float]] = {}
        self.page_count = 0

    def bookmarkPage(self, key: str, **kw: Any) -> None:  # noqa: N802 - ReportLab's name
        self._marks.append((key, kw))

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        """Emit the held pages, each with its page number, bookmarks and the contents forms."""
        held = self._held
        self._define_slot_forms()
        for state in held:
            self.__dict__.update(state)
            self._draw_page_number(len(held))
            for key, kw in state["_marks"]:
                Canvas.bookmarkPage(self, key, **kw)
            Canvas.showPage(self)
        self.page_count = len(held)
        Canvas.save(self)

    def _define_slot_forms(self) -> None:
        """One form per contents entry, holding the page its heading fell on."""
        for key, (font, size, baseline) in self.slots.items():
            page = self.heading_pages.get(key)
            self.beginForm(slot_form(key), 0, baseline - size, SLOT_WIDTH, baseline + 2 * size)
            self.setFont(font, size)
            self.setFillColor(INK)
            self.drawRightString(SLOT_WIDTH, baseline, str(page) if page else "")
            self.endForm()

    def _draw_page_number(self, total: int) -> None:
        width = self._pagesize[0]
        right = (width + CONTENT_WIDTH) / 2
        text = self._page_label.format(page=self._pageNumber, total=total)
        self.saveState()
        self.setFont(BOLD, 8)
        self.setFillColor(INK)
        self.drawRightString(right, 14.5 * mm, text)
        self.restoreState()
