"""Asking for a file: the platform's open or save dialog, the one way every screen asks."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_file(
    parent: QWidget, caption: str, file_filter: str, *, save: bool, start: str = ""
) -> str:
    """The path chosen, or an empty string when the user cancelled. ``start`` is the folder or
    the suggested file the dialog opens at."""
    ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    path, _filter = ask(parent, caption, start, file_filter)
    return path
