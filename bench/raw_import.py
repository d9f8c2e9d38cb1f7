"""The baseline an import is measured against: the same rows by plain ``sqlite3``.

``python -m bench.raw_import FILE.json STORE.db`` reads an interchange file written by
:mod:`bench.interchange_file` and writes the rows the program's import would write — parties,
people, dialogues, topics, meetings, delegations, agenda items, commitments, updates and one
audit entry for each — with ``executemany`` in one transaction, into a store of the current
schema (made by the program, empty), then builds the same FTS5 search index in bulk. No
checks, no merging, no objects: what the engine itself needs for these rows.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SEARCHED = {
    "meetings": (1, "meeting", ("title", "summary", "location")),
    "agenda_items": (
        2,
        "agenda item",
        ("title", "notes", "outcome", "their_position", "our_response"),
    ),
    "commitments": (3, "commitment", ("text", "source_clause")),
    "commitment_updates": (4, "update", ("note", "reason")),
    "people": (6, "person", ("name", "title", "biography")),
}
KIND_SPAN = 2**40
"""The store's index rowid is ``kind number * KIND_SPAN + record id`` (its revision 0008)."""


class _Ids:
    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def take(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


def raw_import(source: Path, store: Path) -> dict[str, int]:
    """Write the file's rows into ``store``; return the number of rows per table."""
    data = json.loads(source.read_text(encoding="utf-8"))
    rows: dict[str, list[tuple[Any, ...]]] = {}
    ids, audit = _Ids(), []
    at = datetime.now(UTC).isoformat(sep=" ")

    def add(table: str, entity: str, row: tuple[Any, ...], name: str) -> int:
        row_id = ids.take(table)
        rows.setdefault(table, []).append((row_id, *row))
        audit.append((at, "bench", entity, row_id, "create", name))
        return row_id

    parties = {
        p["code"]: add("parties", "party", (p["code"], p["name"], p.get("language")), p["name"])
        for p in data["parties"]
    }
    organizations = {
        o["id"]: add("organizations", "organization", (parties[o["party"]], o["name"]), o["name"])
        for o in data.get("organizations", [])
    }
    people = {
        p["id"]: add(
            "people",
            "person",
            (p["name"], parties[p["party"]], organizations.get(p.get("organization") or "")),
            p["name"],
        )
        for p in data.get("people", [])
    }
    for dialogue in data["dialogues"]:
        dialogue_id = add(
            "dialogues",
            "dialogue",
            (dialogue["name"], dialogue.get("short_name"), "active"),
            dialogue["name"],
        )
        for position, code in enumerate(dialogue["parties"]):
            rows.setdefault("dialogue_parties", []).append((dialogue_id, parties[code], position))
        topics = {
            t["id"]: add("topics", "topic", (dialogue_id, t["name"]), t["name"])
            for t in dialogue["topics"]
        }
        meetings = {}
        for meeting in dialogue["meetings"]:
            meeting_id = add(
                "meetings",
                "meeting",
                (
                    dialogue_id,
                    meeting["title"],
                    meeting["start"],
                    meeting.get("location"),
                    parties.get(meeting.get("host")),
                    meeting["status"],
                    meeting.get("record", "draft"),
                    meeting.get("summary_handling", "counterpart"),
                ),
                meeting["title"],
            )
            meetings[meeting["id"]] = meeting_id
            for participant in meeting.get("participants", []):
                add(
                    "attendance",
                    "attendance",
                    (
                        meeting_id,
                        people[participant["person"]],
                        participant.get("role", "member"),
                        participant.get("presence", "unknown"),
                    ),
                    participant["person"],
                )
            for position, item in enumerate(meeting.get("agenda", []), 1):
                add(
                    "agenda_items",
                    "agenda_item",
                    (
                        meeting_id,
                        position,
                        item["title"],
                        topics.get(item.get("topic")),
                        item.get("minutes"),
                        item.get("notes"),
                        item["handling"],
                        item.get("lead") == "joint",
                        json.dumps(item.get("points_to_make", [])),
                    ),
                    item["title"],
                )
        for commitment in dialogue["commitments"]:
            owner = commitment["owner"]
            commitment_id = add(
                "commitments",
                "commitment",
                (
                    dialogue_id,
                    meetings.get(commitment.get("meeting")),
                    commitment["text"],
                    topics.get(commitment.get("topic")),
                    None if owner == "joint" else parties[owner],
                    owner == "joint",
                    commitment["status"],
                    commitment.get("due"),
                    commitment.get("initial_status", commitment["status"]),
                    commitment["handling"],
                ),
                commitment["text"],
            )
            for update in commitment.get("updates", []):
                add(
                    "commitment_updates",
                    "commitment_update",
                    (
                        commitment_id,
                        update["date"],
                        update["note"],
                        update.get("status"),
                        update.get("reason"),
                        update["handling"],
                    ),
                    update["note"],
                )
    _write(store, rows, audit)
    return {table: len(values) for table, values in rows.items()} | {"audit_entries": len(audit)}


COLUMNS = {
    "parties": "id, code, name, language",
    "organizations": "id, party_id, name",
    "people": "id, name, party_id, organization_id",
    "dialogues": "id, name, short_name, status",
    "dialogue_parties": "dialogue_id, party_id, position",
    "topics": "id, dialogue_id, name",
    "meetings": (
        "id, dialogue_id, title, start_date, location, host_party_id, status, record, "
        "summary_handling"
    ),
    "attendance": "id, meeting_id, person_id, role, presence",
    "agenda_items": (
        "id, meeting_id, position, title, topic_id, planned_minutes, notes, handling, "
        "lead_joint, points_to_make"
    ),
    "commitments": (
        "id, dialogue_id, meeting_id, text, topic_id, owner_party_id, owner_joint, status, "
        "due_date, initial_status, handling"
    ),
    "commitment_updates": "id, commitment_id, on_date, note, status, reason, handling",
}


def _write(
    store: Path, rows: dict[str, list[tuple[Any, ...]]], audit: list[tuple[Any, ...]]
) -> None:
    db = sqlite3.connect(store, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        triggers = list(
            db.execute(
                "SELECT name, sql FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE 'search_index_%_insert'"
            )
        )
        for name, _sql in triggers:
            db.execute(f"DROP TRIGGER {name}")
        for table, columns in COLUMNS.items():
            marks = ", ".join("?" for _ in columns.split(","))
            db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows.get(table, []))
        db.executemany(
            "INSERT INTO audit_entries (at, actor, entity, entity_id, action, new) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            audit,
        )
        for table, (number, kind, texts) in SEARCHED.items():
            body = " || ' ' || ".join(f"coalesce({column}, '')" for column in texts)
            db.execute(
                "INSERT INTO search_index (rowid, kind, record_id, body) "
                f"SELECT {number} * {KIND_SPAN} + id, '{kind}', id, {body} FROM {table}"
            )
        for _name, sql in triggers:
            db.execute(sql)
        db.execute("COMMIT")
    finally:
        db.close()


def _main(arguments: list[str]) -> Iterator[str]:
    counts = raw_import(Path(arguments[0]), Path(arguments[1]))
    for table, count in counts.items():
        yield f"{table:<20} {count:>8}"


if __name__ == "__main__":
    for line in _main(sys.argv[1:]):
        print(line)
