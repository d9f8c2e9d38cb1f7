"""User text made safe to print, and dates written the way each language writes them.

A ReportLab ``Paragraph`` reads its text as markup: ``a<b`` raises, ``<foo>`` vanishes,
``&copy;`` becomes ©, a newline collapses to a space. Every string a user typed therefore goes
through :func:`para` (for markup) or :func:`plain` (for canvas strings, outline titles and
metadata) and nowhere else, so that a note prints exactly as it was typed.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

from dialoguetracker.domain.records import When
from dialoguetracker.reports.fonts import REPLACEMENT, coverage
from dialoguetracker.reports.labels import MONTHS, WEEKDAYS, label, language_of

_SPACE_RUN = re.compile(r" {2,}")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def clean(text: str) -> str:
    """``text`` in composed form with only characters the embedded fonts can draw.

    Composed form (NFC) turns ``e`` + combining accent into ``é``, which the font draws as one
    glyph. Control characters other than the newline are dropped, invisible format characters
    the font lacks are dropped, and any other character it lacks becomes U+FFFD — a visible
    sign, where ReportLab would print an empty box or nothing, with no warning either way.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\t", "    ")
    covered = coverage()
    out: list[str] = []
    for char in text:
        if char == "\n" or ord(char) in covered:
            out.append(char)
            continue
        category = unicodedata.category(char)
        if category in ("Cc", "Cf"):
            continue
        out.append(REPLACEMENT)
    return "".join(out)


def para(text: str | None) -> str:
    """Paragraph markup that prints ``text`` exactly as typed, newlines and spaces kept."""
    if not text:
        return ""
    escaped = escape(clean(text))
    escaped = _SPACE_RUN.sub(lambda run: " " + "&#160;" * (len(run.group()) - 1), escaped)
    return escaped.replace("\n", "<br/>")


def plain(text: str | None) -> str:
    """``text`` on one line for places that take no markup: canvas strings, outline entries,
    document metadata."""
    if not text:
        return ""
    return " ".join(clean(text).split())


def link(url: str | None) -> str:
    """Markup for a URL: a live link for web and mail addresses, plain text for anything else
    (a ``javascript:`` or ``file:`` address is printed, never made clickable)."""
    if not url:
        return ""
    shown = para(url)
    if not url.lower().startswith(_SAFE_SCHEMES):
        return shown
    target = escape(plain(url), {'"': "&quot;"})
    return f'<link href="{target}" color="#1F3A5F">{shown}</link>'


def long_date(day: date, language: str, *, weekday: bool = False) -> str:
    """``10 August 2022`` / ``10 de agosto de 2022``: day first, the month in words, so no
    reader on either side of the table can misread it."""
    lang = language_of(language)
    month = MONTHS[lang][day.month - 1]
    text = (
        f"{day.day} de {month} de {day.year}" if lang == "es" else f"{day.day} {month} {day.year}"
    )
    if weekday:
        name = WEEKDAYS[lang][day.weekday()]
        text = f"{name} {text}"
    return text


def short_date(day: date | None) -> str:
    """ISO dates in tables: compact, sortable by eye, read the same in both languages."""
    return day.isoformat() if day is not None else ""


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _zone(moment: datetime) -> str:
    name = moment.tzname()
    return f" {name}" if name else ""


def when_text(start: When, end: When | None, language: str) -> str:
    """A meeting's date and time in words, with the clock and time zone when they are known."""
    if not isinstance(start, datetime):
        if end is None or end == start:
            return long_date(start, language, weekday=True)
        end_day = end.date() if isinstance(end, datetime) else end
        return f"{long_date(start, language)} – {long_date(end_day, language)}"
    first = f"{long_date(start.date(), language, weekday=True)}, {_clock(start)}"
    if isinstance(end, datetime):
        if end.date() == start.date():
            return f"{first}–{_clock(end)}{_zone(end)}"
        return (
            f"{first}{_zone(start)} – {long_date(end.date(), language)}, {_clock(end)}{_zone(end)}"
        )
    return f"{first}{_zone(start)}"


def when_day(moment: When) -> date:
    """The calendar day of a meeting's start, whether it was recorded with a time or not."""
    return moment.date() if isinstance(moment, datetime) else moment


def generated_text(moment: datetime, language: str) -> str:
    """When the file was made, for the footer: date, clock and zone."""
    stamp = f"{short_date(moment.date())} {_clock(moment)}{_zone(moment)}"
    return label("generated", language).format(date=stamp)
