"""Property tests: generated interchange documents, any Unicode in every text field.

For every document hypothesis makes: the import succeeds, export → import into an empty store →
export gives the same text, a second import adds nothing, and every text comes back exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.interop.interchange_write import write_interchange
from dialoguetracker.services import Services
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.interchange_import import import_interchange

Json = dict[str, Any]

TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda text: text.strip() != "")
OPTIONAL_TEXT = st.none() | TEXT
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
HANDLING = st.sampled_from(["internal", "counterpart", "public"])
STATUS = st.sampled_from(
    ["proposed", "agreed", "in_progress", "completed", "deferred", "dropped", "referred"]
)


def _unique_texts(min_size: int, max_size: int) -> st.SearchStrategy[list[str]]:
    return st.lists(TEXT, min_size=min_size, max_size=max_size, unique=True)


def _compact(**values: Any) -> Json:
    return {key: value for key, value in values.items() if value is not None}


@st.composite
def meetings(
    draw: st.DrawFn, prefix: str, people: list[str], topics: list[str], codes: list[str]
) -> list[Json]:
    result = []
    for number, title in enumerate(draw(_unique_texts(0, 3)), 1):
        start = draw(DAYS)
        timed = draw(st.booleans())
        offset = draw(st.sampled_from(["-06:00", "+00:00", "+05:30", "-04:00"]))
        if timed:
            start_text, end_text = f"{start}T09:00:00{offset}", f"{start}T17:30:00{offset}"
        else:
            start_text, end_text = start.isoformat(), (start + timedelta(days=1)).isoformat()
        agenda = [
            _compact(
                title=item,
                topic=draw(st.none() | st.sampled_from(topics)) if topics else None,
                lead=draw(st.none() | st.sampled_from([*codes, "joint"])),
                minutes=draw(st.none() | st.integers(0, 240)),
                notes=draw(OPTIONAL_TEXT),
                outcome=draw(OPTIONAL_TEXT),
                handling=draw(HANDLING),
                points_to_make=draw(st.lists(TEXT, max_size=2)),
                their_position=draw(OPTIONAL_TEXT),
            )
            for item in draw(_unique_texts(0, 3))
        ]
        attending = draw(st.lists(st.sampled_from(people), unique=True)) if people else []
        result.append(
            _compact(
                id=f"{prefix}m{number}",
                title=title,
                start=start_text,
                end=draw(st.sampled_from([None, end_text])),
                location=draw(OPTIONAL_TEXT),
                format=draw(st.none() | st.sampled_from(["in-person", "virtual", "hybrid"])),
                status=draw(st.sampled_from(["planned", "held", "cancelled"])),
                record=draw(st.sampled_from(["draft", "final"])),
                host=draw(st.none() | st.sampled_from(codes)),
                summary=draw(OPTIONAL_TEXT),
                participants=[
                    {
                        "person": person,
                        "role": draw(st.sampled_from(["head of delegation", "member"])),
                    }
                    for person in attending
                ],
                agenda=agenda,
                documents=[
                    {
                        "id": f"{prefix}doc{number}-{index}",
                        "kind": "readout",
                        "title": text,
                        "text": text,
                    }
                    for index, text in enumerate(draw(_unique_texts(0, 2)))
                ],
            )
        )
    return result


@st.composite
def commitments(
    draw: st.DrawFn, prefix: str, topics: list[str], codes: list[str], held: list[date]
) -> list[Json]:
    result = []
    for number, text in enumerate(draw(_unique_texts(0, 4)), 1):
        recorded = draw(DAYS)
        updates = []
        day = recorded
        for note in draw(_unique_texts(0, 3)):
            day += timedelta(days=draw(st.integers(1, 200)))
            updates.append(
                _compact(
                    date=day.isoformat(),
                    note=note,
                    status=draw(st.none() | STATUS),
                    due=draw(st.none() | DAYS.map(date.isoformat)),
                    reason=draw(TEXT),
                    handling=draw(HANDLING),
                )
            )
        status = draw(STATUS)
        for update in updates:
            status = update.get("status", status)
        owner = draw(st.sampled_from([*codes, "joint"]))
        # a period is named by the held round closing it, None for the current one
        ends = [None, *sorted(set(held))[1:]]
        assessments = [
            _compact(
                side=draw(st.sampled_from(codes if owner == "joint" else [owner])),
                period_end=None if end is None else end.isoformat(),
                score=draw(st.sampled_from([-1, 0, 1])),
                evidence=evidence,
                final=draw(st.booleans()),
                date=draw(DAYS).isoformat(),
                handling=draw(HANDLING),
                by=draw(TEXT),
            )
            for evidence, end in (
                (evidence, draw(st.sampled_from(ends)))
                for evidence in (draw(st.lists(TEXT, max_size=2)) if held else [])
            )
        ]
        result.append(
            _compact(
                id=f"{prefix}c{number}",
                text=text,
                owner=owner,
                topic=draw(st.none() | st.sampled_from(topics)) if topics else None,
                status=status,
                recorded=recorded.isoformat(),
                handling=draw(HANDLING),
                updates=updates,
                assessments=assessments,
            )
        )
    return result


@st.composite
def documents(draw: st.DrawFn) -> Json:
    codes = draw(
        st.lists(
            st.sampled_from(["US", "MX", "CA", "ΕΛ", "日本"]), min_size=2, max_size=3, unique=True
        )
    )
    parties = [{"code": code, "name": draw(TEXT)} for code in codes]
    organizations = [
        {"id": f"o{index}", "party": draw(st.sampled_from(codes)), "name": name}
        for index, name in enumerate(draw(_unique_texts(0, 3)))
    ]
    people = [
        _compact(
            id=f"p{index}",
            name=name,
            party=draw(st.sampled_from(codes)),
            title=draw(OPTIONAL_TEXT),
            pronunciation=draw(OPTIONAL_TEXT),
            biography=draw(OPTIONAL_TEXT),
        )
        for index, name in enumerate(draw(_unique_texts(0, 4)))
    ]
    dialogues = []
    for number, name in enumerate(draw(_unique_texts(1, 2)), 1):
        topic_names = draw(_unique_texts(0, 3))
        topic_ids = [f"t{number}-{index}" for index in range(len(topic_names))]
        held_meetings = draw(meetings(f"d{number}", [p["id"] for p in people], topic_ids, codes))
        held = [date.fromisoformat(m["start"][:10]) for m in held_meetings if m["status"] == "held"]
        dialogues.append(
            _compact(
                id=f"d{number}",
                name=name,
                parties=codes,
                framework=draw(OPTIONAL_TEXT),
                topics=[{"id": i, "name": n} for i, n in zip(topic_ids, topic_names, strict=True)],
                meetings=held_meetings,
                commitments=draw(commitments(f"d{number}", topic_ids, codes, held)),
            )
        )
    return {
        "format": "dialoguetracker",
        "version": 1,
        "parties": parties,
        "organizations": organizations,
        "people": people,
        "dialogues": dialogues,
    }


REFERENCES = {"id", "topic", "person", "presenter", "meeting", "document", "organization"}
REFERENCES |= {"party", "parties", "owner", "lead", "host"}


def _texts(value: object) -> set[str]:
    """Every string in a JSON value, keys aside, to check nothing was altered on the way."""
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_texts(v) for k, v in value.items() if k not in REFERENCES))
    if isinstance(value, list):
        return set().union(*(_texts(item) for item in value))
    return set()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents())
def test_generated_documents_round_trip(
    document: Json, fresh_services: Callable[[], Services]
) -> None:
    raw = json.dumps(document, ensure_ascii=False)
    first_store = fresh_services()
    import_interchange(first_store, read_interchange(raw.encode("utf-8")))
    exported = write_interchange(export_interchange(first_store))

    second_store = fresh_services()
    import_interchange(second_store, read_interchange(exported))
    assert write_interchange(export_interchange(second_store)) == exported

    again = import_interchange(second_store, read_interchange(raw))
    assert sum(again.added.values()) == 0
    assert write_interchange(export_interchange(second_store)) == exported

    assert _texts(document) <= _texts(json.loads(exported))
