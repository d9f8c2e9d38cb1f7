"""The sample dialogue shipped in resources/sample, loaded through the ordinary import."""

from __future__ import annotations

from importlib.resources import files

from dialoguetracker.interop.interchange_read import read_interchange
from dialoguetracker.services.context import Services
from dialoguetracker.services.import_report import ImportReport
from dialoguetracker.services.interchange_import import import_interchange


def sample_files() -> list[str]:
    folder = files("dialoguetracker.resources") / "sample"
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".json"))


def load_sample(services: Services) -> ImportReport:
    """Import every sample file; the import's natural keys make a second run change nothing."""
    folder = files("dialoguetracker.resources") / "sample"
    report = ImportReport()
    for name in sample_files():
        single = import_interchange(services, read_interchange((folder / name).read_bytes()))
        report.added.update(single.added)
        report.kept += single.kept
    return report
