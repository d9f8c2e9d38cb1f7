"""Writing the files people keep — PDFs, interchange JSON, audit trails — whole or not at all.

A file is written through a temporary file in the target's folder and then renamed over the
target, so a reader (or a crash) never sees half a file; the new file gets the permissions the
user's umask gives, since mkstemp's private 0600 would hide it from colleagues.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.words import translate


def write_whole(path: Path, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, line ends as they are) to ``path`` in one step."""
    if path.is_dir():
        raise ValidationError(str(path), translate("Errors", "is a folder; name a file to write"))
    folder = path.parent if str(path.parent) else Path()
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
        Path(temporary).chmod(_ordinary_mode())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _ordinary_mode() -> int:
    """The permissions a newly created file gets from the user's umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
