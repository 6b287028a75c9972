"""A month calendar whose days show how many reply-by deadlines fall on them, coloured for
passed, today and upcoming (the domain's timing colours).

The counting is a plain function (counts_per_day) so it can be checked without painting;
the widget only draws what it is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QCalendarWidget, QWidget

from desc_desktop.domain.optouts.status import Timing, timing
from desc_desktop.ui.status_style import timing_colour

if TYPE_CHECKING:
    from desc_desktop.services.statuses import DeadlineDay

TIMING_WORDS = {Timing.PASSED: "passed", Timing.TODAY: "today", Timing.UPCOMING: "upcoming"}


@dataclass(frozen=True)
class DayMark:
    """What a calendar day shows: how many pupils' reply-by date it is, and its colour."""

    count: int
    timing: Timing


def counts_per_day(days: Iterable[DeadlineDay], today: date) -> dict[date, DayMark]:
    """How many pupils' reply-by deadlines fall on each day (days with none are left out),
    and whether each day has passed, is today or is still to come, seen from `today`."""
    counts: dict[date, int] = {}
    for day in days:
        if day.pupils:
            counts[day.day] = counts.get(day.day, 0) + len(day.pupils)
    return {day: DayMark(n, timing(day, today)) for day, n in counts.items()}


def shown_range(year: int, month: int) -> tuple[date, date]:
    """Every day a month page of the calendar may show, with the weeks either side."""
    first = date(year, month, 1)
    following = date(year + month // 12, month % 12 + 1, 1)
    return first - timedelta(days=7), following + timedelta(days=13)


class DeadlineCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DayMark] = {}
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)

    def set_marks(self, marks: dict[date, DayMark]) -> None:
        self.marks = marks
        self.updateCells()

    def select_day(self, day: date) -> None:
        self.setSelectedDate(QDate(day.year, day.month, day.day))

    def selected_day(self) -> date:
        return self.selectedDate().toPython()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        mark = self.marks.get(qdate.toPython())
        if mark is None:
            return
        colour = timing_colour(mark.timing)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A frame in the day's colour, and the count in a badge at the top right.
        painter.setPen(QPen(colour, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5))
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        text = str(mark.count)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 8)
        badge = QRectF(rect.right() - width - 3, rect.top() + 3, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
