"""The views of the main window, in the order of the View menu and Ctrl+1…Ctrl+5."""

from __future__ import annotations

from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.gui.views.base import View
from dialoguetracker.gui.views.commitments_view import CommitmentsView
from dialoguetracker.gui.views.documents_view import DocumentsView
from dialoguetracker.gui.views.meeting_editor import MeetingEditor
from dialoguetracker.gui.views.meetings_view import MeetingsView
from dialoguetracker.gui.views.overview import OverviewView
from dialoguetracker.gui.views.people_view import PeopleView
from dialoguetracker.gui.views.portfolio_view import PortfolioView

MAIN_VIEWS: tuple[type[View], ...] = (
    OverviewView,
    MeetingsView,
    CommitmentsView,
    PeopleView,
    DocumentsView,
)
MEETING_EDITOR: type[MeetingEditor] = MeetingEditor
PORTFOLIO: type[PortfolioView] = PortfolioView
"""Every dialogue at a glance: the Overview's place while *All dialogues* is chosen."""

VIEW_OF_KIND = {
    RecordKind.MEETING: MeetingEditor.key,
    RecordKind.AGENDA_ITEM: MeetingEditor.key,
    RecordKind.COMMITMENT: CommitmentsView.key,
    RecordKind.UPDATE: CommitmentsView.key,
    RecordKind.PERSON: PeopleView.key,
    RecordKind.DOCUMENT: DocumentsView.key,
    RecordKind.DIALOGUE: OverviewView.key,
}
"""Which view a record of each kind opens in."""
