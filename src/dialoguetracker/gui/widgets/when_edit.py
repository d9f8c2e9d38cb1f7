"""A date, optionally with a time and the UTC offset or time zone it was given in.

The store keeps a meeting's start and end as a date, or as a wall time with its UTC offset;
this editor produces exactly that. A named zone (America/Mexico_City) is a convenience: it
turns into the offset the zone had on that date, so summer time is right without the user
knowing it. ``committed`` is emitted when the user finished changing the value — a field
left, a box ticked, a zone chosen — and only when the value differs from the one last set.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

from dialoguetracker.domain.records import When
from dialoguetracker.gui.placeholders import filled
from dialoguetracker.gui.vocabulary import offset_text

ZONES = (
    "America/Mexico_City",
    "America/Tijuana",
    "America/Cancun",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Toronto",
    "Europe/London",
    "Europe/Brussels",
    "Europe/Madrid",
)
_ODD_OFFSETS = (-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825)
OFFSETS = tuple(sorted({hour * 60 for hour in range(-12, 15)} | set(_ODD_OFFSETS)))

ZONE, OFFSET = "zone:", "offset:"
"""Prefixes of the zone box's item data: ``zone:America/Mexico_City``, ``offset:-360``."""


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _key(when: When | None) -> str:
    """Equal keys mean the same record: unlike datetimes, two zones never compare equal."""
    return "" if when is None else when.isoformat()


