"""What counts as text a record may hold: any Unicode a person can type, and nothing else."""

from __future__ import annotations

from dialoguetracker.domain.words import translate


def text_problem(value: object, *, required: bool) -> str | None:
    """Why ``value`` cannot be stored as text, or None when it can.

    A NUL ends strings in C libraries and an unpaired surrogate cannot be encoded as UTF-8, so
    both are refused with a message here rather than failing somewhere deeper.
    """
    if value is None:
        return translate("Errors", "must not be empty") if required else None
    if not isinstance(value, str):
        return translate("Errors", "must be text, not {kind}").format(kind=type(value).__name__)
    if "\x00" in value:
        return translate("Errors", "contains a NUL character")
    if not value.isascii():  # ASCII (most text, and asked at once) has no surrogates
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return translate("Errors", "contains an unpaired surrogate character")
    if required and (not value or value.isspace()):  # not value.strip(), without the copy
        return translate("Errors", "must not be empty")
    return None
