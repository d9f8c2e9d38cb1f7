"""The application's icon, as the window, the task bar and the window switcher show it.

The icon is drawn once as an SVG (``resources/icons``) and shipped as a PNG at each size a
desktop asks for; the window gets the PNGs, so starting the program never loads Qt's SVG
module. Each PNG is added with its size and read only when that size is first drawn.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap

from dialoguetracker import APP_ID

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The square sizes, in pixels, the icon is shipped at: the sizes desktops draw it at, from a
menu entry to a high-density dock."""


def icons_folder() -> Traversable:
    return files("dialoguetracker.resources") / "icons"


def png_name(size: int) -> str:
    """The file of one size, named by the application id the desktop file uses."""
    return f"{APP_ID}-{size}.png"


def svg_name() -> str:
    return f"{APP_ID}.svg"


def application_icon() -> QIcon:
    """Every shipped size in one icon, so each place draws the size nearest its own instead of
    scaling one picture."""
    icon = QIcon()
    folder = icons_folder()
    for size in SIZES:
        _add(icon, folder / png_name(size), size)
    return icon


def _add(icon: QIcon, png: Traversable, size: int) -> None:
    if isinstance(png, Path):  # an installed package: Qt reads the file when first drawn
        icon.addFile(str(png), QSize(size, size))
        return
    pixmap = QPixmap()
    pixmap.loadFromData(png.read_bytes(), "PNG")
    icon.addPixmap(pixmap)
