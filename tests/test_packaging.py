"""The package as users get it: what the wheel holds, and the rule of one direction of
dependency between layers (Qt only in gui/, SQLAlchemy only in store/, ReportLab only in
reports/; and between our own packages, the direction of DESIGN.md's diagram)."""

from __future__ import annotations

import ast
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SOURCE = ROOT / "src" / "dialoguetracker"

LAYER_OF_LIBRARY = {
    "PySide6": "gui",
    "sqlalchemy": "store",
    "alembic": "store",
    "reportlab": "reports",
    "docx": "reports",
    "openpyxl": "interop",
    "icalendar": "interop",
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_each_library_is_imported_only_by_its_own_layer() -> None:
    trespasses = []
    for path in SOURCE.rglob("*.py"):
        layer = path.relative_to(SOURCE).parts[0]
        for library in _imports(path) & LAYER_OF_LIBRARY.keys():
            if LAYER_OF_LIBRARY[library] != layer:
                trespasses.append(f"{path.relative_to(ROOT)} imports {library}")
    assert trespasses == []


def test_the_domain_imports_nothing_but_the_standard_library_and_itself() -> None:
    allowed = set(sys.stdlib_module_names) | {"dialoguetracker"}
    outside = {
        f"{path.name}: {name}"
        for path in (SOURCE / "domain").rglob("*.py")
        for name in _imports(path) - allowed
    }
    assert outside == set()


NEVER_IMPORTS = {
    "store": {"services", "gui", "cli", "reports", "interop"},
    "services": {"gui", "cli", "reports"},
    "reports": {"gui", "store", "cli"},
    "interop": {"gui", "store", "cli"},
}
"""Which of our packages a layer must never import: the layers below do not know the ones
above, and reports and interop read through services, never the store."""

CLI_IMPORTERS = {"cli", "gui", "__main__"}
"""The only places that may import the command line: itself, the GUI, ``python -m``."""

STORE_IN_GUI = {"gui/app.py", "gui/screenshot.py"}
"""The GUI's composition root: the only GUI modules that open a store; every other widget
reaches the data through services."""


def _our_imports(source: str, package: tuple[str, ...]) -> set[str]:
    """Our packages and modules that ``source`` (a module of ``package``, e.g. ``("gui",)``)
    imports, by their first name under ``dialoguetracker`` (``store``, ``gui``, ``files`` …);
    ``dialoguetracker`` itself for the package's own names (``__version__``). Imports inside
    functions and ``TYPE_CHECKING`` blocks count, and relative imports are resolved."""
    targets: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name.split(".") for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module.split(".") if node.module else []
            if node.level:
                base = ["dialoguetracker", *package[: len(package) - node.level + 1], *base]
            named = [[*base, alias.name] for alias in node.names]
            modules = named if base == ["dialoguetracker"] else [base]
        else:
            continue
        for parts in modules:
            if parts[0] == "dialoguetracker":
                name = parts[1] if len(parts) > 1 else ""
                ours = bool(name) and (
                    (SOURCE / name).is_dir() or (SOURCE / f"{name}.py").is_file()
                )
                targets.add(name if ours else "dialoguetracker")
    return targets


def _modules() -> list[tuple[str, str, set[str]]]:
    """(module path under the package, its layer, what of ours it imports) for every module;
    a top-level module is a layer of its own (``files``, ``__main__`` …)."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        relative = path.relative_to(SOURCE)
        layer = relative.parts[0] if len(relative.parts) > 1 else relative.stem
        imported = _our_imports(path.read_text(encoding="utf-8"), relative.parent.parts)
        found.append((relative.as_posix(), layer, imported))
    return found


def test_the_import_scanner_sees_every_form_of_import() -> None:
    """The layer tests below are only as good as the scanner: it must see lazy, guarded,
    package-level and relative imports, or a forbidden one would pass unseen."""
    source = (
        "from typing import TYPE_CHECKING\n"
        "import dialoguetracker.domain.enums\n"
        "from dialoguetracker import __version__, files\n"
        "from ..store import engine\n"
        "from . import audit\n"
        "if TYPE_CHECKING:\n"
        "    from dialoguetracker.gui.context import AppContext\n"
        "def later() -> None:\n"
        "    from dialoguetracker.cli import main\n"
    )
    found = _our_imports(source, ("services",))
    assert found == {"domain", "dialoguetracker", "files", "store", "services", "gui", "cli"}


def test_the_domain_imports_nothing_of_ours_but_the_domain() -> None:
    outside = [
        f"{module} imports {target}"
        for module, layer, targets in _modules()
        if layer == "domain"
        for target in sorted(targets - {"domain"})
    ]
    assert outside == []


@pytest.mark.parametrize("layer", sorted(NEVER_IMPORTS))
def test_a_layer_never_imports_the_layers_above_it(layer: str) -> None:
    trespasses = [
        f"{module} imports {target}"
        for module, its_layer, targets in _modules()
        if its_layer == layer
        for target in sorted(targets & NEVER_IMPORTS[layer])
    ]
    assert trespasses == []


def test_only_the_command_line_itself_the_gui_and_main_import_the_command_line() -> None:
    importers = [
        module
        for module, layer, targets in _modules()
        if "cli" in targets and layer not in CLI_IMPORTERS
    ]
    assert importers == []


def test_only_the_gui_composition_root_opens_the_store() -> None:
    in_gui = {
        module for module, layer, targets in _modules() if layer == "gui" and "store" in targets
    }
    assert sorted(in_gui - STORE_IN_GUI) == []


def test_every_package_folder_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(("dialoguetracker", *init.parent.relative_to(SOURCE).parts))
        for init in SOURCE.rglob("__init__.py")
    }
    assert found | {"dialoguetracker.resources"} == listed


def test_the_command_starts_without_loading_the_database_or_gui_libraries() -> None:
    code = (
        "import sys; from dialoguetracker.cli import main; from dialoguetracker.cli.parser "
        "import build_parser; build_parser().parse_args(['summary']); "
        "heavy = ('sqlalchemy', 'PySide6', 'reportlab', 'alembic'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("dialoguetracker-*.whl"))


def test_the_wheel_ships_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "dialoguetracker/resources/sample/us-mexico-cyber-2022.json" in names
    assert "dialoguetracker/store/migrations/env.py" in names
    assert {n for n in names if n.startswith("dialoguetracker/store/migrations/versions/0")} >= {
        "dialoguetracker/store/migrations/versions/0001_first_schema.py",
        "dialoguetracker/store/migrations/versions/0002_document_files.py",
    }
    assert not [n for n in names if n.startswith(("tests/", "resources/"))]
    # compiled by the build (setup.py), never committed
    assert "dialoguetracker/resources/translations/dialoguetracker_es.qm" in names


def test_an_installed_wheel_finds_its_sample_at_run_time(wheel: Path, tmp_path: Path) -> None:
    """Unpacked away from the source tree, the program must still load the sample dialogue.

    ``-S`` skips the .pth files of this checkout's editable install; the libraries' folder is
    added by hand after the unpacked wheel."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    libraries = sysconfig.get_paths()["purelib"]
    program = (
        "import sys; sys.path[:0] = [sys.argv[1]]; sys.path.append(sys.argv[2]); "
        "import dialoguetracker; print(dialoguetracker.__file__); "
        "from dialoguetracker.cli import main; raise SystemExit(main(sys.argv[3:]))"
    )
    store = tmp_path / "store.db"
    done = subprocess.run(
        [sys.executable, "-S", "-c", program, str(site), libraries, "--db", str(store), "demo"],
        capture_output=True,
        text=True,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded_from, report = done.stdout.splitlines()[:2]
    assert Path(loaded_from).is_relative_to(site)
    assert "10 commitments" in report
