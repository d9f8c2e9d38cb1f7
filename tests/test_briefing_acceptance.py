"""Issue acceptance, end to end: the sample store, the real command line, the PDF read back.

The internal briefing holds every section in DESIGN's order; the Spanish counterpart briefing
under another marking holds not one word of the internal record — not in the page text, not in
the bookmarks, not in the document metadata.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from dialoguetracker.cli import main
from dialoguetracker.domain.enums import Audience, Handling
from dialoguetracker.reports.labels import label
from dialoguetracker.services import Services
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.store.engine import open_store

SECTIONS = [
    "sec_purpose",
    "sec_points",
    "sec_their",
    "press_line",
    "sec_background",
    "last_round",
    "since_last",
    "open_by_topic",
    "scorecard",
    "topic_history",
    "chart",
    "sec_participants",
    "sec_attachments",
]


@pytest.fixture
def sample_store(tmp_path: Path) -> Path:
    store = tmp_path / "x.db"
    assert main(["--db", str(store), "demo"]) == 0
    return store


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(getattr(item, "title", "")))

    walk(reader.outline)
    return titles


def _read(path: Path) -> tuple[str, list[str], str]:
    reader = PdfReader(path)
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    return text, _outline_titles(reader), metadata


def _internal_texts(store: Path) -> list[str]:
    """Every text of the sample that only our side may read."""
    opened = open_store(store)
    try:
        data = export_interchange(Services(opened, actor="reader"), Audience.INTERNAL)
    finally:
        opened.close()
    texts: list[str] = []
    for dialogue in data.dialogues:
        for meeting in dialogue.meetings:
            if meeting.brief is not None:
                brief = meeting.brief
                texts += [brief.purpose, *brief.objectives, *brief.their_objectives]
                texts += [*brief.their_asks, brief.press_line or ""]
            for item in meeting.agenda:
                texts += [*item.points_to_make, item.their_position or "", item.our_response or ""]
                if item.handling is Handling.INTERNAL:
                    texts += [item.notes or "", item.outcome or ""]
        for commitment in dialogue.commitments:
            texts += [u.note for u in commitment.updates if u.handling is Handling.INTERNAL]
    return [" ".join(text.split()) for text in texts if text.strip()]


def test_the_internal_briefing_holds_every_section(sample_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.pdf"
    assert main(["--db", str(sample_store), "briefing", "--out", str(out)]) == 0
    text, outline, metadata = _read(out)
    positions = [text.find(label(key, "en")) for key in SECTIONS]
    assert -1 not in positions, dict(zip(SECTIONS, positions, strict=True))
    assert positions == sorted(positions)
    assert {label(key, "en") for key in SECTIONS} <= {t.split(". ", 1)[-1] for t in outline}
    assert "U.S.-Mexico Working Group on Cyber Issues" in metadata or "Second bilateral" in metadata


def test_a_spanish_counterpart_briefing_holds_no_internal_word(
    sample_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "contraparte.pdf"
    marking = "SENSITIVE BUT UNCLASSIFIED"
    arguments = ["--db", str(sample_store), "--lang", "es", "briefing", "--out", str(out)]
    assert main([*arguments, "--audience", "counterpart", "--marking", marking]) == 0
    text, outline, metadata = _read(out)

    secrets = _internal_texts(sample_store)
    assert len(secrets) >= 15
    leaks = [s for s in secrets if s in text or any(s in t for t in outline) or s in metadata]
    assert leaks == []
    assert label("sec_background", "es") in text
    assert label("sec_points", "es") not in text
    assert text.count(marking) >= 2 * len(PdfReader(out).pages)
