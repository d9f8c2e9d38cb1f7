"""*Edit ▸ Preferences…* keeps the interface language; the next start speaks it, unless
``--lang`` says otherwise for that start."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from dialoguetracker.gui.app import interface_language
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.main_window import MainWindow


def test_the_chosen_language_is_kept_and_used_at_the_next_start(
    qtbot: QtBot, app_settings: AppSettings
) -> None:
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    window.dress()
    assert interface_language(None, app_settings) == "en"  # the tests' system speaks English

    dialog = window.show_preferences()
    choice = dialog.findChild(QComboBox, "languageChoice")
    assert choice is not None and choice.currentData() == ""
    choice.setCurrentIndex(choice.findData("es"))
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert app_settings.language == "es"
    assert interface_language(None, app_settings) == "es"
    assert interface_language("en", app_settings) == "en"  # --lang wins for one start
    again = window.show_preferences().findChild(QComboBox, "languageChoice")
    assert again is not None and again.currentData() == "es"


def test_cancel_keeps_the_language(qtbot: QtBot, app_settings: AppSettings) -> None:
    app_settings.language = "es"
    window = MainWindow(settings=app_settings)
    qtbot.addWidget(window)
    dialog = window.show_preferences()
    choice = dialog.findChild(QComboBox, "languageChoice")
    assert choice is not None
    choice.setCurrentIndex(choice.findData(""))
    dialog.reject()
    assert app_settings.language == "es"
