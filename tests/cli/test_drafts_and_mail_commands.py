"""``briefing``/``minutes --out F.docx`` (an editable Word draft, never recorded),
``minutes --mail F.eml`` (an e-mail draft with the PDF attached), an extension neither command
writes refused in one line, and the warning that a section runs longer than a read-ahead
allows — end to end on a real store, every file read back."""

from __future__ import annotations

import re
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from cli_helpers import digest, run_cli, write_json

from dialoguetracker.domain.compliance import AssessmentDraft
from dialoguetracker.domain.enums import Audience, DocumentKind, Handling
from dialoguetracker.domain.records import (
    CommitmentDraft,
    CommitmentUpdateDraft,
    DocumentDraft,
    PersonDraft,
)
from dialoguetracker.services import Services
from dialoguetracker.services.assessments import assess
from dialoguetracker.services.attendance import list_attendance
from dialoguetracker.services.commitment_updates import record_update
from dialoguetracker.services.commitments import create_commitment
from dialoguetracker.services.directory import get_person, list_people, update_person
from dialoguetracker.services.documents import create_document
from dialoguetracker.services.interchange_export import export_interchange
from dialoguetracker.services.provenance import list_exports
from dialoguetracker.store.engine import open_store

Capsys = pytest.CaptureFixture[str]

CANARIES = (
    "canarydocumenttitle",
    "canarydocumenturl",
    "canarycommitment",
    "canaryupdatenote",
    "canaryevidence",
)
"""Internal words added to the sample, beside its own internal texts."""
HELD, PLANNED = 1, 2
"""The sample's two meetings: the first round (held, its record final) and the next one."""
WORD_PARTS = ("word/document.xml", "docProps/core.xml", "docProps/app.xml")


@pytest.fixture(autouse=True)
def _as_officer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "officer")


def on_store(db: Path) -> Services:
    return Services(open_store(db), actor="officer")


def internal_texts(db: Path) -> list[str]:
    """Every text of the store that only our side may read: the canaries added, and the
    sample's own (its brief, its preparation, internal notes, outcomes and updates)."""
    services = on_store(db)
    try:
        data = export_interchange(services, Audience.INTERNAL)
    finally:
        services.store.close()
    texts: list[str] = []
    for dialogue in data.dialogues:
        for meeting in dialogue.meetings:
            if meeting.brief is not None:
                brief = meeting.brief
                texts += [brief.purpose, *brief.objectives, *brief.their_objectives]
                texts += [*brief.their_asks, brief.press_line or ""]
            for item in meeting.agenda:
                texts += [*item.points_to_make, item.their_position or "", item.our_response or ""]
                if item.handling is Handling.INTERNAL:
                    texts += [item.notes or "", item.outcome or ""]
        for commitment in dialogue.commitments:
            texts += [u.note for u in commitment.updates if u.handling is Handling.INTERNAL]
    return [*CANARIES, *(" ".join(text.split()) for text in texts if text.strip())]


@pytest.fixture
def canary_db(demo_db: Path) -> Path:
    """The sample with more internal words: a document, a commitment, an update and an
    assessment (whose scores an internal briefing prints under a heading of its own)."""
    services = on_store(demo_db)
    try:
        create_document(
            services,
            DocumentDraft(
                PLANNED,
                DocumentKind.READOUT,
                "canarydocumenttitle",
                url="https://canarydocumenturl.example",
                handling=Handling.INTERNAL,
            ),
        )
        draft = CommitmentDraft(1, "canarycommitment", "US", handling=Handling.INTERNAL)
        created = create_commitment(services, draft, due=services.today())
        record_update(
            services, CommitmentUpdateDraft(created.id, services.today(), "canaryupdatenote")
        )
        assess(services, AssessmentDraft(created.id, "US", -1, "canaryevidence"))
    finally:
        services.store.close()
    return demo_db


def docx_everything(path: Path) -> str:
    """Every part of the Word package, raw and with the markup taken out."""
    import html
    import zipfile

    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            content = package.read(name).decode("utf-8", errors="replace")
            texts += [content, html.unescape(re.sub(r"<[^>]+>", "", content))]
    return "\n".join(texts)


def exports(db: Path) -> int:
    services = on_store(db)
    try:
        return len(list_exports(services))
    finally:
        services.store.close()


# -- Word drafts -------------------------------------------------------------------------------


