"""Typed settings over QSettings: each value has a name, a type and a default in one place."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from dialoguetracker.domain.staleness import MAX_STALE_MONTHS, STALE_MONTHS

MAX_RECENT_STORES = 8


class AppSettings:
    """Per-user settings. Tests point QSettings at a temporary folder, never the user's."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings()

    def _text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def user_name(self) -> str:
        return self._text("audit/user_name")

    @user_name.setter
    def user_name(self, name: str) -> None:
        self._settings.setValue("audit/user_name", name)

    @property
    def language(self) -> str:
        """The interface language chosen in Preferences (``en``, ``es``); empty: the
        system's."""
        return self._text("interface/language")

    @language.setter
    def language(self, code: str) -> None:
        self._settings.setValue("interface/language", code)

    @property
    def last_view(self) -> str:
        return self._text("window/last_view", "overview")

    @last_view.setter
    def last_view(self, key: str) -> None:
        self._settings.setValue("window/last_view", key)

    @property
    def last_dialogue(self) -> int | None:
        value = self._settings.value("window/last_dialogue")
        try:
            return int(str(value)) if value is not None else None
        except ValueError:
            return None

    @last_dialogue.setter
    def last_dialogue(self, dialogue_id: int | None) -> None:
        if dialogue_id is None:
            self._settings.remove("window/last_dialogue")
        else:
            self._settings.setValue("window/last_dialogue", dialogue_id)

    @property
    def all_dialogues(self) -> bool:
        """The navigator's *All dialogues* was chosen last (``last_dialogue`` still names
        the dialogue chosen before it)."""
        return self._text("window/all_dialogues") == "yes"

    @all_dialogues.setter
    def all_dialogues(self, chosen: bool) -> None:
        self._settings.setValue("window/all_dialogues", "yes" if chosen else "no")

    @property
    def stale_months(self) -> int:
        """Months without news after which an open commitment is flagged stale."""
        value = self._settings.value("commitments/stale_months")
        try:
            months = int(str(value)) if value is not None else STALE_MONTHS
        except ValueError:
            return STALE_MONTHS
        return months if 1 <= months <= MAX_STALE_MONTHS else STALE_MONTHS

    @stale_months.setter
    def stale_months(self, months: int) -> None:
        self._settings.setValue("commitments/stale_months", months)

    def window_state(self, window: str) -> tuple[QByteArray | None, QByteArray | None]:
        """Geometry and dock/toolbar state saved for one window, if any."""
        geometry = self._settings.value(f"{window}/geometry")
        state = self._settings.value(f"{window}/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, window: str, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue(f"{window}/geometry", geometry)
        self._settings.setValue(f"{window}/state", state)

    def splitter_state(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_splitter_state(self, name: str, state: QByteArray) -> None:
        self._settings.setValue(f"splitters/{name}", state)

    def hidden_columns(self, table: str) -> list[str]:
        """The names of the columns the user hid in ``table``."""
        value = self._settings.value(f"columns/{table}/hidden", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(item) for item in value] if isinstance(value, list) else []

    def save_hidden_columns(self, table: str, names: list[str]) -> None:
        self._settings.setValue(f"columns/{table}/hidden", names)

    @property
    def recent_stores(self) -> list[str]:
        value = self._settings.value("stores/recent", [])
        if isinstance(value, str):
            return [value]
        return [str(item) for item in value] if isinstance(value, list) else []

    def remember_store(self, location: str) -> None:
        recent = [location, *(item for item in self.recent_stores if item != location)]
        self._settings.setValue("stores/recent", recent[:MAX_RECENT_STORES])

    def sync(self) -> None:
        self._settings.sync()
