"""What the program says outside the window can be said in Spanish: its errors are sentences
made with ``translate`` (see :mod:`dialoguetracker.domain.words`), not English f-strings, and
every ``translate`` call is one Qt's ``lupdate`` collects into the catalogue.

The window's own texts go through Qt's ``tr()`` and are checked by the catalogue's test
(tests/gui/test_spanish_catalogue.py); this scan reads the rest of the sources.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SOURCE = Path(__file__).parents[1] / "src" / "dialoguetracker"
FIELD_FIRST = {"ValidationError"}
"""Errors whose first argument names the field (or the JSON path) and the second says why."""


def _trees(exclude: tuple[str, ...] = ()) -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE).as_posix()
        if not relative.startswith(exclude):
            yield relative, ast.parse(path.read_text(encoding="utf-8"), relative)


def _error_classes() -> set[str]:
    """Every class of the program that is, directly or not, a ``DialogueTrackerError``."""
    bases: dict[str, set[str]] = {}
    for _relative, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {base.id for base in node.bases if isinstance(base, ast.Name)}
                bases.setdefault(node.name, set()).update(names)
    errors = {"DialogueTrackerError"}
    while grown := {name for name, parents in bases.items() if parents & errors} - errors:
        errors |= grown
    return errors


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _is_composed(node: ast.expr) -> bool:
    """Text built in place: an f-string, or one concatenated with ``+``."""
    if isinstance(node, ast.JoinedStr):
        return True
    return isinstance(node, ast.BinOp) and (_is_composed(node.left) or _is_composed(node.right))


def english_messages(tree: ast.Module, errors: set[str]) -> list[tuple[int, str]]:
    """Each error of the program raised with a message composed in English in place."""
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = _name(call)
        if name not in errors:
            continue
        position = 1 if name in FIELD_FIRST else 0
        messages = call.args[position : position + 1]
        messages += [word.value for word in call.keywords if word.arg in ("message", "problem")]
        if any(_is_composed(message) for message in messages):
            found.append((node.lineno, ast.unparse(call)[:100]))
    return found


def uncollected_calls(tree: ast.Module) -> list[tuple[int, str]]:
    """Each ``translate(context, template, …)`` that ``lupdate`` would pass over: one with a
    context or template that is not a literal, or with more than the two (values must be
    given to the sentence's ``format``)."""
    found = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "translate"
        ):
            continue
        literal = len(node.args) == 2 and all(
            isinstance(argument, ast.Constant) and isinstance(argument.value, str)
            for argument in node.args
        )
        if not literal or node.keywords:
            found.append((node.lineno, ast.unparse(node)[:100]))
    return found


def test_no_error_of_the_program_is_raised_with_an_english_f_string() -> None:
    errors = _error_classes()
    assert {"ValidationError", "NotFoundError", "StaleRecordError", "UsageError"} <= errors
    found = {
        relative: lines
        for relative, tree in _trees(exclude=("gui/",))
        if (lines := english_messages(tree, errors))
    }
    assert found == {}, "make the message a sentence: translate(context, template).format(…)"


def test_every_sentence_of_the_program_reaches_the_catalogue() -> None:
    found = {relative: lines for relative, tree in _trees() if (lines := uncollected_calls(tree))}
    assert found == {}, "write translate('Context', 'literal template').format(name=value)"


@pytest.mark.parametrize(
    ("source", "english"),
    [
        ('raise ValidationError("end", f"ends on {day}")', True),
        ('raise ValidationError(f"{path}.end", problem)', False),
        ('raise StoreError(f"{path} is damaged")', True),
        ('raise StoreError("the store " + f"{path}")', True),
        ('raise StoreError(translate("Errors", "{path}").format(path=path))', False),
        ('raise ValueError(f"internal: {key}")', False),
    ],
)
def test_the_scan_tells_english_from_sentences(source: str, english: bool) -> None:
    errors = {"DialogueTrackerError", "ValidationError", "StoreError"}
    assert bool(english_messages(ast.parse(source), errors)) is english


@pytest.mark.parametrize(
    ("source", "collected"),
    [
        ('translate("Errors", "must not be empty")', True),
        ('translate("Errors", "no {kind}").format(kind=kind)', True),
        ('translate("Errors", "no {kind}", kind=kind)', False),
        ("translate(CONTEXT, template)", False),
        ('QCoreApplication.translate("View", "Meetings")', True),
    ],
)
def test_the_scan_tells_what_lupdate_collects(source: str, collected: bool) -> None:
    assert (not uncollected_calls(ast.parse(source))) is collected
