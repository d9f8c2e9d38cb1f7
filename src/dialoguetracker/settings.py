"""Where things live on this machine by default, by the platform's conventions."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from dialoguetracker.domain.errors import UsageError
from dialoguetracker.domain.words import translate

DB_ENVIRONMENT = "DIALOGUETRACKER_DB"


def default_store_path() -> Path:
    """The user's own store, created on first use in the platform's data folder."""
    from platformdirs import user_data_path

    return user_data_path("dialoguetracker", appauthor=False, ensure_exists=True) / "store.db"


def log_folder() -> Path:
    from platformdirs import user_log_path

    return user_log_path("dialoguetracker", appauthor=False, ensure_exists=True)


def chosen_store(option: str | None) -> str:
    """``--db``, else ``$DIALOGUETRACKER_DB``, else the default file."""
    if option is not None:
        if not option.strip():
            raise UsageError(
                translate("Errors", "--db: names no store (give a file path or a database URL)")
            )
        return option
    from_environment = os.environ.get(DB_ENVIRONMENT)
    if from_environment:
        return from_environment
    return str(default_store_path())


def default_actor() -> str:
    """Who the record of changes names when nobody said: the account's login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
