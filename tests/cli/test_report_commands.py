"""The PDF commands end to end: ``briefing``, ``minutes`` and ``verify`` on a real store file.

Tests that build a PDF need the briefing data service and the ReportLab renderers; they are
skipped (by the ``renderers`` fixture) in a tree that does not hold those modules yet. Every
refusal and every ``verify`` is tested without them.
"""

from __future__ import annotations

import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from cli_helpers import Outcome, digest, run_cli, without_length_warnings, write_json
from reportlab.pdfgen.canvas import Canvas

from dialoguetracker.domain import clock
from dialoguetracker.domain.briefing import BriefingFormat, BriefingOptions
from dialoguetracker.domain.enums import Audience
from dialoguetracker.domain.errors import StoreError
from dialoguetracker.domain.provenance import ExportKind, ExportRecord
from dialoguetracker.reports.lengths import MeasuredBriefing
from dialoguetracker.services import Services, provenance
from dialoguetracker.services.provenance import list_exports, record_export
from dialoguetracker.store.engine import open_store

Capsys = pytest.CaptureFixture[str]

DIALOGUE = "U.S.-Mexico Working Group on Cyber Issues"
CHOICES = f"choose from {DIALOGUE!r} ('Cyber WG')"
MARKING = "SENSITIVE BUT UNCLASSIFIED"
PREPARATION = [  # internal texts of the sample's planned meeting: its brief and preparation
    "Take stock of the commitments from the first dialogue",
    "Welcome the completed sharing of NIST and NICE resources",
    "Acknowledge the training progress",
]
OTHER_DIALOGUE = {
    "format": "dialoguetracker",
    "version": 1,
    "parties": [{"code": "US", "name": "United States"}, {"code": "CA", "name": "Canada"}],
    "dialogues": [
        {
            "id": "d1",
            "name": "U.S.-Canada Cyber Dialogue",
            "parties": ["US", "CA"],
            "meetings": [{"id": "m1", "title": "First round", "start": "2023-05-02"}],
        }
    ],
}


@pytest.fixture(autouse=True)
def _as_officer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGNAME", "officer")  # getpass.getuser() reads it first


@pytest.fixture
def renderers() -> None:
    """Skip a test that builds PDFs until the data service and the renderers are there."""
    pytest.importorskip("dialoguetracker.services.briefing_data")
    pytest.importorskip("dialoguetracker.reports.briefing_pdf")
    pytest.importorskip("dialoguetracker.reports.minutes_pdf")


def a_pdf(text: str = "A briefing from elsewhere") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _folder(store: Path) -> list[Path]:
    """The store's folder, less the day's automatic backup that opening the store may make."""
    return sorted(path for path in store.parent.iterdir() if ".backup-" not in path.name)


def refused(capsys: Capsys, store: Path, *args: object, status: int) -> str:
    """Run a command that must be refused; return its one line on stderr (without the
    program's name), having checked that neither the store nor the folder changed."""
    before, folder_before = digest(store), _folder(store)

    result = run_cli(capsys, "--db", store, *args)

    assert (result.status, result.out) == (status, ""), result
    assert result.err.startswith("dialoguetracker: ") and result.err.count("\n") == 1, result
    assert digest(store) == before
    assert _folder(store) == folder_before
    return result.err.removeprefix("dialoguetracker: ").removesuffix("\n")


def exports(db: Path) -> list[ExportRecord]:
    store = open_store(db)
    try:
        return list_exports(Services(store))
    finally:
        store.close()


def pdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


# -- verify, without building anything -------------------------------------------------------


def test_verify_names_the_stores_record_of_a_file(capsys: Capsys, demo_db: Path) -> None:
    pdf = a_pdf("Points to make")
    store = open_store(demo_db)
    made = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)
    services = Services(store, actor="a.moreno", clock=lambda: made)
    options = BriefingOptions(dialogue_id=1, audience=Audience.COUNTERPART)
    record_export(services, ExportKind.BRIEFING, options, pdf, "brief.pdf")
    store.close()
    Path("copy.pdf").write_bytes(pdf)

    result = run_cli(capsys, "--db", demo_db, "verify", "copy.pdf")

    assert result == Outcome(
        0,
        "copy.pdf: produced by this store on 2023-03-01 12:00 UTC by a.moreno "
        f"(briefing, counterpart, {DIALOGUE})\n",
        "",
    )


