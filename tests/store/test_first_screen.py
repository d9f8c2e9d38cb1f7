"""The first screen read with the standard library equals what the services read.

The window shows the navigator and the overview from :mod:`dialoguetracker.store.first_screen`
before the services are loaded, then the services take over; the switch must be invisible, so
every record and every figure must be the same, on the sample dialogue (meeting times with
their offsets, agenda, leads), on an office's generated records (thousands of commitments,
past rounds still marked planned, joint and party owners) and on the edge cases: no dialogue,
a dialogue with nothing in it, a day before and after everything. A store it cannot read as
its own is left to the ordinary path (None).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from bench.interchange_file import write_interchange

from dialoguetracker.domain import clock
from dialoguetracker.domain.compliance import AssessmentDraft
from dialoguetracker.domain.enums import JOINT, MeetingStatus
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import DialogueDraft, MeetingDraft, PartyDraft
from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, dialogues, directory
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.commitment_updates import list_updates
from dialoguetracker.services.commitments import count_commitments, list_commitment_page
from dialoguetracker.services.documents import get_document
from dialoguetracker.services.interchange_import import import_interchange
from dialoguetracker.services.meetings import create_meeting, get_meeting, meeting_years
from dialoguetracker.services.overview import dialogue_overview
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.first_screen import FirstScreen, open_first_screen

FIXTURE = Path(__file__).parent.parent / "fixtures" / "store-0001.db"
JOINT_SIDES = ("US", "MX")
DAYS = [date(1999, 1, 1), date(2022, 8, 11), date(2026, 12, 4), date(2031, 6, 1)]


def _reader(path: Path) -> FirstScreen:
    reader = open_first_screen(str(path))
    assert reader is not None
    return reader


def _assert_same_register(services: Services, reader: FirstScreen, dialogue_id: int) -> None:
    """The register's first page (as the Commitments view asks for it, of 200 rows and of
    a few) and what the first row's panel shows."""
    everything = CommitmentFilter(dialogue_id=dialogue_id)
    for limit in (200, 3):
        register = reader.register(dialogue_id, limit)
        assert register is not None
        assert register.dialogue == dialogues.get_dialogue(services, dialogue_id)
        assert register.topics == dialogues.list_topics(services, dialogue_id)
        assert register.total == count_commitments(services, everything)
        assert register.page == list_commitment_page(
            services, CommitmentFilter(dialogue_id=dialogue_id, limit=limit)
        )
        assert len(register.page.news) == len(register.page.commitments)  # each row's last news
    rows = register.page.commitments
    if not rows:
        assert (register.updates, register.meeting, register.source_title) == ([], None, "")
        return
    first = rows[0]
    assert register.updates == list_updates(services, first.id)
    meeting = None if first.meeting_id is None else get_meeting(services, first.meeting_id)
    assert register.meeting == meeting
    source = first.source_document_id
    assert register.source_title == ("" if source is None else get_document(services, source).title)


def _assert_same(services: Services, path: Path, days: list[date]) -> int:
    """Navigator, every dialogue's register, and its overview on each day; how many
    dialogues compared."""
    reader = _reader(path)
    try:
        listed = dialogues.list_dialogues(services)
        assert reader.navigator() == [
            (dialogue, meeting_years(services, dialogue.id)) for dialogue in listed
        ]
        for dialogue in listed:
            _assert_same_register(services, reader, dialogue.id)
        for day in days:
            with clock.frozen(datetime.combine(day, datetime.min.time(), UTC)):
                for dialogue in listed:
                    assert reader.overview(dialogue.id, day) == dialogue_overview(
                        services, dialogue.id
                    ), (dialogue.name, day)
                    # stale after another span, as Preferences may set it
                    assert reader.overview(dialogue.id, day, stale_months=2) == dialogue_overview(
                        services, dialogue.id, stale_months=2
                    ), (dialogue.name, day)
        return len(listed)
    finally:
        reader.close()


