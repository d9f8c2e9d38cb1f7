"""The one catalogue of on-screen words: every member of every closed vocabulary has a word, and
dates, times, sides and counts read the same wherever they are shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

import pytest

from dialoguetracker.domain import enums
from dialoguetracker.domain.enums import JOINT, CommitmentStatus, MeetingFormat, Presence
from dialoguetracker.gui import vocabulary as words

MEXICO_CITY = timezone(timedelta(hours=-6))

NAMINGS: list[tuple[type[StrEnum], Callable[[Any], str]]] = [
    (enums.Handling, words.handling_name),
    (enums.CommitmentStatus, words.status_name),
    (enums.CommitmentStatus, words.status_word),
    (enums.DocumentKind, words.kind_name),
    (enums.MeetingFormat, words.format_name),
    (enums.MeetingFormat, words.format_word),
    (enums.MeetingStatus, words.meeting_status_name),
    (enums.RecordState, words.record_name),
    (enums.Role, words.role_name),
    (enums.Presence, words.presence_name),
]


@pytest.mark.parametrize(("kind", "naming"), NAMINGS)
def test_every_member_of_a_vocabulary_has_its_own_word(
    kind: type[StrEnum], naming: Callable[[Any], str]
) -> None:
    shown = [naming(member) for member in kind]
    assert all(shown)
    assert len(set(shown)) == len(shown)


def test_words_inside_a_sentence_are_the_names_in_lower_case() -> None:
    for status in CommitmentStatus:
        assert words.status_word(status) == words.status_name(status).lower()
    for meeting_format in MeetingFormat:
        assert words.format_word(meeting_format) == words.format_name(meeting_format).lower()


def test_nothing_recorded_reads_as_nothing_or_as_not_recorded() -> None:
    assert words.format_name(None) == ""
    assert words.side_name(None) == ""
    assert words.presence_name(Presence.UNKNOWN) == "Not recorded"


def test_a_side_reads_as_the_joint_word_a_party_name_or_its_code() -> None:
    assert words.side_name(JOINT) == "Joint"
    assert words.side_name("MX") == "MX"
    assert words.side_name("MX", {"MX": "Mexico"}) == "Mexico"
    assert words.side_name(JOINT, {JOINT: "ignored"}) == "Joint"


def test_dates_and_times_read_one_way() -> None:
    start = datetime(2027, 3, 15, 9, 0, tzinfo=MEXICO_CITY)
    assert words.day_text(date(2022, 8, 10)) == "10 Aug 2022"
    assert words.when_text(date(2022, 8, 10)) == "10 Aug 2022"
    assert words.when_text(start) == "15 Mar 2027, 09:00 UTC−06:00"
    assert words.span_text(start, None) == "15 Mar 2027, 09:00 UTC−06:00"
    assert words.span_text(start, start) == "15 Mar 2027, 09:00 UTC−06:00"
    assert words.span_text(start, start.replace(hour=17)) == "15 Mar 2027, 09:00–17:00 UTC−06:00"
    assert words.span_text(date(2022, 8, 10), date(2022, 8, 11)) == "10 Aug 2022 – 11 Aug 2022"
    assert words.span_text(start, start + timedelta(days=1)) == (
        "15 Mar 2027, 09:00 UTC−06:00 – 16 Mar 2027, 09:00 UTC−06:00"
    )


def test_offsets_carry_a_true_minus_sign() -> None:
    assert words.offset_text(timedelta(hours=-6)) == "UTC\u221206:00"
    assert words.offset_text(timedelta(hours=5, minutes=30)) == "UTC+05:30"
    assert words.offset_text(None) == ""


def test_counts_choose_the_singular_for_one() -> None:
    assert words.count_text(1, "%n day", "%n days") == "1 day"
    assert words.count_text(3, "%n day", "%n days") == "3 days"
