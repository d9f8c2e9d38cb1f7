"""The briefing background's "Compliance since the last round", in the PDF and in the Word
draft alike: the period, each side's average and percentage as a hand calculation gives them
(in the dialogue's order of sides), the same by topic, in English and Spanish; and no heading
at all when the audience may see no assessment."""

from __future__ import annotations

from datetime import date

import pytest
from briefing_builders import all_text, empty_briefing, options, outline_titles
from docx_reading import opened

from dialoguetracker.domain.briefing import BriefingData, PartyName
from dialoguetracker.domain.compliance import Average, ComplianceLine, ComplianceSummary, Period
from dialoguetracker.reports import render_briefing, render_briefing_docx

SINCE = Period(date(2024, 3, 1))
# US: +1, +1, 0 over three commitments -> 2/3 = +0.67, (0.67 + 1) / 2 = 83%
# MX: -1 over one -> -1.00, 0%
SUMMARY = ComplianceSummary(
    periods=(SINCE,),
    by_side=(
        ComplianceLine(SINCE, "MX", Average(1, -1)),
        ComplianceLine(SINCE, "US", Average(3, 2)),
    ),
    by_topic=(
        ComplianceLine(SINCE, "US", Average(2, 2), "Cybercrime prevention"),
        ComplianceLine(SINCE, "MX", Average(1, -1), "Cybercrime prevention"),
        ComplianceLine(SINCE, "US", Average(1, 0), "Awareness"),
    ),
)
PARTIES = (PartyName("US", "United States"), PartyName("MX", "Mexico"))


def _briefing(language: str, summary: ComplianceSummary | None = SUMMARY) -> BriefingData:
    return empty_briefing(options=options(language=language), parties=PARTIES, compliance=summary)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            [
                "Compliance since the last round",
                "Assessed for the period since 1 March 2024",
                "United States 3 +0.67 (83%) Mexico 1 −1.00 (0%)",
                "Awareness United States 1 +0.00 (50%)",
                "Cybercrime prevention United States 2 +1.00 (100%)",
                "Cybercrime prevention Mexico 1 −1.00 (0%)",
            ],
        ),
        (
            "es",
            [
                "Cumplimiento desde la última ronda",
                "Evaluado para el periodo desde el 1 de marzo de 2024",
                "Estados Unidos 3 +0,67 (83 %) México 1 −1,00 (0 %)",
            ],
        ),
    ],
)
def test_the_pdf_prints_each_sides_average_and_percentage(language: str, said: list[str]) -> None:
    parties = (
        PARTIES
        if language == "en"
        else (
            PartyName("US", "Estados Unidos"),
            PartyName("MX", "México"),
        )
    )
    data = empty_briefing(options=options(language=language), parties=parties, compliance=SUMMARY)
    pdf = render_briefing(data)
    text = all_text(pdf).replace("\u00a0", " ")
    for phrase in said:
        assert phrase in text, phrase
    assert said[0] in outline_titles(pdf)  # a bookmarked subheading of the background


def test_the_word_draft_holds_the_same_tables_under_a_heading_style() -> None:
    document = opened(render_briefing_docx(_briefing("en")))
    headings = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 2"]
    assert "Compliance since the last round" in headings
    rows = [
        [cell.text for cell in row.cells]
        for table in document.tables
        for row in table.rows
        if row.cells[-1].text.endswith("%)") or row.cells[-1].text == "Compliance"
    ]
    assert rows == [
        ["Side", "Assessed", "Compliance"],
        ["United States", "3", "+0.67 (83%)"],
        ["Mexico", "1", "−1.00 (0%)"],
        ["Topic", "Side", "Assessed", "Compliance"],
        ["Awareness", "United States", "1", "+0.00 (50%)"],
        ["Cybercrime prevention", "United States", "2", "+1.00 (100%)"],
        ["Cybercrime prevention", "Mexico", "1", "−1.00 (0%)"],
    ]


def test_without_assessments_the_audience_may_see_there_is_no_heading() -> None:
    data = _briefing("en", None)
    assert "Compliance since" not in all_text(render_briefing(data))
    document = opened(render_briefing_docx(data))
    assert not [p for p in document.paragraphs if "Compliance since" in p.text]
