"""Briefing and meeting-record data for the report tests, built by hand.

The services that fill :class:`BriefingData` from a store are written in parallel, so the
renderer is tested on data made here: a full briefing for the next round of the U.S.–Mexico
cyber working group, with every part present, and small helpers to vary it. Every text is
distinct, so a test can tell which part of the data reached the page.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from pypdf import PdfReader

from dialoguetracker.domain.briefing import (
    AgendaPoint,
    Attachment,
    BriefingData,
    BriefingFormat,
    BriefingOptions,
    CommitmentLine,
    DueMove,
    LastRound,
    MeetingHeader,
    MeetingRecordData,
    Participant,
    PartyName,
    Scorecard,
    SinceLastRound,
    StatusCount,
    StatusMove,
    TopicHistory,
)
from dialoguetracker.domain.enums import (
    Audience,
    CommitmentStatus,
    DocumentKind,
    Presence,
    Role,
)

GENERATED = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
CENTRAL = timezone(timedelta(hours=-6), "CST")
PARTIES = (PartyName("US", "United States"), PartyName("MX", "Mexico"))

PURPOSE = "Agree a work plan for the second year and close two overdue commitments."
OBJECTIVES = ("Secure a date for the incident-response exercise", "Agree the ransomware MOU text")
THEIR_OBJECTIVES = ("Funding for the national CSIRT expansion",)
THEIR_ASKS = ("Training places at the NIST workshop",)
PRESS_LINE = "Both governments reaffirmed an open, interoperable and secure Internet."
POINT = "Thank Mexico for hosting and recall the August statement"
THEIR_POSITION = "Mexico will press for a faster timetable on CSIRT support."
OUR_RESPONSE = "Offer a technical visit in Q2 rather than new funding."
PREPARATION = (
    PURPOSE,
    *OBJECTIVES,
    *THEIR_OBJECTIVES,
    *THEIR_ASKS,
    PRESS_LINE,
    POINT,
    THEIR_POSITION,
    OUR_RESPONSE,
)
"""Every internal word of the full briefing: none may reach a counterpart or public PDF."""


def options(**changes: Any) -> BriefingOptions:
    base = BriefingOptions(prepared_by="Desk officer, Mexico desk", reproducible=True)
    return replace(base, **changes)


def person(name: str, party: str, role: Role = Role.MEMBER, **changes: Any) -> Participant:
    values: dict[str, Any] = {
        "name": name,
        "party": party,
        "organization": "Secretaría de Relaciones Exteriores" if party == "MX" else "State",
        "title": "Director General" if role is Role.HEAD else "Adviser",
        "role": role,
        "presence": Presence.PRESENT,
        "pronunciation": None,
        "biography": None,
    }
    values.update(changes)
    return Participant(**values)


def commitment(
    number: int, text: str | None = None, *, overdue: bool = False, **changes: Any
) -> CommitmentLine:
    values: dict[str, Any] = {
        "id": number,
        "text": text or f"Commitment {number}: share points of contact for incident response",
        "topic": "Cybercrime prevention",
        "owner": "US" if number % 2 else "MX",
        "status": CommitmentStatus.IN_PROGRESS,
        "due": date(2023, 1, 15) + timedelta(days=number % 90),
        "overdue": overdue,
        "latest_update": f"Update on commitment {number}",
        "latest_update_on": date(2023, 2, 1),
    }
    values.update(changes)
    return CommitmentLine(**values)


def meeting(**changes: Any) -> MeetingHeader:
    values: dict[str, Any] = {
        "id": 3,
        "title": "Second bilateral cyber dialogue",
        "start": datetime(2023, 3, 15, 9, 0, tzinfo=CENTRAL),
        "end": datetime(2023, 3, 15, 13, 0, tzinfo=CENTRAL),
        "location": "Secretaría de Relaciones Exteriores, Mexico City",
        "format": "in-person",
        "host": "MX",
        "status": "planned",
        "record": "draft",
    }
    values.update(changes)
    return MeetingHeader(**values)


def agenda() -> tuple[AgendaPoint, ...]:
    return (
        AgendaPoint(
            position=1,
            title="Institutional structures and strategies",
            topic="Institutional structures and strategies",
            lead="MX",
            presenter="Head of delegation, SRE",
            minutes=30,
            notes=None,
            outcome=None,
            points_to_make=(POINT, "Present the 2023 National Cybersecurity Strategy"),
            their_position=THEIR_POSITION,
            our_response=OUR_RESPONSE,
        ),
        AgendaPoint(
            position=2,
            title="Cybercrime prevention and the Budapest Convention",
            topic="Cybercrime prevention",
            lead="joint",
            presenter=None,
            minutes=45,
            notes=None,
            outcome=None,
            points_to_make=("Ask for Mexico's view on accession to the Budapest Convention",),
        ),
    )


def full_briefing(**changes: Any) -> BriefingData:
    """A briefing with every part present, for the internal audience."""
    values: dict[str, Any] = {
        "options": options(),
        "generated": GENERATED,
        "dialogue": "U.S.-Mexico Working Group on Cyber Issues",
        "dialogue_short": "Cyber WG",
        "framework": "U.S.-Mexico Bicentennial Framework",
        "parties": PARTIES,
        "our_side": "US",
        "meeting": meeting(),
        "purpose": PURPOSE,
        "objectives": OBJECTIVES,
        "their_objectives": THEIR_OBJECTIVES,
        "their_asks": THEIR_ASKS,
        "press_line": PRESS_LINE,
        "agenda": agenda(),
        "last_round": LastRound(
            title="First bilateral cyber dialogue under the Bicentennial Framework",
            start=date(2022, 8, 10),
            summary="The delegations reviewed institutional structures and capabilities.",
            outcomes=(("Cybercrime prevention", "Agreed to exchange points of contact"),),
        ),
        "since_last_round": SinceLastRound(
            since=date(2022, 8, 10),
            status_moves=(
                StatusMove(
                    "Share NIST frameworks",
                    date(2022, 11, 2),
                    CommitmentStatus.AGREED,
                    CommitmentStatus.IN_PROGRESS,
                    None,
                ),
            ),
            new_commitments=(commitment(7, "Hold a tabletop exercise"),),
            closed_commitments=(
                commitment(8, "Exchange points of contact", status=CommitmentStatus.COMPLETED),
            ),
            due_moves=(
                DueMove(
                    "Draft the ransomware MOU",
                    date(2023, 1, 20),
                    date(2023, 1, 31),
                    date(2023, 4, 30),
                    "Legal review in the SRE took longer",
                ),
            ),
        ),
        "open_by_topic": (
            (
                "Cybercrime prevention",
                (commitment(1, overdue=True), commitment(2)),
            ),
            ("Awareness and cyber hygiene", (commitment(3, topic="Awareness and cyber hygiene"),)),
        ),
        "scorecards": (Scorecard("US", 3, 1, 2, 1), Scorecard("MX", 2, 0, 3, 0)),
        "topic_history": (
            TopicHistory(
                "Cybercrime prevention",
                ((date(2022, 8, 10), "First bilateral cyber dialogue"),),
                open=2,
                closed=1,
            ),
        ),
        "chart": (
            StatusCount(CommitmentStatus.IN_PROGRESS, "US", 2),
            StatusCount(CommitmentStatus.IN_PROGRESS, "MX", 3),
            StatusCount(CommitmentStatus.COMPLETED, "US", 4),
            StatusCount(CommitmentStatus.COMPLETED, "MX", 2),
            StatusCount(CommitmentStatus.AGREED, "joint", 1),
        ),
        "counterpart_delegation": (
            person(
                "Alejandra Núñez Peña",
                "MX",
                Role.HEAD,
                pronunciation="ah-leh-HAHN-drah NOO-nyes PEH-nyah",
                biography="Career diplomat; led Mexico's delegation at the OEWG.",
            ),
            person("Javier Domínguez", "MX"),
        ),
        "our_delegation": (
            person("Jordan Smith", "US", Role.HEAD, biography="Coordinator for Cyber Issues."),
            person("Casey Lee", "US"),
        ),
        "attachments": (
            Attachment(
                DocumentKind.JOINT_STATEMENT,
                "Joint Statement on the U.S.-Mexico Cyber Dialogue",
                date(2022, 8, 10),
                "en",
                "https://www.state.gov/joint-statement-cyber?a=1&b=2",
            ),
        ),
    }
    values.update(changes)
    return BriefingData(**values)


def shared_briefing(audience: Audience, **changes: Any) -> BriefingData:
    """The full briefing as the services hand it over for a counterpart or public audience:
    the whole preparation emptied."""
    return full_briefing(
        options=options(audience=audience),
        purpose="",
        objectives=(),
        their_objectives=(),
        their_asks=(),
        press_line=None,
        agenda=tuple(
            replace(item, points_to_make=(), their_position=None, our_response=None)
            for item in agenda()
        ),
        **changes,
    )


def empty_briefing(**changes: Any) -> BriefingData:
    """A dialogue with nothing recorded and no meeting planned."""
    values: dict[str, Any] = {
        "options": options(),
        "generated": GENERATED,
        "dialogue": "New working group",
        "dialogue_short": None,
        "framework": None,
        "parties": PARTIES,
        "our_side": "US",
        "meeting": None,
    }
    values.update(changes)
    return BriefingData(**values)


def checklist_briefing(**changes: Any) -> BriefingData:
    return full_briefing(options=options(format=BriefingFormat.CHECKLIST), **changes)


def meeting_record(**changes: Any) -> MeetingRecordData:
    """The record of the first round: both delegations, two agenda items, commitments, a
    document."""
    values: dict[str, Any] = {
        "options": options(),
        "generated": GENERATED,
        "dialogue": "U.S.-Mexico Working Group on Cyber Issues",
        "parties": PARTIES,
        "meeting": meeting(
            title="First bilateral cyber dialogue",
            start=date(2022, 8, 10),
            end=None,
            status="held",
            record="final",
        ),
        "summary": "First dialogue since the Bicentennial Framework was established.",
        "delegations": (
            (PARTIES[0], (person("Jordan Smith", "US", Role.HEAD),)),
            (
                PARTIES[1],
                (
                    person("Alejandra Núñez Peña", "MX", Role.HEAD),
                    person("Javier Domínguez", "MX", presence=Presence.EXCUSED),
                ),
            ),
        ),
        "agenda": tuple(
            replace(item, notes=f"Notes on item {item.position}", outcome="Agreed to follow up")
            for item in agenda()
        ),
        "commitments_made": (commitment(1), commitment(2, overdue=True)),
        "commitments_reviewed": ((commitment(3), "Draft shared with SRE", date(2022, 8, 10)),),
        "documents": full_briefing().attachments,
    }
    values.update(changes)
    return MeetingRecordData(**values)


# Reading PDFs back -----------------------------------------------------------------------------


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    """The text of every page, with line breaks folded to spaces (a wrapped phrase matches)."""
    return " ".join(" ".join(text.split()) for text in page_texts(pdf))


def outline_titles(pdf: bytes) -> list[str]:
    """Every bookmark title, depth first."""
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader(pdf).outline)
    return titles