class WhenEdit(QWidget):
    committed = Signal()

    def __init__(
        self,
        name: str,
        *,
        optional: bool = False,
        present_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.partner: WhenEdit | None = None
        """Where a newly enabled value takes its date, time and zone from (an end's start)."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.present: QCheckBox | None = None
        if optional:
            self.present = QCheckBox(present_text or self.tr("Set"), self)
            self.present.setObjectName(f"{name}Present")
            self.present.toggled.connect(self._present_toggled)
            layout.addWidget(self.present)
        self.date = QDateEdit(self)
        self.date.setObjectName(f"{name}Date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(QDate(1900, 1, 1))
        self.date.editingFinished.connect(self._finish)
        self.date.calendarWidget().clicked.connect(lambda _day: self._finish())
        self.timed = QCheckBox(self.tr("Time"), self)
        self.timed.setObjectName(f"{name}Timed")
        self.timed.toggled.connect(self._timed_toggled)
        self.time = QTimeEdit(self)
        self.time.setObjectName(f"{name}Time")
        self.time.setDisplayFormat("HH:mm")
        self.time.editingFinished.connect(self._finish)
        self.zone = QComboBox(self)
        self.zone.setObjectName(f"{name}Zone")
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill_zones()
        self.zone.activated.connect(lambda _index: self._finish())
        for widget in (self.date, self.timed, self.time, self.zone):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setFocusProxy(self.present or self.date)
        self._settled = ""
        self._read_only = False
        self._enable()

    def set_accessible_names(self, what: str) -> None:
        """``what`` is the field's name as a user reads it, e.g. "Start"."""
        self.setAccessibleName(what)
        if self.present is not None:
            self.present.setAccessibleName(filled(self.tr("%1 is set"), what))
        self.date.setAccessibleName(filled(self.tr("%1 date"), what))
        self.timed.setAccessibleName(filled(self.tr("%1 has a time"), what))
        self.time.setAccessibleName(filled(self.tr("%1 time"), what))
        self.zone.setAccessibleName(filled(self.tr("%1 UTC offset or time zone"), what))

    def _fill_zones(self) -> None:
        for name in ZONES:
            if _zone(name) is not None:
                self.zone.addItem(name.replace("_", " "), ZONE + name)
        if self.zone.count():
            self.zone.insertSeparator(self.zone.count())
        for minutes in OFFSETS:
            self.zone.addItem(offset_text(timedelta(minutes=minutes)), f"{OFFSET}{minutes}")

    # -- value ------------------------------------------------------------------------------

    def value(self) -> When | None:
        if self.present is not None and not self.present.isChecked():
            return None
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        if not self.timed.isChecked():
            return day
        wall = time(self.time.time().hour(), self.time.time().minute())
        return self._aware(day, wall)

    def _aware(self, day: date, wall: time) -> datetime:
        data = str(self.zone.currentData() or "")
        if data.startswith(ZONE):
            zone = _zone(data.removeprefix(ZONE))
            if zone is not None:
                local = datetime.combine(day, wall, tzinfo=zone)
                offset = local.utcoffset() or timedelta(0)
                return local.replace(tzinfo=timezone(offset))
        minutes = int(data.removeprefix(OFFSET)) if data.startswith(OFFSET) else 0
        return datetime.combine(day, wall, tzinfo=timezone(timedelta(minutes=minutes)))

    def set_value(self, when: When | None, *, keep_zone: bool = False) -> None:
        """Show a stored value; this is never a user's edit, so nothing is committed.

        A stored time has an offset, not a zone: the zone the user picked stays shown only
        with ``keep_zone`` (the same record shown again) and when it gives that offset."""
        widgets = (self.present, self.date, self.timed, self.time, self.zone)
        for widget in widgets:
            if widget is not None:
                widget.blockSignals(True)
        try:
            if self.present is not None:
                self.present.setChecked(when is not None)
            if when is not None:
                day = when.date() if isinstance(when, datetime) else when
                self.date.setDate(qdate(day))
                self.timed.setChecked(isinstance(when, datetime))
            elif self.partner is not None:
                self.date.setDate(self.partner.date.date())
                self.timed.setChecked(False)
            if isinstance(when, datetime):
                self.time.setTime(QTime(when.hour, when.minute))
                offset = when.utcoffset() or timedelta(0)
                self._select_offset(int(offset.total_seconds() // 60), when.date(), keep_zone)
        finally:
            for widget in widgets:
                if widget is not None:
                    widget.blockSignals(False)
        self._settled = _key(when)
        self._enable()

    def _select_offset(self, minutes: int, day: date, keep_zone: bool) -> None:
        data = str(self.zone.currentData() or "")
        if keep_zone and data.startswith(ZONE):
            zone = _zone(data.removeprefix(ZONE))
            if zone is not None:
                local = datetime.combine(day, time(12), tzinfo=zone).utcoffset()
                if local is not None and int(local.total_seconds() // 60) == minutes:
                    return
        index = self.zone.findData(f"{OFFSET}{minutes}")
        if index < 0:
            self.zone.addItem(offset_text(timedelta(minutes=minutes)), f"{OFFSET}{minutes}")
            index = self.zone.count() - 1
        self.zone.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._enable()

    def _enable(self) -> None:
        present = self.present is None or self.present.isChecked()
        editable = not self._read_only
        if self.present is not None:
            self.present.setEnabled(editable)
        self.date.setEnabled(present)
        self.date.setReadOnly(not editable)
        self.date.setCalendarPopup(editable)
        self.timed.setEnabled(present and editable)
        self.time.setEnabled(present and self.timed.isChecked())
        self.time.setReadOnly(not editable)
        self.zone.setEnabled(present and self.timed.isChecked() and editable)

    # -- the user's edits -------------------------------------------------------------------

    def _present_toggled(self, checked: bool) -> None:
        if checked and self.partner is not None:
            start = self.partner.value()
            if start is not None:
                settled = self._settled
                self.set_value(start)
                self.zone.setCurrentIndex(self.partner.zone.currentIndex())
                self._settled = settled
        self._enable()
        self._finish()

    def _timed_toggled(self, checked: bool) -> None:
        if checked and self.partner is not None and self.partner.timed.isChecked():
            self.zone.setCurrentIndex(self.partner.zone.currentIndex())
            self.time.setTime(self.partner.time.time())
        self._enable()
        self._finish()

    def _finish(self) -> None:
        key = _key(self.value())
        if key != self._settled:
            self._settled = key
            self.committed.emit()
