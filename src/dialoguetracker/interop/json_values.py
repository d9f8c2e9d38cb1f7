"""Reading one JSON object's values with the path of each, so every error names where it is.

A large file names the same few words and days over and over (100,000 commitments, a few
thousand distinct dates, a handful of statuses): each is worked out once and looked up after,
and a path is spelt out only for an error, so reading stays close to the cost of the JSON.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from enum import StrEnum
from functools import cache
from typing import TypeVar

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.records import MAX_MINUTES, When
from dialoguetracker.domain.text import text_problem
from dialoguetracker.domain.words import translate

E = TypeVar("E", bound=StrEnum)

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?")


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document is turned into records.

    What a reader builds is a tree (JSON values, then frozen records pointing down): no
    cycles, so everything is freed by reference counting and the collector finds nothing. Yet
    while the tree grows, every few hundred allocations set off a collection, and those of the
    oldest generation walk the whole tree again: a quarter of the time of reading an office's
    file. At the end, what was built goes straight to the oldest generation, where it would
    end up anyway (it lives as long as the import that reads it), instead of being walked
    once per generation on its way there.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # to the permanent generation and back: into the oldest, unwalked
        gc.unfreeze()
        if was_enabled:
            gc.enable()


class JsonObject:
    """A JSON object at a known path. Unknown keys are ignored, as the format requires."""

    __slots__ = ("path", "value")

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, dict):
            raise ValidationError(
                path, translate("Errors", "must be an object, not {kind}").format(kind=_kind(value))
            )
        self.value: dict[str, object] = value
        self.path = path

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _get(self, key: str, required: bool) -> object:
        value = self.value.get(key)
        if value is None and required:
            raise ValidationError(self.at(key), translate("Errors", "missing"))
        return value

    def text(self, key: str) -> str:
        value = self.optional_text(key, required=True)
        assert value is not None
        return value

    def optional_text(self, key: str, *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, str) and text_problem(value, required=required) is None:
            return value  # the common case, without spelling out a path nobody reads
        return checked_text(value, self.at(key), required=required)

    def texts(self, key: str) -> tuple[str, ...]:
        value = self._get(key, False)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise ValidationError(
                self.at(key),
                translate("Errors", "must be a list of texts, not {kind}").format(
                    kind=_kind(value)
                ),
            )
        return tuple(
            checked_text(item, f"{self.at(key)}[{index}]", required=True)
            for index, item in enumerate(value)
        )

    def score(self, key: str) -> int:
        """A compliance score: -1, 0 or +1."""
        value = self._get(key, True)
        if isinstance(value, bool) or value not in (-1, 0, 1):
            raise ValidationError(
                self.at(key),
                translate("Errors", "not a score (-1, 0 or 1): {value}").format(
                    value=_shown(value)
                ),
            )
        assert isinstance(value, int)
        return value

    def flag(self, key: str) -> bool:
        """``true`` or ``false``; absent is false."""
        value = self._get(key, False)
        if value is None:
            return False
        if not isinstance(value, bool):
            raise ValidationError(
                self.at(key),
                translate("Errors", "must be true or false, not {value}").format(
                    value=_shown(value)
                ),
            )
        return value

    def integer(self, key: str) -> int | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(
                self.at(key),
                translate("Errors", "not a whole number of minutes: {value}").format(
                    value=_shown(value)
                ),
            )
        if value > MAX_MINUTES:
            raise ValidationError(
                self.at(key),
                translate("Errors", "more than {limit} minutes: {value}").format(
                    limit=MAX_MINUTES,
                    value=_shown(value),
                ),
            )
        return value

    def date(self, key: str, *, required: bool = False) -> date | None:
        value = self._get(key, required)
        if value is None:
            return None
        return _date(value) or parse_date(value, self.at(key))

    def when(self, key: str, *, required: bool = False) -> When | None:
        value = self._get(key, required)
        if value is None:
            return None
        if isinstance(value, str) and "T" in value:
            return parse_datetime(value, self.at(key))
        return parse_date(value, self.at(key))

    def choice(self, key: str, kind: type[E], default: E) -> E:
        value = self.optional_choice(key, kind)
        return default if value is None else value

    def optional_choice(self, key: str, kind: type[E]) -> E | None:
        value = self._get(key, False)
        if value is None:
            return None
        return _word(value, kind) or _member(value, kind, self.at(key))

    def required_choice(self, key: str, kind: type[E]) -> E:
        value = self._get(key, True)
        return _word(value, kind) or _member(value, kind, self.at(key))

    def objects(self, key: str, *, required: bool = False) -> Iterator[JsonObject]:
        value = self._get(key, required)
        if value is None:
            return
        if not isinstance(value, list):
            raise ValidationError(
                self.at(key),
                translate("Errors", "must be a list, not {kind}").format(kind=_kind(value)),
            )
        path = self.at(key)
        for index, item in enumerate(value):
            yield JsonObject(item, f"{path}[{index}]")

    def object(self, key: str) -> JsonObject | None:
        value = self._get(key, False)
        return None if value is None else JsonObject(value, self.at(key))


def _member(value: object, kind: type[E], path: str) -> E:
    if not isinstance(value, str) or value not in _words(kind):
        allowed = ", ".join(member.value for member in kind)
        raise ValidationError(
            path,
            translate("Errors", "not one of {allowed}: {value}").format(
                allowed=allowed, value=_shown(value)
            ),
        )
    return kind(value)


def _word(value: object, kind: type[E]) -> E | None:
    """The member a valid word names, else None (and :func:`_member` says what is wrong)."""
    if type(value) is str:
        return _words(kind).get(value)
    return None


@cache
def _words(kind: type[E]) -> dict[str, E]:
    """The members by the words an enum accepts, worked out once: a large file names them
    100,000 times, and a dictionary answers faster than the enum's own lookup."""
    return {member.value: member for member in kind}


