"""Loading the interface language: our own catalogue and Qt's, for --lang or the system locale.

Catalogues are compiled (``.qm``) from the ``.ts`` sources in resources/translations at build
time; a language without a compiled catalogue simply shows the English source texts.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

SUPPORTED = ("en", "es")


def chosen_language(option: str | None) -> str:
    if option in SUPPORTED:
        return option
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def uninstall(app: QApplication, installed: list[QTranslator]) -> None:
    """Take back what :func:`install` put in: the translators, and the system's locale as the
    default again (a process that renders in one language and then in another)."""
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def install(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translators and return them: they must live as long as the application."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    # dates and numbers as the chosen language writes them: the system's own conventions when
    # it speaks that language (Mexico's, say), else the language's
    system = QLocale.system()
    QLocale.setDefault(system if system.name().split("_")[0] == language else QLocale(language))
    from importlib.resources import as_file, files  # only for a translation: a start's worth

    qt_own = QTranslator(app)
    if qt_own.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    catalogue = (
        files("dialoguetracker.resources") / "translations" / f"dialoguetracker_{language}.qm"
    )
    if catalogue.is_file():
        with as_file(catalogue) as path:
            ours = QTranslator(app)
            if ours.load(str(path)):
                app.installTranslator(ours)
                installed.append(ours)
    return installed