def _assess_a_few(services: Services) -> None:
    """A second round held, then scores on the register's first rows in both periods: some
    sides scored, some not, one twice."""
    (dialogue,) = dialogues.list_dialogues(services)
    first_round = date(2022, 8, 10)
    second = MeetingDraft(dialogue.id, "Second round", date(2024, 3, 1), status=MeetingStatus.HELD)
    create_meeting(services, second)
    first = list_commitment_page(services, CommitmentFilter(dialogue_id=dialogue.id, limit=4))
    for commitment in first.commitments[1:]:
        for side in ("US", "MX"):
            before = AssessmentDraft(commitment.id, side, 1, "statement", period_start=first_round)
            assess(services, before)
    sides = [JOINT_SIDES if c.owner == JOINT else (c.owner,) for c in first.commitments]
    for commitment, owners in zip(first.commitments[:3], sides, strict=False):
        for score, side in enumerate(owners[: commitment.id % 2 + 1]):
            assess(services, AssessmentDraft(commitment.id, side, score, "readout"))
    assess(services, AssessmentDraft(first.commitments[0].id, sides[0][0], -1, "second look"))
    scored = list_commitment_page(services, CommitmentFilter(dialogue_id=dialogue.id, limit=4))
    shown = [side for scores in scored.scores for side in scores.sides]
    assert {side.score for side in shown} >= {-1, 0, None}  # scored, scored and not scored
    assert any(scores.unassessed for scores in scored.scores)
    with clock.frozen(datetime(2026, 12, 4, tzinfo=UTC)):
        shown = dialogue_overview(services, dialogue.id)
    assert len(shown.compliance_periods) == 2 and len(shown.compliance) == 4  # both, both sides


def test_the_sample_dialogue_reads_the_same(store_path: Path) -> None:
    store = open_store(store_path)
    try:
        services = Services(store, actor="tester")
        with clock.frozen(datetime(2026, 12, 4, 19, 0, tzinfo=UTC)):
            load_sample(services)
            _assess_a_few(services)
        assert _assert_same(services, store_path, DAYS) == 1
    finally:
        store.close()


def test_an_office_of_generated_records_reads_the_same(store_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "office.json"
    write_interchange(source, commitments=3000, meetings=120, dialogues=3)
    store = open_store(store_path)
    try:
        services = Services(store, actor="tester")
        import_interchange(services, read_interchange(source.read_bytes()))
        first = dialogues.list_dialogues(services)[0]
        with clock.frozen(datetime(2026, 12, 4, tzinfo=UTC)):
            shown = dialogue_overview(services, first.id)
        with clock.frozen(datetime(2031, 6, 1, tzinfo=UTC)):
            later = dialogue_overview(services, first.id)
        # the data has every part of an overview, so the comparison below means something
        assert shown.overdue and shown.due_soon and shown.last_held and shown.next_meeting
        assert shown.next_agenda and len(shown.counts.cells) > 6 and shown.stale_total
        assert later.past_planned is not None and later.past_planned_total >= 1
        assert _assert_same(services, store_path, [date(2026, 12, 4), *DAYS]) == 3
    finally:
        store.close()


def test_no_dialogue_and_an_empty_dialogue(store_path: Path) -> None:
    store = open_store(store_path)
    try:
        services = Services(store, actor="tester")
        assert _reader(store_path).navigator() == []
        for code, name in (("US", "United States"), ("MX", "México")):
            directory.create_party(services, PartyDraft(code, name))
        empty = dialogues.create_dialogue(services, DialogueDraft("Working group", ("MX", "US")))
        assert _assert_same(services, store_path, DAYS) == 1
        assert _reader(store_path).overview(empty.id + 1, DAYS[0]) is None
        assert _reader(store_path).register(empty.id + 1, 200) is None
    finally:
        store.close()


def test_a_store_it_cannot_read_as_current_is_left_to_the_ordinary_path(tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(FIXTURE, older)
    not_a_store = tmp_path / "notes.db"
    not_a_store.write_text("not a database", encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()

    for location in (
        str(older),
        str(not_a_store),
        str(other),
        str(tmp_path / "missing.db"),
        str(tmp_path),
        "postgresql+psycopg://someone@localhost/dialogues",
        "mysql://elsewhere/db",
    ):
        assert open_first_screen(location) is None, location
    assert not (tmp_path / "missing.db").exists()
