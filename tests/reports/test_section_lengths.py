"""How long a briefing's sections run: the points to make are kept to one page and the
background to two, the limits of the U.S. defense read-ahead and the UK standard brief; the PDF
writer measures each section where it was laid out and names the ones that run past."""

from __future__ import annotations

from dataclasses import replace

import pytest
from briefing_builders import (
    checklist_briefing,
    commitment,
    full_briefing,
    options,
    page_texts,
    reader,
    shared_briefing,
)

from dialoguetracker.domain.briefing import BriefingData
from dialoguetracker.domain.enums import Audience
from dialoguetracker.reports import render_briefing, render_briefing_measured
from dialoguetracker.reports.lengths import Mark, section_pages

POINT = "made at length, so that it wraps over two lines of the page as real points to make do"


def long_points(count: int = 20, **changes: object) -> BriefingData:
    """The full briefing with ``count`` long points to make on each agenda item."""
    data = full_briefing(**changes)
    agenda = tuple(
        replace(item, points_to_make=tuple(f"Point {n}, {POINT}." for n in range(count)))
        for item in data.agenda
    )
    return replace(data, agenda=agenda)


def test_a_briefing_within_the_limits_warns_of_nothing() -> None:
    measured = render_briefing_measured(full_briefing())

    assert measured.long_sections == ()
    assert measured.pdf == render_briefing(full_briefing())
    assert measured.pages == len(page_texts(measured.pdf))


def test_points_to_make_past_one_page_are_named_with_their_pages() -> None:
    measured = render_briefing_measured(long_points())

    [section] = measured.long_sections
    assert (section.key, section.title, section.limit) == ("sec_points", "2. Points to make", 1)
    # read off the PDF's bookmarks: from the section's page to the next section's
    pdf = reader(measured.pdf)
    sections = [item for item in pdf.outline if not isinstance(item, list)]
    at = {item.title: pdf.get_destination_page_number(item) for item in sections}
    first, last = at["2. Points to make"], at["3. Their objectives and expected asks"]
    assert last - first - 1 <= section.pages <= last - first + 1
    assert section.pages > 1


def test_a_background_past_two_pages_is_named() -> None:
    text = "with a text long enough to wrap in its column " * 3
    lines = tuple(commitment(n, f"Open commitment {n} {text}") for n in range(60))
    measured = render_briefing_measured(
        full_briefing(open_by_topic=(("Cybercrime prevention", lines),))
    )

    [section] = measured.long_sections
    assert (section.key, section.title, section.limit) == ("sec_background", "4. Background", 2)
    assert section.pages > 2


def test_a_shared_briefing_has_no_points_to_make_to_measure() -> None:
    shared = long_points(options=options(audience=Audience.COUNTERPART))
    assert render_briefing_measured(shared).long_sections == ()
    assert render_briefing_measured(shared_briefing(Audience.PUBLIC)).long_sections == ()


def test_a_long_checklist_names_its_points_too() -> None:
    data = long_points(30, options=checklist_briefing().options)
    [section] = render_briefing_measured(data).long_sections
    assert section.key == "sec_points"


@pytest.mark.parametrize(
    ("marks", "end", "expected"),
    [
        # starts low on one page, ends high on the next: less than a page each
        ([Mark(0, "A", 1, 200.0), Mark(0, "B", 2, 500.0)], (2, 300.0), {"A": 0.4, "B": 0.4}),
        # a page and a half; a subsection's heading does not end its section
        ([Mark(0, "A", 1, 700.0), Mark(1, "a", 2, 650.0)], (2, 450.0), {"A": 1.5}),
    ],
)
def test_pages_are_measured_from_heading_to_heading(
    marks: list[Mark], end: tuple[int, float], expected: dict[str, float]
) -> None:
    assert section_pages(marks, end, text_height=500.0) == pytest.approx(expected)
