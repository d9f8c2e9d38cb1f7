"""Full-text search, on SQLite (FTS5) and PostgreSQL (tsvector) alike.

Every word of a query must start a word of the record, in any case, with or without accents;
the index is kept by triggers, so an edit is found by its new words and a deleted record is
gone; nothing typed is read as FTS5 or tsquery syntax.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from commitment_world import World, build_world

from dialoguetracker.domain.enums import DocumentKind
from dialoguetracker.domain.records import (
    CommitmentUpdateDraft,
    DocumentDraft,
    MeetingDraft,
    PersonDraft,
)
from dialoguetracker.services import Services, directory
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import (
    create_commitment,
    delete_commitment,
    get_commitment,
    update_commitment,
)
from dialoguetracker.services.documents import create_document, delete_document
from dialoguetracker.services.meetings import create_meeting, delete_meeting
from dialoguetracker.services.search import search

Hits = list[tuple[str, int]]


def found(services: Services, query: str) -> Hits:
    return [(hit.kind, hit.record_id) for hit in search(services, query)]


@pytest.fixture
def world(services: Services) -> World:
    return build_world(services)


def commitment(services: Services, world: World, text: str) -> int:
    return create_commitment(services, world.draft(text)).id


def test_accents_are_ignored_both_ways(services: Services, world: World) -> None:
    accented = commitment(services, world, "Convocar una reunión técnica en Querétaro")
    plain = commitment(services, world, "Hold a reunion of the technical team in Queretaro")

    assert found(services, "reunion") == [("commitment", accented), ("commitment", plain)]
    assert found(services, "REUNIÓN") == [("commitment", accented), ("commitment", plain)]
    assert found(services, "queretaro tecnica") == [("commitment", accented)]
    assert found(services, "Querétaro technical") == [("commitment", plain)]


def test_a_decomposed_accent_is_the_same_letter(services: Services, world: World) -> None:
    record = commitment(services, world, "Informe de la Reunio\u0301n")
    assert found(services, "reunión") == [("commitment", record)]
    assert found(services, "Reunio\u0301n") == [("commitment", record)]


def test_case_is_ignored(services: Services, world: World) -> None:
    record = commitment(services, world, "Share RANSOMWARE indicators")
    assert (
        found(services, "ransomware") == found(services, "RansomWare") == [("commitment", record)]
    )


def test_a_word_is_found_by_its_beginning_only(services: Services, world: World) -> None:
    record = commitment(services, world, "Agree the budget for the training course")
    assert found(services, "budg") == [("commitment", record)]
    assert found(services, "train cour") == [("commitment", record)]
    assert found(services, "udget") == []  # not a substring search


def test_every_word_must_match_anywhere_in_the_record(services: Services, world: World) -> None:
    both = commitment(services, world, "Exchange threat indicators on ransomware")
    one = commitment(services, world, "Exchange points of contact")

    assert found(services, "exchange ransomware") == [("commitment", both)]
    assert found(services, "ransomware exchange") == [("commitment", both)]
    assert found(services, "exchange") == [("commitment", both), ("commitment", one)]
    assert found(services, "exchange quantum") == []


def test_words_in_different_columns_of_one_record_match_it(
    services: Services, world: World
) -> None:
    meeting = create_meeting(
        services,
        MeetingDraft(
            world.dialogue,
            "Third plenary",
            date(2023, 6, 1),
            location="Ciudad de México",
            summary="Agreed a joint exercise.",
        ),
    )
    assert found(services, "plenary mexico exercise") == [("meeting", meeting.id)]


def test_every_kind_is_searched_and_listed_in_order(services: Services, world: World) -> None:
    word = "zanzibar"
    meeting = create_meeting(
        services, MeetingDraft(world.dialogue, f"{word} round", date(2023, 1, 1))
    )
    record = commitment(services, world, f"Visit {word}")
    update = record_update(
        services, CommitmentUpdateDraft(record, date(2023, 3, 1), f"Back from {word.upper()}")
    )
    document = create_document(
        services,
        DocumentDraft(world.first_meeting, DocumentKind.READOUT, "Readout", text="In Zánzibar."),
    )
    person = directory.create_person(
        services, PersonDraft("Kim Lee", "US", biography=f"Posted to {word}.")
    )

    assert found(services, word) == [
        ("meeting", meeting.id),
        ("commitment", record),
        ("update", update.commitment_id),
        ("document", document.id),
        ("person", person.id),
    ]
    assert [hit.kind for hit in search(services, word, limit=2)] == ["meeting", "commitment"]


def test_updates_are_listed_in_the_order_they_were_written(
    services: Services, world: World
) -> None:
    first = commitment(services, world, "Open a liaison office")
    second = commitment(services, world, "Hold a tabletop exercise")
    for record, note in ((second, "Zanzibar call held"), (first, "Zanzibar visit planned")):
        record_update(services, CommitmentUpdateDraft(record, date(2023, 3, 1), note))

    assert found(services, "zanzibar") == [("update", second), ("update", first)]
    assert found(services, "zanzibar visit") == [("update", first)]


def test_an_edited_record_is_found_by_its_new_words_only(services: Services, world: World) -> None:
    record = commitment(services, world, "Share the malware catalogue")
    update_commitment(services, record, world.draft("Publish the phishing handbook"))

    assert found(services, "phishing handbook") == [("commitment", record)]
    assert found(services, "malware") == []
    assert found(services, "catalogue") == []
    assert get_commitment(services, record).text == "Publish the phishing handbook"


def test_a_deleted_record_is_gone(services: Services, world: World) -> None:
    record = commitment(services, world, "Draft a quarterly bulletin")
    record_update(services, CommitmentUpdateDraft(record, date(2023, 3, 1), "Bulletin drafted"))
    document = create_document(
        services,
        DocumentDraft(world.first_meeting, DocumentKind.MINUTES, "Bulletin minutes"),
    )
    assert {kind for kind, _ in found(services, "bulletin")} == {
        "commitment",
        "update",
        "document",
    }

    delete_commitment(services, record)  # takes its update with it
    delete_document(services, document.id)

    assert found(services, "bulletin") == []


def test_deleting_a_meeting_takes_its_agenda_and_documents_out_of_search(
    services: Services, world: World
) -> None:
    meeting = create_meeting(services, MeetingDraft(world.dialogue, "Kickoff", date(2023, 4, 1)))
    create_document(
        services,
        DocumentDraft(meeting.id, DocumentKind.READOUT, "Kickoff readout"),
    )
    assert {kind for kind, _ in found(services, "kickoff")} == {"meeting", "document"}

    delete_meeting(services, meeting.id)

    assert found(services, "kickoff") == []


@pytest.mark.parametrize(
    "query",
    ["AND", "NEAR(", '"', "*", "budget AND (", "budget OR", "NOT budget", "budget:*", "a & b"],
)
def test_search_syntax_is_read_as_plain_words(services: Services, world: World, query: str) -> None:
    text = "Agree the budget"
    made = commitment(services, world, text)
    words = [word.lower() for word in text.split()]
    tokens = [token.lower() for token in re.findall(r"\w+", query)]

    hits = found(services, query)

    if not tokens:  # no word at all: matched literally, as typed
        expected = query.lower() in text.lower()
    else:  # every word of the query starts a word of the record
        expected = all(any(word.startswith(token) for word in words) for token in tokens)
    assert hits == ([("commitment", made)] if expected else [])


def test_operators_are_words_that_must_be_in_the_record(services: Services, world: World) -> None:
    plain = commitment(services, world, "Agree the budget")
    with_words = commitment(services, world, "Budget and staffing, or not, near the end")

    assert found(services, "budget AND") == [("commitment", with_words)]
    assert found(services, "budget OR") == [("commitment", with_words)]
    assert found(services, "NOT budget") == [("commitment", with_words)]
    assert found(services, "NEAR(budget") == [("commitment", with_words)]
    assert found(services, '"budget"') == [("commitment", plain), ("commitment", with_words)]
    assert found(services, "budget*") == found(services, "budget")


@pytest.mark.parametrize("query", ['"', "***", "#", "%", "_", "'", "\\", "—", "¿"])
def test_a_query_without_words_is_matched_literally(
    services: Services, world: World, query: str
) -> None:
    marked = commitment(services, world, 'Reach 100% of "agencies" #now — ¿ok? *** \\ _ \'')
    assert found(services, query) == [("commitment", marked)]


def test_a_query_with_words_and_symbols_uses_the_words(services: Services, world: World) -> None:
    record = commitment(services, world, "Port the C++ toolkit")
    assert found(services, "C++ toolkit") == [("commitment", record)]
    assert found(services, "#toolkit!") == [("commitment", record)]
