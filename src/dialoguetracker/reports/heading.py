"""Headings that know their place in the document's outline.

A heading carries its plain title and level; the document template turns it into a PDF
bookmark and, at levels 0–1, an entry of the contents list. Section titles (level 0) are ruled
underneath so the eye finds them when leafing through a printout.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph

from dialoguetracker.reports.styles import NAVY


class Heading(Paragraph):  # type: ignore[misc]
    """A title paragraph; ``outline`` is (level, plain title) or None for no bookmark.

    A very long title may split across pages; only its first part keeps the outline, so one
    heading is bookmarked once.
    """

    def __init__(
        self,
        text: str,
        style: Any,
        *args: Any,
        outline: tuple[int, str] | None = None,
        rule: bool | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(text, style, *args, **kw)
        self.outline = outline
        self.markup = text
        self.rule = rule if rule is not None else bool(outline and outline[0] == 0)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(avail_width, avail_height)
        for index, part in enumerate(parts):
            part.outline = self.outline if index == 0 else None
            part.markup = self.markup
            part.rule = self.rule and index == len(parts) - 1
        return parts

    def draw(self) -> None:
        super().draw()
        if self.rule:
            self.canv.saveState()
            self.canv.setStrokeColor(NAVY)
            self.canv.setLineWidth(0.9)
            self.canv.line(0, -3.5, self.width, -3.5)
            self.canv.restoreState()
