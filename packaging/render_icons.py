"""Makes the icon's other formats from its one drawing, ``resources/icons/<app id>.svg``.

    python packaging/render_icons.py               # the PNGs in resources/icons, anew
    python packaging/render_icons.py --ico F.ico   # Windows: every size up to 256 in one file
    python packaging/render_icons.py --icns F.icns # macOS: every size in one file

The PNGs are committed (the window and the desktop read them); redo them whenever the SVG
changes. The ``.ico`` and ``.icns`` are made by the builds that need them, from the committed
PNGs, with the standard library alone: both formats are a short header and a table of
contents in front of the PNGs themselves, which every Windows since Vista and every macOS
since 10.7 reads.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dialoguetracker.gui.app_icon import SIZES, png_name, svg_name

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"

ICO_LARGEST = 256
"""An ``.ico`` entry stores its width in one byte (0 meaning 256): nothing larger fits."""

ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
}
"""The ``.icns`` element type that holds a PNG of each size (the 1x types; macOS scales a 2x
screen's request to the next size up)."""


def render_pngs(folder: Path = ICONS) -> list[Path]:
    """Each size of :data:`SIZES` drawn from the SVG at that size (not scaled down from the
    largest: thin lines stay on whole pixels)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = []
    for size in SIZES:
        target = folder / png_name(size)
        if not render(folder / svg_name(), size).save(str(target)):  # PNG, by the suffix
            raise OSError(f"{target}: could not be written")
        written.append(target)
    return written


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent square of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def _pngs(folder: Path, sizes: Sequence[int]) -> list[tuple[int, bytes]]:
    return [(size, (folder / png_name(size)).read_bytes()) for size in sizes]


def ico_bytes(folder: Path = ICONS) -> bytes:
    """A Windows icon holding the PNGs up to 256 px: a header, one 16-byte entry per image
    (width, height, colours, reserved, planes, bits per pixel, size, offset), the images."""
    images = _pngs(folder, [size for size in SIZES if size <= ICO_LARGEST])
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = size % ICO_LARGEST  # 256 is written as 0
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes(folder: Path = ICONS) -> bytes:
    """A macOS icon family: ``icns`` and the file's length, then per image its type, its
    length (with these 8 bytes) and the PNG, all big-endian."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in _pngs(folder, sorted(ICNS_TYPES))
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ico", type=Path, help="write a Windows .ico here")
    parser.add_argument("--icns", type=Path, help="write a macOS .icns here")
    arguments = parser.parse_args(argv)
    if arguments.ico:
        arguments.ico.write_bytes(ico_bytes())
    if arguments.icns:
        arguments.icns.write_bytes(icns_bytes())
    if not (arguments.ico or arguments.icns):
        for path in render_pngs():
            print(path.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
