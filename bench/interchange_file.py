"""A large interchange file, the way an office moving in from another system would bring it.

``python -m bench.interchange_file OUT.json [--commitments 100000] [--meetings 10000]
[--dialogues 5]`` writes a file of the documented format (docs/interchange.md): several
dialogues between the same two parties, each with topics, rounds since 2000
(the last ones still planned), three agenda items a round, delegations, and commitments taken
at held rounds, each with one progress update dated after it. Every date is consistent, so
the whole file imports. The benchmark builds its store from this file through ``import``, as a
user would; the file is written record by record, so its size does not bound the memory.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO, Any

from bench.generate import OBJECTS, TOPICS, VERBS
from dialoguetracker.domain import clock

LATER = ["in_progress", "completed", "deferred", "dropped", "referred"]
LATER_WEIGHTS = [40, 40, 10, 6, 4]
HANDLING = ["public", "counterpart", "internal"]
REASONS = {
    "deferred": "Waiting for the next budget year",
    "dropped": "Overtaken by the new framework",
    "referred": "Referred to the trilateral experts group",
}
PEOPLE_PER_PARTY = 100
FIRST_ROUND = date(2000, 1, 10)
PLANNED_AHEAD = timedelta(days=365)
"""The rounds run from FIRST_ROUND to a year after today, so the last few are still planned."""


def write_interchange(
    path: Path, commitments: int, meetings: int, dialogues: int = 5, seed: int = 7
) -> None:
    """Write the file; ``meetings`` and ``commitments`` are totals over all dialogues."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "dialoguetracker", "version": 1,\n')
        _array(out, "parties", iter(PARTIES))
        out.write(",\n")
        _array(out, "organizations", iter(ORGANIZATIONS))
        out.write(",\n")
        _array(out, "people", _people())
        out.write(',\n"dialogues": [\n')
        for number in range(dialogues):
            if number:
                out.write(",\n")
            share = _share(meetings, dialogues, number), _share(commitments, dialogues, number)
            _dialogue(out, rng, number + 1, *share)
        out.write("\n]}\n")


PARTIES = [
    {"code": "US", "name": "United States", "language": "en"},
    {"code": "MX", "name": "México", "language": "es"},
]
ORGANIZATIONS = [
    {"id": "o1", "party": "US", "name": "U.S. Department of State"},
    {"id": "o2", "party": "MX", "name": "Secretaría de Relaciones Exteriores"},
]


def _people() -> Iterator[dict[str, Any]]:
    for n in range(1, 2 * PEOPLE_PER_PARTY + 1):
        party = "US" if n % 2 else "MX"
        yield {
            "id": f"p{n}",
            "name": f"Delegate {n:03d}",
            "party": party,
            "organization": "o1" if party == "US" else "o2",
        }


def _share(total: int, parts: int, number: int) -> int:
    """Dialogue ``number``'s share of ``total``, the first ones taking the remainder."""
    return total // parts + (1 if number < total % parts else 0)


def _array(out: IO[str], name: str, items: Iterator[dict[str, Any]]) -> None:
    out.write(f'"{name}": [')
    for index, item in enumerate(items):
        out.write(",\n" if index else "\n")
        out.write(json.dumps(item, ensure_ascii=False))
    out.write("\n]")


def _dialogue(
    out: IO[str], rng: random.Random, number: int, meetings: int, commitments: int
) -> None:
    head = {
        "id": f"d{number}",
        "name": f"Bilateral dialogue {number}",
        "short_name": f"D{number}",
        "parties": ["US", "MX"],
        "status": "active",
        "topics": [{"id": f"d{number}t{n}", "name": name} for n, name in enumerate(TOPICS, 1)],
    }
    out.write(json.dumps(head, ensure_ascii=False)[:-1])  # left open for the lists
    rounds = list(_rounds(meetings))
    out.write(',\n"meetings": [')
    for index, (day, held) in enumerate(rounds):
        out.write(",\n" if index else "\n")
        out.write(json.dumps(_meeting(rng, number, index, day, held), ensure_ascii=False))
    held_rounds = [(index, day) for index, (day, held) in enumerate(rounds) if held]
    out.write('\n],\n"commitments": [')
    for index in range(commitments):
        out.write(",\n" if index else "\n")
        taken_at = held_rounds[index % len(held_rounds)] if held_rounds else None
        record = _commitment(rng, number, index, taken_at)
        out.write(json.dumps(record, ensure_ascii=False))
    out.write("\n]}")


def _rounds(count: int) -> Iterator[tuple[date, bool]]:
    """Round dates from FIRST_ROUND to a year ahead; those from today on are planned."""
    today = clock.today()
    span = today + PLANNED_AHEAD - FIRST_ROUND
    spacing = span / max(1, count)
    for n in range(count):
        day = FIRST_ROUND + timedelta(days=(n * spacing).days)
        yield day, day < today


def _meeting(
    rng: random.Random, dialogue: int, index: int, day: date, held: bool
) -> dict[str, Any]:
    people = rng.sample(range(1, 2 * PEOPLE_PER_PARTY + 1), 4)
    return {
        "id": f"d{dialogue}m{index + 1}",
        "title": f"Round {index + 1}",
        "start": day.isoformat(),
        "status": "held" if held else "planned",
        "host": "US" if index % 2 else "MX",
        "location": "Washington, D.C." if index % 2 else "Mexico City",
        "participants": [
            {"person": f"p{person}", "role": "head of delegation" if n < 2 else "member"}
            for n, person in enumerate(sorted(people, key=lambda p: p % 2))
        ],
        "agenda": [
            {
                "title": f"{TOPICS[(index + n) % len(TOPICS)]}: item {n + 1}",
                "topic": f"d{dialogue}t{(index + n) % len(TOPICS) + 1}",
                "lead": rng.choice(["US", "MX", "joint"]),
                "minutes": rng.choice([15, 30, 45]),
                "notes": f"Discussion of {rng.choice(OBJECTS)}.",
                "handling": rng.choice(HANDLING),
            }
            for n in range(3)
        ],
    }


def _commitment(
    rng: random.Random, dialogue: int, index: int, taken_at: tuple[int, date] | None
) -> dict[str, Any]:
    """A commitment taken at a held round (``taken_at``: its index and day), with one update."""
    text = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} ({index + 1})"
    status = rng.choices(LATER, LATER_WEIGHTS)[0]
    record: dict[str, Any] = {
        "id": f"d{dialogue}c{index + 1}",
        "text": text,
        "topic": f"d{dialogue}t{rng.randrange(len(TOPICS)) + 1}",
        "owner": rng.choice(["US", "MX", "joint"]),
        "status": status,
        "handling": rng.choice(HANDLING),
    }
    if taken_at is not None:
        meeting, day = taken_at
        record["meeting"] = f"d{dialogue}m{meeting + 1}"
        record["initial_status"] = "agreed"
        due = day + timedelta(days=rng.randrange(60, 720))
        record["due"] = due.isoformat()
        update_day = min(day + timedelta(days=rng.randrange(10, 300)), clock.today())
        record["updates"] = [
            {
                "date": max(update_day, day).isoformat(),
                "note": f"Progress reported on {text[:40]}",
                "status": status,
                "handling": rng.choice(HANDLING),
                **({"reason": REASONS[status]} if status in REASONS else {}),
            }
        ]
    return record


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.interchange_file")
    parser.add_argument("out", type=Path)
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--dialogues", type=int, default=5)
    options = parser.parse_args()
    write_interchange(options.out, options.commitments, options.meetings, options.dialogues)


if __name__ == "__main__":
    main()