def test_verify_of_a_pdf_the_store_did_not_make(capsys: Capsys, demo_db: Path) -> None:
    Path("elsewhere.pdf").write_bytes(a_pdf())
    before = digest(demo_db)

    result = run_cli(capsys, "--db", demo_db, "verify", "elsewhere.pdf")

    assert result == Outcome(1, "elsewhere.pdf: not produced by this store, or changed since\n", "")
    assert digest(demo_db) == before


def test_verify_of_a_file_that_is_not_a_pdf(capsys: Capsys, demo_db: Path) -> None:
    Path("notes.txt").write_text("Talking points for Tuesday.\n")

    assert refused(capsys, demo_db, "verify", "notes.txt", status=1) == (
        "notes.txt: not a PDF file"
    )
    Path("empty.pdf").write_bytes(b"")
    assert refused(capsys, demo_db, "verify", "empty.pdf", status=1) == (
        "empty.pdf: not a PDF file"
    )


def test_verify_of_a_missing_file_or_a_folder(capsys: Capsys, demo_db: Path) -> None:
    Path("folder.pdf").mkdir()

    assert refused(capsys, demo_db, "verify", "missing.pdf", status=1) == (
        "missing.pdf: no such file or directory"
    )
    assert refused(capsys, demo_db, "verify", "folder.pdf", status=1) == (
        "folder.pdf: is a folder, not a PDF file"
    )


# -- usage errors: one line, exit 2, the store and the folder unchanged ------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["briefing", "--out", "b.pdf", "--dialogue", "Arctic Council"],
            f"--dialogue: no dialogue named 'Arctic Council'; {CHOICES}",
        ),
        (
            ["briefing", "--out", "b.pdf", "--since", "2023-13-01"],
            "argument --since: not a date (YYYY-MM-DD): '2023-13-01' (see dialoguetracker --help)",
        ),
        (
            ["briefing", "--out", "b.pdf", "--until", "1 March 2023"],
            "argument --until: not a date (YYYY-MM-DD): '1 March 2023' "
            "(see dialoguetracker --help)",
        ),
        (
            ["briefing", "--out", "b.pdf", "--since", "2023-03-01", "--until", "2023-01-01"],
            "--since 2023-03-01 is after --until 2023-01-01",
        ),
        (
            ["briefing", "--out", "b.pdf", "--format", "other"],
            "argument --format: invalid choice: 'other' (choose from 'full', 'checklist') "
            "(see dialoguetracker --help)",
        ),
        (
            ["briefing", "--out", "b.pdf", "--audience", "everyone"],
            "argument --audience: invalid choice: 'everyone' "
            "(choose from 'public', 'counterpart', 'internal') (see dialoguetracker --help)",
        ),
        (
            ["briefing", "--out", "b.pdf", "--meeting", "first"],
            "argument --meeting: not an id (a whole number from 1): 'first' "
            "(see dialoguetracker --help)",
        ),
        (
            ["briefing", "--out", "b.pdf", "--topic", "Cybercrime prevention", "Space"],
            f"--topic: {DIALOGUE} has no topic 'Space'; topics: "
            "'Institutional structures and strategies', 'Cybercrime prevention', "
            "'Awareness and cyber hygiene', 'Cyber defense and critical infrastructure', "
            "'Multilateral cyber agenda'",
        ),
        (
            ["briefing", "--out", "b.pdf", "--side", "CA"],
            f"--side: 'CA' is not a party to {DIALOGUE}; choose from US, MX",
        ),
        (["briefing", "--out", "b.pdf", "--marking", "  "], "--marking: must not be empty"),
        (
            ["briefing", "--out", "b.pdf", "--stale-months", "0"],
            "argument --stale-months: not a number of months from 1 to 120: '0' "
            "(see dialoguetracker --help)",
        ),
        (
            ["briefing", "--dialogue", "Cyber WG"],
            "the following arguments are required: --out (see dialoguetracker --help)",
        ),
        (
            ["minutes", "--out", "m.pdf"],
            "the following arguments are required: --meeting (see dialoguetracker --help)",
        ),
        (
            ["minutes", "--meeting", "0", "--out", "m.pdf"],
            "argument --meeting: not an id (a whole number from 1): '0' "
            "(see dialoguetracker --help)",
        ),
        (
            ["minutes", "--meeting", "1", "--out", "m.pdf", "--format", "checklist"],
            "unrecognized arguments: --format checklist (see dialoguetracker --help)",
        ),
        (["verify"], "the following arguments are required: F.pdf (see dialoguetracker --help)"),
    ],
)
def test_a_usage_error_names_its_option_and_exits_with_2(
    capsys: Capsys, demo_db: Path, args: list[str], message: str
) -> None:
    assert refused(capsys, demo_db, *args, status=2) == message


