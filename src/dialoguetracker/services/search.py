"""Finding records by the words in them.

Every word of the query must start a word of the record, in any case and with or without its
accents ("reunion budg" finds "Reunión on the budget"); a query of punctuation alone is
matched literally. See :mod:`dialoguetracker.store.search_queries`.
"""

from __future__ import annotations

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.domain.record_kinds import RecordKind
from dialoguetracker.domain.records import SearchHit
from dialoguetracker.domain.words import translate
from dialoguetracker.services.context import Services
from dialoguetracker.services.validation import require_text
from dialoguetracker.store.search_queries import search_rows

MAX_QUERY_LENGTH = 1000


def search(services: Services, query: str, limit: int = 200) -> list[SearchHit]:
    """Hits grouped by kind; any text is a valid query, never read as search syntax."""
    words = require_text("query", query).strip()
    if len(words) > MAX_QUERY_LENGTH:
        raise ValidationError(
            "query",
            translate("Errors", "is longer than {limit} characters").format(limit=MAX_QUERY_LENGTH),
        )
    with services.read() as uow:
        found = search_rows(uow, words, limit)
    kinds = {kind.value: kind for kind in RecordKind}
    return [SearchHit(kinds[kind], record_id, _one_line(title)) for kind, record_id, title in found]


def _one_line(text: str, width: int = 120) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
