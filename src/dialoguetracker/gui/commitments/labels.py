"""How the closed vocabularies read on screen, translated in the ``Commitments`` context.

Each source text is written out in a ``translate`` call of its own so that ``lupdate`` finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dialoguetracker.domain.enums import JOINT, CommitmentStatus, Handling

CONTEXT = "Commitments"


def status_label(status: CommitmentStatus) -> str:
    """The status as a table cell or a combo box item shows it."""
    tr = QCoreApplication.translate
    labels = {
        CommitmentStatus.PROPOSED: tr("Commitments", "Proposed"),
        CommitmentStatus.AGREED: tr("Commitments", "Agreed"),
        CommitmentStatus.IN_PROGRESS: tr("Commitments", "In progress"),
        CommitmentStatus.COMPLETED: tr("Commitments", "Completed"),
        CommitmentStatus.DEFERRED: tr("Commitments", "Deferred"),
        CommitmentStatus.DROPPED: tr("Commitments", "Dropped"),
        CommitmentStatus.REFERRED: tr("Commitments", "Referred"),
    }
    return labels[status]


def status_word(status: CommitmentStatus) -> str:
    """The status inside a sentence ("… to completed")."""
    tr = QCoreApplication.translate
    words = {
        CommitmentStatus.PROPOSED: tr("Commitments", "proposed"),
        CommitmentStatus.AGREED: tr("Commitments", "agreed"),
        CommitmentStatus.IN_PROGRESS: tr("Commitments", "in progress"),
        CommitmentStatus.COMPLETED: tr("Commitments", "completed"),
        CommitmentStatus.DEFERRED: tr("Commitments", "deferred"),
        CommitmentStatus.DROPPED: tr("Commitments", "dropped"),
        CommitmentStatus.REFERRED: tr("Commitments", "referred"),
    }
    return words[status]


def handling_label(handling: Handling) -> str:
    tr = QCoreApplication.translate
    labels = {
        Handling.INTERNAL: tr("Commitments", "Internal"),
        Handling.COUNTERPART: tr("Commitments", "Counterpart"),
        Handling.PUBLIC: tr("Commitments", "Public"),
    }
    return labels[handling]


def handling_hint(handling: Handling) -> str:
    tr = QCoreApplication.translate
    hints = {
        Handling.INTERNAL: tr("Commitments", "Internal: our own side only"),
        Handling.COUNTERPART: tr("Commitments", "Counterpart: may be shared with the other side"),
        Handling.PUBLIC: tr("Commitments", "Public"),
    }
    return hints[handling]


def side_label(side: str) -> str:
    """A party code as it is, and the word ``joint`` translated."""
    if side == JOINT:
        return QCoreApplication.translate("Commitments", "Joint")
    return side


def reason_prompt(status: CommitmentStatus | None, moves_due: bool) -> str:
    """Why the reason is asked for, in the words of the rule."""
    tr = QCoreApplication.translate
    if status is CommitmentStatus.DEFERRED:
        return tr("Commitments", "Deferring a commitment needs a reason.")
    if status is CommitmentStatus.DROPPED:
        return tr("Commitments", "Dropping a commitment needs a reason.")
    if status is CommitmentStatus.REFERRED:
        return tr("Commitments", "Referring a commitment needs a reason.")
    if moves_due:
        return tr("Commitments", "Moving the due date needs a reason.")
    return ""


def short_text(text: str, width: int = 48) -> str:
    """A commitment's text on one line, cut to fit an undo text or a title."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"
