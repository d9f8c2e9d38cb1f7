"""Two copies of the program on one store: the later save of a record the other changed is
refused, naming who changed it and when, and nothing is overwritten silently.

Each side has its own :class:`Store` (its own engine and connections) opened on the same
SQLite file or PostgreSQL database, as two running programs would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from commitment_world import World, build_world
from sqlalchemy import text

from dialoguetracker.domain.enums import CommitmentStatus, ServerRole
from dialoguetracker.domain.errors import ConflictError, StaleRecordError
from dialoguetracker.domain.records import MeetingDraft
from dialoguetracker.services import Services, commitment_updates, commitments, meetings
from dialoguetracker.store.engine import open_store
from dialoguetracker.store.models import MeetingRow
from dialoguetracker.store.unit_of_work import UnitOfWork
from postgres_server import PostgresServer, url_of_a_new

ANA_AT = datetime(2027, 3, 1, 10, 42, 17, tzinfo=UTC)
BEN_AT = datetime(2027, 3, 1, 11, 5, tzinfo=UTC)
ANA_CHANGED = "was changed by Ana Pérez at 2027-03-01 10:42 UTC since you opened it"


@pytest.fixture
def two_sessions(
    new_store_target: Callable[[], str | Path], backend: str, request: pytest.FixtureRequest
) -> Iterator[tuple[Services, Services]]:
    """Ana's and Ben's programs, each with its own store object on one database; on a server,
    each with a login of her own, named by the store's owner (the server names who acted)."""
    target = new_store_target()
    targets = (target, target)
    if backend == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")
        ana, ben = (
            url_of_a_new(server, str(target), ServerRole.EDITOR, name)
            for name in ("Ana Pérez", "Ben Ortiz")
        )
        targets = (ana, ben)
    first, second = open_store(targets[0]), open_store(targets[1])
    try:
        yield (
            Services(first, actor="Ana Pérez", clock=lambda: ANA_AT),
            Services(second, actor="Ben Ortiz", clock=lambda: BEN_AT),
        )
    finally:
        first.close()
        second.close()


@pytest.fixture
def world(two_sessions: tuple[Services, Services]) -> World:
    return build_world(two_sessions[0])


def _round(ana: Services, world: World) -> int:
    draft = MeetingDraft(world.dialogue, "Second round", date(2027, 3, 15), location="Mexico City")
    return meetings.create_meeting(ana, draft).id


# -- meetings ------------------------------------------------------------------------------


