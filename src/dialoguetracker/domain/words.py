"""Sentences the program says, kept in English with the recipe to say them in another language.

The domain and the services may not use Qt (the layers' rule), yet what they say — above all
why an input was refused — reaches a user through the window or the command line, in the
user's language. A :class:`Sentence` is plain English text, which is what logs, tests and
``str(error)`` see, that also remembers its catalogue context, its template and its values; an
interface looks the template up in its catalogue and fills the values in (:func:`in_language`).

The maker is called ``translate`` with the context first because that is the call Qt's
``lupdate`` collects into resources/translations/*.ts: a literal context and a literal
template, so every sentence the program can say is in the catalogue for a translator.
``lupdate`` passes over a call that has more than those two arguments (keyword arguments
included), so the values are given to the sentence's own ``format`` after the call:
``translate("Errors", "must not exceed {limit} minutes").format(limit=MAX_MINUTES)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

LookUp = Callable[[str, str], str]
"""A catalogue: (context, English template) -> the template in the user's language."""


class Sentence(str):
    """English text that can be said again from a catalogue in another language."""

    context: str
    template: str
    values: Mapping[str, object]

    def __new__(cls, context: str, template: str, values: Mapping[str, object]) -> Sentence:
        # without values the template is the text: its fields are filled by format()
        sentence = super().__new__(cls, template.format(**values) if values else template)
        sentence.context = context
        sentence.template = template
        sentence.values = dict(values)
        return sentence

    def __reduce__(self) -> tuple[object, ...]:  # errors cross process boundaries as pickles
        return (Sentence, (self.context, self.template, self.values))

    def format(self, *args: object, **values: object) -> Sentence:
        """The sentence with its template's fields filled (named fields only), still a
        sentence: ``str.format`` would give plain English text that no catalogue can say."""
        if args:
            raise TypeError("a sentence's fields are named: give them as keywords")
        return Sentence(self.context, self.template, {**self.values, **values})


def translate(context: str, template: str, /, **values: object) -> Sentence:
    """The English sentence ``template`` marked for the catalogue under ``context``; its
    ``str.format`` fields are filled by :meth:`Sentence.format` (``values`` here fill them too,
    but ``lupdate`` does not collect such a call). A value that is itself a :class:`Sentence`
    is said in the user's language too."""
    return Sentence(context, template, values)


def in_language(text: object, look_up: LookUp) -> str:
    """``text`` as the catalogue says it: a sentence's template looked up and filled with its
    values (sentences among them said the same way); any other text as it is.

    A catalogue entry that lost or misspelled a placeholder cannot be filled; the English
    sentence is said rather than a broken one (the translation test keeps that from shipping).
    """
    if not isinstance(text, Sentence):
        return str(text)
    template = look_up(text.context, text.template) or text.template
    values = {
        name: in_language(value, look_up) if isinstance(value, Sentence) else value
        for name, value in text.values.items()
    }
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str.__str__(text)


def english(context: str, template: str) -> str:
    """The catalogue that says every sentence in English, as it was written."""
    return template


def listed(parts: Iterable[str], *, separator: str = ", ") -> str:
    """``a, b, c``: parts joined the way the user's language joins a list, each part said in
    that language too (a plain ``", ".join`` would leave a list of sentences in English).
    ``separator`` is ``", "`` or ``"; "``; an empty list is the empty text."""
    said: str | None = None
    for part in parts:
        if said is None:
            said = part
        elif separator == "; ":
            said = translate("Words", "{earlier}; {later}").format(earlier=said, later=part)
        else:
            said = translate("Words", "{earlier}, {later}").format(earlier=said, later=part)
    return "" if said is None else said
