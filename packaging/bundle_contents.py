"""What the bundle carries besides the Python code the build finds by following imports.

``dialoguetracker.spec`` reads its lists from here, and so do the tests, which need neither
PyInstaller nor a build: whatever the program opens as a file at run time must be named here,
at the place inside the bundle where ``importlib.resources`` looks for it.

- ``resources/`` (fonts, sample dialogue, icons, translation sources) as
  ``dialoguetracker/resources/…``, with the window's catalogues compiled from the ``.ts``
  sources for this build (never the ``.qm`` a developer's tree may hold from an older source).
- The Alembic migrations: Alembic does not import them, it reads ``env.py`` and every
  ``versions/*.py`` as files from ``dialoguetracker/store/migrations`` (``migrate.py`` names
  the folder ``dialoguetracker.store:migrations``), so they go in as source files, and what
  they import goes in as hidden imports, since no module of the program imports it.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"
RESOURCES = ROOT / "resources"
MIGRATIONS = SOURCE / "dialoguetracker" / "store" / "migrations"
ENTRY_POINT = SOURCE / "dialoguetracker" / "__main__.py"

IN_BUNDLE_RESOURCES = "dialoguetracker/resources"
IN_BUNDLE_MIGRATIONS = "dialoguetracker/store/migrations"

NOT_SHIPPED = {".qm", ".py", ".pyc"}
"""Kinds of file under resources/ the bundle does not take as they are: compiled catalogues
a developer's tree may hold (each build compiles its own, see :func:`compile_translations`)
and the package's own code, which is analysed as code. The translation sources do go in: the
command line reads its sentences from them without Qt."""

OPTIONAL_IMPORTS = ("psycopg",)
"""Loaded by name by SQLAlchemy for a ``postgresql+psycopg://`` store: bundled when the build
environment has it (``pip install '.[postgresql]'``), so the bundle can open a shared server."""

EXCLUDED_MODULES = (
    # Qt modules the program never imports: the analysis reaches some through other modules'
    # optional imports, and each brings megabytes of Qt (the PDF preview needs QtPdf's library,
    # which links QtNetwork's, but not QtNetwork's Python module).
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtSql",
    # Optional parts of the libraries, for features the program does not use: Pillow's AVIF
    # codec (5 MB; ReportLab needs Pillow, but our PDFs embed no pictures) and its Tk and Qt
    # bridges, Mako's plugins, the test and debugging tools ReportLab's self-tests import, and
    # setuptools.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageQt",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "mako.ext",
    "sqlalchemy.testing",
    "reportlab.graphics.testshapes",
    "doctest",
    "pdb",
    "unittest",
    "pydoc_data",
    "tkinter",
    "setuptools",
    "pkg_resources",
    "distutils",
)
"""Modules kept out of the bundle although the analysis would follow an import of them."""

HOOKS = Path(__file__).resolve().parent / "hooks"
"""Our PyInstaller hooks: where ``dialoguetracker.resources`` is found, and QtGui without the
plugins we do not use."""


def resource_files() -> list[tuple[str, str]]:
    """(file, folder inside the bundle) for each file of ``resources/`` the program reads."""
    return [
        (str(path), _folder_in_bundle(path, RESOURCES, IN_BUNDLE_RESOURCES))
        for path in sorted(RESOURCES.rglob("*"))
        if path.is_file()
        and path.suffix not in NOT_SHIPPED
        and "__pycache__" not in path.parts
        and path.parent != RESOURCES
    ]


def migration_files() -> list[tuple[str, str]]:
    """The migration environment, its template and every revision, as source files."""
    wanted = [MIGRATIONS / "env.py", MIGRATIONS / "script.py.mako"]
    wanted += sorted((MIGRATIONS / "versions").glob("*.py"))
    return [
        (str(path), _folder_in_bundle(path, MIGRATIONS, IN_BUNDLE_MIGRATIONS)) for path in wanted
    ]


def _folder_in_bundle(path: Path, root: Path, root_in_bundle: str) -> str:
    """The folder inside the bundle of ``path``, a file under ``root``."""
    return (PurePosixPath(root_in_bundle) / path.parent.relative_to(root).as_posix()).as_posix()


def translation_sources() -> list[Path]:
    return sorted((RESOURCES / "translations").glob("*.ts"))


def compile_translations(target: Path) -> list[tuple[str, str]]:
    """Each ``.ts`` compiled into ``target`` with PySide6's ``lrelease`` (as ``setup.py`` does
    for the wheel), as (file, folder inside the bundle); a source that does not compile fails
    the build."""
    import PySide6

    lrelease = Path(PySide6.__file__).parent / "lrelease"
    target.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in translation_sources():
        catalogue = target / source.with_suffix(".qm").name
        command = [str(lrelease), "-silent", "-nounfinished", str(source), "-qm", str(catalogue)]
        subprocess.run(command, check=True)
        compiled.append((str(catalogue), f"{IN_BUNDLE_RESOURCES}/translations"))
    return compiled


def data_files(translations: Path) -> list[tuple[str, str]]:
    """Everything the spec's ``datas`` holds, translations compiled into ``translations``."""
    return resource_files() + compile_translations(translations) + migration_files()


def migration_imports() -> list[str]:
    """The modules the migrations import, which the analysis cannot see (it never reads them
    as code): hidden imports."""
    names: set[str] = set()
    for path, _folder in migration_files():
        if path.endswith(".py"):
            names |= _imports(Path(path))
    return sorted(name for name in names if name != "__future__")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if _is_module(name)}


def _is_module(name: str) -> bool:
    """Whether ``name`` is a module (``from alembic import op`` names one, ``from sqlalchemy
    import text`` a function)."""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def hidden_imports() -> list[str]:
    """The migrations' imports, the resources package, and the optional drivers present."""
    present = [name for name in OPTIONAL_IMPORTS if _is_module(name)]
    return [*migration_imports(), "dialoguetracker.resources", *present]


def interface_languages() -> set[str]:
    """The languages the program speaks besides English: one per translation source
    (``dialoguetracker_es.ts``)."""
    return {source.stem.split("_", 1)[1] for source in translation_sources()}


def qt_translation_kept(destination: str) -> bool:
    """Whether a file PyInstaller's hooks collected is to stay: every file except Qt's own
    catalogues (``PySide6/Qt/translations/qtbase_fr.qm``…) of languages the program does not
    speak, which would only make the bundle larger (Qt's catalogues translate its dialogs'
    buttons; English needs none)."""
    path = PurePosixPath(destination)
    if path.parts[:1] != ("PySide6",) or "translations" not in path.parts or path.suffix != ".qm":
        return True
    return any(path.name.endswith(f"_{language}.qm") for language in interface_languages())
