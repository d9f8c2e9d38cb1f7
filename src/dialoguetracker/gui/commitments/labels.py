"""The commitment screens' own sentences, translated in the ``Commitments`` context.

The words of the closed vocabularies (statuses, handling, sides) are in
:mod:`dialoguetracker.gui.vocabulary`. Each source text here is written out in a ``translate``
call of its own so that ``lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.enums import CommitmentStatus, Handling
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import handling_name

CONTEXT = "Commitments"


def handling_hint(handling: Handling) -> str:
    """What a handling means, for a tooltip; public needs no more than its name."""
    if handling is Handling.INTERNAL:
        return QCoreApplication.translate("Commitments", "Internal: our own side only")
    if handling is Handling.COUNTERPART:
        return QCoreApplication.translate(
            "Commitments", "Counterpart: may be shared with the other side"
        )
    return handling_name(handling)


def reason_prompt(status: CommitmentStatus | None, moves_due: bool) -> str:
    """Why the reason is asked for, in the words of the rule."""
    if status is CommitmentStatus.DEFERRED:
        return QCoreApplication.translate("Commitments", "Deferring a commitment needs a reason.")
    if status is CommitmentStatus.DROPPED:
        return QCoreApplication.translate("Commitments", "Dropping a commitment needs a reason.")
    if status is CommitmentStatus.REFERRED:
        return QCoreApplication.translate("Commitments", "Referring a commitment needs a reason.")
    if moves_due:
        return QCoreApplication.translate("Commitments", "Moving the due date needs a reason.")
    return ""


def undo_note(note: str) -> str:
    """The note of the update that takes back one whose note was ``note``. Every screen that
    undoes an update words it with this, so the history reads the same whichever was used."""
    return filled(QCoreApplication.translate("Commitments", "Undone: %1"), note)


def undo_reason() -> str:
    """The reason such an update gives, where moving back needs one (back to deferred, or the
    due date back to where it was)."""
    return QCoreApplication.translate("Commitments", "Undo of an update recorded in error")


def short_text(text: str, width: int = 48) -> str:
    """A commitment's text on one line, cut to fit an undo text or a title."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