def test_with_two_dialogues_the_briefing_must_name_one(capsys: Capsys, demo_db: Path) -> None:
    write_json(Path("other.json"), OTHER_DIALOGUE)
    assert run_cli(capsys, "--db", demo_db, "import", "other.json").status == 0

    message = refused(capsys, demo_db, "briefing", "--out", "b.pdf", status=2)

    assert message == (
        "the store holds 2 dialogues; name one with --dialogue: "
        f"choose from 'U.S.-Canada Cyber Dialogue', {DIALOGUE!r} ('Cyber WG')"
    )
    assert (
        refused(
            capsys,
            demo_db,
            "briefing",
            "--out",
            "b.pdf",
            "--dialogue",
            "Cyber WG",
            "--meeting",
            "3",
            status=2,
        )
        == f"--meeting: meeting 3 is not a meeting of {DIALOGUE}"
    )


def test_data_errors_exit_with_1(capsys: Capsys, demo_db: Path, tmp_path: Path) -> None:
    assert refused(capsys, demo_db, "briefing", "--out", "b.pdf", "--meeting", "99", status=1) == (
        "no meeting with id 99"
    )
    assert refused(capsys, demo_db, "minutes", "--meeting", "99", "--out", "m.pdf", status=1) == (
        "no meeting with id 99"
    )
    assert refused(capsys, demo_db, "briefing", "--out", "nowhere/b.pdf", status=1) == (
        "nowhere/b.pdf: no such file or directory"
    )
    (tmp_path / "folder.pdf").mkdir()
    assert refused(capsys, demo_db, "briefing", "--out", "folder.pdf", status=1) == (
        "folder.pdf: is a folder; name a file to write"
    )


def test_an_empty_store_says_how_to_load_a_dialogue(capsys: Capsys, tmp_path: Path) -> None:
    open_store(tmp_path / "empty.db").close()

    message = refused(capsys, tmp_path / "empty.db", "briefing", "--out", "b.pdf", status=1)

    assert message == "the store holds no dialogue yet; load the sample with: dialoguetracker demo"


# -- the command's own work, with the data service and the renderers stood in for ---------------


@pytest.fixture
def stand_ins(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, BriefingOptions]]:
    """Stand-ins for the briefing data service and the renderers: each call is noted, and
    each PDF names what was asked for."""
    calls: list[tuple[str, BriefingOptions]] = []

    def briefing_data(_services: Services, options: BriefingOptions) -> SimpleNamespace:
        calls.append(("briefing", options))
        return SimpleNamespace(options=options, meeting=SimpleNamespace(id=2))

    def meeting_record_data(
        _services: Services, meeting_id: int, options: BriefingOptions
    ) -> SimpleNamespace:
        calls.append((f"minutes of {meeting_id}", options))
        return SimpleNamespace(options=options, meeting=SimpleNamespace(id=meeting_id))

    def render(data: SimpleNamespace) -> bytes:
        return a_pdf(repr(data.options))

    modules = {
        "dialoguetracker.services.briefing_data": {
            "briefing_data": briefing_data,
            "meeting_record_data": meeting_record_data,
        },
        "dialoguetracker.reports.briefing_pdf": {
            "render_briefing": render,
            "render_briefing_measured": lambda data: MeasuredBriefing(render(data), 1),
        },
        "dialoguetracker.reports.minutes_pdf": {"render_meeting_record": render},
    }
    for name, members in modules.items():
        module = ModuleType(name)
        module.__dict__.update(members)
        monkeypatch.setitem(sys.modules, name, module)
    return calls


