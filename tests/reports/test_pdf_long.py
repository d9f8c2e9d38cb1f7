"""Long documents: a table of 5,000 commitments over many pages, a single row taller than a
page, and the contents list that a briefing gets once it runs past a few pages."""

from __future__ import annotations

from typing import Any

import pytest
from briefing_builders import (
    all_text,
    commitment,
    empty_briefing,
    full_briefing,
    outline_titles,
    page_texts,
    reader,
)

from dialoguetracker.reports import layout, render_briefing
from dialoguetracker.reports.layout import CONTENTS_AFTER

COUNT = 5000


@pytest.fixture(scope="module")
def big() -> tuple[bytes, list[str]]:
    lines = tuple(commitment(n, overdue=n % 7 == 0) for n in range(COUNT))
    pdf = render_briefing(full_briefing(open_by_topic=(("Cybercrime prevention", lines),)))
    return pdf, page_texts(pdf)


def test_a_table_of_5000_commitments_splits_across_pages_with_its_header_repeated(
    big: tuple[bytes, list[str]],
) -> None:
    _, pages = big
    flat = [" ".join(text.split()) for text in pages]
    holding = [text for text in flat if "share points of contact" in text]
    assert len(holding) > 50
    header = "Commitment Owner Due Status Latest update"
    assert all(header in text for text in holding)
    flowed = " ".join(flat)
    for number in (0, 2500, COUNT - 1):
        assert f"Commitment {number}: share points of contact" in flowed
    assert f"{COUNT} open, {len(range(0, COUNT, 7))} overdue" in flowed


def test_a_long_briefing_gets_a_contents_list_whose_page_numbers_are_right(
    big: tuple[bytes, list[str]],
) -> None:
    pdf, pages = big
    first = " ".join(pages[0].split())
    assert "Contents" in first
    document = reader(pdf)
    expected: dict[str, int] = {}

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                expected[str(item.title)] = document.get_destination_page_number(item) + 1

    walk(document.outline)
    for title in ("4. Background", "Scorecard by side", "5. Participants", "6. Attachments"):
        assert f"{title} {expected[title]}" in first, title
        assert title in " ".join(pages[expected[title] - 1].split())
    assert expected["6. Attachments"] == len(pages)
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def _layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts full layouts: each call of the document template's build is one."""
    calls: list[int] = []
    original = layout._Template.build

    def counted(self: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(layout._Template, "build", counted)
    return calls


def test_a_short_briefing_is_laid_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _layouts(monkeypatch)
    render_briefing(full_briefing())
    assert len(calls) == 1


def test_a_long_briefing_is_laid_out_twice_not_once_per_multibuild_pass(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """multiBuild would spend three or more layouts on a contents list; we spend two."""
    calls = _layouts(monkeypatch)
    lines = tuple(commitment(n) for n in range(200))
    pdf = render_briefing(full_briefing(open_by_topic=(("Cybercrime prevention", lines),)))
    assert len(reader(pdf).pages) > CONTENTS_AFTER
    assert "Contents" in page_texts(pdf)[0]
    assert len(calls) == 2


def test_a_briefing_whose_tables_must_run_long_is_laid_out_once_with_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Tables too long for the pages a short briefing may have: the contents list goes in
    from the start and one layout is all; the file is byte for byte the one that laying out
    first without the list (the path taken when the story might be short) gives."""
    lines = tuple(commitment(n) for n in range(1500))
    data = full_briefing(open_by_topic=(("Cybercrime prevention", lines),))
    calls = _layouts(monkeypatch)
    once = render_briefing(data)
    assert len(calls) == 1
    assert "Contents" in page_texts(once)[0]
    monkeypatch.setattr(layout, "_room", lambda _info, _pages: float("inf"))
    twice = render_briefing(data)
    assert len(calls) == 3
    assert twice == once


def test_a_short_briefing_has_no_contents_list() -> None:
    pdf = render_briefing(full_briefing())
    assert len(reader(pdf).pages) <= CONTENTS_AFTER
    assert "Contents" not in all_text(pdf)


def test_one_commitment_longer_than_a_page_splits_inside_its_row() -> None:
    """A row taller than the frame raises LayoutError unless the table may split in rows."""
    text = " ".join(f"clause{n}" for n in range(3000))
    data = empty_briefing(open_by_topic=(("Cybercrime prevention", (commitment(1, text),)),))
    pdf = render_briefing(data)
    pages = page_texts(pdf)
    assert len(pages) >= 3
    flowed = " ".join(" ".join(page.split()) for page in pages)
    assert "clause0 " in flowed and "clause2999" in flowed
    assert "Open commitments by topic" in outline_titles(pdf)
