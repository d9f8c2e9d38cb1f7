"""Start-up figures, each a whole process beside a bare PySide6 process measured in the same
run: the window painted, the overview rendered, the commitments register's first rows and the
memory they take, and LibreOffice Calc opening the same register as a spreadsheet.

The program is started through its real entry points: ``dialoguetracker.cli.main`` with no
sub-command (the application, watched for its first paint) and the ``screenshot`` command.
"""

from __future__ import annotations

import compileall
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape
from zipfile import ZIP_DEFLATED, ZipFile

from bench.processes import Run, median_run
from bench.results import Figure

FIRST_PAINT = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])


def ends_at_first_paint(window_class):
    original = window_class.paintEvent

    def paintEvent(self, event):
        # queued before anything the paint itself queues: it runs once the paint is flushed
        QTimer.singleShot(0, lambda: os._exit(0))
        original(self, event)

    window_class.paintEvent = paintEvent


if sys.argv[1] == "bare":
    class Window(QMainWindow):
        def paintEvent(self, event):
            super().paintEvent(event)

    ends_at_first_paint(Window)
    window = Window()
    window.resize(1280, 800)
    window.show()
    app.exec()
else:
    from dialoguetracker.gui.main_window import MainWindow

    ends_at_first_paint(MainWindow)
    from dialoguetracker.cli import main

    main(["--db", sys.argv[1]])
"""
"""Ends the process once the main window has painted: a bare ``QMainWindow`` subclass for
the baseline (its ``paintEvent`` in Python, like the program's), the real application
(``dialoguetracker --db STORE``) otherwise. Each window's own ``paintEvent`` tells of the
paint. An application-wide event filter would not do: PySide6 then wraps every object that
receives an event before the paint in Python (the window layout's animations and every enum
they carry), some 40 ms that neither the program nor a bare window pays without it, and
more for a window with children than for an empty one."""

BARE_SCREENSHOT = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1])
"""
"""The baseline of a screenshot: a bare window rendered offscreen to a PNG, as the
``screenshot`` command renders a view."""

REGISTER_COLUMNS = ("Due", "Owner", "Status", "Commitment", "Dialogue", "Meeting")


def startup_figures(store: Path, work: Path, repeat: int) -> list[Figure]:
    """Every start-up figure on ``store`` (a copy is used; the store is not changed)."""
    compileall.compile_dir(Path(__file__).parents[1] / "src", quiet=1)  # as an install has
    _name_the_user()
    copy = work / "startup.db"
    shutil.copyfile(store, copy)
    python = sys.executable
    with _offscreen():
        painted = _median(repeat, [python, "-c", FIRST_PAINT, copy])
        bare = _median(repeat, [python, "-c", FIRST_PAINT, "bare"])
        shot = work / "shot.png"
        program = [python, "-m", "dialoguetracker", "--db", copy, "screenshot", "--out", shot]
        overview = _median(repeat, [*program, "--view", "overview"])
        register = _median(repeat, [*program, "--view", "commitments"])
        bare_shot = _median(repeat, [python, "-c", BARE_SCREENSHOT, shot])
    figures = [
        Figure(
            "process start → main window painted",
            painted.seconds,
            bare.seconds,
            "s",
            "bare PySide6 `QMainWindow` process",
            1.3,
        ),
        Figure(
            "process start → overview of a dialogue with its figures "
            "(`screenshot --view overview`)",
            overview.seconds,
            bare_shot.seconds,
            "s",
            "bare PySide6 window screenshot process",
            3,
        ),
        Figure(
            "peak memory, commitments view of the big store (`screenshot --view commitments`)",
            register.peak_mb,
            bare_shot.peak_mb,
            "MB",
            "bare PySide6 window screenshot process",
            allowance=120,
        ),
    ]
    return figures + _calc_figures(copy, work, register, repeat)


def _calc_figures(store: Path, work: Path, register: Run, repeat: int) -> list[Figure]:
    """The register opened by LibreOffice Calc, headless, as an XLSX sheet of the same rows
    (Debian's ``libreoffice-calc-nogui``); no figure, and a note why, when it is missing."""
    office = shutil.which("soffice")
    if office is None:
        return []
    sheet = work / "register.xlsx"
    rows = write_register_xlsx(store, sheet)
    profile = work / "calc-profile"
    command = [
        office,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "csv",
        "--outdir",
        work / "calc-out",
        sheet,
    ]
    median_run(1, lambda: None, command)  # LibreOffice's first start makes its profile
    calc = _median(repeat, command)
    name = f"open the {rows:,}-commitment register (whole process to first rows)"
    return [
        Figure(
            name, register.seconds, calc.seconds, "s", "LibreOffice Calc, headless, XLSX", 1 / 5
        ),
        Figure(
            f"memory to {name[0].lower()}{name[1:]}",
            register.peak_mb,
            calc.peak_mb,
            "MB",
            "LibreOffice Calc, headless, XLSX",
            1 / 2,
        ),
    ]


def write_register_xlsx(store: Path, target: Path) -> int:
    """Every commitment of ``store`` as one XLSX sheet (inline strings, the smallest valid
    workbook), the way an office keeps its register today; the number of rows."""
    connection = sqlite3.connect(store)
    query = """
        SELECT c.due_date, COALESCE(p.code, 'Joint'), c.status, c.text, d.name, m.title
        FROM commitments AS c
        JOIN dialogues AS d ON d.id = c.dialogue_id
        LEFT JOIN parties AS p ON p.id = c.owner_party_id
        LEFT JOIN meetings AS m ON m.id = c.meeting_id
        ORDER BY c.id
    """
    count = 0

    def sheet_rows() -> Iterator[str]:
        nonlocal count
        yield _row(1, REGISTER_COLUMNS)
        for number, values in enumerate(connection.execute(query), start=2):
            count += 1
            yield _row(number, ["" if value is None else str(value) for value in values])

    with ZipFile(target, "w", ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _CONTENT_TYPES)
        book.writestr("_rels/.rels", _ROOT_RELS)
        book.writestr("xl/workbook.xml", _WORKBOOK)
        book.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with book.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(_SHEET_HEAD.encode())
            for row in sheet_rows():
                sheet.write(row.encode())
            sheet.write(b"</sheetData></worksheet>")
    connection.close()
    return count


def _row(number: int, values: Sequence[str]) -> str:
    cells = "".join(
        f'<c r="{chr(65 + column)}{number}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
        for column, value in enumerate(values)
    )
    return f'<row r="{number}">{cells}</row>'


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_OFFICE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/xl/workbook.xml" ContentType="{_OFFICE}.sheet.main+xml"/>'
    f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_OFFICE}.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
    '<sheets><sheet name="Commitments" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'


def _name_the_user() -> None:
    """The application asks a new user's name once; the measured starts are not the first."""
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "dialoguetracker"
    folder.mkdir(parents=True, exist_ok=True)
    settings = folder / "dialoguetracker.conf"
    if not settings.exists():
        settings.write_text("[audit]\nuser_name=Bench\n", encoding="utf-8")


def _median(repeat: int, command: Sequence[str | Path]) -> Run:
    middle, _runs = median_run(repeat, _nothing, command)
    return middle


def _nothing() -> None:
    """Start-up runs need no preparation: they read the store and change nothing."""


@contextmanager
def _offscreen() -> Iterator[None]:
    """Qt's offscreen platform for every measured process (and the bare baselines alike), so
    the figures need no display and no window manager's timing counts."""
    before = os.environ.get("QT_QPA_PLATFORM")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("QT_QPA_PLATFORM", None)
        else:
            os.environ["QT_QPA_PLATFORM"] = before
