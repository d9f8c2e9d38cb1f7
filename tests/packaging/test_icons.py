"""The application icon: drawn once as an SVG, shipped as a PNG at every size a desktop asks
for (and as the ``.ico``/``.icns`` the Windows and macOS builds make from them), and worn by
every window of the running application."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from packaging_support import ICONS, packaging_module
from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialoguetracker import APP_ID
from dialoguetracker.gui.app_icon import SIZES, application_icon, png_name, svg_name
from dialoguetracker.gui.app_settings import AppSettings
from dialoguetracker.gui.main_window import MainWindow

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _pixels(image: QImage) -> bytes:
    converted = image.convertToFormat(QImage.Format.Format_ARGB32)
    return bytes(converted.constBits())[: converted.sizeInBytes()]


@pytest.mark.parametrize("size", SIZES)
def test_each_size_is_shipped_as_a_square_png_of_that_size(size: int) -> None:
    image = QImage(str(ICONS / png_name(size)))
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the tile's rounded corner: no square halo


def test_the_icons_folder_holds_the_svg_and_exactly_those_sizes() -> None:
    expected = {svg_name(), *(png_name(size) for size in SIZES)}
    assert {path.name for path in ICONS.iterdir()} == expected
    assert svg_name() == f"{APP_ID}.svg"


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_drawn_at_that_size(qapp: QApplication, size: int) -> None:
    """A PNG not redrawn after the SVG changed (``python packaging/render_icons.py``) fails
    here; a Qt version that antialiases a little differently does not."""
    drawn = _pixels(packaging_module("render_icons").render(ICONS / svg_name(), size))
    shipped = _pixels(QImage(str(ICONS / png_name(size))))
    assert len(drawn) == len(shipped)
    mean_difference = sum(abs(a - b) for a, b in zip(drawn, shipped, strict=True)) / len(drawn)
    assert mean_difference < 2


def test_the_application_icon_holds_every_size() -> None:
    icon = application_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == list(SIZES)
    for size in SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        assert (pixmap.width(), pixmap.height()) == (size, size)


def test_the_main_window_wears_the_icon_at_every_size(
    configured_app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    sizes = sorted(size.width() for size in window.windowIcon().availableSizes())
    assert sizes == list(SIZES)
    assert configured_app.desktopFileName() == APP_ID


def test_the_windows_icon_file_holds_every_size_up_to_256() -> None:
    """An ``.ico``: a header, one 16-byte entry per image, and the PNGs themselves."""
    data = packaging_module("render_icons").ico_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    expected = [size for size in SIZES if size <= 256]
    assert (reserved, kind, count) == (0, 1, len(expected))
    for index, size in enumerate(expected):
        entry = data[6 + 16 * index : 6 + 16 * (index + 1)]
        width, height, _colours, _reserved, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", entry
        )
        assert (width or 256, height or 256) == (size, size)
        assert data[offset : offset + length] == (ICONS / png_name(size)).read_bytes()


def test_the_macos_icon_family_holds_its_sizes() -> None:
    """An ``.icns``: ``icns``, its length, then per image a type, a length and a PNG."""
    data = packaging_module("render_icons").icns_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        png = data[position + 8 : position + length]
        assert png.startswith(PNG_SIGNATURE)
        found[kind] = struct.unpack(">I", png[16:20])[0]
        position += length
    assert position == len(data)
    assert found == {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
    }
