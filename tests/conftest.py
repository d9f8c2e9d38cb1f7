"""Fixtures shared by every test: a real store file in a temporary folder, and services on it.

Qt tests run offscreen; the setting is made here, before any test can create a QApplication.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dialoguetracker.services import Services
from dialoguetracker.store.engine import Store, open_store

FIXED_NOW = datetime(2023, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.db"


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
