"""Which commitments quote a document, and each commitment's newest update: the two look-ups
the Documents tab and the Review of open commitments make beside their lists."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialoguetracker.domain.enums import DocumentKind
from dialoguetracker.domain.errors import NotFoundError
from dialoguetracker.domain.filters import CommitmentFilter
from dialoguetracker.domain.records import CommitmentUpdateDraft, DocumentDraft
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services, meetings
from dialoguetracker.services.commitment_updates import list_updates, record_update
from dialoguetracker.services.commitments import (
    delete_commitment,
    get_commitment,
    list_commitments,
    update_commitment,
)
from dialoguetracker.services.document_sources import (
    commitments_quoting,
    latest_updates,
    restore_document,
)
from dialoguetracker.services.documents import create_document, delete_document, list_documents


@pytest.fixture
def sample(services: Services) -> Services:
    load_sample(services)
    return services


def test_commitments_quoting_a_document(sample: Services) -> None:
    english, spanish = list_documents(sample)
    quoting = [
        c.id
        for c in list_commitments(sample, CommitmentFilter())
        if c.source_document_id == english.id
    ]
    assert commitments_quoting(sample, english.id) == sorted(quoting)
    assert len(quoting) == 10
    assert commitments_quoting(sample, spanish.id) == []
    with pytest.raises(NotFoundError):
        commitments_quoting(sample, 9999)


def test_latest_updates_take_the_last_in_history_order(sample: Services) -> None:
    commitments = list_commitments(sample, CommitmentFilter())
    ids = [c.id for c in commitments]
    latest = latest_updates(sample, ids)
    for commitment_id in ids:
        history = list_updates(sample, commitment_id)
        assert latest.get(commitment_id) == (history[-1] if history else None)
    assert latest_updates(sample, []) == {}
    # An update entered later but dated earlier does not become the latest.
    with_history = next(i for i in ids if list_updates(sample, i))
    newest = latest[with_history]
    record_update(sample, CommitmentUpdateDraft(with_history, date(2022, 8, 11), "Back-dated"))
    assert latest_updates(sample, [with_history])[with_history] == newest


def test_a_deleted_document_comes_back_as_the_source_of_those_that_quoted_it(
    sample: Services,
) -> None:
    english, _spanish = list_documents(sample)
    meetings.reopen_record(sample, english.meeting_id)
    quoting = commitments_quoting(sample, english.id)
    moved_on, gone = quoting[0], quoting[1]
    delete_document(sample, english.id)
    # Meanwhile one commitment gets another source and another is deleted.
    other = create_document(
        sample, DocumentDraft(english.meeting_id, DocumentKind.READOUT, "Readout")
    )
    commitment = get_commitment(sample, moved_on)
    update_commitment(sample, moved_on, replace(commitment, source_document_id=other.id))
    delete_commitment(sample, gone)

    again = restore_document(sample, english, quoting)

    assert (again.title, again.text) == (english.title, english.text)
    assert commitments_quoting(sample, again.id) == [
        c for c in quoting if c not in (moved_on, gone)
    ]
    assert get_commitment(sample, moved_on).source_document_id == other.id
