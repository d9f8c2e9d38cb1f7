"""The one type family every PDF uses: DejaVu Sans, shipped as package data and embedded.

ReportLab's built-in Helvetica silently swaps Greek for Symbol and Cyrillic for boxes, and a
family registered without all four faces silently prints ``<b>`` as plain text. So the four
DejaVu faces are registered together, once per process, and tied into a family. DejaVu has no
CJK or emoji and ReportLab has no fallback font, so :func:`coverage` tells the text layer which
characters the faces can draw; anything else is replaced by a visible mark rather than an
invisible empty box.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
REPLACEMENT = "\ufffd"
"""What a character no face can draw prints as: the standard sign that something was there."""


@cache
def register_fonts() -> frozenset[int]:
    """Register the four faces and the family, and return the code points all of them draw.

    ReportLab's font registry is global to the process, so this runs once; later calls return
    the cached coverage. Fonts are read through importlib.resources so they are found inside
    an installed wheel or a frozen bundle as well as in the source tree.
    """
    fonts_dir = files("dialoguetracker.resources").joinpath("fonts")
    covered: frozenset[int] | None = None
    for face in _FACES:
        with fonts_dir.joinpath(f"{face}.ttf").open("rb") as stream:
            font = TTFont(face, stream)
        pdfmetrics.registerFont(font)
        # Outside the Basic Multilingual Plane ReportLab writes a broken ToUnicode map (an
        # odd-length hex string), so such a character could not be searched or copied:
        # treat it as missing.
        points = frozenset(code for code in font.face.charToGlyph if code <= 0xFFFF)
        covered = points if covered is None else covered & points
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # registerFontFamily maps the family name; the face names need the mapping too, because a
    # style whose fontName is the regular face resolves <b> through the face's own name.
    for bold, italic, face in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, face)
    assert covered is not None
    return covered


def coverage() -> frozenset[int]:
    """The code points every face can draw (registering the faces on first use)."""
    return register_fonts()
