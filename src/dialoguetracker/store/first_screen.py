"""The first screen, read with the standard library alone: the navigator's dialogues and
years, and a dialogue's overview or the first page of its commitment register (with each
row's last news), straight from a current SQLite store.

Why it exists: importing SQLAlchemy, the models and the services costs a third of a second and
some 35 MB before the first query, while what a person opens the program to see — the
overview of their dialogue — takes a dozen plain queries. So on a SQLite store at the current
schema the window shows what these queries read, and loads the services while the user reads
it; from then on every read and every write goes through the services, as always.

What this module hands out is exactly what the services hand out for the same store — the same
records, in the same order (``tests/store/test_first_screen.py`` holds the two equal on small
and large stores) — so the moment the services take over is invisible. Anything unusual (not a
SQLite file, another schema revision, a file that cannot be read) answers ``None`` and the
caller opens the store the ordinary way, which reports the problem properly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

from dialoguetracker.domain.enums import (
    JOINT,
    CommitmentStatus,
    DialogueStatus,
    Handling,
    MeetingFormat,
    MeetingStatus,
    RecordState,
)
from dialoguetracker.domain.errors import DialogueTrackerError
from dialoguetracker.domain.filters import CommitmentPage, SortKey
from dialoguetracker.domain.overview import (
    LIST_LIMIT,
    SOON_DAYS,
    AgendaLine,
    CommitmentCount,
    CommitmentCounts,
    DialogueOverview,
)
from dialoguetracker.domain.records import (
    Commitment,
    CommitmentUpdate,
    Dialogue,
    Lead,
    Meeting,
    Party,
    Topic,
    When,
)
from dialoguetracker.domain.register import Register
from dialoguetracker.domain.staleness import STALE_MONTHS, stale_cutoff
from dialoguetracker.store.first_screen_compliance import overview_compliance, page_scores
from dialoguetracker.store.location import resolve
from dialoguetracker.store.revision import HEAD_REVISION

_CLOSED = tuple(status.value for status in CommitmentStatus if status.is_closed)
_NOT_CLOSED = f"c.status NOT IN ({', '.join('?' for _ in _CLOSED)})"
_MEETING_COLUMNS = (
    "id, dialogue_id, title, start_date, start_time, start_offset, end_date, end_time, "
    "end_offset, location, format, host_party_id, status, summary, summary_handling, record, "
    "version"
)
_COMMITMENT_COLUMNS = (
    "c.id, c.dialogue_id, c.text, p.code, c.owner_joint, c.meeting_id, c.agenda_item_id, "
    "c.topic_id, c.source_document_id, c.source_clause, c.handling, c.status, c.due_date, "
    "c.recorded_on, c.initial_status, c.initial_due_date, c.version"
)


def open_first_screen(location: str) -> FirstScreen | None:
    """A reader of ``location`` if it is a SQLite store at this program's schema, else None."""
    try:
        path = resolve(location).path
        if path is None or not path.is_file():
            return None
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (OSError, sqlite3.Error, DialogueTrackerError):  # the ordinary path reports it
        return None
    try:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        connection.close()
        return None
    if found != [(HEAD_REVISION,)]:
        connection.close()
        return None
    return FirstScreen(connection, path)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _when(day: str, wall: str | None, offset: int | None) -> When:
    """A meeting's start or end as the services give it (see ``services.meetings``)."""
    on = date.fromisoformat(day)
    if wall is None or offset is None:
        return on
    return datetime.combine(
        on, time.fromisoformat(wall), tzinfo=timezone(timedelta(minutes=offset))
    )


