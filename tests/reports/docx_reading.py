"""Reading a Word draft back the two ways a leak could hide: through python-docx (what Word
shows) and as the raw package (every part of the zip: the body, headers, footers, comments,
properties, relationships), with the XML tags taken out too, so that a word split over two
runs is found as well as a word inside one."""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Iterable

from docx import Document
from docx.document import Document as WordDocument

_TAG = re.compile(r"<[^>]+>")


def opened(data: bytes) -> WordDocument:
    return Document(io.BytesIO(data))


def parts(data: bytes) -> dict[str, str]:
    """Every part of the package by name, as text (binary parts decoded leniently)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {
            name: package.read(name).decode("utf-8", errors="replace")
            for name in package.namelist()
        }


def readable(data: bytes) -> str:
    """Everything in the package, raw and with the markup taken out (entities decoded)."""
    texts = []
    for content in parts(data).values():
        texts.append(content)
        texts.append(html.unescape(_TAG.sub("", content)))
    return "\n".join(texts)


def leaks(data: bytes, words: Iterable[str]) -> list[str]:
    """The words found anywhere in the package."""
    everything = readable(data)
    return [word for word in words if word in everything]


def headings(document: WordDocument) -> list[tuple[str, str]]:
    """(style name, text) of every heading paragraph, in order."""
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in document.paragraphs
        if paragraph.style is not None and paragraph.style.name.startswith("Heading")
    ]


def body_text(document: WordDocument) -> str:
    """The text of the body: paragraphs and table cells, in order."""
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)
