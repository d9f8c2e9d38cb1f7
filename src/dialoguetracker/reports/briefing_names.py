"""What a briefing is called, in the PDF and in its Word draft alike: its kind (the kicker), its
title, its running head and the subject its metadata carries."""

from __future__ import annotations

from dataclasses import dataclass

from dialoguetracker.domain.briefing import BriefingData, BriefingFormat
from dialoguetracker.reports.labels import label
from dialoguetracker.reports.text import long_date, when_day


@dataclass(frozen=True)
class BriefingNames:
    kicker: str
    """What kind of paper this is: briefing, background briefing (no meeting) or checklist."""
    dated_kicker: str
    """The kicker with the meeting's date, for the page header."""
    title: str
    running_head: str
    subject: str


def briefing_names(data: BriefingData) -> BriefingNames:
    lang = data.options.language
    if data.options.format is BriefingFormat.CHECKLIST:
        kicker = label("checklist", lang)
    else:
        kicker = label("briefing" if data.meeting else "background_briefing", lang)
    named = data.meeting.title if data.meeting else data.dialogue
    short = data.dialogue_short or data.dialogue
    running = f"{short} · {data.meeting.title}" if data.meeting else short
    dated = kicker
    if data.meeting:
        dated = f"{kicker} · {long_date(when_day(data.meeting.start), lang)}"
    audience = label(f"audience_{data.options.audience.value}", lang)
    return BriefingNames(
        kicker=kicker,
        dated_kicker=dated,
        title=f"{kicker}: {named}",
        running_head=running,
        subject=f"{data.dialogue} — {audience}",
    )
