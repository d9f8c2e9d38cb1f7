"""A dialogue in which every text with a handling is a unique marker word, so a test can tell
from a briefing's serialized form whether anything above its audience got through.

Markers are lower-case words that occur nowhere else: ``int…`` for internal text (and for the
preparation, which is always internal), ``cpt…`` for text shared with the counterpart only,
and ``pub…`` for public text. Round one (1 June 2022) is held; round two (1 June 2023) is
planned, so with the test clock at 1 March 2023 it is the meeting a briefing is for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dialoguetracker.domain.enums import (
    JOINT,
    CommitmentStatus,
    DocumentKind,
    Handling,
    MeetingStatus,
    Presence,
    Role,
)
from dialoguetracker.domain.records import (
    AgendaItemDraft,
    AttendanceDraft,
    CommitmentDraft,
    CommitmentUpdateDraft,
    DialogueDraft,
    DocumentDraft,
    MeetingBrief,
    MeetingDraft,
    OrganizationDraft,
    PartyDraft,
    PersonDraft,
    TopicDraft,
)
from dialoguetracker.services import Services
from dialoguetracker.services.agenda import create_agenda_item
from dialoguetracker.services.attendance import create_attendance
from dialoguetracker.services.briefs import set_brief
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.dialogues import create_dialogue, create_topic
from dialoguetracker.services.directory import create_organization, create_party, create_person
from dialoguetracker.services.documents import create_document
from dialoguetracker.services.meetings import create_meeting

INT, CPT, PUB = Handling.INTERNAL, Handling.COUNTERPART, Handling.PUBLIC

BRIEFING_INTERNAL = frozenset(
    {
        "intsummary",
        "intoutcomeone",
        "intdoconetitle",
        "intdoconeurl",
        "intdoctwotitle",
        "intpurpose",
        "intobjective",
        "inttheirobjective",
        "intask",
        "intpressline",
        "intpoint",
        "intposition",
        "intresponse",
        "intnotetwo",
        "intoutcometwo",
        "intcommitmentopen",
        "intcommitmentdone",
        "intdonenote",
        "intprogressnote",
        "intduereason",
        "intdropreason",
        "intlatestnote",
    }
)
"""Every internal text a briefing for round two can carry; the internal audience sees each."""

BRIEFING_COUNTERPART = frozenset(
    {"cptoutcomeone", "cptnotetwo", "cptcommitment", "cptupdatenote", "cptcompletereason"}
)
"""Texts shared with the counterpart: in its briefing, not in the public one."""

RECORD_INTERNAL = frozenset(
    {
        "intsummary",
        "intnoteone",
        "intoutcomeone",
        "intdoconetitle",
        "intdoconeurl",
        "intcommitmentdone",
        "intreviewnote",
    }
)
"""Every internal text of round one's record (the minutes)."""

RECORD_COUNTERPART = frozenset({"cptnoteone", "cptoutcomeone", "cptcommitment", "cptreviewnote"})


@dataclass(frozen=True)
class MarkerWorld:
    dialogue: int
    crime: int
    energy: int
    round_one: int
    round_two: int
    shared: int
    dropped: int
    public_done: int
    internal_open: int
    internal_done: int


def _update(services: Services, commitment: int, on: date, note: str, **rest: object) -> None:
    record_update(services, CommitmentUpdateDraft(commitment, on, note, **rest))  # type: ignore[arg-type]


