"""The overview's own phrases: how far a due date lies behind or ahead, and what makes a
commitment stale, in the ``Overview`` context.

The words of the closed vocabularies, dates and the plural helper are in
:mod:`dialoguetracker.gui.vocabulary`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from dialoguetracker.gui.vocabulary import count_text

CONTEXT = "Overview"


def days_late(due: date, today: date) -> str:
    return count_text(
        (today - due).days,
        QCoreApplication.translate("Overview", "%n day late"),
        QCoreApplication.translate("Overview", "%n days late"),
    )


def days_left(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return QCoreApplication.translate("Overview", "due today")
    return count_text(
        days,
        QCoreApplication.translate("Overview", "in %n day"),
        QCoreApplication.translate("Overview", "in %n days"),
    )


def stale_detail(months: int) -> str:
    """What the stale figure counts, beside its caption: open commitments (the months come
    from Preferences)."""
    return count_text(
        months,
        QCoreApplication.translate("Overview", "no progress update in %n month"),
        QCoreApplication.translate("Overview", "no progress update in %n months"),
    )
