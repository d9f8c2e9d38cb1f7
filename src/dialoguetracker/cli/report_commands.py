"""The report commands: ``briefing``, ``minutes`` and ``verify``.

Each PDF is built from the store, written whole (a temporary file beside the target, then
renamed) and then recorded in the store with the SHA-256 of its bytes, so ``verify`` can later
say whether a copy is one this store produced, unchanged. A ``.docx`` is an editable Word draft
of the same content, never recorded (:mod:`.report_outputs`). ReportLab and python-docx are
imported only here, when a file is actually built.
"""

from __future__ import annotations

import argparse
import errno
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.cli.progress import progress_line
from dialoguetracker.cli.report_outputs import (
    DOCX,
    check_mail,
    drafted,
    mailed,
    output_format,
    warn_long_sections,
    write_mail,
)
from dialoguetracker.domain.briefing import BriefingFormat, BriefingOptions, MeetingHeader
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import DialogueTrackerError, UsageError, ValidationError
from dialoguetracker.domain.progress import Progress
from dialoguetracker.domain.provenance import ExportKind, ExportRecord
from dialoguetracker.domain.records import Dialogue, Meeting
from dialoguetracker.domain.words import translate
from dialoguetracker.services import Services

if TYPE_CHECKING:
    from dialoguetracker.reports.lengths import LongSection

PDF_STEPS = 3
"""Gathering the data, laying out the pages, writing and recording the file."""


def briefing(arguments: argparse.Namespace) -> int:
    out_format = output_format(arguments.out, "briefing")
    out = _target(arguments.out)
    if arguments.since and arguments.until and arguments.since > arguments.until:
        raise UsageError(
            translate("CommandLine", "--since {since} is after --until {until}").format(
                since=arguments.since,
                until=arguments.until,
            )
        )
    _check_marking(arguments.marking)
    from dialoguetracker.cli.commands import open_services

    services = open_services(arguments)
    try:
        options = _briefing_options(services, arguments)
        from dialoguetracker.reports import render_briefing_docx, render_briefing_measured
        from dialoguetracker.services.briefing_data import (
            briefing_data,
        )

        with progress_line(building(arguments.out)) as progress:
            progress(0, PDF_STEPS)
            data = briefing_data(services, options)
            options = data.options  # the audience the login may make it for
            progress(1, PDF_STEPS)
            if out_format == DOCX:
                _write_draft(out, render_briefing_docx(data), progress)
                long_sections: tuple[LongSection, ...] = ()
                result = drafted(arguments.out, ExportKind.BRIEFING.value, options.audience.value)
            else:
                measured = render_briefing_measured(data)
                progress(2, PDF_STEPS)
                meeting_id = None if data.meeting is None else data.meeting.id
                record = _write_and_record(
                    services, ExportKind.BRIEFING, options, measured.pdf, out, meeting_id
                )
                long_sections = measured.long_sections
                result = _written(arguments.out, record)
            progress(PDF_STEPS, PDF_STEPS)
    finally:
        services.store.close()
    print(result)
    warn_long_sections(long_sections)
    if data.meeting is None and data.past_planned is not None:
        _warn_past_planned(data.past_planned)
    return 0


def _warn_past_planned(meeting: MeetingHeader) -> None:
    """A planned meeting whose date has passed is not briefed for as the next round; say so,
    and how to brief for it after all."""
    from dialoguetracker.cli.commands import note

    day = meeting.start.date() if isinstance(meeting.start, datetime) else meeting.start
    note(
        translate(
            "CommandLine",
            "warning: meeting {id} '{title}' was planned for {day}, "
            "now past: mark it held or cancelled, or brief for it with --meeting "
            "{id}; this briefing gives the background only",
        ).format(
            id=meeting.id,
            title=meeting.title,
            day=day.isoformat(),
        )
    )


