"""The search box takes any text: results or one clear message, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialoguetracker.domain.errors import ValidationError
from dialoguetracker.interop.sample import load_sample
from dialoguetracker.services import Services
from dialoguetracker.services.search import search

NASTY = st.sampled_from(
    [
        '"',
        "*",
        "AND",
        "NEAR(",
        "budget AND (",
        "'",
        "%",
        "_",
        "\\",
        "' OR 1=1 --",
        "a\u202eb",
        "e\u0301",
        # tsquery syntax (PostgreSQL) and words FTS5 would read as operators
        ":*",
        "&",
        "|",
        "!",
        "<->",
        "'a':*",
        "C++",
        "***",
        "#",
        "OR",
        "NOT",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.lists(NASTY | st.text(max_size=20), max_size=6).map(" ".join))
def test_any_query_gives_hits_or_a_clear_message(services: Services, query: str) -> None:
    try:
        hits = search(services, query)
    except ValidationError as error:
        assert error.field == "query"
        assert (
            error.problem in {"must not be empty", "contains a NUL character"}
            or "surrogate" in error.problem
        )
    else:
        assert all(hit.kind and hit.record_id > 0 for hit in hits)


def test_a_hundred_kilobyte_query_is_refused_plainly(services: Services) -> None:
    load_sample(services)
    try:
        search(services, "x" * 100_000)
    except ValidationError as error:
        assert error.field == "query" and "longer than" in error.problem
    else:
        raise AssertionError("a 100 KB query was not refused")


def test_quotes_and_wildcards_are_punctuation_not_syntax(services: Services) -> None:
    """Full-text search reads words: quotes, ``*`` and ``%`` only separate them."""
    load_sample(services)
    found = search(services, "Cyber Issues")
    assert found != []
    assert search(services, '"Cyber Issues') == found
    assert search(services, "Cyber* %Issues") == found
    assert search(services, "Cyb%Iss") == search(services, "Cyb Iss") != []
