"""``assess`` and ``compliance``: scoring a commitment for a side, and the averages per period
and side (the G7/G20 Research Group's scale, :mod:`dialoguetracker.domain.compliance`).

``compliance`` prints one line per period and side — the period, the side, how many
commitments were assessed, the average and the percentage — and, with ``--out F.csv`` or
``F.xlsx``, writes the same lines and the averages by topic to a file instead.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.cli.report_parser import AddCommand, record_id
from dialoguetracker.domain.enums import Handling
from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import translate

if TYPE_CHECKING:
    from dialoguetracker.domain.compliance import Period

COMPLIANCE_FORMATS = (".csv", ".xlsx")


def add_compliance_commands(command: AddCommand) -> None:
    assessing = command("assess", "score how far a side kept a commitment in the current period")
    assessing.add_argument("--commitment", type=record_id, required=True, metavar="ID")
    assessing.add_argument("--side", required=True, metavar="CODE", help="the party assessed")
    assessing.add_argument(
        "--score",
        type=int,
        required=True,
        choices=(-1, 0, 1),
        help="+1 full compliance, 0 partial or work in progress, -1 none or contrary action",
    )
    assessing.add_argument("--evidence", required=True, metavar="TEXT", help="what shows it")
    assessing.add_argument(
        "--final", action="store_true", help="a final assessment (by default an interim one)"
    )
    assessing.add_argument(
        "--handling",
        choices=[handling.value for handling in Handling],
        default=Handling.INTERNAL.value,
        help="who may see the assessment (default: internal)",
    )
    summary = command("compliance", "print each side's average compliance per period")
    summary.add_argument("--dialogue", metavar="NAME", help="full or short name")
    summary.add_argument(
        "--out", metavar="F.csv|F.xlsx", help="write the averages (and by topic) to this file"
    )


def assess_command(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.domain.compliance import AssessmentDraft, score_word
    from dialoguetracker.services.assessments import assess

    draft = AssessmentDraft(
        arguments.commitment,
        arguments.side,
        arguments.score,
        arguments.evidence,
        final=arguments.final,
        handling=Handling(arguments.handling),
    )
    services = open_services(arguments)
    try:
        made = assess(services, draft)
    finally:
        services.store.close()
    kind = "final" if made.final else "interim"
    score = score_word(made.score)
    print(
        f"Assessed commitment {made.commitment_id} for {made.side}: {score} ({kind}) "
        f"for {period_words(made.period)}"
    )
    return 0


def period_words(period: Period) -> str:
    end = "now" if period.end is None else period.end.isoformat()
    return f"{period.start.isoformat()} to {end}"


def compliance_command(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.cli.report_commands import choose_dialogue
    from dialoguetracker.services.assessments import compliance

    target = Path(arguments.out) if arguments.out else None
    if target is not None and target.suffix.lower() not in COMPLIANCE_FORMATS:
        raise UsageError(
            translate("Errors", "{file}: compliance writes .csv or .xlsx files").format(
                file=str(target)
            )
        )
    services = open_services(arguments)
    try:
        dialogue = choose_dialogue(services, arguments.dialogue, None)
        summary = compliance(services, dialogue.id)
    finally:
        services.store.close()
    if target is not None:
        from dialoguetracker.files import write_whole
        from dialoguetracker.interop.compliance_table import compliance_csv, compliance_workbook

        written = (
            compliance_workbook(summary)
            if target.suffix.lower() == ".xlsx"
            else compliance_csv(summary)
        )
        write_whole(target, written)
        print(f"Wrote the compliance of {dialogue.name} to {target}")
        return 0
    if not summary.by_side:
        print(f"{dialogue.name}: no commitment assessed yet")
        return 0
    for line in summary.by_side:
        average = line.average
        print(
            f"{period_words(line.period)}\t{line.side}\t{average.count} assessed\t{average.shown()}"
        )
    return 0
