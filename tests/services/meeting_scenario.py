"""The world the meeting tests play in: the U.S.-Mexico working group, its people and topics,
and a Canadian party and dialogue that stand outside it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, timezone

from dialoguetracker.domain.records import (
    DialogueDraft,
    Meeting,
    MeetingDraft,
    PartyDraft,
    PersonDraft,
    TopicDraft,
    When,
)
from dialoguetracker.services import Services, dialogues, directory, meetings

EDT = timezone(timedelta(hours=-4))
CDT = timezone(timedelta(hours=-5))


@dataclass(frozen=True)
class WorkingGroup:
    dialogue_id: int
    other_dialogue_id: int
    cybercrime_id: int
    infrastructure_id: int
    other_topic_id: int
    us_head_id: int
    us_member_id: int
    mx_head_id: int
    mx_member_id: int
    ca_observer_id: int
    extra_mx_id: int


def working_group(services: Services) -> WorkingGroup:
    for code, name in (("US", "United States"), ("MX", "Mexico"), ("CA", "Canada")):
        directory.create_party(services, PartyDraft(code, name))
    wg = dialogues.create_dialogue(
        services, DialogueDraft("U.S.-Mexico Working Group on Cyber Issues", ("US", "MX"))
    )
    other = dialogues.create_dialogue(
        services, DialogueDraft("U.S.-Canada Cyber Dialogue", ("US", "CA"))
    )

    def topic(dialogue_id: int, name: str) -> int:
        return dialogues.create_topic(services, TopicDraft(dialogue_id, name)).id

    def person(name: str, party: str) -> int:
        return directory.create_person(services, PersonDraft(name, party)).id

    return WorkingGroup(
        dialogue_id=wg.id,
        other_dialogue_id=other.id,
        cybercrime_id=topic(wg.id, "Cybercrime"),
        infrastructure_id=topic(wg.id, "Critical infrastructure"),
        other_topic_id=topic(other.id, "Arctic networks"),
        us_head_id=person("Alice Moreno", "US"),
        us_member_id=person("Bob Stone", "US"),
        mx_head_id=person("Carla Núñez", "MX"),
        mx_member_id=person("Diego Ortiz", "MX"),
        ca_observer_id=person("Émile Tremblay", "CA"),
        extra_mx_id=person("ana Paz", "MX"),
    )


def plan_meeting(
    services: Services,
    wg: WorkingGroup,
    title: str = "Second plenary",
    start: When = date(2022, 8, 10),
    end: When | None = None,
    host: str | None = "MX",
) -> Meeting:
    return meetings.create_meeting(
        services,
        MeetingDraft(wg.dialogue_id, title, start, end, location="Mexico City", host=host),
    )
