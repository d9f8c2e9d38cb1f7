"""Running ``dialoguetracker`` in tests, and judging what it writes against the design's spec.

The command runs in-process through ``dialoguetracker.cli.main`` (fast, output read with
``capsys``) or as the real program in a subprocess (to see exactly what a user's terminal sees).
Either way it runs in a temporary folder with its own XDG folders, so neither the user's store
nor the user's log folder is ever touched.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dialoguetracker.cli import main
from dialoguetracker.domain import clock
from dialoguetracker.interop.sample import sample_document


@dataclass(frozen=True)
class Outcome:
    status: int
    out: str
    err: str


def without_length_warnings(outcome: Outcome) -> Outcome:
    """``outcome`` less the warnings that a briefing's section runs longer than a read-ahead
    allows: the sample's full briefing runs past both limits, as a real one may."""
    kept = [
        line
        for line in outcome.err.splitlines(keepends=True)
        if not any(words in line for words in READ_AHEAD)
    ]
    return Outcome(outcome.status, outcome.out, "".join(kept))


READ_AHEAD = ("; a read-ahead keeps the ", "; una nota previa limita ")
"""The warning's words in English and in Spanish."""


def isolate(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Work in ``folder``, with its own data, state, config and cache folders."""
    monkeypatch.chdir(folder)
    for name, value in xdg_folders(folder).items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("DIALOGUETRACKER_DB", raising=False)


def xdg_folders(folder: Path) -> dict[str, str]:
    return {
        f"XDG_{kind}_HOME": str(folder / "xdg" / kind.lower())
        for kind in ("DATA", "STATE", "CONFIG", "CACHE")
    }


def run_cli(capsys: pytest.CaptureFixture[str], *args: object) -> Outcome:
    """``dialoguetracker ARGS…`` in-process."""
    capsys.readouterr()
    status = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return Outcome(status, captured.out, captured.err)


def run_program(*args: object, env: dict[str, str] | None = None) -> Outcome:
    """``python -m dialoguetracker ARGS…`` as a separate process, in the current folder."""
    environment = {k: v for k, v in os.environ.items() if k != "DIALOGUETRACKER_DB"}
    environment.update(xdg_folders(Path.cwd()))
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "dialoguetracker", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=120,
        check=False,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def exported(capsys: pytest.CaptureFixture[str], db: Path, *options: str) -> str:
    """The store as interchange JSON text, written to stdout."""
    result = run_cli(capsys, "--db", db, "export", "-", *options)
    assert (result.status, result.err) == (0, ""), result
    return result.out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample() -> dict[str, Any]:
    """The sample dialogue as an interchange document, dated as ``demo`` would date it now."""
    return sample_document("us-mexico-cyber-2022.json", clock.today())


def write_json(path: Path, document: object) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


REMOVE = object()
_STEP = re.compile(r"\.?(\w+)|\[(\d+)\]")


def edited(document: dict[str, Any], path: str, value: object) -> dict[str, Any]:
    """A copy of ``document`` with the value at a JSON path (``dialogues[0].meetings[1].end``,
    written as the program's messages write it) set, or removed when ``value`` is REMOVE."""
    changed = copy.deepcopy(document)
    steps: list[str | int] = [name if name else int(index) for name, index in _STEP.findall(path)]
    parent: Any = changed
    for step in steps[:-1]:
        parent = parent[step]
    if value is REMOVE:
        del parent[steps[-1]]
    else:
        parent[steps[-1]] = value
    return changed


# -- the interchange format, version 1, as DESIGN.md and docs/interchange.md state it ----------

HANDLING = {"internal", "counterpart", "public"}
COMMITMENT_STATUS = {
    "proposed",
    "agreed",
    "in_progress",
    "completed",
    "deferred",
    "dropped",
    "referred",
}
_KEYS = {
    "top": {"format", "version", "parties", "organizations", "people", "dialogues"},
    "party": {"code", "name", "language"},
    "organization": {"id", "party", "name"},
    "person": {
        *("id", "name", "party", "organization", "title", "pronunciation", "biography"),
        "contact",
    },
    "dialogue": {
        *("id", "name", "short_name", "parties", "framework", "description", "topics"),
        *("meetings", "commitments", "status"),
    },
    "topic": {"id", "name"},
    "meeting": {
        *("id", "title", "start", "end", "location", "format", "status", "record", "host"),
        *("summary", "brief", "participants", "agenda", "documents", "summary_handling"),
    },
    "brief": {"purpose", "objectives", "their_objectives", "press_line", "handling", "their_asks"},
    "participant": {"person", "role", "presence"},
    "agenda": {
        *("title", "topic", "lead", "presenter", "minutes", "notes", "outcome", "handling"),
        *("points_to_make", "their_position", "our_response"),
    },
    "document": {"id", "kind", "title", "date", "language", "url", "text", "handling"},
    "commitment": {
        *("id", "text", "topic", "meeting", "owner", "leads", "due", "status", "source"),
        *("handling", "updates", "recorded", "initial_status", "initial_due"),
    },
    "lead": {"organization", "person"},
    "source": {"document", "clause"},
    "update": {"date", "note", "status", "due", "reason", "meeting", "handling"},
}
_REQUIRED = {
    "party": {"code", "name"},
    "organization": {"id", "party", "name"},
    "person": {"id", "name", "party"},
    "dialogue": {"id", "name", "parties"},
    "topic": {"id", "name"},
    "meeting": {"id", "title", "start"},
    "participant": {"person"},
    "agenda": {"title"},
    "document": {"kind", "title"},
    "commitment": {"id", "text", "owner", "status"},
    "lead": {"organization"},
    "update": {"date", "note"},
}
_CHOICES = {
    ("dialogue", "status"): {"active", "dormant", "concluded"},
    ("meeting", "format"): {"in-person", "virtual", "hybrid"},
    ("meeting", "status"): {"planned", "held", "cancelled"},
    ("meeting", "record"): {"draft", "final"},
    ("meeting", "summary_handling"): HANDLING,
    ("participant", "role"): {"head of delegation", "member", "observer", "copied"},
    ("participant", "presence"): {"present", "absent", "excused", "unknown"},
    ("document", "kind"): {"joint statement", "readout", "fact sheet", "minutes"},
    ("commitment", "status"): COMMITMENT_STATUS,
    ("commitment", "initial_status"): COMMITMENT_STATUS,
    ("update", "status"): COMMITMENT_STATUS,
}
_DATES = {
    ("document", "date"),
    ("commitment", "due"),
    ("commitment", "recorded"),
    ("commitment", "initial_due"),
    ("update", "date"),
    ("update", "due"),
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}")


def interchange_problems(document: dict[str, Any]) -> list[str]:
    """Everything in ``document`` that breaks the interchange format, version 1."""
    return _Checker().top(document)


class _Checker:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.people: set[str] = set()
        self.organizations: set[str] = set()

    def fail(self, path: str, problem: str) -> None:
        self.problems.append(f"{path}: {problem}")

    def entry(self, kind: str, item: dict[str, Any], path: str) -> None:
        for key in sorted(set(item) - _KEYS[kind]):
            self.fail(f"{path}.{key}", f"not a key of a {kind}")
        for key in sorted(_REQUIRED.get(kind, set()) - set(item)):
            self.fail(f"{path}.{key}", "missing")
        for key, value in item.items():
            where = f"{path}.{key}"
            if value is None or value == "":
                self.fail(where, "written although empty")
            if key == "handling" and value not in HANDLING:
                self.fail(where, f"not a handling: {value!r}")
            if (kind, key) in _CHOICES and value not in _CHOICES[kind, key]:
                self.fail(where, f"not in the list: {value!r}")
            if (kind, key) in _DATES and not _is_day(value):
                self.fail(where, f"not a date: {value!r}")

    def ref(self, item: dict[str, Any], key: str, known: set[str], path: str) -> None:
        if key in item and item[key] not in known:
            self.fail(f"{path}.{key}", f"refers to nothing: {item[key]!r}")

    def unique(self, items: list[dict[str, Any]], key: str, path: str) -> set[str]:
        ids = [item.get(key) for item in items]
        for twice in sorted({i for i in ids if ids.count(i) > 1}, key=str):
            self.fail(path, f"{key} {twice!r} used twice")
        return {i for i in ids if isinstance(i, str)}

    def top(self, doc: dict[str, Any]) -> list[str]:
        if doc.get("format") != "dialoguetracker" or doc.get("version") != 1:
            self.fail("format", f"not dialoguetracker version 1: {doc.get('format')!r}")
        self.entry("top", doc, "")
        for kind, key in (("party", "parties"), ("organization", "organizations")):
            for index, item in enumerate(doc.get(key, [])):
                self.entry(kind, item, f"{key}[{index}]")
        codes = self.unique(doc.get("parties", []), "code", "parties")
        self.organizations = self.unique(doc.get("organizations", []), "id", "organizations")
        for index, item in enumerate(doc.get("organizations", [])):
            self.ref(item, "party", codes, f"organizations[{index}]")
        self.people = self.unique(doc.get("people", []), "id", "people")
        for index, item in enumerate(doc.get("people", [])):
            self.entry("person", item, f"people[{index}]")
            self.ref(item, "party", codes, f"people[{index}]")
            self.ref(item, "organization", self.organizations, f"people[{index}]")
        for index, dialogue in enumerate(doc.get("dialogues", [])):
            self.dialogue(dialogue, codes, f"dialogues[{index}]")
        return self.problems

    def dialogue(self, dialogue: dict[str, Any], codes: set[str], path: str) -> None:
        self.entry("dialogue", dialogue, path)
        parties = set(dialogue.get("parties", []))
        if not parties <= codes or len(parties) < 2:
            self.fail(f"{path}.parties", f"not two or more known parties: {parties}")
        sides = parties | {"joint"}
        topics = self.unique(dialogue.get("topics", []), "id", f"{path}.topics")
        meetings = self.unique(dialogue.get("meetings", []), "id", f"{path}.meetings")
        documents: set[str] = set()
        for index, topic in enumerate(dialogue.get("topics", [])):
            self.entry("topic", topic, f"{path}.topics[{index}]")
        for index, meeting in enumerate(dialogue.get("meetings", [])):
            where = f"{path}.meetings[{index}]"
            self.meeting(meeting, parties, sides, topics, where)
            for document in meeting.get("documents", []):
                if "id" in document:
                    if document["id"] in documents:
                        self.fail(where, f"document id {document['id']!r} used twice")
                    documents.add(document["id"])
        self.unique(dialogue.get("commitments", []), "id", f"{path}.commitments")
        for index, commitment in enumerate(dialogue.get("commitments", [])):
            where = f"{path}.commitments[{index}]"
            self.entry("commitment", commitment, where)
            self.ref(commitment, "topic", topics, where)
            self.ref(commitment, "meeting", meetings, where)
            self.ref(commitment, "owner", sides, where)
            for number, lead in enumerate(commitment.get("leads", [])):
                self.entry("lead", lead, f"{where}.leads[{number}]")
                self.ref(lead, "organization", self.organizations, f"{where}.leads[{number}]")
                self.ref(lead, "person", self.people, f"{where}.leads[{number}]")
            if "source" in commitment:
                self.entry("source", commitment["source"], f"{where}.source")
                self.ref(commitment["source"], "document", documents, f"{where}.source")
            for number, update in enumerate(commitment.get("updates", [])):
                self.entry("update", update, f"{where}.updates[{number}]")
                self.ref(update, "meeting", meetings, f"{where}.updates[{number}]")

    def meeting(
        self,
        meeting: dict[str, Any],
        parties: set[str],
        sides: set[str],
        topics: set[str],
        path: str,
    ) -> None:
        self.entry("meeting", meeting, path)
        for key in ("start", "end"):
            if key in meeting and not (_is_day(meeting[key]) or _MOMENT.fullmatch(meeting[key])):
                self.fail(f"{path}.{key}", f"not a date or a time with offset: {meeting[key]!r}")
        self.ref(meeting, "host", parties, path)
        if "brief" in meeting:
            self.entry("brief", meeting["brief"], f"{path}.brief")
        for index, participant in enumerate(meeting.get("participants", [])):
            self.entry("participant", participant, f"{path}.participants[{index}]")
            self.ref(participant, "person", self.people, f"{path}.participants[{index}]")
        for index, item in enumerate(meeting.get("agenda", [])):
            where = f"{path}.agenda[{index}]"
            self.entry("agenda", item, where)
            self.ref(item, "topic", topics, where)
            self.ref(item, "lead", sides, where)
            self.ref(item, "presenter", self.people, where)
        for index, document in enumerate(meeting.get("documents", [])):
            self.entry("document", document, f"{path}.documents[{index}]")


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
