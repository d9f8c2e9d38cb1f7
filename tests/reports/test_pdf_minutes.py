"""The record of one meeting, and what the reports package costs at start-up."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from briefing_builders import (
    all_text,
    full_briefing,
    meeting_record,
    options,
    outline_titles,
    page_texts,
    reader,
)

from dialoguetracker.domain.briefing import DEFAULT_MARKING
from dialoguetracker.domain.enums import Audience
from dialoguetracker.reports import render_briefing, render_meeting_record

MINUTES_SECTIONS = [
    "1. Summary",
    "2. Delegations",
    "3. Agenda",
    "4. Commitments made",
    "5. Commitments reviewed",
    "6. Documents",
]


def test_the_record_has_delegations_agenda_commitments_and_documents() -> None:
    pdf = render_meeting_record(meeting_record())
    text = all_text(pdf)
    positions = [text.index(section) for section in MINUTES_SECTIONS]
    assert positions == sorted(positions)
    for fact in (
        "MEETING RECORD",
        "First bilateral cyber dialogue",
        "Wednesday 10 August 2022",
        "Held · Record: Final",
        "United States delegation",
        "Mexico delegation",
        "Excused",
        "Notes: Notes on item 1",
        "Outcome: Agreed to follow up",
        "Commitment 2: share points of contact",
        "OVERDUE",
        "Draft shared with SRE",
        "Joint Statement on the U.S.-Mexico Cyber Dialogue",
    ):
        assert fact in text, fact
    assert [t for t in outline_titles(pdf) if t[0].isdigit()] == MINUTES_SECTIONS
    for number, page in enumerate(page_texts(pdf), start=1):
        assert page.count(DEFAULT_MARKING) >= 2
        assert f"Page {number} of " in page
    meta = reader(pdf).metadata
    assert meta is not None and meta.title == "Meeting record: First bilateral cyber dialogue"


def test_a_draft_record_says_so_and_empty_parts_are_left_out() -> None:
    data = meeting_record(
        meeting=replace(meeting_record().meeting, record="draft"),
        summary=None,
        commitments_reviewed=(),
        documents=(),
    )
    text = all_text(render_meeting_record(data))
    assert "MEETING RECORD · DRAFT" in text
    for absent in ("Summary", "Commitments reviewed", "Documents"):
        assert absent not in text
    assert "3. Commitments made" in text


def test_a_spanish_record() -> None:
    text = all_text(render_meeting_record(meeting_record(options=options(language="es"))))
    for spanish in (
        "MINUTA DE LA REUNIÓN",
        "Orden del día",
        "Compromisos adquiridos",
        "Compromisos revisados",
        "Asistencia",
        "Ausencia justificada",
        "Notas:",
        "Resultado:",
        "Idioma",
    ):
        assert spanish in text, spanish


def test_the_record_is_reproducible() -> None:
    assert render_meeting_record(meeting_record()) == render_meeting_record(meeting_record())


def test_importing_the_reports_package_does_not_load_reportlab() -> None:
    code = (
        "import sys, dialoguetracker.reports; "
        "print(any(name.startswith('reportlab') for name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize(
    "pdf",
    [
        pytest.param(lambda: render_briefing(full_briefing()), id="briefing"),
        pytest.param(
            lambda: render_briefing(
                full_briefing(options=options(language="es", audience=Audience.COUNTERPART))
            ),
            id="counterpart-es",
        ),
        pytest.param(lambda: render_meeting_record(meeting_record()), id="minutes"),
    ],
)
def test_poppler_renders_every_page_without_complaint(pdf: object, tmp_path: Path) -> None:
    """A second, independent reader: poppler prints "Syntax Error" for a malformed file."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf())  # type: ignore[operator]
    done = subprocess.run(
        ["pdftoppm", "-r", "30", "-png", str(path), str(tmp_path / "page")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stderr == ""
    assert len(list(tmp_path.glob("page-*.png"))) == len(reader(path.read_bytes()).pages)