def checked_text(value: object, path: str, *, required: bool) -> str:
    problem = text_problem(value, required=required)
    if problem is not None:
        if not isinstance(value, str) and value is not None:
            problem = translate("Errors", "must be text, not {kind}").format(kind=_kind(value))
        raise ValidationError(path, problem)
    assert isinstance(value, str)
    return value


def parse_date(value: object, path: str) -> date:
    day = _date(value)
    if day is None:
        raise ValidationError(
            path, translate("Errors", "not a date: {value}").format(value=_shown(value))
        )
    return day


_DAYS: dict[str, date] = {}
"""The days read so far, by their text: a file of 100,000 commitments has a few thousand
distinct dates, so nearly every date is a look-up."""
_DAYS_KEPT = 20_000
"""Past this many (some fifty years of days), the memory starts again."""


def _date(value: object) -> date | None:
    if type(value) is not str:
        return None
    day = _DAYS.get(value)
    if day is None and _DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            return None
        if len(_DAYS) >= _DAYS_KEPT:
            _DAYS.clear()
        _DAYS[value] = day
    return day


def parse_datetime(value: str, path: str) -> datetime:
    moment = None
    if _DATETIME.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is None:
        raise ValidationError(
            path,
            translate("Errors", "not a date or date and time: {value}").format(value=_shown(value)),
        )
    if moment.tzinfo is None:
        raise ValidationError(
            path,
            translate("Errors", "a time needs a UTC offset, e.g. -06:00: {value}").format(
                value=_shown(value)
            ),
        )
    return moment


_KINDS: dict[type, str] = {
    dict: translate("Errors", "an object"),
    list: translate("Errors", "a list"),
    str: translate("Errors", "text"),
    bool: translate("Errors", "true/false"),
    type(None): translate("Errors", "null"),
}
_NUMBER = translate("Errors", "a number")


def _kind(value: object) -> str:
    """What a JSON value is, as a message names it."""
    return _KINDS.get(type(value), _NUMBER)