def test_a_new_meeting_starts_at_version_one_and_each_save_raises_it(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, _ben = two_sessions
    meeting_id = _round(ana, world)
    opened = meetings.get_meeting(ana, meeting_id)
    assert opened.version == 1
    saved = meetings.update_meeting(ana, meeting_id, replace(opened, location="Washington"))
    assert saved.version == 2 == meetings.get_meeting(ana, meeting_id).version


def test_the_later_save_of_a_meeting_is_refused_and_names_who_changed_it(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, ben = two_sessions
    meeting_id = _round(ana, world)
    anas_copy = meetings.get_meeting(ana, meeting_id)
    bens_copy = meetings.get_meeting(ben, meeting_id)

    meetings.update_meeting(ana, meeting_id, replace(anas_copy, location="Washington"))
    with pytest.raises(StaleRecordError) as refused:
        meetings.update_meeting(ben, meeting_id, replace(bens_copy, location="Ottawa"))

    assert isinstance(refused.value, ConflictError)
    assert str(refused.value) == (
        f"meeting 'Second round' {ANA_CHANGED}; reload it to see the change"
    )
    assert (refused.value.kind, refused.value.record_id) == ("meeting", meeting_id)
    assert refused.value.actor == "Ana Pérez"
    for side in (ana, ben):
        stored = meetings.get_meeting(side, meeting_id)
        assert (stored.location, stored.version) == ("Washington", 2)


def test_after_reloading_the_meeting_the_save_goes_through(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, ben = two_sessions
    meeting_id = _round(ana, world)
    bens_copy = meetings.get_meeting(ben, meeting_id)
    meetings.update_meeting(ana, meeting_id, meetings.get_meeting(ana, meeting_id))
    meetings.update_meeting(
        ana, meeting_id, replace(meetings.get_meeting(ana, meeting_id), location="Washington")
    )
    with pytest.raises(StaleRecordError):
        meetings.update_meeting(ben, meeting_id, replace(bens_copy, location="Ottawa"))

    reloaded = meetings.get_meeting(ben, meeting_id)
    saved = meetings.update_meeting(ben, meeting_id, replace(reloaded, title="Third round"))
    assert (saved.title, saved.location, saved.version) == ("Third round", "Washington", 3)
    assert meetings.get_meeting(ana, meeting_id) == saved


def test_a_save_that_gives_no_version_is_not_checked(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    """Callers written before versions keep working: a plain draft, or an explicit 0."""
    ana, ben = two_sessions
    meeting_id = _round(ana, world)
    meetings.update_meeting(
        ana, meeting_id, replace(meetings.get_meeting(ana, meeting_id), location="Washington")
    )
    draft = MeetingDraft(world.dialogue, "Second round", date(2027, 3, 15), location="Ottawa")
    assert meetings.update_meeting(ben, meeting_id, draft).location == "Ottawa"
    stale = replace(meetings.get_meeting(ben, meeting_id), version=1, location="Quebec")
    saved = meetings.update_meeting(ben, meeting_id, stale, expected_version=0)
    assert saved.location == "Quebec"


def test_an_explicit_expected_version_is_checked_for_a_plain_draft(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, ben = two_sessions
    meeting_id = _round(ana, world)
    meetings.update_meeting(
        ana, meeting_id, replace(meetings.get_meeting(ana, meeting_id), location="Washington")
    )
    draft = MeetingDraft(world.dialogue, "Second round", date(2027, 3, 15), location="Ottawa")
    with pytest.raises(StaleRecordError, match="Ana Pérez"):
        meetings.update_meeting(ben, meeting_id, draft, expected_version=1)
    assert meetings.get_meeting(ben, meeting_id).location == "Washington"


def test_a_race_the_store_notices_while_writing_is_refused_the_same_way(
    two_sessions: tuple[Services, Services], world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a server two transactions may both pass the version check before either writes;
    the versioned UPDATE then matches no row. Simulated by raising the version in between."""
    ana, ben = two_sessions
    meeting_id = _round(ana, world)
    bens_copy = meetings.get_meeting(ben, meeting_id)
    real_check = meetings.check_version

    def other_session_saves_first(uow: UnitOfWork, *args: object) -> None:
        real_check(uow, *args)  # type: ignore[arg-type]
        uow.session.execute(
            text("UPDATE meetings SET version = version + 1 WHERE id = :id"), {"id": meeting_id}
        )

    monkeypatch.setattr(meetings, "check_version", other_session_saves_first)
    with pytest.raises(StaleRecordError) as refused:
        meetings.update_meeting(ben, meeting_id, replace(bens_copy, location="Ottawa"))
    assert str(refused.value).startswith("meeting 'Second round' was changed by Ana Pérez at ")
    assert refused.value.record_id == meeting_id
    monkeypatch.undo()
    stored = meetings.get_meeting(ana, meeting_id)
    assert (stored.location, stored.version) == ("Mexico City", 1)


def test_the_store_maps_a_stale_write_to_a_refusal(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, _ben = two_sessions
    meeting_id = _round(ana, world)
    with (
        pytest.raises(StaleRecordError, match=r"^this meeting was changed by someone else"),
        ana.store.writing() as uow,
    ):
        row = uow.require(MeetingRow, meeting_id, "meeting")
        uow.session.execute(text("UPDATE meetings SET version = 7 WHERE id = :id"), {"id": row.id})
        row.title = "Overwritten"
        uow.flush()
    assert meetings.get_meeting(ana, meeting_id).title == "Second round"


# -- commitments ---------------------------------------------------------------------------


def _commitment(ana: Services, world: World) -> int:
    return commitments.create_commitment(ana, world.draft(), recorded_on=date(2027, 2, 1)).id


def test_the_later_status_change_of_a_commitment_is_refused(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, ben = two_sessions
    commitment_id = _commitment(ana, world)
    anas_copy = commitments.get_commitment(ana, commitment_id)
    bens_copy = commitments.get_commitment(ben, commitment_id)
    assert anas_copy.version == bens_copy.version == 1

    commitment_updates.change_status(
        ana,
        commitment_id,
        CommitmentStatus.IN_PROGRESS,
        date(2027, 3, 1),
        "Work started.",
        expected_version=anas_copy.version,
    )
    with pytest.raises(StaleRecordError) as refused:
        commitment_updates.change_status(
            ben,
            commitment_id,
            CommitmentStatus.DROPPED,
            date(2027, 3, 1),
            "No longer pursued.",
            reason="Overtaken by events",
            expected_version=bens_copy.version,
        )
    assert str(refused.value) == (
        f"commitment 'Share points of contact' {ANA_CHANGED}; reload it to see the change"
    )
    for side in (ana, ben):
        stored = commitments.get_commitment(side, commitment_id)
        assert (stored.status, stored.version) == (CommitmentStatus.IN_PROGRESS, 2)
        assert [u.note for u in commitment_updates.list_updates(side, commitment_id)] == [
            "Work started."
        ]

    reloaded = commitments.get_commitment(ben, commitment_id)
    commitment_updates.change_status(
        ben,
        commitment_id,
        CommitmentStatus.COMPLETED,
        date(2027, 3, 1),
        "Done.",
        expected_version=reloaded.version,
    )
    assert commitments.get_commitment(ana, commitment_id).status == CommitmentStatus.COMPLETED


def test_the_later_edit_of_a_commitment_is_refused(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    ana, ben = two_sessions
    commitment_id = _commitment(ana, world)
    bens_copy = commitments.get_commitment(ben, commitment_id)
    commitment_updates.move_due_date(
        ana, commitment_id, date(2027, 6, 1), date(2027, 3, 1), "Set at the round"
    )
    with pytest.raises(StaleRecordError, match=r"^commitment 'Share points of contact' was"):
        commitments.update_commitment(ben, commitment_id, replace(bens_copy, text="Rewritten"))
    assert commitments.get_commitment(ben, commitment_id).text == "Share points of contact"

    reloaded = commitments.get_commitment(ben, commitment_id)
    saved = commitments.update_commitment(ben, commitment_id, replace(reloaded, text="Rewritten"))
    assert (saved.text, saved.due, saved.version) == ("Rewritten", date(2027, 6, 1), 3)


def test_the_version_is_not_part_of_the_audit_trail(
    two_sessions: tuple[Services, Services], world: World
) -> None:
    from dialoguetracker.services import audit

    ana, _ben = two_sessions
    commitment_id = _commitment(ana, world)
    opened = commitments.get_commitment(ana, commitment_id)
    commitments.update_commitment(ana, commitment_id, replace(opened, text="Rewritten"))
    meeting_id = _round(ana, world)
    opened_meeting = meetings.get_meeting(ana, meeting_id)
    meetings.update_meeting(ana, meeting_id, replace(opened_meeting, location="Washington"))
    fields = {entry.field for entry in audit.history(ana, "commitment", commitment_id)}
    fields |= {entry.field for entry in audit.history(ana, "meeting", meeting_id)}
    assert "version" not in fields
