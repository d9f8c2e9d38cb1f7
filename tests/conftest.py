"""Fixtures shared by every test: a real store file in a temporary folder, and services on it.

Qt tests run offscreen; the setting is made here, before any test can create a QApplication.
"""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program speaks the language of its environment: the command line as gettext reads it
# (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), the window as Qt reads the system locale. Every test,
# and every program a test starts, speaks English whatever language the machine speaks; a test
# of another language asks for it (``--lang es``, or the environment set for that test alone).
# Set here, before a test can create a QApplication, which reads the system locale once.
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"

from dialoguetracker.domain import clock
from dialoguetracker.services import Services
from dialoguetracker.store.engine import Store, open_store
from moments import FIXED_NOW, TEST_NOW

if TYPE_CHECKING:
    from postgres_server import PostgresServer

# Starts the throwaway PostgreSQL cluster the ``postgresql`` runs use (once, when first needed).
pytest_plugins = ("postgres_server",)


@pytest.fixture(scope="session", autouse=True)
def _program_clock() -> Iterator[None]:
    """No test reads the real time through the program: the whole run, the stores made once
    for it included, stands at :data:`TEST_NOW`, so no assertion mixes a frozen moment with
    the day the suite happens to run."""
    with clock.frozen(TEST_NOW):
        yield


BACKENDS = ("sqlite", "postgresql")
# Only the store and service suites run on both backends; the rest (the command line, the GUI,
# files, backups) stays on SQLite, as does any test marked ``sqlite_only`` or using ``store_path``.
BOTH_BACKENDS_UNDER = ("store", "services")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: runs on SQLite only (store files, backups, fixture stores)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    tests = Path(__file__).parent
    relative = Path(metafunc.definition.path).relative_to(tests)
    both = (
        relative.parts[0] in BOTH_BACKENDS_UNDER
        and "store_path" not in metafunc.fixturenames
        and not any(metafunc.definition.iter_markers("sqlite_only"))
    )
    metafunc.parametrize("backend", BACKENDS if both else ("sqlite",), indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgresql``: which database the test's stores live in."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store at the newest schema, made once; each test copies it instead of migrating."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    open_store(path).close()
    return path


@pytest.fixture
def store_path(tmp_path: Path, migrated_template: Path) -> Path:
    """A SQLite store file at the newest schema (SQLite only, whatever the backend)."""
    path = tmp_path / "store.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def new_store_target(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], str | Path]]:
    """Makes empty stores at the newest schema: SQLite files, or fresh PostgreSQL databases."""
    with ExitStack() as cleanup:
        if backend == "postgresql":
            server: PostgresServer = request.getfixturevalue("postgres_server")

            def make() -> str | Path:
                return cleanup.enter_context(server.new_database())

        else:
            template: Path = request.getfixturevalue("migrated_template")
            count = itertools.count()

            def make() -> str | Path:
                path = tmp_path / f"store-{next(count)}.db"
                shutil.copyfile(template, path)
                return path

        yield make


@pytest.fixture
def store(new_store_target: Callable[[], str | Path]) -> Iterator[Store]:
    opened = open_store(new_store_target())
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def services(store: Store) -> Services:
    """Services acting as ``tester`` on 1 March 2023 at noon UTC, so dates in tests are stable."""
    return Services(store, actor="tester", clock=lambda: FIXED_NOW)


@pytest.fixture
def fresh_services(
    new_store_target: Callable[[], str | Path],
) -> Iterator[Callable[[], Services]]:
    """Makes further empty stores in the same test, e.g. to import an export into."""
    opened: list[Store] = []

    def make() -> Services:
        opened.append(open_store(new_store_target()))
        return Services(opened[-1], actor="tester", clock=lambda: FIXED_NOW)

    yield make
    for store in opened:
        store.close()


# CI runs the same examples every time, so a red build always means a change broke something;
# a developer's run explores new ones. HYPOTHESIS_PROFILE=thorough explores more.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("thorough", max_examples=500, deadline=None)
settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "default")
)