def minutes(arguments: argparse.Namespace) -> int:
    out_format = output_format(arguments.out, "minutes")
    check_mail(arguments.mail, out_format)
    out = _target(arguments.out)
    mail = None if arguments.mail is None else _target(arguments.mail)
    _check_marking(arguments.marking)
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.services.meetings import get_meeting

    services = open_services(arguments)
    try:
        meeting = get_meeting(services, arguments.meeting)
        options = BriefingOptions(
            dialogue_id=meeting.dialogue_id,
            meeting_id=meeting.id,
            language=arguments.lang or "en",
            marking=arguments.marking,
            audience=Audience(arguments.audience),
            include_notes=arguments.include_notes,
            prepared_by=services.actor,
            reproducible=arguments.reproducible,
        )
        from dialoguetracker.reports import render_meeting_record, render_meeting_record_docx
        from dialoguetracker.services.briefing_data import meeting_record_data

        with progress_line(building(arguments.out)) as progress:
            progress(0, PDF_STEPS)
            data = meeting_record_data(services, meeting.id, options)
            options = data.options  # the audience the login may make it for
            progress(1, PDF_STEPS)
            if out_format == DOCX:
                _write_draft(out, render_meeting_record_docx(data), progress)
                result = drafted(arguments.out, ExportKind.MINUTES.value, options.audience.value)
            else:
                pdf: bytes = render_meeting_record(data)
                progress(2, PDF_STEPS)
                record = _write_and_record(
                    services, ExportKind.MINUTES, options, pdf, out, meeting.id
                )
                also = ""
                if mail is not None:
                    recipients = write_mail(services, data, pdf, out.name, mail)
                    also = mailed(arguments.mail, recipients)
                result = _written(arguments.out, record, also)
            progress(PDF_STEPS, PDF_STEPS)
    finally:
        services.store.close()
    print(result)
    return 0


def verify(arguments: argparse.Namespace) -> int:
    from dialoguetracker.cli.commands import open_services
    from dialoguetracker.services.provenance import is_pdf, verify_pdf

    path = Path(arguments.file)
    if path.is_dir():
        raise ValidationError(str(path), translate("Errors", "is a folder, not a PDF file"))
    content = path.read_bytes()
    if not is_pdf(content):
        raise ValidationError(str(path), translate("Errors", "not a PDF file"))
    services = open_services(arguments)
    try:
        record = verify_pdf(services, content)
    finally:
        services.store.close()
    if record is None:
        print(f"{arguments.file}: not produced by this store, or changed since")
        return 1
    print(f"{arguments.file}: {describe_record(record)}")
    return 0


def describe_record(record: ExportRecord) -> str:
    """``produced by this store on <when> by <who> (<kind>, <audience>, <dialogue>)``."""
    when = record.made_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    dialogue = record.dialogue or "a dialogue since removed from the store"
    return (
        f"produced by this store on {when} by {record.made_by} "
        f"({record.kind.value}, {record.audience.value}, {dialogue})"
    )


def building(out: str) -> str:
    """The progress line's label while a PDF is made."""
    return translate("CommandLine", "Building {path}").format(path=out)


# -- helpers ---------------------------------------------------------------------------------


def _target(out: str) -> Path:
    """The file to write, checked before anything is built: its folder must exist."""
    path = Path(out)
    if path.is_dir():
        raise ValidationError(out, translate("Errors", "is a folder; name a file to write"))
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), out)
    return path


def _check_marking(marking: str) -> None:
    if not marking.strip():
        raise UsageError(translate("CommandLine", "--marking: must not be empty"))
    if "\x00" in marking or "\n" in marking or "\r" in marking:
        raise UsageError(translate("CommandLine", "--marking: must be a single line of text"))


def _write_and_record(
    services: Services,
    kind: ExportKind,
    options: BriefingOptions,
    pdf: bytes,
    out: Path,
    meeting_id: int | None,
) -> ExportRecord:
    """Write the file whole, then record it; a file the store could not record is removed,
    so no copy ever circulates that ``verify`` would disown."""
    from dialoguetracker.files import write_whole
    from dialoguetracker.services.provenance import record_export

    write_whole(out, pdf)
    try:
        return record_export(services, kind, options, pdf, out.name, meeting_id=meeting_id)
    except BaseException:
        out.unlink(missing_ok=True)
        raise


def _write_draft(out: Path, document: bytes, progress: Progress) -> None:
    """Write a Word draft whole; it is never recorded (the PDF is the record)."""
    from dialoguetracker.files import write_whole

    progress(2, PDF_STEPS)
    write_whole(out, document)


