from __future__ import annotations

import pytest
from meeting_scenario import WorkingGroup, plan_meeting, working_group

from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.records import MeetingBrief
from dialoguetracker.services import Services, briefs
from dialoguetracker.services.audit import history


@pytest.fixture
def wg(services: Services) -> WorkingGroup:
    return working_group(services)


def test_a_meeting_has_no_brief_until_one_is_written(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    assert briefs.get_brief(services, meeting.id) is None

    brief = MeetingBrief(
        meeting.id,
        purpose="Agree a work plan on cybercrime.",
        objectives=("Secure a date for the next round",),
        their_objectives=("Capacity building",),
        their_asks=("Training for prosecutors",),
        press_line="Productive talks.",
    )
    stored = briefs.set_brief(services, brief)

    assert stored == brief
    assert briefs.get_brief(services, meeting.id) == brief
    assert brief.handling is Handling.INTERNAL
    entries = history(services, "meeting_brief", meeting.id)
    assert [(e.action, e.new) for e in entries] == [("create", "Agree a work plan on cybercrime.")]


def test_writing_the_brief_again_replaces_it_and_audits_each_field(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    briefs.set_brief(services, MeetingBrief(meeting.id, "Agree a work plan.", ("One",)))

    briefs.set_brief(
        services,
        MeetingBrief(meeting.id, "Agree a work plan.", ("One", "Two"), press_line="No comment."),
    )

    stored = briefs.get_brief(services, meeting.id)
    assert stored is not None
    assert (stored.objectives, stored.press_line) == (("One", "Two"), "No comment.")
    changes = [(e.field, e.old, e.new) for e in history(services, "meeting_brief", meeting.id)[1:]]
    assert changes == [("objectives", "One", "One; Two"), ("press_line", None, "No comment.")]


def test_a_bad_brief_names_its_field_and_keeps_the_old_one(
    services: Services, wg: WorkingGroup
) -> None:
    meeting = plan_meeting(services, wg)
    good = briefs.set_brief(services, MeetingBrief(meeting.id, "Agree a work plan."))

    with pytest.raises(ValidationError) as raised:
        briefs.set_brief(services, MeetingBrief(meeting.id, "x", objectives=("fine", "  ")))
    assert raised.value.field == "objectives[1]"
    with pytest.raises(ValidationError) as raised:
        briefs.set_brief(services, MeetingBrief(meeting.id, "a\x00b"))
    assert raised.value.field == "purpose"

    assert briefs.get_brief(services, meeting.id) == good


def test_deleting_the_brief_is_audited(services: Services, wg: WorkingGroup) -> None:
    meeting = plan_meeting(services, wg)
    briefs.set_brief(services, MeetingBrief(meeting.id, "Agree a work plan."))

    briefs.delete_brief(services, meeting.id)

    assert briefs.get_brief(services, meeting.id) is None
    entries = history(services, "meeting_brief", meeting.id)
    assert [(e.action, e.old) for e in entries][-1] == ("delete", "Agree a work plan.")
    with pytest.raises(NotFoundError):
        briefs.delete_brief(services, meeting.id)


def test_a_brief_needs_a_meeting(services: Services) -> None:
    with pytest.raises(NotFoundError, match="no meeting with id 7"):
        briefs.get_brief(services, 7)
    with pytest.raises(NotFoundError, match="no meeting with id 7"):
        briefs.set_brief(services, MeetingBrief(7, "Orphan"))
