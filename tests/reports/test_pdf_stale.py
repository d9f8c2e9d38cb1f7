"""A stale open commitment says in the briefing's background since when there has been no news
of it, in words and in the briefing's language."""

from __future__ import annotations

from datetime import date

import pytest
from briefing_builders import all_text, commitment, empty_briefing, options

from dialoguetracker.reports import render_briefing


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "No news since 14 March 2025"), ("es", "Sin novedades desde el 14 de marzo de 2025")],
)
def test_a_stale_commitment_says_since_when(language: str, said: str) -> None:
    quiet = commitment(1, "Quiet commitment", no_news_since=date(2025, 3, 14))
    never = commitment(
        2,
        "Never updated",
        latest_update=None,
        latest_update_on=None,
        no_news_since=date(2025, 3, 14),
    )
    fresh = commitment(3, "Fresh commitment")
    data = empty_briefing(
        options=options(language=language),
        open_by_topic=(("Cybercrime prevention", (quiet, never, fresh)),),
    )
    text = all_text(render_briefing(data))
    assert text.count(said) == 2  # beside the latest update, and alone where there is none
    assert "Update on commitment 1" in text and "Update on commitment 3" in text