def _written(out: str, record: ExportRecord, also: str = "") -> str:
    pages = "" if record.pages is None else f", {record.pages} page{'s' * (record.pages != 1)}"
    return (
        f"Wrote {out} ({record.kind.value} for the {record.audience.value} audience{pages})"
        f"{also}; SHA-256 {record.sha256}"
    )


def _briefing_options(services: Services, arguments: argparse.Namespace) -> BriefingOptions:
    from dialoguetracker.services.meetings import get_meeting

    meeting = None if arguments.meeting is None else get_meeting(services, arguments.meeting)
    dialogue = choose_dialogue(services, arguments.dialogue, meeting)
    if meeting is not None and meeting.dialogue_id != dialogue.id:
        raise UsageError(
            translate(
                "CommandLine", "--meeting: meeting {id} is not a meeting of {dialogue}"
            ).format(
                id=meeting.id,
                dialogue=dialogue.name,
            )
        )
    return BriefingOptions(
        dialogue_id=dialogue.id,
        meeting_id=None if meeting is None else meeting.id,
        since=arguments.since,
        until=arguments.until,
        topic_ids=_topic_ids(services, dialogue, arguments.topics),
        format=BriefingFormat(arguments.format),
        language=arguments.lang or "en",
        marking=arguments.marking,
        audience=Audience(arguments.audience),
        include_notes=arguments.include_notes,
        our_side=_side(dialogue, arguments.side),
        prepared_by=services.actor,
        reproducible=arguments.reproducible,
    )


def choose_dialogue(services: Services, name: str | None, meeting: Meeting | None) -> Dialogue:
    """The dialogue named (full or short name), else the meeting's, else the only one."""
    from dialoguetracker.services.dialogues import find_dialogue, get_dialogue, list_dialogues

    if name is not None:
        found = find_dialogue(services, name)
        if found is None:
            choices = dialogue_choices(list_dialogues(services))
            raise UsageError(
                translate(
                    "CommandLine", "--dialogue: no dialogue named {name!r}; {choices}"
                ).format(
                    name=name,
                    choices=choices,
                )
            )
        return found
    if meeting is not None:
        return get_dialogue(services, meeting.dialogue_id)
    dialogues = list_dialogues(services)
    if len(dialogues) == 1:
        return dialogues[0]
    if not dialogues:
        raise DialogueTrackerError(
            translate(
                "CommandLine",
                "the store holds no dialogue yet; load the sample with: dialoguetracker demo",
            )
        )
    raise UsageError(
        translate(
            "CommandLine", "the store holds {count} dialogues; name one with --dialogue: {choices}"
        ).format(
            count=len(dialogues),
            choices=dialogue_choices(dialogues),
        )
    )


def dialogue_choices(dialogues: list[Dialogue]) -> str:
    if not dialogues:
        return translate("CommandLine", "the store holds none")
    return translate("CommandLine", "choose from {names}").format(
        names=", ".join(
            repr(item.name) + (f" ({item.short_name!r})" if item.short_name else "")
            for item in dialogues
        ),
    )


def _topic_ids(services: Services, dialogue: Dialogue, names: list[str]) -> frozenset[int]:
    from dialoguetracker.services.dialogues import list_topics

    if not names:
        return frozenset()
    topics = list_topics(services, dialogue.id)
    exact = {topic.name: topic.id for topic in topics}
    folded = {topic.name.casefold(): topic.id for topic in topics}
    chosen = set()
    for name in names:
        topic_id = exact.get(name, folded.get(name.casefold()))
        if topic_id is None:
            known = ", ".join(repr(topic.name) for topic in topics) or translate(
                "CommandLine", "it has none"
            )
            raise UsageError(
                translate(
                    "CommandLine", "--topic: {dialogue} has no topic {name!r}; topics: {known}"
                ).format(
                    dialogue=dialogue.name,
                    name=name,
                    known=known,
                )
            )
        chosen.add(topic_id)
    return frozenset(chosen)


def _side(dialogue: Dialogue, code: str | None) -> str | None:
    if code is None:
        return None
    for party in dialogue.parties:
        if party.casefold() == code.casefold():
            return party
    raise UsageError(
        translate(
            "CommandLine", "--side: {code!r} is not a party to {dialogue}; choose from {parties}"
        ).format(
            code=code,
            dialogue=dialogue.name,
            parties=", ".join(dialogue.parties),
        )
    )
