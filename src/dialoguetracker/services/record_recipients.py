"""Who a meeting's record is sent to, for one audience.

The record goes to the meeting's participants whose contact holds an e-mail address, and only
to those the audience's handling lets read it: an internal record to our own delegation (an
internal paper is for our side only), a counterpart record to the other delegation, a public
record to everyone listed. Our side is the party named, else the dialogue's first party, as in
a briefing. Those copied for information go on the Cc line; nobody is sent anything here — the
caller writes a draft for the user's own mail program.
"""

from __future__ import annotations

from dialoguetracker.domain.enums import Audience, Role
from dialoguetracker.domain.errors import NotFoundError, ValidationError
from dialoguetracker.domain.recipients import Recipient, RecordRecipients, address_in
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.services.validation import check_choice
from dialoguetracker.store.models import AttendanceRow, DialogueRow, MeetingRow, PartyRow, PersonRow

_ROLE_ORDER = {role.value: index for index, role in enumerate(Role)}


def record_recipients(
    services: Services, meeting_id: int, audience: Audience, our_side: str | None = None
) -> RecordRecipients:
    """The participants of ``meeting_id`` a record for ``audience`` is addressed to, each
    delegation in the dialogue's order of parties, heads of delegation first."""
    audience = check_choice("audience", Audience, audience)
    with services.read() as uow:
        meeting = uow.get(MeetingRow, meeting_id)
        if meeting is None:
            raise NotFoundError("meeting", meeting_id)
        dialogue = uow.require(DialogueRow, meeting.dialogue_id, "dialogue")
        places = {member.party.code: member.position for member in dialogue.members}
        ours = our_side or min(places, key=places.__getitem__, default=None)
        if ours is not None and ours not in places:
            raise ValidationError(
                "our_side",
                translate("Errors", "{code!r} is not a party of this dialogue").format(code=ours),
            )
        found = []
        for row in uow.all(AttendanceRow, meeting_id=meeting_id):
            person = uow.require(PersonRow, row.person_id, "person")
            party = uow.require(PartyRow, person.party_id, "party").code
            if _reads(audience, party, ours, places):
                key = (places.get(party, len(places)), party, _ROLE_ORDER.get(row.role, 0))
                found.append((*key, person.name.casefold(), person.name, person.contact, row.role))
    to: list[Recipient] = []
    cc: list[Recipient] = []
    without: list[str] = []
    seen: set[str] = set()
    for _place, party, _role, _folded, name, contact, role in sorted(found, key=lambda e: e[:4]):
        address = address_in(contact)
        if address is None:
            without.append(name)
        elif address.casefold() not in seen:
            seen.add(address.casefold())
            (cc if role == Role.COPIED.value else to).append(Recipient(name, address, party))
    return RecordRecipients(tuple(to), tuple(cc), tuple(without))


def _reads(audience: Audience, party: str, ours: str | None, places: dict[str, int]) -> bool:
    """Whether a participant of ``party`` is someone a record for ``audience`` goes to."""
    if audience is Audience.INTERNAL:
        return party == ours
    if audience is Audience.COUNTERPART:
        return party in places and party != ours
    return True
