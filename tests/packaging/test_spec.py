"""The PyInstaller spec, run with PyInstaller's classes replaced by stand-ins that record what
they are given: whatever the program opens as a file at run time is in the bundle, at the
place ``importlib.resources`` looks for it; nothing the program imports is excluded; and each
platform gets its launchers, icon and (on macOS) application bundle. No PyInstaller needed."""

from __future__ import annotations

import ast
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from packaging_support import INNO_SETUP, PACKAGING, ROOT, SPEC, packaging_module

from dialoguetracker import APP_ID, APP_NAME, __version__

RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "src" / "dialoguetracker" / "store" / "migrations"
QT_CATALOGUES = ("qtbase_es.qm", "qtbase_fr.qm", "qt_help_zh_CN.qm")
"""Qt's own catalogues as PyInstaller's Qt hooks would add them, one per kind of name."""


@dataclass
class Made:
    """One PyInstaller object the spec made: its class, positional and keyword arguments."""

    kind: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@dataclass
class FakeAnalysis:
    """Stands in for ``Analysis``: its ``datas`` as PyInstaller lists them, (name inside the
    bundle, source, kind), with Qt's catalogues added as its hooks would add them."""

    scripts: list[str]
    kwargs: dict[str, Any]
    pure: list[Any] = field(default_factory=list)
    binaries: list[Any] = field(default_factory=list)
    datas: list[tuple[str, str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.datas = [
            (f"{folder}/{Path(source).name}", source, "DATA")
            for source, folder in self.kwargs["datas"]
        ]
        self.datas += [(f"PySide6/Qt/translations/{name}", name, "DATA") for name in QT_CATALOGUES]


@dataclass
class SpecRun:
    analysis: FakeAnalysis
    made: list[Made]
    work: Path

    def of_kind(self, kind: str) -> list[Made]:
        return [made for made in self.made if made.kind == kind]

    def bundle_names(self) -> set[str]:
        return {name for name, _source, _kind in self.analysis.datas}


def run_spec(platform: str, work: Path, monkeypatch: pytest.MonkeyPatch) -> SpecRun:
    """The spec executed as PyInstaller executes it (its globals), as on ``platform``."""
    for name in ("bundle_contents", "render_icons"):  # imported now, not under another platform
        packaging_module(name)
    made: list[Made] = []
    analyses: list[FakeAnalysis] = []

    def recorder(kind: str) -> Any:
        def make(*args: Any, **kwargs: Any) -> Made:
            made.append(Made(kind, args, kwargs))
            return made[-1]

        return make

    def analysis(scripts: list[str], **kwargs: Any) -> FakeAnalysis:
        analyses.append(FakeAnalysis(scripts, kwargs))
        return analyses[-1]

    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING),
        "workpath": str(work),
        "DISTPATH": str(work / "dist"),
        "Analysis": analysis,
        **{kind: recorder(kind) for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch.setattr(sys, "path", list(sys.path))
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    assert len(analyses) == 1
    return SpecRun(analyses[0], made, work)


@pytest.fixture(scope="module")
def linux_run(tmp_path_factory: pytest.TempPathFactory) -> SpecRun:
    with pytest.MonkeyPatch.context() as monkeypatch:
        return run_spec("linux", tmp_path_factory.mktemp("work"), monkeypatch)


def _shipped_resources() -> list[Path]:
    """Every file of resources/ the program reads: all but the package's code and the
    catalogues left in a developer's tree (the build compiles its own)."""
    return [
        path
        for path in RESOURCES.rglob("*")
        if path.is_file()
        and path.parent != RESOURCES
        and "__pycache__" not in path.parts
        and path.suffix not in {".qm", ".pyc"}
    ]


def test_every_folder_of_resources_is_in_the_bundle(linux_run: SpecRun) -> None:
    folders = {name.rsplit("/", 1)[0] for name in linux_run.bundle_names()}
    for folder in RESOURCES.iterdir():
        if folder.is_dir() and folder.name != "__pycache__":
            assert f"dialoguetracker/resources/{folder.name}" in folders, folder.name


def test_every_resource_file_is_in_the_bundle_where_importlib_resources_finds_it(
    linux_run: SpecRun,
) -> None:
    names = linux_run.bundle_names()
    for path in _shipped_resources():
        assert f"dialoguetracker/resources/{path.relative_to(RESOURCES).as_posix()}" in names


def test_every_translation_is_compiled_for_the_bundle(linux_run: SpecRun) -> None:
    compiled = {
        Path(source).name: Path(source)
        for name, source, _kind in linux_run.analysis.datas
        if name.startswith("dialoguetracker/resources/translations/") and name.endswith(".qm")
    }
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    assert sources
    assert set(compiled) == {source.with_suffix(".qm").name for source in sources}
    for catalogue in compiled.values():
        assert catalogue.is_relative_to(linux_run.work)  # made by this build, not left over
        assert catalogue.read_bytes()[:4] == b"\x3c\xb8\x64\x18"  # Qt's catalogue magic


def test_the_migrations_are_in_the_bundle_as_files_alembic_reads(linux_run: SpecRun) -> None:
    names = linux_run.bundle_names()
    migrations = "dialoguetracker/store/migrations"
    assert {f"{migrations}/env.py", f"{migrations}/script.py.mako"} <= names
    revisions = sorted((MIGRATIONS / "versions").glob("*.py"))
    assert revisions
    for revision in revisions:
        assert f"{migrations}/versions/{revision.name}" in names


def test_what_only_the_migrations_and_importlib_resources_load_is_imported(
    linux_run: SpecRun,
) -> None:
    hidden = set(linux_run.analysis.kwargs["hiddenimports"])
    assert {"alembic.op", "alembic.context", "dialoguetracker.resources"} <= hidden
    assert {"dialoguetracker.store.models", "sqlalchemy"} <= hidden
    assert all(importlib.util.find_spec(name) is not None for name in hidden)


def _imports_of_the_program() -> set[str]:
    """Every module the program's source imports, by its full dotted name."""
    names: set[str] = set()
    for path in (ROOT / "src" / "dialoguetracker").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_the_program_imports_is_excluded(linux_run: SpecRun) -> None:
    excluded = linux_run.analysis.kwargs["excludes"]
    imported = _imports_of_the_program()
    clashes = sorted(
        f"{name} (excluded as {module})"
        for module in excluded
        for name in imported
        if name == module or name.startswith(f"{module}.")
    )
    assert clashes == []


def test_qt_keeps_only_the_catalogues_of_the_interfaces_languages(linux_run: SpecRun) -> None:
    kept = {
        name.rsplit("/", 1)[-1]
        for name in linux_run.bundle_names()
        if name.startswith("PySide6/Qt/translations/")
    }
    assert kept == {"qtbase_es.qm"}


def test_the_resources_package_is_found_in_the_top_level_resources_folder() -> None:
    hook = PACKAGING / "hooks" / "pre_find_module_path" / "hook-dialoguetracker.resources.py"
    spec = importlib.util.spec_from_file_location("pre_find_resources", hook)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    api = SimpleNamespace(search_dirs=[str(ROOT / "src" / "dialoguetracker")])
    module.pre_find_module_path(api)
    assert [Path(folder) / "resources" for folder in api.search_dirs] == [RESOURCES]
    assert (RESOURCES / "__init__.py").is_file()


def test_on_linux_one_program_is_both_the_command_line_and_the_window(
    linux_run: SpecRun,
) -> None:
    [launcher] = linux_run.of_kind("EXE")
    assert launcher.kwargs["name"] == "dialoguetracker"
    assert launcher.kwargs["console"] is True
    assert launcher.kwargs["exclude_binaries"] is True  # one folder, not one file
    [folder] = linux_run.of_kind("COLLECT")
    assert folder.kwargs["name"] == "dialoguetracker"
    assert linux_run.of_kind("BUNDLE") == []


def test_on_windows_a_console_program_and_a_window_program_share_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_spec("win32", tmp_path, monkeypatch)
    launchers = {made.kwargs["name"]: made.kwargs for made in run.of_kind("EXE")}
    assert {name: kwargs["console"] for name, kwargs in launchers.items()} == {
        "dialoguetracker": True,
        "DialogueTracker": False,
    }
    icons = {Path(kwargs["icon"]) for kwargs in launchers.values()}
    assert icons == {tmp_path / f"{APP_ID}.ico"}
    assert (tmp_path / f"{APP_ID}.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    [folder] = run.of_kind("COLLECT")
    installer = INNO_SETUP.read_text(encoding="utf-8")
    assert '#define WindowProgram "DialogueTracker.exe"' in installer
    assert f'\\dist\\{folder.kwargs["name"]}"' in installer
    assert f'\\{APP_ID}.ico"' in installer


def test_on_macos_the_folder_becomes_an_application_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run = run_spec("darwin", tmp_path, monkeypatch)
    [launcher] = run.of_kind("EXE")
    assert launcher.kwargs["console"] is False
    [bundle] = run.of_kind("BUNDLE")
    assert bundle.args == tuple(run.of_kind("COLLECT"))
    assert bundle.kwargs["name"] == f"{APP_NAME}.app"
    assert bundle.kwargs["bundle_identifier"] == APP_ID
    assert bundle.kwargs["version"] == __version__
    assert bundle.kwargs["info_plist"]["CFBundleShortVersionString"] == __version__
    assert Path(bundle.kwargs["icon"]).read_bytes()[:4] == b"icns"
