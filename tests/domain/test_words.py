"""Sentences: English as written, and said again from a catalogue in another language.

The catalogues here are small dictionaries standing in for the Spanish one, so each rule is
seen on its own: a sentence's template is looked up and filled, values that are sentences are
said the same way, and an entry that lost or invented a placeholder gives the English sentence
rather than a broken one.
"""

from __future__ import annotations

import pickle

from dialoguetracker.domain.errors import NotFoundError, StaleRecordError, ValidationError
from dialoguetracker.domain.words import Sentence, english, in_language, listed, translate

SPANISH = {
    ("Errors", "{field}: {problem}"): "{field}: {problem}",
    ("Errors", "must not exceed {limit} minutes"): "no debe exceder de {limit} minutos",
    ("Errors", "no {kind} with id {record_id}"): "no existe {kind} con el id {record_id}",
    ("Records", "meeting"): "reunión",
    ("Words", "{earlier}, {later}"): "{earlier}, {later}",
}


def spanish(context: str, template: str) -> str:
    return SPANISH.get((context, template), template)


def test_a_sentence_is_its_english_text() -> None:
    sentence = translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    assert sentence == "must not exceed 600 minutes"
    assert isinstance(sentence, Sentence) and isinstance(sentence, str)
    assert (sentence.context, sentence.template) == ("Errors", "must not exceed {limit} minutes")
    assert in_language(sentence, english) == "must not exceed 600 minutes"


def test_a_sentence_is_said_from_the_catalogue_with_its_values() -> None:
    sentence = translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    assert in_language(sentence, spanish) == "no debe exceder de 600 minutos"


def test_values_that_are_sentences_are_said_too_and_other_text_as_it_is() -> None:
    error = ValidationError(
        "planned_minutes", translate("Errors", "must not exceed {limit} minutes").format(limit=5)
    )
    assert str(error) == "planned_minutes: must not exceed 5 minutes"
    assert in_language(error.message, spanish) == "planned_minutes: no debe exceder de 5 minutos"
    assert in_language(NotFoundError("meeting", 7).message, spanish) == (
        "no existe reunión con el id 7"
    )
    assert in_language("Cybercrime prevention", spanish) == "Cybercrime prevention"


def test_a_broken_catalogue_entry_says_the_english_sentence() -> None:
    sentence = translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    for broken in (
        "no debe exceder de {limite} minutos",  # a placeholder misspelt
        "no debe exceder de {limit} minutos ({extra})",  # one invented
        "no debe exceder de {limit minutos",  # not a template at all
        "no debe exceder de {0} minutos",  # by position
    ):
        assert in_language(sentence, lambda _c, _t, broken=broken: broken) == sentence


def test_a_lost_placeholder_drops_the_value_but_an_empty_entry_is_english() -> None:
    """A translation without the placeholder would say less than the English; the catalogue
    test refuses such an entry, and an empty one (not yet translated) is the English."""
    sentence = translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    assert in_language(sentence, lambda _c, _t: "") == "must not exceed 600 minutes"


def test_a_list_of_sentences_is_said_part_by_part() -> None:
    parts = [translate("Records", "meeting"), "m1", translate("Records", "meeting")]
    said = listed(parts)
    assert said == "meeting, m1, meeting"
    assert in_language(said, spanish) == "reunión, m1, reunión"
    assert listed([]) == ""
    assert listed(["a", "b"], separator="; ") == "a; b"


def test_an_error_keeps_its_sentence_across_a_pickle() -> None:
    """A task run in another process hands its error back pickled."""
    sentence = translate("Errors", "must not exceed {limit} minutes").format(limit=600)
    again = pickle.loads(pickle.dumps(sentence))
    assert isinstance(again, Sentence)
    assert in_language(again, spanish) == "no debe exceder de 600 minutos"


def test_a_stale_record_names_the_kind_in_the_user_s_language() -> None:
    error = StaleRecordError("meeting", 4, "Second round", "alice")
    assert str(error) == (
        "meeting 'Second round' was changed by alice since you opened it; "
        "reload it to see the change"
    )
    catalogue = {
        ("Errors", "{kind} '{name}'"): "«{name}» ({kind})",
        ("Records", "meeting"): "reunión",
        (
            "Errors",
            "{record} was changed by {actor} since you opened it; reload it to see the change",
        ): "{record}: {actor} lo modificó; vuelva a cargarlo",
    }
    said = in_language(error.message, lambda c, t: catalogue.get((c, t), t))
    assert said == "«Second round» (reunión): alice lo modificó; vuelva a cargarlo"
