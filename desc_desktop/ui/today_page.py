"""Today: how many pupils are awaiting a reply, opted out or may be shared, this week's
reply-by deadlines, and what needs doing (pupils with no covering letter, joiners with no
letter, letter runs made but never marked as sent).

The app opens here, so the page is built with the window but reads nothing until it has
painted once: the first screen shows before the database is opened properly (SQLAlchemy is
not even imported by this module), and the figures fill in a moment later. Its tables, and
the modules behind them, are set up then too, to keep them off the start. Each time the
area is shown again the figures are read afresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from desc_desktop.services import generated_runs, statuses
from desc_desktop.services.errors import NotFound
from desc_desktop.ui.dates import format_uk, long_date
from desc_desktop.ui.generated.ui_today_page import Ui_TodayPage
from desc_desktop.ui.headings import embolden
from desc_desktop.ui.icons import icon
from desc_desktop.ui.problems import HINT_STYLE
from desc_desktop.ui.tables import prepare_table, resort

if TYPE_CHECKING:

    from desc_desktop.domain.optouts.status import Status
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.services.snapshot import DeferredContext
    from desc_desktop.services.statuses import TodaySummary
    from desc_desktop.ui.styled_model import StyledFilter, StyledTableModel
    from desc_desktop.ui.today_models import TodoItem

_RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # styled_model.RECORD_ROLE, without loading it


def _card_style(name: str, status: Status) -> str:
    """A count's box in its status's tint (only the box: not the labels inside it)."""
    from desc_desktop.domain.optouts.status import STATUS_COLOURS, STATUS_TINTS

    return (f"QFrame#{name} {{ background: {STATUS_TINTS[status]}; "
            f"border: 1px solid {STATUS_COLOURS[status]}; border-radius: 6px; }}")


class TodayPage(QWidget):
    status_message = Signal(str)
    open_pupil = Signal(int)
    letters_requested = Signal(list)
    """A new letter run for these pupils (their ids)."""
    show_letters = Signal()
    show_calendar = Signal(object)
    """The Calendar area, on this day (a date)."""
    refreshed = Signal()

    def __init__(self, ctx: ServiceContext | DeferredContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TodayPage()
        self.ui.setupUi(self)
        self.summary: TodaySummary | None = None
        self._stale = True
        self.week_model: StyledTableModel | None = None
        self.week_proxy: StyledFilter | None = None
        self.todo_model: StyledTableModel | None = None
        self.todo_proxy: StyledFilter | None = None
        self._setup()

    def _setup(self) -> None:
        ui = self.ui
        embolden(ui.title)
        for count in (ui.awaiting_count, ui.opted_out_count, ui.may_share_count):
            embolden(count, 2.2)
        ui.open_calendar.setIcon(icon("calendar-days"))
        ui.open_pupil.setIcon(icon("user-pen"))
        ui.letters_for.setIcon(icon("mail"))
        ui.go_to_letters.setIcon(icon("send"))
        ui.discard_run.setIcon(icon("trash-2"))
        ui.open_calendar.clicked.connect(self._open_calendar)
        ui.open_pupil.clicked.connect(self.open_selected)
        ui.letters_for.clicked.connect(self.letters_for_selected)
        ui.go_to_letters.clicked.connect(self.show_letters)
        ui.discard_run.clicked.connect(self.discard_selected)
        ui.splitter.setSizes([200, 400])
        self._update_buttons()

    def _set_up_after_painting(self) -> None:
        """The tables and the cards' colours: the modules they need load only now."""
        if self.week_model is not None:
            return
        from desc_desktop.domain.optouts.status import STATUS_COLOURS, Status
        from desc_desktop.ui.styled_model import StyledFilter, StyledTableModel
        from desc_desktop.ui.today_models import TODO_COLUMNS, WEEK_COLUMNS

        ui = self.ui
        # Style sheets too: the first one set in the app costs a few ms (Qt's style sheet
        # style is made then), and these labels are empty until now anyway.
        for label in (ui.others, ui.week_summary, ui.todo_summary, ui.date):
            label.setStyleSheet(HINT_STYLE)
        for name, status in (("awaiting", Status.AWAITING_REPLY),
                             ("opted_out", Status.OPTED_OUT), ("may_share", Status.MAY_SHARE)):
            box = getattr(ui, f"{name}_box")
            box.setStyleSheet(_card_style(box.objectName(), status))
            getattr(ui, f"{name}_count").setStyleSheet(f"color: {STATUS_COLOURS[status]};")
            getattr(ui, f"{name}_caption").setStyleSheet(f"color: {STATUS_COLOURS[status]};")
        self.week_model = StyledTableModel(WEEK_COLUMNS, parent=self)
        self.week_proxy = StyledFilter(self)
        self.week_proxy.setSourceModel(self.week_model)
        self.todo_model = StyledTableModel(TODO_COLUMNS, parent=self)
        self.todo_proxy = StyledFilter(self)
        self.todo_proxy.setSourceModel(self.todo_model)
        prepare_table(ui.week_table, self.week_proxy, (130, 90, 60, 110))
        prepare_table(ui.todo_table, self.todo_proxy, (250, 260))
        ui.week_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        ui.todo_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        ui.week_table.activated.connect(self._week_day_chosen)  # Enter or a double-click
        ui.todo_table.activated.connect(self._todo_activated)
        ui.todo_table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- filling in, just after painting ---------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._stale = True  # anything may have changed while another area was shown

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._stale:
            self._stale = False
            QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        self.show_summary(statuses.today_summary(self.ctx))

    def show_summary(self, summary: TodaySummary) -> None:
        from desc_desktop.domain.optouts.status import Status

        self._set_up_after_painting()
        self.summary = summary
        ui = self.ui
        ui.date.setText(long_date(summary.today))
        ui.awaiting_count.setText(f"{summary.awaiting_reply:,}")
        ui.opted_out_count.setText(f"{summary.opted_out:,}")
        ui.may_share_count.setText(f"{summary.may_share:,}")
        ui.others.setText(
            f"Pupils on roll today. Also: {summary.not_issued:,} in the Connexions age range "
            f"with no notice sent yet, and {summary.counts[Status.NOT_IN_SCOPE]:,} not in the "
            "age range. Only those who may be shared may have more than their name and "
            "address passed to Connexions, on request.")
        self._fill_week(summary)
        self._fill_todo(summary)
        self._update_buttons()
        self.refreshed.emit()

    def _fill_week(self, summary: TodaySummary) -> None:
        days = summary.deadlines_this_week
        self.week_model.set_records(days)
        resort(self.ui.week_table, self.week_proxy)
        span = f"{format_uk(summary.week_start)} to {format_uk(summary.week_end)}"
        total = sum(day.count for day in days)
        self.ui.week_summary.setText(
            f"No reply-by dates this week ({span})." if not days else
            f"{total:,} pupil{'' if total == 1 else 's'} with a reply-by date this week "
            f"({span}). Double-click a day to see its pupils on the calendar.")

    def _fill_todo(self, summary: TodaySummary) -> None:
        from desc_desktop.ui.today_models import todo_items, todo_summary

        items = todo_items(summary)
        self.todo_model.set_records(items)
        resort(self.ui.todo_table, self.todo_proxy)
        self.ui.todo_summary.setText(todo_summary(items))

    # -- acting on what needs doing ----------------------------------------------------------

    def selected_items(self) -> list[TodoItem]:
        selection = self.ui.todo_table.selectionModel()
        if selection is None:  # not filled in yet
            return []
        rows = sorted(selection.selectedRows(), key=lambda i: i.row())
        return [index.data(_RECORD_ROLE) for index in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected_items()
        pupils = [item for item in chosen if item.pupil_id is not None]
        runs = [item for item in chosen if item.generated_id is not None]
        self.ui.open_pupil.setEnabled(len(chosen) == 1 and len(pupils) == 1)
        self.ui.letters_for.setEnabled(bool(pupils))
        self.ui.discard_run.setEnabled(len(chosen) == 1 and len(runs) == 1)
        has_runs = self.todo_model is not None and any(
            item.generated_id is not None for item in self.todo_model.records)
        self.ui.go_to_letters.setVisible(has_runs)
        self.ui.discard_run.setVisible(has_runs)

    def _todo_activated(self, index: QModelIndex) -> None:
        item: TodoItem | None = index.data(_RECORD_ROLE)
        if item is None:
            return
        if item.pupil_id is not None:
            self._open(item.pupil_id)
        else:
            self.show_letters.emit()

    def open_selected(self) -> None:
        chosen = self.selected_items()
        if len(chosen) == 1 and chosen[0].pupil_id is not None:
            self._open(chosen[0].pupil_id)

    def _open(self, pupil_id: int) -> None:
        self.open_pupil.emit(pupil_id)
        self.refresh()  # the pupil's page may have changed their status

    def letters_for_selected(self) -> None:
        ids = [item.pupil_id for item in self.selected_items() if item.pupil_id is not None]
        if ids:
            self.letters_requested.emit(ids)

    def discard_selected(self) -> None:
        chosen = self.selected_items()
        if len(chosen) != 1 or chosen[0].generated_id is None:
            return
        item = chosen[0]
        answer = QMessageBox.question(
            self, "Discard this letter run?",
            f"{item.who}.\n\nDiscard it only if these letters were not sent home: it is then "
            "taken off this list, and no reply-by date is recorded for them.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            generated_runs.discard_generated(self.ctx, item.generated_id)
        except NotFound as e:
            QMessageBox.information(self, "Already gone", str(e))
        self.refresh()
        self.status_message.emit("Letter run discarded: it no longer waits to be marked as "
                                 "sent.")

    def _week_day_chosen(self, index: QModelIndex) -> None:
        day = index.data(_RECORD_ROLE)
        if day is not None:
            self.show_calendar.emit(day.day)

    def _open_calendar(self) -> None:
        index = self.ui.week_table.currentIndex()
        day = index.data(_RECORD_ROLE) if index.isValid() else None
        self.show_calendar.emit(day.day if day else self.ctx.today())