class FirstScreen:
    """One read-only connection; every method reads in one transaction of its own."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.connection = connection
        self.path = path
        self._codes: dict[int, str] | None = None

    def close(self) -> None:
        self.connection.close()

    def _rows(self, sql: str, values: Sequence[Any] = ()) -> list[Any]:
        return self.connection.execute(sql, values).fetchall()

    def _party_codes(self) -> dict[int, str]:
        if self._codes is None:
            self._codes = dict(self._rows("SELECT id, code FROM parties"))
        return self._codes

    # -- the navigator ---------------------------------------------------------------------

    def dialogues(self) -> list[Dialogue]:
        """Every dialogue by name, as ``services.dialogues.list_dialogues`` lists them."""
        members: dict[int, list[str]] = {}
        for dialogue_id, code in self._rows(
            "SELECT m.dialogue_id, p.code FROM dialogue_parties AS m "
            "JOIN parties AS p ON p.id = m.party_id ORDER BY m.dialogue_id, m.position, m.id"
        ):
            members.setdefault(dialogue_id, []).append(code)
        return [
            Dialogue(
                name=name,
                parties=tuple(members.get(row_id, [])),
                short_name=short_name,
                framework=framework,
                description=description,
                status=DialogueStatus(status),
                id=row_id,
            )
            for row_id, name, short_name, framework, description, status in self._rows(
                "SELECT id, name, short_name, framework, description, status FROM dialogues "
                "ORDER BY name, id"
            )
        ]

    def meeting_years(self, dialogue_id: int) -> list[tuple[int, int]]:
        """(year, meetings) newest first, as ``services.meetings.meeting_years``."""
        year = "CAST(STRFTIME('%Y', start_date) AS INTEGER)"
        return [
            (int(found), int(count))
            for found, count in self._rows(
                f"SELECT {year}, count(*) FROM meetings WHERE dialogue_id = ? "
                f"GROUP BY {year} ORDER BY {year} DESC",
                (dialogue_id,),
            )
        ]

    def navigator(self) -> list[tuple[Dialogue, list[tuple[int, int]]]]:
        """Every dialogue with its years, read at one moment."""
        with self._snapshot():
            return [(dialogue, self.meeting_years(dialogue.id)) for dialogue in self.dialogues()]

    # -- the overview ----------------------------------------------------------------------

    def overview(
        self,
        dialogue_id: int,
        today: date,
        soon_days: int = SOON_DAYS,
        limit: int = LIST_LIMIT,
        stale_months: int = STALE_MONTHS,
    ) -> DialogueOverview | None:
        """What ``services.overview.dialogue_overview`` reads, or None for no such dialogue."""
        with self._snapshot():
            dialogue = next((d for d in self.dialogues() if d.id == dialogue_id), None)
            if dialogue is None:
                return None
            return self._overview(dialogue, today, (soon_days, stale_months), limit)

    def _overview(
        self, dialogue: Dialogue, today: date, spans: tuple[int, int], limit: int
    ) -> DialogueOverview:
        soon_days, stale_months = spans
        key = dialogue.id
        parties = tuple(
            Party(code=code, name=name, language=language, id=row_id)
            for row_id, code, name, language in self._rows(
                "SELECT p.id, p.code, p.name, p.language FROM dialogue_parties AS m "
                "JOIN parties AS p ON p.id = m.party_id WHERE m.dialogue_id = ? "
                "ORDER BY m.position, m.id",
                (key,),
            )
        )
        by_status = dict(
            self._rows(
                "SELECT status, count(id) FROM meetings WHERE dialogue_id = ? GROUP BY status",
                (key,),
            )
        )
        planned, last_day = MeetingStatus.PLANNED.value, "coalesce(end_date, start_date)"
        last_held = self._meeting(
            "dialogue_id = ? AND status = ? ORDER BY start_date DESC, "
            "start_time DESC NULLS LAST, id DESC",
            (key, MeetingStatus.HELD.value),
        )
        next_meeting = self._meeting(
            f"dialogue_id = ? AND status = ? AND {last_day} >= ? "
            "ORDER BY start_date, start_time ASC NULLS FIRST, id",
            (key, planned, today.isoformat()),
        )
        past = (key, planned, today.isoformat())
        past_planned = self._meeting(
            f"dialogue_id = ? AND status = ? AND {last_day} < ? "
            "ORDER BY start_date DESC, start_time DESC NULLS LAST, id",
            past,
        )
        past_total = self._rows(
            f"SELECT count(id) FROM meetings WHERE dialogue_id = ? AND status = ? "
            f"AND {last_day} < ?",
            past,
        )[0][0]
        overdue = (
            f"AND {_NOT_CLOSED} AND c.due_date IS NOT NULL AND c.due_date < ?",
            (*_CLOSED, today.isoformat()),
        )
        soon_until = (today + timedelta(days=soon_days)).isoformat()
        soon = (
            f"AND c.due_date >= ? AND c.due_date <= ? AND {_NOT_CLOSED}",
            (today.isoformat(), soon_until, *_CLOSED),
        )
        stale = (
            f"AND {_NOT_CLOSED} AND coalesce((SELECT max(u.on_date) FROM commitment_updates "
            "AS u WHERE u.commitment_id = c.id), c.recorded_on) < ?",
            (*_CLOSED, stale_cutoff(today, stale_months).isoformat()),
        )
        compliance_periods, compliance = overview_compliance(self._rows, key)
        return DialogueOverview(
            dialogue=dialogue,
            parties=parties,
            today=today,
            meetings_held=int(by_status.get(MeetingStatus.HELD.value, 0)),
            meetings_planned=int(by_status.get(planned, 0)),
            last_held=last_held,
            next_meeting=next_meeting,
            next_agenda=() if next_meeting is None else self._agenda(next_meeting.id),
            past_planned=past_planned,
            past_planned_total=int(past_total),
            counts=self._counts(key),
            overdue=self._commitments(key, *overdue, limit),
            overdue_total=self._commitment_total(key, *overdue),
            due_soon=self._commitments(key, *soon, limit),
            due_soon_total=self._commitment_total(key, *soon),
            soon_days=soon_days,
            stale_total=self._commitment_total(key, *stale),
            stale_months=stale_months,
            compliance_periods=compliance_periods,
            compliance=compliance,
        )

    # -- the commitment register ------------------------------------------------------------

    def register(self, dialogue_id: int, limit: int) -> Register | None:
        """The register as the Commitments view first shows it — every commitment of the
        dialogue, by due date (undated last), then id — with what its first row's panel
        shows; None for no such dialogue."""
        with self._snapshot():
            dialogue = next((d for d in self.dialogues() if d.id == dialogue_id), None)
            if dialogue is None:
                return None
            rows = self._commitment_rows(
                dialogue_id, "", (), "c.due_date ASC NULLS LAST, c.id", limit
            )
            first = rows[0] if rows else None
            news = self._news(rows)
            keys = [SortKey(row.due, row.id) for row in rows]
            scores = page_scores(self._rows, dialogue.parties, rows, news)
            return Register(
                dialogue=dialogue,
                topics=self.topics(dialogue_id),
                total=self._commitment_total(dialogue_id, "", ()),
                page=CommitmentPage(rows, keys, news, scores),
                updates=[] if first is None else self.updates(first.id),
                meeting=None
                if first is None or first.meeting_id is None
                else self.meeting(first.meeting_id),
                source_title=""
                if first is None or first.source_document_id is None
                else self.document_title(first.source_document_id),
            )

    def _news(self, rows: Sequence[Commitment]) -> list[date | None]:
        """Each row's last news, as ``services.commitments`` reads it with a page."""
        if not rows:
            return []
        marks = ", ".join("?" for _ in rows)
        newest = dict(
            self._rows(
                "SELECT commitment_id, max(on_date) FROM commitment_updates "
                f"WHERE commitment_id IN ({marks}) GROUP BY commitment_id",
                [row.id for row in rows],
            )
        )
        return [_day(newest[row.id]) if row.id in newest else row.recorded_on for row in rows]

    def topics(self, dialogue_id: int) -> list[Topic]:
        """As ``services.dialogues.list_topics``."""
        return [
            Topic(dialogue_id=found, name=name, id=row_id)
            for row_id, found, name in self._rows(
                "SELECT id, dialogue_id, name FROM topics WHERE dialogue_id = ? ORDER BY id",
                (dialogue_id,),
            )
        ]

    def updates(self, commitment_id: int) -> list[CommitmentUpdate]:
        """As ``services.commitment_updates.list_updates``: by date, then as entered."""
        return [
            CommitmentUpdate(
                commitment_id=commitment,
                on=date.fromisoformat(on),
                note=note,
                status=None if status is None else CommitmentStatus(status),
                due=_day(due),
                reason=reason,
                meeting_id=meeting_id,
                handling=Handling(handling),
                id=row_id,
            )
            for row_id, commitment, on, note, status, due, reason, meeting_id, handling in (
                self._rows(
                    "SELECT id, commitment_id, on_date, note, status, due_date, reason, "
                    "meeting_id, handling FROM commitment_updates WHERE commitment_id = ? "
                    "ORDER BY on_date, id",
                    (commitment_id,),
                )
            )
        ]

    def meeting(self, meeting_id: int) -> Meeting | None:
        return self._meeting("id = ?", (meeting_id,))

    def document_title(self, document_id: int) -> str:
        found = self._rows("SELECT title FROM documents WHERE id = ?", (document_id,))
        return str(found[0][0]) if found else ""

    # -- records ---------------------------------------------------------------------------

    def _meeting(self, where: str, values: Sequence[Any]) -> Meeting | None:
        rows = self._rows(f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE {where} LIMIT 1", values)
        if not rows:
            return None
        (
            row_id,
            dialogue_id,
            title,
            start_date,
            start_time,
            start_offset,
            end_date,
            end_time,
            end_offset,
            location,
            meeting_format,
            host_id,
            status,
            summary,
            summary_handling,
            record,
            version,
        ) = rows[0]
        return Meeting(
            dialogue_id=dialogue_id,
            title=title,
            start=_when(start_date, start_time, start_offset),
            end=None if end_date is None else _when(end_date, end_time, end_offset),
            location=location,
            format=None if meeting_format is None else MeetingFormat(meeting_format),
            host=None if host_id is None else self._party_codes().get(host_id),
            status=MeetingStatus(status),
            summary=summary,
            summary_handling=Handling(summary_handling),
            id=row_id,
            record=RecordState(record),
            version=version,
        )

    def _agenda(self, meeting_id: int) -> tuple[AgendaLine, ...]:
        rows = self._rows(
            "SELECT a.id, a.position, a.title, t.name, a.lead_party_id, a.lead_joint, "
            "a.planned_minutes FROM agenda_items AS a LEFT JOIN topics AS t ON t.id = a.topic_id "
            "WHERE a.meeting_id = ? ORDER BY a.position, a.id",
            (meeting_id,),
        )
        return tuple(
            AgendaLine(
                item_id=row_id,
                position=position,
                title=title,
                topic=topic or None,
                lead=self._side(lead_id, lead_joint),
                planned_minutes=minutes,
            )
            for row_id, position, title, topic, lead_id, lead_joint, minutes in rows
        )

    def _side(self, party_id: int | None, joint: bool | int | None) -> str | None:
        if joint:
            return JOINT
        return None if party_id is None else self._party_codes().get(party_id)

    def _counts(self, dialogue_id: int) -> CommitmentCounts:
        rows = self._rows(
            "SELECT p.code, c.owner_joint, c.status, count(c.id) FROM commitments AS c "
            "LEFT JOIN parties AS p ON p.id = c.owner_party_id WHERE c.dialogue_id = ? "
            "GROUP BY p.code, c.owner_joint, c.status "
            "ORDER BY p.code ASC NULLS FIRST, c.owner_joint, c.status",
            (dialogue_id,),
        )
        return CommitmentCounts(
            tuple(
                CommitmentCount(JOINT if joint else code or "", CommitmentStatus(status), count)
                for code, joint, status, count in rows
            )
        )

    def _commitments(
        self, dialogue_id: int, where: str, values: Sequence[Any], limit: int
    ) -> tuple[Commitment, ...]:
        """A list of the overview, in due-date order."""
        return tuple(self._commitment_rows(dialogue_id, where, values, "c.due_date, c.id", limit))

    def _commitment_rows(
        self, dialogue_id: int, where: str, values: Sequence[Any], order: str, limit: int
    ) -> list[Commitment]:
        """Commitments of a dialogue in ``order``, with each one's leads."""
        rows = self._rows(
            f"SELECT {_COMMITMENT_COLUMNS} FROM commitments AS c "
            "LEFT JOIN parties AS p ON p.id = c.owner_party_id "
            f"WHERE c.dialogue_id = ? {where} ORDER BY {order} LIMIT ?",
            (dialogue_id, *values, limit),
        )
        leads = self._leads(row[0] for row in rows)
        return list(
            Commitment(
                dialogue_id=found_dialogue,
                text=text,
                owner=JOINT if joint else code or "",
                meeting_id=meeting_id,
                agenda_item_id=agenda_item_id,
                topic_id=topic_id,
                leads=leads.get(row_id, ()),
                source_document_id=document_id,
                source_clause=clause,
                handling=Handling(handling),
                id=row_id,
                status=CommitmentStatus(status),
                due=_day(due),
                recorded_on=_day(recorded_on),
                initial_status=CommitmentStatus(initial_status),
                initial_due=_day(initial_due),
                version=version,
            )
            for (
                row_id,
                found_dialogue,
                text,
                code,
                joint,
                meeting_id,
                agenda_item_id,
                topic_id,
                document_id,
                clause,
                handling,
                status,
                due,
                recorded_on,
                initial_status,
                initial_due,
                version,
            ) in rows
        )

    def _leads(self, ids: Iterable[int]) -> dict[int, tuple[Lead, ...]]:
        wanted = list(ids)
        if not wanted:
            return {}
        marks = ", ".join("?" for _ in wanted)
        leads: dict[int, list[Lead]] = {}
        for commitment_id, organization_id, person_id in self._rows(
            "SELECT commitment_id, organization_id, person_id FROM commitment_leads "
            f"WHERE commitment_id IN ({marks}) ORDER BY id",
            wanted,
        ):
            leads.setdefault(commitment_id, []).append(Lead(organization_id, person_id))
        return {key: tuple(found) for key, found in leads.items()}

    def _commitment_total(self, dialogue_id: int, where: str, values: Sequence[Any]) -> int:
        return int(
            self._rows(
                f"SELECT count(c.id) FROM commitments AS c WHERE c.dialogue_id = ? {where}",
                (dialogue_id, *values),
            )[0][0]
        )

    # -- one moment ------------------------------------------------------------------------

    def _snapshot(self) -> _Snapshot:
        return _Snapshot(self.connection)


class _Snapshot:
    """A read transaction: every query inside sees the store at one moment."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        if not self.connection.in_transaction:
            self.connection.execute("BEGIN")

    def __exit__(self, *_exc: object) -> None:
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")
