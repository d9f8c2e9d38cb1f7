"""``screenshot --view portfolio`` on a store of several dialogues, each brought in with
``import`` as a user would: the picture is of *All dialogues* with every dialogue's row, in
English and in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import edited, run_cli, sample, write_json
from PySide6.QtGui import QImage, QPixmap

from dialoguetracker.gui import screenshot
from dialoguetracker.gui.main_window import MainWindow
from dialoguetracker.gui.portfolio.dialogue_table import NAME
from dialoguetracker.gui.views.portfolio_view import PortfolioView

Capsys = pytest.CaptureFixture[str]
DIALOGUES = {
    "U.S.-Mexico Working Group on Cyber Issues": "Cyber WG",
    "Working group on digital trade": "Digital WG",
    "Working group on science and technology": "Science WG",
}


@pytest.fixture
def office(capsys: Capsys, tmp_path: Path) -> Path:
    """Three dialogues, imported one file at a time into a new store."""
    store = tmp_path / "office.db"
    for number, (name, short) in enumerate(DIALOGUES.items()):
        document = edited(
            edited(sample(), "dialogues[0].name", name), "dialogues[0].short_name", short
        )
        source = write_json(tmp_path / f"dialogue-{number}.json", document)
        result = run_cli(capsys, "--db", store, "import", source)
        assert result.status == 0, result
    return store


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_portfolio_shows_every_dialogue_s_row(
    capsys: Capsys, office: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    seen: list[list[str]] = []
    grab = screenshot._grab

    def looked_at(app: object, window: MainWindow) -> QPixmap:
        """What the picture was taken of, once it was taken."""
        picture = grab(app, window)  # type: ignore[arg-type]
        shown = window.current_view()
        assert isinstance(shown, PortfolioView)
        table = shown.dialogues.tree
        seen.append(
            [table.topLevelItem(row).text(NAME) for row in range(table.topLevelItemCount())]
        )
        return picture

    monkeypatch.setattr(screenshot, "_grab", looked_at)
    out = tmp_path / f"portfolio-{language}.png"
    result = run_cli(
        capsys,
        "--db",
        office,
        "--lang",
        language,
        "screenshot",
        "--view",
        "portfolio",
        "--out",
        out,
    )
    assert (result.status, result.out) == (0, f"Wrote {out}\n")
    assert seen == [sorted(DIALOGUES.values())]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20