def test_a_word_draft_of_the_briefing_is_written_and_never_recorded(
    capsys: Capsys, demo_db: Path
) -> None:
    from docx import Document

    result = run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.docx")

    assert (result.status, result.err) == (0, ""), result  # nothing measured: Word lays it out
    assert result.out == (
        "Wrote b.docx (an editable Word draft of the briefing for the internal audience); "
        "not recorded: the PDF is the record\n"
    )
    document = Document("b.docx")
    titles = [p.text for p in document.paragraphs if p.style and p.style.name == "Heading 1"]
    assert titles[:2] == ["1. Purpose and objectives", "2. Points to make"]
    assert exports(demo_db) == 0
    checked = run_cli(capsys, "--db", demo_db, "verify", "b.docx")
    assert (checked.status, checked.err) == (1, "dialoguetracker: b.docx: not a PDF file\n")


def test_a_counterpart_draft_of_a_store_full_of_internal_words_holds_none_of_them(
    capsys: Capsys, canary_db: Path
) -> None:
    secrets = internal_texts(canary_db)
    assert len(secrets) >= 20

    internal = run_cli(capsys, "--db", canary_db, "briefing", "--out", "ours.docx")
    assert internal.status == 0, internal
    everything = docx_everything(Path("ours.docx"))
    assert "canarydocumenttitle" in everything  # the test can see an internal word
    assert "Compliance since the last round" in everything  # and the internal scores
    assert "Take stock of the commitments from the first dialogue" in everything

    for args in (
        ("briefing", "--out", "b.docx"),
        ("--lang", "es", "briefing", "--out", "b.docx"),
        ("briefing", "--out", "c.docx", "--format", "checklist"),
        ("minutes", "--meeting", HELD, "--out", "m.docx"),
        ("--lang", "es", "minutes", "--meeting", PLANNED, "--out", "m.docx"),
    ):
        for audience in ("counterpart", "public"):
            result = run_cli(capsys, "--db", canary_db, *args, "--audience", audience)
            assert result.status == 0, result
            written = Path(str(args[args.index("--out") + 1]))
            everything = docx_everything(written)
            assert [s for s in secrets if s in everything] == [], (args, audience)
            assert "Compliance since" not in everything
            assert "Cumplimiento desde" not in everything
    assert exports(canary_db) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("briefing", "--out", "b.odt"),
            "b.odt: briefing writes .pdf, .docx files; name the file with one of these extensions",
        ),
        (
            ("briefing", "--out", "briefing"),
            "briefing: briefing writes .pdf, .docx files; "
            "name the file with one of these extensions",
        ),
        (
            ("minutes", "--meeting", "1", "--out", "m.txt"),
            "m.txt: minutes writes .pdf, .docx files; name the file with one of these extensions",
        ),
        (
            ("minutes", "--meeting", "1", "--out", "m.docx", "--mail", "m.eml"),
            "--mail: the e-mail carries the PDF record; name a .pdf file with --out",
        ),
        (
            ("minutes", "--meeting", "1", "--out", "m.pdf", "--mail", "m.msg"),
            "m.msg: --mail writes an .eml file; name the file with that extension",
        ),
    ],
)
def test_an_extension_the_command_does_not_write_is_refused_in_one_line(
    capsys: Capsys, demo_db: Path, args: tuple[str, ...], message: str
) -> None:
    before = digest(demo_db)
    files = sorted(path.name for path in demo_db.parent.iterdir())

    result = run_cli(capsys, "--db", demo_db, *args)

    assert (result.status, result.out, result.err) == (2, "", f"dialoguetracker: {message}\n")
    assert digest(demo_db) == before
    assert sorted(path.name for path in demo_db.parent.iterdir()) == files


# -- the record's e-mail draft ----------------------------------------------------------------


@pytest.fixture
def addressed_db(demo_db: Path) -> Path:
    """The sample with an e-mail address for everyone but one U.S. delegate."""
    services = on_store(demo_db)
    try:
        for person in list_people(services):
            if person.name.startswith("Cybersecurity lead"):
                continue
            contact = f"tel 555, {person.party.lower()}{person.id}@example.org"
            fields = {name: value for name, value in vars(person).items() if name != "id"}
            update_person(services, person.id, PersonDraft(**{**fields, "contact": contact}))
    finally:
        services.store.close()
    return demo_db


def delegates(db: Path, meeting_id: int, party: str) -> set[str]:
    """The addresses of a delegation at the meeting, read from the store."""
    services = on_store(db)
    try:
        listed = list_attendance(services, meeting_id)
        people = [get_person(services, row.person_id) for row in listed]
    finally:
        services.store.close()
    return {
        (person.contact or "").split(", ")[-1]
        for person in people
        if person.party == party and person.contact
    }


