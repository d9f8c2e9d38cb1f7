"""A headline figure: a large number, what it counts, and one line of detail."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

ALERT_COLOR = "#c0392b"


class FigureCard(QFrame):
    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.caption = QLabel(caption, self)
        self.caption.setObjectName(f"{name}Caption")
        self.value = QLabel("–", self)
        self.value.setObjectName(f"{name}Value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName(f"{name}Detail")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)  # a row of cards is as tall as its tallest: the text stays on top

    def show_figure(self, value: int, detail: str = "", alert: bool = False) -> None:
        """Show ``value``; ``alert`` colours it, but the caption always says what it is."""
        self.value.setText(QLocale().toString(value))
        self.value.setStyleSheet(f"color: {ALERT_COLOR};" if alert else "")
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        summary = f"{self.caption.text()}: {self.value.text()}"
        self.setAccessibleName(summary)
        self.setAccessibleDescription(detail)
        self.setToolTip(f"{summary}\n{detail}" if detail else summary)