def test_every_option_reaches_the_briefing_as_given(
    capsys: Capsys, demo_db: Path, stand_ins: list[tuple[str, BriefingOptions]]
) -> None:
    result = run_cli(
        capsys,
        *("--db", demo_db, "briefing", "--out", "b.pdf", "--lang", "es", "--dialogue", "Cyber WG"),
        *("--meeting", "2", "--since", "2022-08-01", "--until", "2027-03-01"),
        *("--topic", "cybercrime prevention", "--topic", "Multilateral cyber agenda"),
        *("--format", "checklist", "--marking", MARKING, "--audience", "public", "--no-notes"),
        *("--side", "mx", "--reproducible"),
    )

    assert (result.status, result.err) == (0, ""), result
    assert stand_ins == [
        (
            "briefing",
            BriefingOptions(
                dialogue_id=1,
                meeting_id=2,
                since=date(2022, 8, 1),
                until=date(2027, 3, 1),
                topic_ids=frozenset({2, 5}),
                format=BriefingFormat.CHECKLIST,
                language="es",
                marking=MARKING,
                audience=Audience.PUBLIC,
                include_notes=False,
                our_side="MX",
                prepared_by="officer",
                reproducible=True,
            ),
        )
    ]
    [record] = exports(demo_db)
    assert record.options == stand_ins[0][1]
    assert result.out == (
        f"Wrote b.pdf (briefing for the public audience, 1 page); SHA-256 {record.sha256}\n"
    )
    assert run_cli(capsys, "--db", demo_db, "verify", "b.pdf").status == 0


def test_the_defaults_of_a_briefing_and_of_minutes(
    capsys: Capsys, demo_db: Path, stand_ins: list[tuple[str, BriefingOptions]]
) -> None:
    assert run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.pdf").status == 0
    assert (
        run_cli(capsys, "--db", demo_db, "minutes", "--meeting", "1", "--out", "m.pdf").status == 0
    )

    assert stand_ins == [
        ("briefing", BriefingOptions(dialogue_id=1, prepared_by="officer")),
        ("minutes of 1", BriefingOptions(dialogue_id=1, meeting_id=1, prepared_by="officer")),
    ]
    minutes, briefing = exports(demo_db)
    assert (briefing.kind, briefing.meeting_id, minutes.kind, minutes.meeting_id) == (
        ExportKind.BRIEFING,
        2,
        ExportKind.MINUTES,
        1,
    )


