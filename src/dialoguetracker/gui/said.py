"""What the services say, said in the window's language.

The services and the domain may not use Qt, so the errors they raise and the reports they
return are English sentences that remember how they were made
(:mod:`dialoguetracker.domain.words`). The window says them through the catalogue Qt has
installed — the same ``.ts`` source, compiled — wherever it shows a service's words: an error
at its field, a message box, a status line. Qt gives back the English template when there is
no translation, which is what an English window wants.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.words import in_language


def said(text: object) -> str:
    """``text`` in the interface's language: a service's sentence from the catalogue, an
    error a user can act on by its message, anything else (a name, a path, a message the
    window wrote itself, another exception) as it is."""
    if isinstance(text, DialogueTrackerError):
        text = text.message
    return in_language(text, QCoreApplication.translate)
