"""User text prints exactly as typed, in any script the font has; labels come in English and
Spanish. Each ReportLab trap of PITFALLS.md has a test here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from briefing_builders import (
    all_text,
    empty_briefing,
    full_briefing,
    options,
    outline_titles,
    page_texts,
    person,
    reader,
)
from reportlab.lib.fonts import tt2ps

from dialoguetracker.domain.briefing import Attachment, LastRound
from dialoguetracker.domain.enums import Audience, DocumentKind, Role
from dialoguetracker.reports import render_briefing
from dialoguetracker.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from dialoguetracker.reports.labels import LANGUAGES, keys, label
from dialoguetracker.reports.text import clean, link, para, plain

HOSTILE = [
    "a<b",
    "<b>bold</b>",
    "x <foo> y",
    "AT&T",
    "&amp;",
    "&copy;",
    "</para>",
    "<font name=x>",
    '<link href="javascript:alert(1)">',
    "<br/>",
    "{title} {0} %s",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_prints_exactly_as_typed(hostile: str) -> None:
    data = full_briefing(purpose=f"Before {hostile} after", objectives=(hostile,))
    pdf = render_briefing(data)
    text = all_text(pdf)
    assert f"Before {hostile} after" in text
    assert f"1. {hostile}" in text


def test_hostile_text_in_titles_reaches_bookmarks_and_metadata_verbatim() -> None:
    title = "Round <b>2</b> & </para> &amp;"
    data = full_briefing(meeting=replace(full_briefing().meeting, title=title))  # type: ignore[type-var]
    data = replace(data, agenda=(replace(data.agenda[0], title=title),))
    pdf = render_briefing(data)
    assert title in all_text(pdf)
    assert f"Item 1: {title}" in outline_titles(pdf)
    meta = reader(pdf).metadata
    assert meta is not None and meta.title == f"Briefing: {title}"


def test_newlines_are_kept() -> None:
    pdf = render_briefing(full_briefing(press_line="First line\nSecond line\r\nThird line"))
    page = next(text for text in page_texts(pdf) if "Second line" in text)
    lines = [line.strip() for line in page.splitlines()]
    assert lines[lines.index("First line") : lines.index("First line") + 3] == [
        "First line",
        "Second line",
        "Third line",
    ]


def test_escaping_helpers() -> None:
    assert para("a<b & c\nd") == "a&lt;b &amp; c<br/>d"
    assert para("two  spaces") == "two &#160;spaces"
    assert plain("line\none  two") == "line one two"
    assert para(None) == "" and plain("") == ""
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert link('https://x.org/?a=1&b="2"').startswith(
        '<link href="https://x.org/?a=1&amp;b=&quot;2&quot;"'
    )


@pytest.mark.parametrize(
    "name",
    [
        "Secretaría de Relaciones Exteriores ¿Ñandú? ¡Sí! «año» — ü",
        "Αλέξανδρος Παπαδόπουλος",
        "Дмитрий Иванович Кузнецов",
        "François-Xavier Œlsner ß",
    ],
)
def test_spanish_greek_and_cyrillic_names_render_with_real_glyphs(name: str) -> None:
    """Extracted text equal to the input means every character had its own glyph: a missing
    glyph comes back as nothing or as a box, a Helvetica fallback as Symbol's letters."""
    data = full_briefing(counterpart_delegation=(person(name, "MX", Role.HEAD),))
    text = all_text(render_briefing(data))
    assert f"Mexico: {name}" in text
    assert name in text[text.index("Participants") :]


def test_decomposed_accents_are_composed_before_printing() -> None:
    assert clean("Secretari\u0301a") == "Secretaría"
    text = all_text(render_briefing(full_briefing(purpose="Reunio\u0301n")))
    assert "Reunión" in text


def test_characters_the_font_lacks_never_crash_and_show_a_visible_mark() -> None:
    purpose = "中文 name 😀 bell\x07 nul\x00 tab\tend \ud800 zero\u200bwidth"
    pdf = render_briefing(full_briefing(purpose=purpose))
    text = all_text(pdf)
    assert "\ufffd\ufffd name \ufffd bell nul tab" in text
    assert "\ufffd zero" in text


