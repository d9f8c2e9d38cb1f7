"""The overview's panels: the next meeting with its agenda, and a short list of commitments.

Each panel says something useful when it has nothing to list, and asks for a record to be
opened through a signal; the view turns that into ``open_requested``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialoguetracker.domain.overview import AgendaLine
from dialoguetracker.domain.records import Commitment, Meeting
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import (
    day_text,
    format_word,
    side_name,
    span_text,
    status_name,
    when_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def list_tree(name: str, headers: Sequence[str], parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHeaderLabels(list(headers))
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


def fit_rows(tree: QTreeWidget, rows: int, least: int = 3, most: int = 12) -> None:
    """Make the tree as tall as its rows (within bounds), so a short list leaves no hole."""
    shown = max(least, min(most, rows))
    row = tree.sizeHintForRow(0) if rows else tree.fontMetrics().height() + 6
    height = tree.header().sizeHint().height() + shown * row + 2 * tree.frameWidth() + 2
    tree.setFixedHeight(height)


def empty_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMargin(12)
    label.setEnabled(False)  # drawn in the palette's quieter text colour
    return label


class NextMeetingPanel(QGroupBox):
    meeting_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Next meeting"))
        self.setObjectName("nextMeetingPanel")
        self.meeting_id: int | None = None
        self.last_id: int | None = None
        self.title_label = QLabel(self)
        self.title_label.setObjectName("nextMeetingTitle")
        self.title_label.setWordWrap(True)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("nextMeetingDetails")
        self.details.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open meeting"), self)
        self.open_button.setObjectName("openNextMeeting")
        self.open_button.clicked.connect(self._open_next)
        self.agenda = list_tree(
            "nextMeetingAgenda",
            [
                self.tr("#"),
                self.tr("Agenda item"),
                self.tr("Topic"),
                self.tr("Lead"),
                self.tr("Min."),
            ],
            self,
        )
        header = self.agenda.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.agenda.headerItem().setToolTip(4, self.tr("Planned minutes"))
        self.agenda.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda.setAccessibleName(self.tr("Agenda of the next meeting"))
        self.agenda.itemActivated.connect(lambda _item, _column: self._open_next())
        self.empty = empty_label("nextMeetingEmpty", self)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("lastMeetingLabel")
        self.last_label.setWordWrap(True)
        self.last_button = QPushButton(self.tr("Open"), self)
        self.last_button.setObjectName("openLastMeeting")
        self.last_button.setAccessibleName(self.tr("Open the last meeting held"))
        self.last_button.clicked.connect(self._open_last)
        self.past_id: int | None = None
        self.past_icon = QLabel(self)
        self.past_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16)
        )
        self.past_label = QLabel(self)
        self.past_label.setObjectName("pastPlannedLabel")
        self.past_label.setWordWrap(True)
        self.past_button = QPushButton(self.tr("Open"), self)
        self.past_button.setObjectName("openPastPlanned")
        self.past_button.setAccessibleName(
            self.tr("Open the planned meeting whose date has passed")
        )
        self.past_button.clicked.connect(self._open_past)
        past = QHBoxLayout()
        past.addWidget(self.past_icon, 0, Qt.AlignmentFlag.AlignTop)
        past.addWidget(self.past_label, 1)
        past.addWidget(self.past_button, 0, Qt.AlignmentFlag.AlignTop)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label, 1)
        heading.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        last = QHBoxLayout()
        last.addWidget(self.last_label, 1)
        last.addWidget(self.last_button)
        layout = QVBoxLayout(self)
        layout.addLayout(past)
        layout.addLayout(heading)
        layout.addWidget(self.details)
        layout.addWidget(self.agenda)
        layout.addWidget(self.empty, 1)
        layout.addStretch(0)
        layout.addLayout(last)

    def show_meeting(
        self,
        meeting: Meeting | None,
        agenda: Sequence[AgendaLine],
        last_held: Meeting | None,
        party_names: Mapping[str, str],
        past_planned: Meeting | None = None,
        past_planned_total: int = 0,
    ) -> None:
        self.meeting_id = None if meeting is None else meeting.id
        self._show_past(past_planned, past_planned_total)
        self.last_id = None if last_held is None else last_held.id
        has_next = meeting is not None
        for widget in (self.title_label, self.details, self.open_button):
            widget.setVisible(has_next)
        self.agenda.clear()
        if meeting is not None:
            self.title_label.setText(meeting.title)
            self.details.setText(self._details(meeting, party_names))
            for line in agenda:
                minutes = "" if line.planned_minutes is None else str(line.planned_minutes)
                item = QTreeWidgetItem(
                    [
                        str(line.position),
                        line.title,
                        line.topic or "",
                        side_name(line.lead),
                        minutes,
                    ]
                )
                item.setToolTip(1, line.title)
                item.setToolTip(2, line.topic or "")
                item.setToolTip(3, side_name(line.lead, party_names))
                item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight)
                self.agenda.addTopLevelItem(item)
        fit_rows(self.agenda, len(agenda))
        self.agenda.setVisible(has_next and bool(agenda))
        if not has_next and past_planned is not None:
            self.empty.setText(
                self.tr(
                    "No meeting is planned ahead. Log the next round with New meeting "
                    "(Ctrl+Shift+M)."
                )
            )
        elif not has_next:
            self.empty.setText(
                self.tr(
                    "No meeting is planned. Log the next round with New meeting (Ctrl+Shift+M)."
                )
            )
        elif not agenda:
            self.empty.setText(self.tr("The agenda of this meeting is still empty."))
        self.empty.setVisible(not has_next or not agenda)
        if last_held is None:
            self.last_label.setText(self.tr("No meeting has been held yet."))
        else:
            self.last_label.setText(
                filled(self.tr("Last held: %1, %2"), last_held.title, when_text(last_held.start))
            )
        self.last_button.setVisible(last_held is not None)

    def _details(self, meeting: Meeting, party_names: Mapping[str, str]) -> str:
        parts = [span_text(meeting.start, meeting.end)]
        if meeting.location:
            parts.append(meeting.location)
        if meeting.format is not None:
            parts.append(format_word(meeting.format))
        if meeting.host:
            parts.append(filled(self.tr("hosted by %1"), side_name(meeting.host, party_names)))
        return " · ".join(parts)

    def _show_past(self, meeting: Meeting | None, total: int) -> None:
        """A meeting still marked planned after its date is no one's next meeting, but it must
        not drop out of sight: it asks to be marked held or cancelled."""
        self.past_id = None if meeting is None else meeting.id
        for widget in (self.past_icon, self.past_label, self.past_button):
            widget.setVisible(meeting is not None)
        if meeting is None:
            return
        text = filled(
            self.tr("“%1” was planned for %2, now past: mark it held or cancelled."),
            meeting.title,
            day_text(meeting.start),
        )
        if total > 1:
            text += " " + self.tr(
                "%n more planned meeting(s) have passed too (see Meetings ▸ Past).", "", total - 1
            )
        self.past_label.setText(text)
        self.past_label.setToolTip(span_text(meeting.start, meeting.end))

    def _open_past(self) -> None:
        if self.past_id is not None:
            self.meeting_chosen.emit(self.past_id)

    def _open_next(self) -> None:
        if self.meeting_id is not None:
            self.meeting_chosen.emit(self.meeting_id)

    def _open_last(self) -> None:
        if self.last_id is not None:
            self.meeting_chosen.emit(self.last_id)


class CommitmentList(QGroupBox):
    """Commitments with their due date, owner and status (and, ``across`` dialogues, the
    dialogue of each); a click or Enter opens one."""

    commitment_chosen = Signal(int)

    def __init__(
        self,
        name: str,
        title: str,
        timing: Callable[[date, date], str],
        parent: QWidget | None = None,
        *,
        across: bool = False,
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)
        self.base_title = title
        self._timing = timing
        self.across = across
        headers = [self.tr("Due"), self.tr("When")]
        if across:
            headers.append(self.tr("Dialogue"))
        headers += [self.tr("Owner"), self.tr("Status"), self.tr("Commitment")]
        self.tree = list_tree(f"{name}Tree", headers, self)
        self.text_column = len(headers) - 1
        self.tree.header().setSectionResizeMode(self.text_column, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(title)
        self.tree.itemActivated.connect(self._chosen)
        single_click = QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick
        if not self.tree.style().styleHint(single_click, None, self.tree):
            # A list of links: one click opens, as it would where a click activates anyway.
            self.tree.itemClicked.connect(self._chosen)
        self.empty = empty_label(f"{name}Empty", self)
        self.more = QLabel(self)
        self.more.setObjectName(f"{name}More")
        self.more.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.more)

    def show_commitments(
        self,
        commitments: Sequence[Commitment],
        total: int,
        today: date,
        party_names: Mapping[str, str],
        empty_text: str,
        dialogue_names: Mapping[int, str] | None = None,
    ) -> None:
        """``dialogue_names`` (by id) fill the Dialogue column of a list ``across``
        dialogues."""
        self.setTitle(f"{self.base_title} ({QLocale().toString(total)})")
        self.tree.clear()
        for commitment in commitments:
            due = commitment.due
            cells = [
                "" if due is None else day_text(due),
                "" if due is None else self._timing(due, today),
            ]
            if self.across:
                cells.append((dialogue_names or {}).get(commitment.dialogue_id, ""))
            owner = len(cells)
            cells += [
                side_name(commitment.owner),
                status_name(commitment.status),
                " ".join(commitment.text.split()),
            ]
            item = QTreeWidgetItem(cells)
            item.setData(0, ID_ROLE, commitment.id)
            item.setToolTip(self.text_column, commitment.text)
            item.setToolTip(owner, side_name(commitment.owner, party_names))
            self.tree.addTopLevelItem(item)
        self.tree.setVisible(bool(commitments))
        self.empty.setText(empty_text)
        self.empty.setVisible(not commitments)
        shown = len(commitments)
        self.more.setText(
            filled(
                self.tr("Showing %1 of %2; the Commitments view lists them all."),
                QLocale().toString(shown),
                QLocale().toString(total),
            )
        )
        self.more.setVisible(total > shown)

    def commitment_ids(self) -> list[int]:
        items = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        return [int(item.data(0, ID_ROLE)) for item in items if item is not None]

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        record_id = item.data(0, ID_ROLE)
        if record_id is not None:
            self.commitment_chosen.emit(int(record_id))
