"""Calendar: a month of reply-by deadlines, the pupils due on the day chosen with their
status today, and the next 14 days' deadlines; any pupil opens from either list."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView, QWidget

from desc_desktop.domain.optouts.status import TIMING_COLOURS, Timing
from desc_desktop.services import statuses
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.dates import long_date
from desc_desktop.ui.deadline_calendar import TIMING_WORDS, counts_per_day, shown_range
from desc_desktop.ui.generated.ui_calendar_page import Ui_CalendarPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon
from desc_desktop.ui.optout_models import (
    DEADLINE_COLUMNS,
    PUPIL_STATUS_COLUMNS,
    PupilDeadline,
    pupil_words,
)
from desc_desktop.ui.problems import HINT_STYLE
from desc_desktop.ui.styled_model import RECORD_ROLE, StyledFilter, StyledTableModel
from desc_desktop.ui.tables import prepare_table, resort
from desc_desktop.ui.words import plural

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.statuses import DeadlineDay

NEXT_DAYS = 14


def legend_html() -> str:
    boxes = [f"<span style='color:{TIMING_COLOURS[t]}'>■</span> {TIMING_WORDS[t]}"
             for t in (Timing.UPCOMING, Timing.TODAY, Timing.PASSED)]
    return "Reply-by dates: " + " &nbsp; ".join(boxes) + (
        " &nbsp; (the number on a day: how many pupils' reply-by date it is)")


def _key(record) -> tuple | None:
    """What a row is about, to find it again after a reload."""
    if isinstance(record, PupilDeadline):
        return record.day, record.pupil.pupil_id
    return None if record is None else (None, record.pupil_id)


def _choose(table: QTableView, key: tuple | None) -> None:
    if key is None:
        return
    model = table.model()
    for row in range(model.rowCount()):
        if _key(model.index(row, 0).data(RECORD_ROLE)) == key:
            table.setCurrentIndex(model.index(row, 0))
            return


class CalendarPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx.open()
        self.ui = Ui_CalendarPage()
        self.ui.setupUi(self)
        self.calendar = self.ui.calendar
        self.days: dict[date, DeadlineDay] = {}
        self._chosen_table: QTableView = self.ui.day_table
        self.day_model = StyledTableModel(PUPIL_STATUS_COLUMNS, pupil_words, self)
        self.day_proxy = StyledFilter(self)
        self.day_proxy.setSourceModel(self.day_model)
        self.next_model = StyledTableModel(DEADLINE_COLUMNS, lambda d: pupil_words(d.pupil),
                                           self)
        self.next_proxy = StyledFilter(self)
        self.next_proxy.setSourceModel(self.next_model)
        self._setup()  # read on showing the area (refresh), not here as well

    def _setup(self) -> None:
        ui = self.ui
        embolden(ui.title)
        ui.legend.setText(legend_html())
        ui.open_hint.setStyleSheet(HINT_STYLE)
        ui.today.setIcon(icon("calendar-days"))
        ui.open_pupil.setIcon(icon("user-pen"))
        for table, proxy, widths in ((ui.day_table, self.day_proxy, (190, 45)),
                                     (ui.next_table, self.next_proxy, (85, 150, 40))):
            header = prepare_table(table, proxy, widths)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
            table.activated.connect(self._open_index)  # Enter or a double-click
            table.selectionModel().currentRowChanged.connect(
                lambda _now, _before, table=table: self._chose_in(table))
        ui.next_table.selectionModel().currentRowChanged.connect(self._next_chosen)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._load_month())
        self.calendar.selectionChanged.connect(self._show_day)
        # Enter (or a double-click) on a day: on to its pupils, to open one.
        self.calendar.activated.connect(lambda _day: self.ui.day_table.setFocus())
        ui.today.clicked.connect(self.go_to_today)
        ui.open_pupil.clicked.connect(self.open_chosen)
        ui.splitter.setSizes([480, 440])

    # -- loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """On showing the area: deadlines and statuses as they stand today."""
        kept = [(table, _key(table.currentIndex().data(RECORD_ROLE)))
                for table in (self.ui.day_table, self.ui.next_table)]
        month, upcoming = statuses.month_and_next(self.ctx, *self._month_range(), NEXT_DAYS)
        self._show_month(month)
        self.next_model.set_records([PupilDeadline(day.day, pupil) for day in upcoming
                                     for pupil in day.pupils])
        resort(self.ui.next_table, self.next_proxy)
        total = sum(day.count for day in upcoming)
        self.ui.next_summary.setText(
            f"{plural(total, 'pupil')} with a reply-by date from today to "
            f"{long_date(upcoming[-1].day) if upcoming else 'two weeks on'}."
            if total else "No reply-by dates in the next 14 days.")
        self.ui.next_summary.setStyleSheet(HINT_STYLE)
        for table, key in kept:
            _choose(table, key)
        self._update_buttons()

    def _load_month(self) -> None:
        self._show_month(statuses.deadlines(self.ctx, *self._month_range()))

    def _month_range(self) -> tuple[date, date]:
        return shown_range(self.calendar.yearShown(), self.calendar.monthShown())

    def _show_month(self, loaded: list[DeadlineDay]) -> None:
        self.days = {day.day: day for day in loaded}
        self.calendar.set_marks(counts_per_day(loaded, self.ctx.today()))
        self._show_day()

    def go_to_today(self) -> None:
        self.calendar.select_day(self.ctx.today())
        self.calendar.setFocus()

    def show_day(self, day: date) -> None:
        """Choose `day` on the calendar (from Today's deadlines this week)."""
        self.calendar.select_day(day)

    # -- the day chosen ------------------------------------------------------------------

    def _show_day(self) -> None:
        day = self.calendar.selected_day()
        deadline = self.days.get(day)
        pupils = deadline.pupils if deadline else ()
        self.day_model.set_records(pupils)
        resort(self.ui.day_table, self.day_proxy)
        today = self.ctx.today()
        if not pupils:
            text = f"{long_date(day)}: no reply-by dates."
        else:
            when = ("has passed" if day < today else "is today" if day == today
                    else "is still to come")
            text = (f"{long_date(day)}: the reply-by date of {plural(len(pupils), 'pupil')}; "
                    f"it {when}. Status as it stands today.")
        self.ui.day_title.setText(text)
        self._update_buttons()

    def _next_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = current.data(RECORD_ROLE)
        if chosen is not None and chosen.day != self.calendar.selected_day():
            self.calendar.select_day(chosen.day)

    # -- opening a pupil -----------------------------------------------------------------

    def _chose_in(self, table: QTableView) -> None:
        self._chosen_table = table
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.open_pupil.setEnabled(self._chosen_table.currentIndex().isValid())

    def _open_index(self, index: QModelIndex) -> None:
        chosen = index.data(RECORD_ROLE)
        if isinstance(chosen, PupilDeadline):
            chosen = chosen.pupil
        if chosen is not None:
            self._open(chosen.pupil_id)

    def open_chosen(self) -> None:
        """The pupil chosen last, in either list."""
        self._open_index(self._chosen_table.currentIndex())

    def _open(self, pupil_id: int) -> None:
        self.open_pupil.emit(pupil_id)
        self.refresh()  # an opt-out may have been recorded on the pupil's page
