"""What counts as text a record may hold: any Unicode a person can type, and nothing else."""

from __future__ import annotations


def text_problem(value: object, *, required: bool) -> str | None:
    """Why ``value`` cannot be stored as text, or None when it can.

    A NUL ends strings in C libraries and an unpaired surrogate cannot be encoded as UTF-8, so
    both are refused with a message here rather than failing somewhere deeper.
    """
    if value is None:
        return "must not be empty" if required else None
    if not isinstance(value, str):
        return f"must be text, not {type(value).__name__}"
    if "\x00" in value:
        return "contains a NUL character"
    if not value.isascii():  # ASCII (most text, and asked at once) has no surrogates
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "contains an unpaired surrogate character"
    if required and (not value or value.isspace()):  # not value.strip(), without the copy
        return "must not be empty"
    return None