def test_a_pdf_the_store_could_not_record_is_not_left_behind(
    capsys: Capsys,
    demo_db: Path,
    stand_ins: list[tuple[str, BriefingOptions]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(*_args: object, **_kwargs: object) -> ExportRecord:
        raise StoreError(f"{demo_db}: database is locked")

    monkeypatch.setattr(provenance, "record_export", locked)

    message = refused(capsys, demo_db, "briefing", "--out", "b.pdf", status=1)

    assert message == f"{demo_db}: database is locked"
    assert stand_ins and not Path("b.pdf").exists()


# -- building PDFs (needs the data service and the renderers) --------------------------------


@pytest.mark.usefixtures("renderers")
def test_demo_briefing_verify(capsys: Capsys, demo_db: Path) -> None:
    written = run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.pdf")

    assert (written.status, without_length_warnings(written).err) == (0, ""), written
    assert written.out.startswith("Wrote b.pdf (briefing for the internal audience, ")
    pdf = Path("b.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert [path.name for path in Path().glob(".b.pdf.*")] == []  # no temporary file left

    checked = run_cli(capsys, "--db", demo_db, "verify", "b.pdf")

    [record] = exports(demo_db)
    when = record.made_at.strftime("%Y-%m-%d %H:%M UTC")
    assert checked == Outcome(
        0,
        f"b.pdf: produced by this store on {when} by officer (briefing, internal, {DIALOGUE})\n",
        "",
    )
    assert record.sha256 in written.out
    assert (record.options.prepared_by, record.options.dialogue_id, record.file_name) == (
        "officer",
        1,
        "b.pdf",
    )
    assert record.meeting_id == 2  # the sample's next, planned meeting

    middle = len(pdf) // 2
    Path("changed.pdf").write_bytes(pdf[:middle] + bytes([pdf[middle] ^ 1]) + pdf[middle + 1 :])
    assert run_cli(capsys, "--db", demo_db, "verify", "changed.pdf").status == 1


@pytest.mark.usefixtures("renderers")
def test_a_counterpart_briefing_in_spanish_with_its_marking(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(
        capsys,
        *("--db", demo_db, "--lang", "es", "briefing", "--out", "contraparte.pdf"),
        *("--audience", "counterpart", "--marking", MARKING, "--dialogue", "Cyber WG"),
    )

    assert (result.status, without_length_warnings(result).err) == (0, ""), result
    pages = pdf_text(Path("contraparte.pdf"))
    assert pages and all(MARKING in page for page in pages)
    text = " ".join(" ".join(pages).split())
    for internal in PREPARATION:
        assert internal not in text
    [record] = exports(demo_db)
    assert (record.audience, record.options.language, record.options.marking) == (
        Audience.COUNTERPART,
        "es",
        MARKING,
    )


@pytest.mark.usefixtures("renderers")
def test_a_checklist_fits_on_two_pages(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--db", demo_db, "briefing", "--out", "c.pdf", "--format", "checklist")

    assert (result.status, without_length_warnings(result).err) == (0, ""), result
    assert 1 <= len(pdf_text(Path("c.pdf"))) <= 2


@pytest.mark.usefixtures("renderers")
def test_the_minutes_of_the_first_meeting(capsys: Capsys, demo_db: Path) -> None:
    result = run_cli(capsys, "--db", demo_db, "minutes", "--meeting", "1", "--out", "m.pdf")

    assert (result.status, result.err) == (0, ""), result
    assert result.out.startswith("Wrote m.pdf (minutes for the internal audience, ")
    checked = run_cli(capsys, "--db", demo_db, "verify", "m.pdf")
    assert checked.status == 0
    assert checked.out.endswith(f"by officer (minutes, internal, {DIALOGUE})\n")


@pytest.mark.usefixtures("renderers")
def test_a_reproducible_briefing_is_the_same_file_and_one_record(
    capsys: Capsys, demo_db: Path
) -> None:
    for name in ("one.pdf", "two.pdf"):
        result = run_cli(
            capsys, "--db", demo_db, "briefing", "--out", name, "--reproducible", "--no-notes"
        )
        assert (result.status, without_length_warnings(result).err) == (0, ""), result

    assert Path("one.pdf").read_bytes() == Path("two.pdf").read_bytes()
    assert len(exports(demo_db)) == 1
    assert run_cli(capsys, "--db", demo_db, "verify", "two.pdf").status == 0


@pytest.mark.usefixtures("renderers")
def test_a_round_whose_date_passed_is_named_when_the_briefing_falls_back(
    capsys: Capsys, demo_db: Path
) -> None:
    with clock.frozen(datetime(2031, 6, 1, 12, 0, tzinfo=UTC)):
        result = run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.pdf")

    assert result.status == 0
    assert result.out.startswith("Wrote b.pdf (briefing for the internal audience, ")
    assert result.out.count("\n") == 1
    assert without_length_warnings(result).err == (
        "dialoguetracker: warning: meeting 2 '(Illustrative) Second bilateral cyber dialogue' "
        "was planned for 2027-02-02, now past: mark it held or cancelled, or brief for it with "
        "--meeting 2; this briefing gives the background only\n"
    )
    first_page = " ".join(pdf_text(Path("b.pdf"))[0].split())
    assert (
        "“(Illustrative) Second bilateral cyber dialogue” was planned for 2 February 2027, "
        "a date now past, and is not yet marked held or cancelled" in first_page
    )
    assert "Welcome the completed sharing" not in " ".join(pdf_text(Path("b.pdf")))


@pytest.mark.usefixtures("renderers")
def test_a_sample_loaded_years_later_is_briefed_with_its_points_to_make(
    capsys: Capsys, tmp_path: Path
) -> None:
    db = tmp_path / "later.db"
    with clock.frozen(datetime(2031, 6, 1, 12, 0, tzinfo=UTC)):
        assert run_cli(capsys, "--db", db, "demo").status == 0
        result = run_cli(capsys, "--db", db, "briefing", "--out", "b.pdf")

    assert (result.status, without_length_warnings(result).err) == (0, "")
    text = " ".join(" ".join(pdf_text(Path("b.pdf"))).split())
    assert "Tuesday 5 August 2031" in text
    for point in PREPARATION:
        assert point in text
    assert "No meeting is planned" not in text


def test_stale_months_sets_what_the_briefing_calls_stale(capsys: Capsys, demo_db: Path) -> None:
    def flagged(*args: str) -> int:
        result = run_cli(capsys, "--db", demo_db, "briefing", "--out", "b.pdf", *args)
        assert result.status == 0, result
        return " ".join(pdf_text(Path("b.pdf"))).replace("\n", " ").count("No news since")

    usual, strict, lenient = (
        flagged(),
        flagged("--stale-months", "1"),
        flagged("--stale-months", "120"),
    )
    assert lenient == 0 < usual < strict
