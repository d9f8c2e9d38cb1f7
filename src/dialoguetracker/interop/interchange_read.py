"""Reading an interchange file: JSON → checked :class:`InterchangeData`.

Every value and every file-local reference is checked here, before the store is touched, and
the first problem is reported at its JSON path with the value found
(``dialogues[0].meetings[3].start: not a date: '2022-13-01'``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from dialoguetracker.domain.enums import (
    JOINT,
    CommitmentStatus,
    DialogueStatus,
    DocumentKind,
    Handling,
    MeetingFormat,
    MeetingStatus,
    Presence,
    RecordState,
    Role,
)
from dialoguetracker.domain.errors import ValidationError, no_record
from dialoguetracker.domain.interchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    AgendaItemData,
    AssessmentData,
    BriefData,
    CommitmentData,
    DialogueData,
    DocumentData,
    InterchangeData,
    LeadData,
    MeetingData,
    OrganizationData,
    ParticipantData,
    PartyData,
    PersonData,
    SourceData,
    TopicData,
    UpdateData,
)
from dialoguetracker.domain.record_kinds import kind_noun
from dialoguetracker.domain.words import translate
from dialoguetracker.interop.json_values import JsonObject, collector_paused

_ENTRIES = {
    "an organization": translate("Errors", "an organization"),
    "a person of that party": translate("Errors", "a person of that party"),
    "a dialogue": translate("Errors", "a dialogue"),
    "a topic": translate("Errors", "a topic"),
    "a meeting on that day": translate("Errors", "a meeting on that day"),
    "a participant": translate("Errors", "a participant"),
    "an agenda item": translate("Errors", "an agenda item"),
    "a commitment": translate("Errors", "a commitment"),
    "an update on that day": translate("Errors", "an update on that day"),
}
"""What two entries of one natural key are, as a message names them; made once here rather
than for each of the file's entries, where nothing is said unless one is listed twice."""


def _said(what: str) -> str:
    """An entry's name from :data:`_ENTRIES`, else a document of the kind ``what``."""
    return _ENTRIES.get(what) or translate("Errors", "a {kind}").format(kind=kind_noun(what))


def read_interchange(raw: str | bytes) -> InterchangeData:
    """Parse and check a whole interchange document; raises ValidationError at the first fault."""
    with collector_paused():
        return _read(raw)


def _read(raw: str | bytes) -> InterchangeData:
    try:
        value = json.loads(raw)
    except UnicodeDecodeError as exc:
        raise ValidationError(
            "file", translate("Errors", "not UTF-8 text (byte {byte})").format(byte=exc.start)
        ) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "file",
            translate("Errors", "not JSON (line {line}, column {column}: {reason})").format(
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            ),
        ) from None
    except RecursionError:
        raise ValidationError(
            "file", translate("Errors", "nested too deeply to be an interchange file")
        ) from None
    if not isinstance(value, dict):
        raise ValidationError(
            "file", translate("Errors", "not a Dialogue Tracker interchange file (no top object)")
        )
    return _Reader().document(JsonObject(value, ""))


@dataclass
class _Ids:
    """File-local ids seen so far, by kind, to find duplicates and dangling references."""

    parties: set[str] = field(default_factory=set)
    organizations: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    topics: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    commitments: set[str] = field(default_factory=set)


