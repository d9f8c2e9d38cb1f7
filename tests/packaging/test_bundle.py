"""The bundle as users get it: ``packaging/build`` builds the one-folder application with
PyInstaller and runs the built program (a briefing that must parse with its fonts embedded,
a screenshot, the window), then validates the desktop files and installs into a prefix.

It takes about a minute on two cores, so it runs with the suite; the folder it builds (some
160 MB) is removed afterwards. Without PyInstaller (the ``test`` extra) or the validators it
is skipped, except in CI, where that fails."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging_support import PACKAGING, required_tool


def _pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install -e '.[test]')"
        if os.environ.get("CI"):
            pytest.fail(f"CI must build the bundle: {reason}", pytrace=False)
        pytest.skip(reason)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="packaging/build is for Linux")
def test_the_built_program_writes_a_valid_briefing(tmp_path: Path) -> None:
    _pyinstaller()
    required_tool("desktop-file-validate", "desktop-file-utils")
    required_tool("appstreamcli", "appstream")
    required_tool("strip", "binutils")
    out = tmp_path / "out"
    try:
        result = subprocess.run(
            [str(PACKAGING / "build"), str(out)],
            env={**os.environ, "PYTHON": sys.executable},
            capture_output=True,
            text=True,
            timeout=900,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        assert "the bundled program wrote a valid briefing" in result.stdout
        assert (out / "dist" / "dialoguetracker" / "dialoguetracker").is_file()
    finally:
        shutil.rmtree(out, ignore_errors=True)