def parsed(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def addressees(message: EmailMessage) -> set[str]:
    found = set()
    for header in ("To", "Cc"):
        if message[header] is not None:
            found |= {address.addr_spec for address in message[header].addresses}
    return found


@pytest.mark.parametrize(
    ("audience", "parties"),
    [("counterpart", ("MX",)), ("internal", ("US",)), ("public", ("US", "MX"))],
)
def test_the_mail_draft_carries_the_recorded_pdf_to_the_right_people(
    capsys: Capsys, addressed_db: Path, audience: str, parties: tuple[str, ...]
) -> None:
    result = run_cli(
        capsys,
        *("--db", addressed_db, "minutes", "--meeting", HELD, "--audience", audience),
        *("--out", "m.pdf", "--mail", "m.eml"),
    )

    assert result.status == 0, result
    expected = set().union(*(delegates(addressed_db, HELD, party) for party in parties))
    message = parsed(Path("m.eml"))
    assert addressees(message) == expected and expected
    assert message["X-Unsent"] == "1"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "m.pdf"
    assert attachment.get_content() == Path("m.pdf").read_bytes()
    count = len(expected)
    assert re.fullmatch(
        rf"Wrote m\.pdf \(minutes for the {audience} audience, \d+ pages?\) and the e-mail "
        rf"draft m\.eml to {count} recipients?; SHA-256 [0-9a-f]{{64}}\n",
        result.out,
    ), result.out
    unaddressed = "US" in parties
    assert ("no e-mail address on file for Cybersecurity lead" in result.err) == unaddressed
    assert run_cli(capsys, "--db", addressed_db, "verify", "m.pdf").status == 0


def test_a_mail_draft_nobody_can_be_sent_says_so(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(
        capsys, "--db", demo_db, "minutes", "--meeting", HELD, "--out", "m.pdf", "--mail", "m.eml"
    )

    assert result.status == 0
    assert "to 0 recipients" in result.out
    assert result.err.splitlines()[-1] == (
        "dialoguetracker: warning: the e-mail draft has no recipients; "
        "address it in your mail program"
    )
    message = parsed(Path("m.eml"))
    assert message["To"] is None and message["Cc"] is None
    assert next(message.iter_attachments()).get_content() == Path("m.pdf").read_bytes()


# -- the read-ahead's limits ------------------------------------------------------------------


def test_the_sample_briefing_runs_past_both_limits_and_each_section_is_named(
    capsys: Capsys, demo_db: Path
) -> None:
    result = run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.pdf")

    assert result.status == 0 and result.out.startswith("Wrote b.pdf")
    points, background = result.err.splitlines()
    assert re.fullmatch(
        r"dialoguetracker: warning: section “2\. Points to make” runs to 1\.\d pages; "
        r"a read-ahead keeps the points to make to one page",
        points,
    ), points
    assert re.fullmatch(
        r"dialoguetracker: warning: section “4\. Background” runs to \d\.\d pages; "
        r"a read-ahead keeps the background to two pages",
        background,
    ), background
    spanish = run_cli(capsys, "--db", demo_db, "--lang", "es", "briefing", "--out", "b.pdf")
    assert re.search(r"ocupa \d,\d páginas", spanish.err), spanish.err  # a decimal comma


def test_a_short_briefing_warns_of_nothing(capsys: Capsys, tmp_path: Path) -> None:
    small = {
        "format": "dialoguetracker",
        "version": 1,
        "parties": [{"code": "US", "name": "United States"}, {"code": "CA", "name": "Canada"}],
        "dialogues": [
            {
                "id": "d1",
                "name": "U.S.-Canada Cyber Dialogue",
                "parties": ["US", "CA"],
                "meetings": [
                    {
                        "id": "m1",
                        "title": "First round",
                        "start": "2031-05-02",
                        "brief": {"purpose": "Open the dialogue.", "objectives": ["Agree"]},
                        "agenda": [{"title": "Opening", "points_to_make": ["Welcome"]}],
                    }
                ],
            }
        ],
    }
    write_json(tmp_path / "small.json", small)
    assert run_cli(capsys, "--db", "small.db", "import", "small.json").status == 0

    result = run_cli(capsys, "--db", "small.db", "briefing", "--out", "b.pdf")

    assert (result.status, result.err) == (0, ""), result


def test_internal_scores_reach_the_internal_pdf_only(capsys: Capsys, canary_db: Path) -> None:
    from pypdf import PdfReader

    def text_of(*args: str) -> str:
        result = run_cli(capsys, "--db", canary_db, "briefing", "--out", "b.pdf", *args)
        assert result.status == 0, result
        pages = PdfReader("b.pdf").pages
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)

    assert "Compliance since the last round" in text_of()
    assert "United States 1 −1.00 (0%)" in text_of()  # the one score, as it counts
    for audience in ("counterpart", "public"):
        shared = text_of("--audience", audience)
        assert "Compliance since" not in shared and "canaryevidence" not in shared
