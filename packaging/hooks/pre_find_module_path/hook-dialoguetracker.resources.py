"""Where the build finds ``dialoguetracker.resources``: the top-level ``resources/`` folder,
which pyproject.toml maps into the package (its ``package-dir``), not a folder of
``src/dialoguetracker``. Without this the analysis would not find the package, and the
bundle would hold its files but not the package that reads them."""

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]


def pre_find_module_path(api: Any) -> None:
    api.search_dirs = [str(ROOT)]