def marker_world(services: Services) -> MarkerWorld:
    for code, name in (("US", "United States"), ("MX", "Mexico")):
        create_party(services, PartyDraft(code, name))
    state = create_organization(services, OrganizationDraft("US", "Department of State"))
    sre = create_organization(services, OrganizationDraft("MX", "Relaciones Exteriores"))
    us_head = create_person(services, PersonDraft("Alice Adams", "US", state.id)).id
    us_member = create_person(services, PersonDraft("Bob Brown", "US", state.id)).id
    mx_head = create_person(
        services,
        PersonDraft("María Núñez", "MX", sre.id, pronunciation="ma-REE-a", biography="Diplomat."),
    ).id
    mx_member = create_person(services, PersonDraft("Carlos Cruz", "MX", sre.id)).id
    dialogue = create_dialogue(services, DialogueDraft("Marker dialogue", ("US", "MX"))).id
    crime = create_topic(services, TopicDraft(dialogue, "Cybercrime")).id
    energy = create_topic(services, TopicDraft(dialogue, "Energy grids")).id

    one = create_meeting(
        services,
        MeetingDraft(
            dialogue,
            "Round one",
            date(2022, 6, 1),
            status=MeetingStatus.HELD,
            summary="intsummary",
            summary_handling=INT,
        ),
    ).id
    two = create_meeting(services, MeetingDraft(dialogue, "Round two", date(2023, 6, 1))).id
    for meeting in (one, two):
        for person, role in (
            (us_member, Role.MEMBER),
            (mx_member, Role.MEMBER),
            (us_head, Role.HEAD),
            (mx_head, Role.HEAD),
        ):
            create_attendance(services, AttendanceDraft(meeting, person, role, Presence.PRESENT))
    create_agenda_item(
        services,
        AgendaItemDraft(one, "Opening", notes="intnoteone", outcome="intoutcomeone", handling=INT),
    )
    create_agenda_item(
        services,
        AgendaItemDraft(
            one, "Crime", crime, notes="cptnoteone", outcome="cptoutcomeone", handling=CPT
        ),
    )
    create_document(
        services,
        DocumentDraft(
            one, DocumentKind.READOUT, "intdoconetitle", url="https://intdoconeurl", handling=INT
        ),
    )
    create_document(
        services,
        DocumentDraft(one, DocumentKind.JOINT_STATEMENT, "Joint statement", date(2022, 6, 1)),
    )
    set_brief(
        services,
        MeetingBrief(
            two,
            purpose="intpurpose",
            objectives=("intobjective",),
            their_objectives=("inttheirobjective",),
            their_asks=("intask",),
            press_line="intpressline",
        ),
    )
    create_agenda_item(
        services,
        AgendaItemDraft(
            two,
            "Crime again",
            crime,
            lead="US",
            presenter_id=us_head,
            planned_minutes=30,
            notes="cptnotetwo",
            handling=CPT,
            points_to_make=("intpoint",),
            their_position="intposition",
            our_response="intresponse",
        ),
    )
    create_agenda_item(
        services,
        AgendaItemDraft(two, "Energy", energy, notes="intnotetwo", outcome="intoutcometwo"),
    )
    create_document(
        services, DocumentDraft(two, DocumentKind.MINUTES, "intdoctwotitle", handling=INT)
    )

    def commitment(text: str, owner: str, handling: Handling, **rest: object) -> int:
        draft = CommitmentDraft(dialogue, text, owner, handling=handling, **rest)  # type: ignore[arg-type]
        return create_commitment(services, draft).id

    shared = create_commitment(
        services,
        CommitmentDraft(
            dialogue, "cptcommitment", "MX", meeting_id=one, topic_id=crime, handling=CPT
        ),
        due=date(2022, 12, 1),
    ).id
    _update(services, shared, date(2022, 6, 1), "intreviewnote", meeting_id=one)
    _update(services, shared, date(2022, 6, 1), "cptreviewnote", meeting_id=one, handling=CPT)
    _update(
        services, shared, date(2022, 10, 1), "intprogressnote", status=CommitmentStatus.IN_PROGRESS
    )
    _update(
        services, shared, date(2022, 11, 1), "moved", due=date(2023, 2, 1), reason="intduereason"
    )
    _update(services, shared, date(2022, 12, 1), "cptupdatenote", handling=CPT)

    dropped = commitment("pubdroppedcommitment", JOINT, PUB, meeting_id=one, topic_id=energy)
    _update(
        services,
        dropped,
        date(2022, 11, 15),
        "dropped",
        status=CommitmentStatus.DROPPED,
        reason="intdropreason",
    )
    public_done = commitment("pubcommitmentdone", "US", PUB, meeting_id=one, topic_id=energy)
    _update(
        services,
        public_done,
        date(2022, 12, 10),
        "done",
        status=CommitmentStatus.COMPLETED,
        reason="cptcompletereason",
        handling=CPT,
    )
    _update(services, public_done, date(2023, 1, 5), "intlatestnote")

    internal_open = create_commitment(
        services,
        CommitmentDraft(dialogue, "intcommitmentopen", "US", topic_id=crime, handling=INT),
        due=date(2023, 1, 1),
        recorded_on=date(2022, 9, 1),
    ).id
    internal_done = commitment("intcommitmentdone", "MX", INT, meeting_id=one)
    _update(
        services, internal_done, date(2022, 10, 1), "intdonenote", status=CommitmentStatus.COMPLETED
    )
    return MarkerWorld(
        dialogue=dialogue,
        crime=crime,
        energy=energy,
        round_one=one,
        round_two=two,
        shared=shared,
        dropped=dropped,
        public_done=public_done,
        internal_open=internal_open,
        internal_done=internal_done,
    )