class _Reader:
    def __init__(self) -> None:
        self.ids = _Ids()
        self.keys: set[object] = set()
        self.dialogue_keys: set[object] = set()
        self.meeting_keys: set[object] = set()
        self.commitment_keys: set[object] = set()

    def document(self, top: JsonObject) -> InterchangeData:
        kind = top.value.get("format")
        if kind != FORMAT_NAME:
            shown = translate("Errors", "missing") if kind is None else repr(kind)
            raise ValidationError(
                "format",
                translate(
                    "Errors", "not a Dialogue Tracker interchange file (format is {format})"
                ).format(
                    format=shown,
                ),
            )
        version = top.value.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ValidationError(
                "version",
                translate("Errors", "not a format version: {value!r}").format(value=version),
            )
        if version > FORMAT_VERSION:
            raise ValidationError(
                "version",
                translate(
                    "Errors",
                    "{version} is newer than this program reads ({known}); update Dialogue Tracker",
                ).format(
                    version=version,
                    known=FORMAT_VERSION,
                ),
            )
        parties = tuple(self.party(item) for item in top.objects("parties"))
        organizations = tuple(self.organization(item) for item in top.objects("organizations"))
        people = tuple(self.person(item) for item in top.objects("people"))
        dialogues = tuple(self.dialogue(item) for item in top.objects("dialogues"))
        return InterchangeData(parties, organizations, people, dialogues)

    # -- references ----------------------------------------------------------------------

    def _new_id(self, item: JsonObject, seen: set[str] | dict[str, str], kind: str) -> str:
        local = item.text("id")
        if local in seen:
            raise ValidationError(
                item.at("id"),
                translate("Errors", "{kind} id {id!r} is used twice").format(
                    kind=kind_noun(kind), id=local
                ),
            )
        return local

    def _party(self, item: JsonObject, key: str, value: str | None = None) -> str:
        code = item.text(key) if value is None else value
        if code not in self.ids.parties:
            raise ValidationError(
                item.at(key), translate("Errors", "unknown party code {code!r}").format(code=code)
            )
        return code

    def _ref(
        self, item: JsonObject, key: str, seen: set[str] | dict[str, str], kind: str
    ) -> str | None:
        local = item.optional_text(key)
        if local is not None and local not in seen:
            raise ValidationError(item.at(key), no_record(kind, repr(local)))
        return local

    def _side(
        self, item: JsonObject, key: str, parties: tuple[str, ...], required: bool
    ) -> str | None:
        side = item.optional_text(key, required=required)
        if side is None or side == JOINT:
            return side
        if side not in parties:
            allowed = ", ".join((*parties, JOINT))
            raise ValidationError(
                item.at(key),
                translate("Errors", "not one of {allowed}: {value!r}").format(
                    allowed=allowed, value=side
                ),
            )
        return side

    @staticmethod
    def _once(seen: set[object], key: object, item: JsonObject, field: str, what: str) -> None:
        """Two entries with one natural key would be one record in the store: the second
        would silently vanish on import, so the file is refused instead."""
        if key in seen:
            shown = item.value.get(field)
            raise ValidationError(
                item.at(field),
                translate("Errors", "{what} is listed twice: {value!r}").format(
                    what=_said(what), value=shown
                ),
            )
        seen.add(key)

    # -- entries -------------------------------------------------------------------------

    def party(self, item: JsonObject) -> PartyData:
        code = item.text("code")
        if code in self.ids.parties:
            raise ValidationError(
                item.at("code"),
                translate("Errors", "party code {code!r} is listed twice").format(code=code),
            )
        if code == JOINT or code != code.strip() or " " in code:
            raise ValidationError(
                item.at("code"),
                translate("Errors", "not a usable party code: {code!r}").format(code=code),
            )
        self.ids.parties.add(code)
        return PartyData(code, item.text("name"), item.optional_text("language"), item.path)

    def organization(self, item: JsonObject) -> OrganizationData:
        local = self._new_id(item, self.ids.organizations, "organization")
        party = self._party(item, "party")
        name = item.text("name")
        self._once(self.keys, ("organization", party, name), item, "name", "an organization")
        self.ids.organizations[local] = party
        return OrganizationData(local, party, name, item.path)

    def person(self, item: JsonObject) -> PersonData:
        local = self._new_id(item, self.ids.people, "person")
        name = item.text("name")
        party = self._party(item, "party")
        self._once(self.keys, ("person", party, name), item, "name", "a person of that party")
        organization = self._ref(item, "organization", self.ids.organizations, "organization")
        if organization is not None and self.ids.organizations[organization] != party:
            raise ValidationError(
                item.at("organization"),
                translate("Errors", "organization {id!r} is not of party {party}").format(
                    id=organization,
                    party=party,
                ),
            )
        self.ids.people[local] = party
        return PersonData(
            local,
            name,
            party,
            organization,
            item.optional_text("title"),
            item.optional_text("contact"),
            item.optional_text("pronunciation"),
            item.optional_text("biography"),
            item.path,
        )

    def dialogue(self, item: JsonObject) -> DialogueData:
        local = item.text("id")
        name = item.text("name")
        self._once(self.keys, ("dialogue", name), item, "name", "a dialogue")
        codes = item.texts("parties")
        if len(codes) < 2:
            raise ValidationError(
                item.at("parties"), translate("Errors", "a dialogue needs at least two parties")
            )
        for index, code in enumerate(codes):
            if code not in self.ids.parties:
                raise ValidationError(
                    f"{item.at('parties')}[{index}]",
                    translate("Errors", "unknown party code {code!r}").format(code=code),
                )
        self.ids.topics, self.ids.meetings, self.ids.documents = set(), set(), set()
        self.dialogue_keys = set()
        topics = tuple(self.topic(topic) for topic in item.objects("topics"))
        meetings = tuple(self.meeting(meeting, codes) for meeting in item.objects("meetings"))
        commitments = tuple(self.commitment(c, codes) for c in item.objects("commitments"))
        return DialogueData(
            local,
            name,
            codes,
            item.optional_text("short_name"),
            item.optional_text("framework"),
            item.optional_text("description"),
            item.choice("status", DialogueStatus, DialogueStatus.ACTIVE),
            topics,
            meetings,
            commitments,
            item.path,
        )

    def topic(self, item: JsonObject) -> TopicData:
        local = self._new_id(item, self.ids.topics, "topic")
        self.ids.topics.add(local)
        name = item.text("name")
        self._once(self.dialogue_keys, ("topic", name), item, "name", "a topic")
        return TopicData(local, name, item.path)

    def meeting(self, item: JsonObject, parties: tuple[str, ...]) -> MeetingData:
        local = self._new_id(item, self.ids.meetings, "meeting")
        self.ids.meetings.add(local)
        title = item.text("title")
        start = item.when("start", required=True)
        assert start is not None
        day = start.date() if isinstance(start, datetime) else start
        self._once(
            self.dialogue_keys, ("meeting", title, day), item, "title", "a meeting on that day"
        )
        host = item.optional_text("host")
        if host is not None and host not in parties:
            raise ValidationError(
                item.at("host"),
                translate("Errors", "not a party of the dialogue: {code!r}").format(code=host),
            )
        brief = item.object("brief")
        self.meeting_keys = set()
        return MeetingData(
            id=local,
            title=title,
            start=start,
            end=item.when("end"),
            location=item.optional_text("location"),
            format=item.optional_choice("format", MeetingFormat),
            status=item.choice("status", MeetingStatus, MeetingStatus.PLANNED),
            record=item.choice("record", RecordState, RecordState.DRAFT),
            host=host,
            summary=item.optional_text("summary"),
            summary_handling=item.choice("summary_handling", Handling, Handling.COUNTERPART),
            brief=None if brief is None else self.brief(brief),
            participants=tuple(self.participant(p) for p in item.objects("participants")),
            agenda=tuple(self.agenda_item(a, parties) for a in item.objects("agenda")),
            documents=tuple(self.document_entry(d) for d in item.objects("documents")),
            path=item.path,
        )

    def brief(self, item: JsonObject) -> BriefData:
        return BriefData(
            purpose=item.optional_text("purpose") or "",
            objectives=item.texts("objectives"),
            their_objectives=item.texts("their_objectives"),
            their_asks=item.texts("their_asks"),
            press_line=item.optional_text("press_line"),
            handling=item.choice("handling", Handling, Handling.INTERNAL),
            path=item.path,
        )

    def participant(self, item: JsonObject) -> ParticipantData:
        person = self._ref(item, "person", self.ids.people, "person")
        if person is None:
            raise ValidationError(item.at("person"), translate("Errors", "missing"))
        self._once(self.meeting_keys, ("person", person), item, "person", "a participant")
        return ParticipantData(
            person,
            item.choice("role", Role, Role.MEMBER),
            item.choice("presence", Presence, Presence.UNKNOWN),
            item.path,
        )

    def agenda_item(self, item: JsonObject, parties: tuple[str, ...]) -> AgendaItemData:
        title = item.text("title")
        self._once(self.meeting_keys, ("agenda", title), item, "title", "an agenda item")
        return AgendaItemData(
            title=title,
            topic=self._ref(item, "topic", self.ids.topics, "topic"),
            lead=self._side(item, "lead", parties, required=False),
            presenter=self._ref(item, "presenter", self.ids.people, "person"),
            minutes=item.integer("minutes"),
            notes=item.optional_text("notes"),
            outcome=item.optional_text("outcome"),
            handling=item.choice("handling", Handling, Handling.INTERNAL),
            points_to_make=item.texts("points_to_make"),
            their_position=item.optional_text("their_position"),
            our_response=item.optional_text("our_response"),
            path=item.path,
        )

    def document_entry(self, item: JsonObject) -> DocumentData:
        local = item.optional_text("id")
        if local is not None:
            if local in self.ids.documents:
                raise ValidationError(
                    item.at("id"),
                    translate("Errors", "{kind} id {id!r} is used twice").format(
                        kind=kind_noun("document"),
                        id=local,
                    ),
                )
            self.ids.documents.add(local)
        kind = item.required_choice("kind", DocumentKind)
        title = item.text("title")
        self._once(self.meeting_keys, ("document", kind, title), item, "title", kind)
        return DocumentData(
            id=local,
            kind=kind,
            title=title,
            date=item.date("date"),
            language=item.optional_text("language"),
            url=item.optional_text("url"),
            text=item.optional_text("text"),
            handling=item.choice("handling", Handling, Handling.PUBLIC),
            path=item.path,
        )

    def commitment(self, item: JsonObject, parties: tuple[str, ...]) -> CommitmentData:
        local = self._new_id(item, self.ids.commitments, "commitment")
        self.ids.commitments.add(local)
        text = item.text("text")
        self._once(self.dialogue_keys, ("commitment", text), item, "text", "a commitment")
        owner = self._side(item, "owner", parties, required=True)
        assert owner is not None
        source = item.object("source")
        self.commitment_keys = set()
        return CommitmentData(
            id=local,
            text=text,
            owner=owner,
            status=item.required_choice("status", CommitmentStatus),
            topic=self._ref(item, "topic", self.ids.topics, "topic"),
            meeting=self._ref(item, "meeting", self.ids.meetings, "meeting"),
            leads=tuple(self.lead(lead) for lead in item.objects("leads")),
            due=item.date("due"),
            source=None if source is None else self.source(source),
            handling=item.choice("handling", Handling, Handling.COUNTERPART),
            updates=tuple(self.update(update) for update in item.objects("updates")),
            assessments=tuple(
                self.assessment(assessment, parties if owner == JOINT else (owner,))
                for assessment in item.objects("assessments")
            ),
            recorded=item.date("recorded"),
            initial_status=item.optional_choice("initial_status", CommitmentStatus),
            initial_due=item.date("initial_due"),
            path=item.path,
        )

    def lead(self, item: JsonObject) -> LeadData:
        organization = self._ref(item, "organization", self.ids.organizations, "organization")
        if organization is None:
            raise ValidationError(item.at("organization"), translate("Errors", "missing"))
        return LeadData(
            organization, self._ref(item, "person", self.ids.people, "person"), item.path
        )

    def source(self, item: JsonObject) -> SourceData:
        return SourceData(
            self._ref(item, "document", self.ids.documents, "document"),
            item.optional_text("clause"),
            item.path,
        )

    def assessment(self, item: JsonObject, sides: tuple[str, ...]) -> AssessmentData:
        """``sides``: the commitment's owner, or every party of the dialogue for a joint one."""
        side = item.text("side")
        if side not in sides:
            raise ValidationError(
                item.at("side"),
                translate(
                    "Errors", "'{side}' is not a side this commitment is assessed for ({sides})"
                ).format(side=side, sides=", ".join(sides)),
            )
        on = item.date("date", required=True)
        assert on is not None
        return AssessmentData(
            side=side,
            score=item.score("score"),
            evidence=item.text("evidence"),
            date=on,
            period_end=item.date("period_end"),
            final=item.flag("final"),
            handling=item.choice("handling", Handling, Handling.INTERNAL),
            by=item.optional_text("by"),
            path=item.path,
        )

    def update(self, item: JsonObject) -> UpdateData:
        on = item.date("date", required=True)
        assert on is not None
        note = item.text("note")
        self._once(self.commitment_keys, (on, note), item, "note", "an update on that day")
        return UpdateData(
            date=on,
            note=note,
            status=item.optional_choice("status", CommitmentStatus),
            due=item.date("due"),
            reason=item.optional_text("reason"),
            meeting=self._ref(item, "meeting", self.ids.meetings, "meeting"),
            handling=item.choice("handling", Handling, Handling.INTERNAL),
            path=item.path,
        )
