"""What every command-line test shares: its own folder (with its own data, state and log
folders), and the sample dialogue loaded once and copied for each test that wants it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import isolate

from dialoguetracker.cli import main


@pytest.fixture(autouse=True)
def _in_a_folder_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    isolate(monkeypatch, tmp_path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dialogue, loaded by ``demo`` once for the whole run."""
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        isolate(patch, folder)
        assert main(["--db", str(folder / "demo.db"), "demo"]) == 0
    return folder / "demo.db"


@pytest.fixture
def demo_db(tmp_path: Path, demo_template: Path) -> Path:
    """A store holding the sample dialogue, in this test's folder."""
    return Path(shutil.copyfile(demo_template, tmp_path / "store.db"))
