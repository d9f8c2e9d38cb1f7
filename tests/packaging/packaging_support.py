"""What the packaging tests share: where the files are, the project's own numbers, the scripts
of ``packaging/`` loaded as modules, and the external tools they need."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from dialoguetracker import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
INNO_SETUP = PACKAGING / "windows" / "dialoguetracker.iss"
SPEC = PACKAGING / "dialoguetracker.spec"
ICONS = ROOT / "resources" / "icons"


def pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]  # type: ignore[no-any-return]


def project_version() -> str:
    return str(pyproject()["version"])


def command_name() -> str:
    """The one command the package installs (``[project.scripts]``)."""
    scripts = pyproject()["scripts"]
    assert isinstance(scripts, dict) and len(scripts) == 1
    return str(next(iter(scripts)))


def packaging_module(name: str) -> ModuleType:
    """``packaging/<name>.py`` imported under its own name, as the spec imports it."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def required_tool(name: str, package: str) -> str:
    """The path of an external program; the test is skipped without it on a developer's
    machine, and fails in CI (``CI`` set), where ``.ci/run`` installs its package."""
    path = shutil.which(name)
    if path is None:
        reason = f"{name} is not installed (Debian package {package})"
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the packaging checks: {reason}", pytrace=False)
        pytest.skip(reason)
    return path
