"""Checks what the bundled program wrote, for ``packaging/build``: a summary line when the file
is sound, else the fault in one line on stderr and exit status 1.

    python packaging/check_outputs.py pdf BRIEFING.pdf   # parses, has pages, fonts embedded
    python packaging/check_outputs.py png SCREEN.png     # a PNG image with a size

A bundle that lost its fonts folder still writes a PDF, in a standard font that is not
embedded (and has no accents beyond Latin-1), and one that lost Qt's image plugins still
"succeeds" until a user looks: so the files are opened and looked at, not just found.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

FONT_PROGRAMS = ("/FontFile", "/FontFile2", "/FontFile3")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class OutputError(Exception):
    """What is wrong with the file, in one line."""


def check_pdf(path: Path) -> str:
    """Whether the file parses as a PDF with pages and every font it uses embedded (the same
    rule as the briefing's own tests); a summary line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path, strict=True)
        pages = len(reader.pages)
    except (PdfReadError, OSError, ValueError) as error:
        raise OutputError(f"{path}: not a readable PDF ({error})") from error
    if pages == 0:
        raise OutputError(f"{path}: the PDF has no pages")
    fonts = {name: embedded for page in reader.pages for name, embedded in _fonts(page)}
    if not fonts:
        raise OutputError(f"{path}: the PDF uses no fonts (no text?)")
    missing = sorted(name for name, embedded in fonts.items() if not embedded)
    if missing:
        raise OutputError(f"{path}: fonts not embedded: {', '.join(missing)}")
    return f"{path.name}: {pages} pages, fonts embedded: {', '.join(sorted(fonts))}"


def _fonts(container: Any) -> Iterator[tuple[str, bool]]:
    """(name, embedded) of each font a page or form uses, forms inside it included."""
    resources = container.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    for reference in resources.get("/Font", {}).values():
        font = reference.get_object()
        yield str(font["/BaseFont"]), _embedded(font)
    for reference in resources.get("/XObject", {}).values():
        form = reference.get_object()
        if form.get("/Subtype") == "/Form":
            yield from _fonts(form)


def _embedded(font: Any) -> bool:
    """A simple font carries its program in its descriptor; a composite (Type0) one in its
    descendant's."""
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(part.get_object()) for part in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor.get_object() for key in FONT_PROGRAMS)


def check_png(path: Path) -> str:
    """Whether the file is a PNG with a non-empty image; a summary line."""
    head = path.read_bytes()[:24]
    if not head.startswith(PNG_SIGNATURE) or head[12:16] != b"IHDR":
        raise OutputError(f"{path}: not a PNG image")
    width, height = struct.unpack(">II", head[16:24])
    if not (width and height):
        raise OutputError(f"{path}: the image is empty")
    return f"{path.name}: {width}×{height}"


CHECKS = {"pdf": check_pdf, "png": check_png}


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if len(arguments) != 2 or arguments[0] not in CHECKS:
        print(f"usage: check_outputs.py {'|'.join(CHECKS)} FILE", file=sys.stderr)
        return 2
    kind, name = arguments
    try:
        print(CHECKS[kind](Path(name)))
    except (OutputError, OSError) as fault:
        print(fault, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