def test_the_font_family_maps_bold_and_italic_faces() -> None:
    """Without registerFontFamily, <b> silently prints in the regular face."""
    register_fonts()
    assert tt2ps(REGULAR, 1, 0) == BOLD
    assert tt2ps(REGULAR, 0, 1) == ITALIC
    assert tt2ps(REGULAR, 1, 1) == BOLD_ITALIC


def test_the_catalogue_is_complete_in_both_languages() -> None:
    assert LANGUAGES == ("en", "es")
    for key in keys():
        english, spanish = label(key, "en"), label(key, "es")
        assert english.strip() and spanish.strip(), key
    assert label("page_of", "es").format(page=1, total=3) == "Página 1 de 3"
    assert label("sec_points", "es-MX") == "Puntos a tratar"
    assert label("sec_points", "fr") == "Points to make"
    with pytest.raises(KeyError):
        label("no such label", "en")


def test_a_spanish_briefing_has_spanish_labels_throughout() -> None:
    data = full_briefing(options=options(language="es"))
    pdf = render_briefing(data)
    text = all_text(pdf)
    for spanish in (
        "NOTA INFORMATIVA",
        "Fecha y hora",
        "miércoles 15 de marzo de 2023, 09:00–13:00 CST",
        "Lugar",
        "Presencial",
        "Anfitrión",
        "Destinatarios",
        "Interno: solo nuestra parte",
        "1. Propósito y objetivos",
        "Nuestros objetivos",
        "2. Puntos a tratar",
        "Punto 1: Institutional structures",
        "Posición probable de la contraparte:",
        "Nuestra respuesta:",
        "3. Objetivos de la contraparte y peticiones previstas",
        "Línea de prensa",
        "4. Antecedentes",
        "Última ronda",
        "Última reunión el 10 de agosto de 2022",
        "Cambios desde la última ronda",
        "Compromisos pendientes por tema",
        "Compromiso",
        "Responsable",
        "Plazo",
        "VENCIDO",
        "En curso",
        "Balance por parte",
        "Pendientes",
        "Idioma",
        "Historial por tema",
        "Compromisos por estado y parte",
        "5. Participantes",
        "Delegación de Mexico",
        "Pronunciación:",
        "Jefatura de delegación",
        "6. Anexos",
        "Declaración conjunta",
        "Generado el 2023-03-01",
        "Elaborado por",
    ):
        assert spanish in text, spanish
    assert "Página 1 de " in page_texts(pdf)[0]
    for english in ("Purpose", "Points to make", "Background", "Page 1 of", "Overdue", "OVERDUE"):
        assert english not in text, english
    assert reader(pdf).trailer["/Root"]["/Lang"] == "es"


def test_a_spanish_counterpart_briefing_with_a_custom_marking() -> None:
    marking = "SENSITIVE BUT UNCLASSIFIED"
    data = full_briefing(
        options=options(language="es", audience=Audience.COUNTERPART, marking=marking)
    )
    pdf = render_briefing(data)
    assert all(text.count(marking) >= 2 for text in page_texts(pdf))
    text = all_text(pdf)
    assert "Contraparte: puede compartirse con la otra delegación" in text
    assert "Puntos a tratar" not in text


def test_a_5000_word_note_flows_over_pages() -> None:
    words = [f"word{n}" for n in range(5000)]
    summary = " ".join(words)
    last = LastRound("Long round", date(2022, 8, 10), summary)
    pdf = render_briefing(empty_briefing(last_round=last))
    pages = page_texts(pdf)
    assert len(pages) >= 4
    flowed = " ".join(" ".join(text.split()) for text in pages)
    for word in ("word0", "word2500", "word4999"):
        assert f" {word} " in f" {flowed} "
    assert sum(1 for text in pages if "word" in text) >= 4


def test_a_very_long_title_wraps_instead_of_running_off_the_page() -> None:
    title = " ".join(["Extraordinarily long meeting title"] * 12)
    unbroken = "x" * 400
    data = full_briefing(meeting=replace(full_briefing().meeting, title=title))  # type: ignore[type-var]
    data = replace(
        data,
        attachments=(
            Attachment(DocumentKind.READOUT, unbroken, None, None, "https://e.org/" + unbroken),
        ),
    )
    pdf = render_briefing(data)
    assert title in all_text(pdf)
    first = page_texts(pdf)[0]
    assert len([line for line in first.splitlines() if "Extraordinarily" in line]) >= 3
    assert all_text(pdf).replace(" ", "").count(unbroken) >= 1
