"""Multi-line text fields that, like ``QLineEdit``, say when an edit is finished.

A form saves a field when the user leaves it, so each field remembers what it last showed
from the store: ``is_dirty`` tells a reload not to overwrite what the user is typing, and
``set_value`` only touches the text (and the cursor) when the stored value really differs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class CommittingTextEdit(QPlainTextEdit):
    editingFinished = Signal()  # noqa: N815 (the name QLineEdit uses)
    """Emitted when the field loses the focus (or on Ctrl+Return) with text changed since it
    was last loaded or saved."""

    def __init__(
        self, parent: QWidget | None = None, lines: int = 3, grow_to: int | None = None
    ) -> None:
        """``lines`` is the height the field starts with; with ``grow_to`` it grows with its
        text up to that many lines before it scrolls."""
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._loaded = ""
        self._hint = ""
        self._lines, self._grow_to = lines, grow_to
        self._fit(lines)
        if grow_to is not None:
            layout = self.document().documentLayout()
            layout.documentSizeChanged.connect(lambda size: self._fit(int(size.height()) + 1))

    def _fit(self, lines: int) -> None:
        shown = max(self._lines, min(lines, self._grow_to or self._lines))
        height = self.fontMetrics().lineSpacing() * shown
        self.setMinimumHeight(height + 2 * self.frameWidth() + 8)

    def set_read_only(self, read_only: bool) -> None:
        """Read-only without the placeholder that invites typing; editable with it again."""
        if read_only and not self.isReadOnly():
            self._hint = self.placeholderText()
            self.setPlaceholderText("")
        elif not read_only and self.isReadOnly():
            self.setPlaceholderText(self._hint)
        self.setReadOnly(read_only)

    def set_value(self, text: str | None) -> None:
        """Show a stored value, leaving the text and cursor alone when it is already shown."""
        shown = text or ""
        if self.toPlainText() != shown:
            self.setPlainText(shown)
        self._loaded = shown

    def value(self) -> str | None:
        """The text, or None when the field holds nothing but white space."""
        text = self.toPlainText()
        return text if text.strip() else None

    def is_dirty(self) -> bool:
        return self.toPlainText() != self._loaded

    def mark_saved(self) -> None:
        self._loaded = self.toPlainText()

    def revert(self) -> None:
        self.setPlainText(self._loaded)

    def finish(self) -> None:
        if self.is_dirty():
            self.editingFinished.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.finish()
            return
        super().keyPressEvent(event)


class LineListEdit(CommittingTextEdit):
    """A list of short texts (objectives, points to make), one per line; blank lines are
    dropped, so an item is removed by deleting its line."""

    def __init__(
        self, parent: QWidget | None = None, lines: int = 4, grow_to: int | None = 12
    ) -> None:
        super().__init__(parent, lines, grow_to)
        self.setPlaceholderText(self.tr("One per line"))

    def set_items(self, items: tuple[str, ...]) -> None:
        self.set_value("\n".join(" ".join(item.splitlines()) for item in items))

    def items(self) -> tuple[str, ...]:
        lines = (line.strip() for line in self.toPlainText().splitlines())
        return tuple(line for line in lines if line)
