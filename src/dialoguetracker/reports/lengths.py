"""How long a briefing's sections run, against the limits a read-ahead keeps to.

The U.S. defense read-ahead guidance and the UK's standard brief set the same discipline: the
points to make fit on one page, the background on two. A principal reads them in the car; a
section that runs past its limit is a section the principal will not finish. The PDF writer
notes where each section's heading falls (page and height on it) and where the text ends, and
:func:`long_sections` turns that into pages per section.

Nothing here imports ReportLab: the command line and the window read the result cheaply.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LIMITS: Mapping[str, int] = {"sec_points": 1, "sec_background": 2}
"""Pages a read-ahead gives each section, by the section's label key."""
SLACK = 0.02
"""A section that fills its pages exactly, give or take a line's rounding, is within them."""


@dataclass(frozen=True)
class Mark:
    """Where a bookmarked heading fell: its outline level, its title as printed, its page, and
    the height of its top above the foot of the page, in points."""

    level: int
    title: str
    page: int
    top: float


@dataclass(frozen=True)
class LongSection:
    """A section that runs past what a read-ahead allows it."""

    key: str
    """The section's label key (``sec_points``, ``sec_background``)."""
    title: str
    """The section's heading as printed, number included: "3. Points to make"."""
    pages: float
    limit: int


@dataclass(frozen=True)
class MeasuredBriefing:
    """A briefing PDF with its page count and the sections that run too long."""

    pdf: bytes
    pages: int
    long_sections: tuple[LongSection, ...] = ()


def section_pages(
    marks: Sequence[Mark], end: tuple[int, float], text_height: float
) -> dict[str, float]:
    """Pages each section takes, by its printed title: from the top of its heading to the top
    of the next section's heading, or to where the text ends (``end``: page, height). A page
    break counts as the rest of the page, so a section that starts low on a page and ends high
    on the next one takes less than a page."""
    sections = [mark for mark in marks if mark.level == 0]
    pages: dict[str, float] = {}
    for index, mark in enumerate(sections):
        stop = end
        if index + 1 < len(sections):
            following = sections[index + 1]
            stop = (following.page, following.top)
        height = (stop[0] - mark.page) * text_height + mark.top - stop[1]
        pages[mark.title] = max(height, 0.0) / text_height
    return pages


def long_sections(
    titles: Mapping[str, str], marks: Sequence[Mark], end: tuple[int, float], text_height: float
) -> tuple[LongSection, ...]:
    """The sections among :data:`LIMITS` that run past their limit; ``titles`` maps a label key
    to the section's printed title."""
    pages = section_pages(marks, end, text_height)
    found = []
    for key, limit in LIMITS.items():
        title = titles.get(key)
        length = None if title is None else pages.get(title)
        if title is not None and length is not None and length > limit + SLACK:
            found.append(LongSection(key, title, round(length, 1), limit))
    return tuple(found)
