"""A large store for the benchmarks and for looking at the application under load.

``python -m bench.generate OUT.db [--commitments 100000] [--meetings 10000]`` writes a store
of the newest schema holding one dialogue of the given size, with topics, people, agendas,
progress updates and a realistic spread of statuses, handling levels and due dates. Rows go in
with bulk inserts in a few transactions, so 100,000 commitments take seconds, not minutes.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from dialoguetracker.domain import clock
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.models import (
    AgendaItemRow,
    AttendanceRow,
    CommitmentRow,
    CommitmentUpdateRow,
    DialoguePartyRow,
    DialogueRow,
    MeetingRow,
    OrganizationRow,
    PartyRow,
    PersonRow,
    TopicRow,
)

TOPICS = [
    "Cybercrime",
    "Critical infrastructure",
    "Cyber defense",
    "Awareness & hygiene",
    "Institutional strategy",
    "Multilateral agenda",
    "Incident response",
    "Capacity building",
]
STATUSES = ["proposed", "agreed", "in_progress", "completed", "deferred", "dropped", "referred"]
WEIGHTS = [5, 30, 30, 25, 5, 3, 2]
VERBS = ["Share", "Hold", "Exchange", "Develop", "Review", "Coordinate", "Train", "Publish"]
OBJECTS = [
    "threat indicators",
    "a joint workshop",
    "points of contact",
    "incident playbooks",
    "a training course for federal agencies",
    "a ransomware response plan",
    "a report on critical infrastructure",
    "the multilateral negotiating position",
]


def generate(path: Path, commitments: int, meetings: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    store = open_store(path)
    start = date(2000, 1, 10)
    with store.writing() as uow:
        session = uow.session
        session.execute(
            insert(PartyRow),
            [
                {"id": 1, "code": "US", "name": "United States", "language": "en"},
                {"id": 2, "code": "MX", "name": "México", "language": "es"},
            ],
        )
        session.execute(
            insert(OrganizationRow),
            [
                {"id": 1, "party_id": 1, "name": "U.S. Department of State"},
                {"id": 2, "party_id": 2, "name": "Secretaría de Relaciones Exteriores"},
            ],
        )
        session.execute(
            insert(PersonRow),
            [
                {
                    "id": n,
                    "name": f"Delegate {n:03d}",
                    "party_id": 1 + n % 2,
                    "organization_id": 1 + n % 2,
                }
                for n in range(1, 201)
            ],
        )
        session.execute(
            insert(DialogueRow),
            [
                {
                    "id": 1,
                    "name": "Large benchmark dialogue",
                    "short_name": "Bench",
                    "status": "active",
                }
            ],
        )
        session.execute(
            insert(DialoguePartyRow),
            [
                {"dialogue_id": 1, "party_id": 1, "position": 0},
                {"dialogue_id": 1, "party_id": 2, "position": 1},
            ],
        )
        session.execute(
            insert(TopicRow),
            [{"id": n, "dialogue_id": 1, "name": name} for n, name in enumerate(TOPICS, 1)],
        )
        meeting_rows, agenda_rows, attendance_rows = [], [], []
        spacing = max(1, (365 * 26) // max(1, meetings))  # about 26 years of rounds
        for n in range(1, meetings + 1):
            day = start + timedelta(days=n * spacing)
            held = day < clock.today()
            meeting_rows.append(
                {
                    "id": n,
                    "dialogue_id": 1,
                    "title": f"Round {n} of the benchmark dialogue",
                    "start_date": day,
                    "status": "held" if held else "planned",
                    "record": "final" if held and rng.random() < 0.8 else "draft",
                    "host_party_id": 1 + n % 2,
                    "summary_handling": "counterpart",
                }
            )
            for position in range(1, 4):
                agenda_rows.append(
                    {
                        "meeting_id": n,
                        "position": position,
                        "title": f"{TOPICS[(n + position) % len(TOPICS)]} — item {position}",
                        "topic_id": 1 + (n + position) % len(TOPICS),
                        "lead_joint": True,
                        "handling": "internal",
                        "points_to_make": [],
                    }
                )
            for person in rng.sample(range(1, 201), 4):
                attendance_rows.append(
                    {"meeting_id": n, "person_id": person, "role": "member", "presence": "present"}
                )
        session.execute(insert(MeetingRow), meeting_rows)
        session.execute(insert(AgendaItemRow), agenda_rows)
        session.execute(insert(AttendanceRow), attendance_rows)
        commitment_rows, update_rows = [], []
        for n in range(1, commitments + 1):
            meeting = meeting_rows[rng.randrange(len(meeting_rows))] if meeting_rows else None
            recorded = meeting["start_date"] if meeting else start
            status = rng.choices(STATUSES, WEIGHTS)[0]
            due = recorded + timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.8 else None
            owner = rng.choice([1, 2, None])
            commitment_rows.append(
                {
                    "id": n,
                    "dialogue_id": 1,
                    "meeting_id": meeting["id"] if meeting else None,
                    "text": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} (commitment {n})",
                    "topic_id": 1 + n % len(TOPICS),
                    "owner_party_id": owner,
                    "owner_joint": owner is None,
                    "status": status,
                    "due_date": due,
                    "recorded_on": recorded,
                    "initial_status": "agreed" if status != "agreed" else status,
                    "initial_due_date": due,
                    "handling": rng.choice(["counterpart", "counterpart", "public", "internal"]),
                }
            )
            if status != "agreed":
                update_rows.append(
                    {
                        "commitment_id": n,
                        "on_date": recorded + timedelta(days=rng.randrange(1, 200)),
                        "note": f"Progress noted on commitment {n}.",
                        "status": status,
                        "reason": "Benchmark"
                        if status in {"deferred", "dropped", "referred"}
                        else None,
                        "handling": "internal",
                    }
                )
        for offset in range(0, len(commitment_rows), 20_000):
            session.execute(insert(CommitmentRow), commitment_rows[offset : offset + 20_000])
        for offset in range(0, len(update_rows), 20_000):
            session.execute(insert(CommitmentUpdateRow), update_rows[offset : offset + 20_000])
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--commitments", type=int, default=100_000)
    parser.add_argument("--meetings", type=int, default=10_000)
    arguments = parser.parse_args()
    if arguments.out.exists():
        parser.error(f"{arguments.out} exists; choose a new file")
    began = time.perf_counter()
    generate(arguments.out, arguments.commitments, arguments.meetings)
    print(f"wrote {arguments.out} in {time.perf_counter() - began:.1f} s")


if __name__ == "__main__":
    main()
