"""Fixtures shared by every test: a real store file in a temporary folder, and services on it.

Qt tests run offscreen; the setting is made here, before any test can create a QApplication.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dialoguetracker.services import Services
from dialoguetracker.store.engine import Store, open_store

FIXED_NOW = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store at the newest schema, made once; each test copies it instead of migrating."""
    path = tmp_path_factory.mktemp("template") / "store.db"
    open_store(path).close()
    return path


@pytest.fixture
def store_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "store.db"
    shutil.copyfile(migrated_template, path)
    return path


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    opened = open_store(store_path)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def services(store: Store) -> Services:
    """Services acting as ``tester`` on 1 March 2023 at noon UTC, so dates in tests are stable."""
    return Services(store, actor="tester", clock=lambda: FIXED_NOW)


@pytest.fixture
def fresh_services(tmp_path: Path, migrated_template: Path) -> Iterator[Callable[[], Services]]:
    """Makes further empty stores in the same test, e.g. to import an export into."""
    opened: list[Store] = []

    def make() -> Services:
        path = tmp_path / f"other-{len(opened)}.db"
        shutil.copyfile(migrated_template, path)
        opened.append(open_store(path))
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
