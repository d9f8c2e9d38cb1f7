"""What an import brought, said in the interface's language.

The services' reports count records by kind (:class:`~dialoguetracker.services.import_report.
ImportReport`, :class:`~dialoguetracker.services.calendar_import.CalendarImportReport`); their
``describe`` is the command line's English. The window says the same with translated words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import count_text

if TYPE_CHECKING:
    from dialoguetracker.services.calendar_import import CalendarImportReport
    from dialoguetracker.services.import_report import ImportReport

CONTEXT = "ImportWords"


KINDS: dict[str, tuple[str, str]] = {
    "parties": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n party")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n parties")),
    ),
    "organizations": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n organization")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n organizations")),
    ),
    "people": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n person")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n people")),
    ),
    "dialogues": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n dialogue")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n dialogues")),
    ),
    "topics": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n topic")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n topics")),
    ),
    "meetings": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n meeting")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n meetings")),
    ),
    "briefs": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n brief")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n briefs")),
    ),
    "participants": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n delegation member")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n delegation members")),
    ),
    "agenda items": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n agenda item")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n agenda items")),
    ),
    "documents": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n document")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n documents")),
    ),
    "commitments": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n commitment")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n commitments")),
    ),
    "updates": (
        str(QT_TRANSLATE_NOOP("ImportWords", "%n progress update")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n progress updates")),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _counted(count: int, one: str, other: str) -> str:
    return count_text(count, _tr(one), _tr(other))


def import_summary(report: ImportReport) -> str:
    """``Added 3 meetings, 10 commitments; 2 records already in the store``."""
    parts = [
        _counted(count, *KINDS[kind]) if kind in KINDS else f"{count} {kind}"
        for kind, count in report.added.items()
        if count
    ]
    added = ", ".join(parts) if parts else QCoreApplication.translate("ImportWords", "nothing new")
    kept = _counted(
        report.kept,
        str(QT_TRANSLATE_NOOP("ImportWords", "%n record")),
        str(QT_TRANSLATE_NOOP("ImportWords", "%n records")),
    )
    return filled(
        QCoreApplication.translate("ImportWords", "Added %1; %2 already in the store"), added, kept
    )


def calendar_summary(report: CalendarImportReport) -> str:
    """``2 meetings created; 1 meeting updated; 0 meetings unchanged`` and what was left or
    not matched."""
    parts = [
        _counted(
            report.created,
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meeting created")),
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meetings created")),
        ),
        _counted(
            report.updated,
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meeting updated")),
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meetings updated")),
        ),
        _counted(
            report.unchanged,
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meeting unchanged")),
            str(QT_TRANSLATE_NOOP("ImportWords", "%n meetings unchanged")),
        ),
    ]
    if report.kept:
        parts.append(
            filled(
                QCoreApplication.translate("ImportWords", "left as held or cancelled: %1"),
                ", ".join(report.kept),
            )
        )
    if report.recurring:
        parts.append(
            filled(
                QCoreApplication.translate("ImportWords", "first occurrence only of %1"),
                ", ".join(report.recurring),
            )
        )
    if report.unknown_attendees:
        parts.append(
            filled(
                QCoreApplication.translate("ImportWords", "attendees not in the store: %1"),
                ", ".join(report.unknown_attendees),
            )
        )
    return "; ".join(parts)
