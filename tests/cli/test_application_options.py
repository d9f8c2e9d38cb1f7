"""A start of the application is read without building every command's parser, and reads
exactly as the full parser would; anything else goes to the full parser, errors included."""

from __future__ import annotations

import pytest

from dialoguetracker.cli import main
from dialoguetracker.cli.parser import application_options, build_parser


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "office.db"], ["--lang=es", "--db=office.db"], ["--d", "office.db"]],
)
def test_a_start_of_the_application_reads_as_the_full_parser_reads_it(argv: list[str]) -> None:
    quick = application_options(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))
    assert quick.command is None


@pytest.mark.parametrize(
    "argv",
    [
        ["summary"],
        ["--db", "office.db", "check"],
        ["--help"],
        ["--version"],
        ["--lang", "xx"],
        ["--db"],
        ["office.db"],
    ],
)
def test_anything_else_is_left_to_the_full_parser(argv: list[str]) -> None:
    assert application_options(argv) is None


def test_a_wrong_option_is_still_said_once_by_the_full_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "xx"]) == 2
    said = capsys.readouterr().err.strip().splitlines()
    assert len(said) == 1
    assert said[0].startswith("dialoguetracker: argument --lang: invalid choice: 'xx'")
