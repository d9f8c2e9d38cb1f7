"""The PDF preview: a ``QPdfView`` over a document loaded from the bytes in memory.

QtPdf reads the document from the buffer lazily, so the buffer and its byte array are kept as
Python references for as long as the document shows them (see PITFALLS.md).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PdfPreview(QWidget):
    loaded = Signal(int)
    """The document shown is ready; its page count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.document = QPdfDocument(self)
        self.document.setObjectName("pdfPreviewDocument")
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreviewView")
        self.view.setAccessibleName(self.tr("Preview of the PDF"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.pdf: bytes | None = None
        self._data: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document.statusChanged.connect(self._status)

    def show_pdf(self, pdf: bytes) -> None:
        """Show ``pdf``; ``loaded`` follows once QtPdf has read it."""
        data = QByteArray(pdf)
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old = self._buffer
        self.pdf, self._data, self._buffer = pdf, data, buffer
        self.document.load(buffer)
        if old is not None:
            old.close()
            old.deleteLater()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
        self.pdf, self._data, self._buffer = None, None, None

    @property
    def ready(self) -> bool:
        return self.document.status() is QPdfDocument.Status.Ready

    def page_count(self) -> int:
        return self.document.pageCount() if self.ready else 0

    def _status(self, status: QPdfDocument.Status) -> None:
        if status is QPdfDocument.Status.Ready:
            self.loaded.emit(self.document.pageCount())
