"""Pupils: the register table with search, filters and the actions on a pupil."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QWidget

from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.services import pupils
from desc_desktop.services.errors import NotFound
from desc_desktop.services.records import PupilRow
from desc_desktop.ui.generated.ui_pupils_page import Ui_PupilsPage
from desc_desktop.ui.icons import icon
from desc_desktop.ui.pupil_statuses import StatusColumn
from desc_desktop.ui.pupil_table import PUPIL_ID_ROLE, PupilFilterProxy, PupilTableModel, RollFilter
from desc_desktop.ui.settings import app_settings
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

_HEADER_KEY = "pupils/header"


class PupilsPage(QWidget):
    status_message = Signal(str)
    import_requested = Signal()
    letters_requested = Signal(list)
    """A new letter run for these pupils (their ids, in the table's order)."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 rows: list[PupilRow] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_PupilsPage()
        self.ui.setupUi(self)
        self.model = PupilTableModel(self)
        self.proxy = PupilFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._setup_table()
        self.status_column = StatusColumn(ctx, self.model, self.ui.table)
        self._setup_filters()
        self._setup_actions()
        self._setup_count()
        self.reload(rows)

    def _setup_table(self) -> None:
        table = self.ui.table
        header = prepare_table(table, self.proxy, (170, 170, 60, 70, 110, 50, 125))
        state = app_settings().value(_HEADER_KEY)
        if state is None or not header.restoreState(state):
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # activated covers Enter and double-click (doubleClicked as well would open it twice).
        table.activated.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._update_actions)

    def _setup_filters(self) -> None:
        for roll in RollFilter:
            self.ui.roll_filter.addItem(roll.value, roll)
        self.ui.search.textChanged.connect(lambda text: self._filter(text=text))
        self.ui.year_filter.currentIndexChanged.connect(
            lambda: self._filter(year_group=self.ui.year_filter.currentData() or ""))
        self.ui.roll_filter.currentIndexChanged.connect(
            lambda: self._filter(roll=self.ui.roll_filter.currentData()))
        self.ui.search.returnPressed.connect(self._open_first_match)

    def _setup_count(self) -> None:
        # A fixed size, wide enough for any count: a new count then repaints the label
        # without laying out the page again on every keystroke.
        label = self.ui.count
        label.setFixedSize(label.fontMetrics().horizontalAdvance(
            "100,000 of 100,000 pupils shown") + 8, label.sizeHint().height())
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _setup_actions(self) -> None:
        self.ui.new_pupil.setIcon(icon("user-plus"))
        self.ui.open_pupil.setIcon(icon("user-pen"))
        self.ui.mark_left.setIcon(icon("user-minus"))
        self.ui.delete_pupil.setIcon(icon("trash-2"))
        self.ui.search.addAction(icon("search"), self.ui.search.ActionPosition.LeadingPosition)
        self.ui.new_pupil.clicked.connect(self.new_pupil)
        self.ui.open_pupil.clicked.connect(self.open_selected)
        self.ui.mark_left.clicked.connect(self.mark_selected_left)
        self.ui.delete_pupil.clicked.connect(self.delete_selected)
        self.ui.letters_for_selected.setIcon(icon("mail"))
        self.ui.letters_for_selected.clicked.connect(self.letters_for_selected)
        self._setup_context_menu()
        self.ui.empty_action.clicked.connect(self._empty_action)
        self.ui.empty_import.setIcon(icon("file-input"))
        self.ui.empty_import.clicked.connect(self.import_requested)
        QShortcut(QKeySequence.StandardKey.Delete, self.ui.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _setup_context_menu(self) -> None:
        """Right-click on the table: the same actions as the buttons above it."""
        table = self.ui.table
        self._menu_actions: list[tuple[QAction, bool]] = []
        for text, icon_name, slot, needs_one in (
                ("Open", "user-pen", self.open_selected, True),
                ("Mark as left…", "user-minus", self.mark_selected_left, True),
                ("Delete…", "trash-2", self.delete_selected, True),
                (None, "", None, False),
                ("New letter run for selected pupils…", "mail", self.letters_for_selected,
                 False)):
            action = QAction(table)
            if text is None:
                action.setSeparator(True)
            else:
                action.setText(text)
                action.setIcon(icon(icon_name))
                action.triggered.connect(slot)
                self._menu_actions.append((action, needs_one))
            table.addAction(action)

    # -- loading and state -------------------------------------------------------------

    def _filter(self, **change) -> None:
        table = self.ui.table
        chosen = set(self.selected_ids()) if table.selectionModel().hasSelection() else set()
        current = table.currentIndex().data(PUPIL_ID_ROLE)
        self.proxy.set_filter(**change)
        if chosen:
            # The pupils chosen stay chosen while shown, however they were chosen (Ctrl+A
            # on a long list is kept by Qt as "everything", which a filter would lose).
            self._select_ids(chosen, current)
        self._update_state()

    def _select_ids(self, ids: set[int], current: int | None) -> None:
        proxy, last = self.proxy, self.proxy.columnCount() - 1
        selection, start = QItemSelection(), None
        shown = proxy.ids_shown()
        for row, pupil_id in enumerate([*shown, None]):
            if pupil_id in ids:
                start = row if start is None else start
            elif start is not None:
                selection.select(proxy.index(start, 0), proxy.index(row - 1, last))
                start = None
        model = self.ui.table.selectionModel()
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if current in ids and current in shown:
            model.setCurrentIndex(proxy.index(shown.index(current), 0),
                                  QItemSelectionModel.SelectionFlag.NoUpdate)

    def reload(self, rows: list[PupilRow] | None = None) -> None:
        selected = self.selected_id()
        rows = pupils.list_pupils(self.ctx) if rows is None else rows
        self.model.set_pupils(rows, self.ctx.today())
        self._fill_year_filter()
        if selected is not None:
            self.select_pupil(selected)
        self._update_state()

    def _fill_year_filter(self) -> None:
        current = self.ui.year_filter.currentData() or ""
        years = sorted({line.row.year_group for line in self.model.lines}, key=year_group_sort_key)
        combo = self.ui.year_filter
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All years", "")
        for year in years:
            combo.addItem(year_label(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _update_state(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.ui.empty_message.setText("No pupils yet — import from your MIS or add one.")
            self.ui.empty_action.setText("Add a pupil")
            self.ui.empty_import.setVisible(True)
            self.ui.content.setCurrentWidget(self.ui.empty_page)
        elif shown == 0:
            self.ui.empty_message.setText("No pupils match this search and these filters.")
            self.ui.empty_action.setText("Clear search and filters")
            self.ui.empty_import.setVisible(False)
            self.ui.content.setCurrentWidget(self.ui.empty_page)
        else:
            self.ui.content.setCurrentWidget(self.ui.table_page)
        self.ui.count.setText(f"{shown:,} of {total:,} pupils shown")
        self._update_actions()

    def _update_actions(self) -> None:
        has_one = self.selected_id() is not None
        has_any = bool(self.ui.table.selectionModel().hasSelection())
        for button in (self.ui.open_pupil, self.ui.mark_left, self.ui.delete_pupil):
            button.setEnabled(has_one)
        self.ui.letters_for_selected.setEnabled(has_any)
        for action, needs_one in self._menu_actions:
            action.setEnabled(has_one if needs_one else has_any)

    def _empty_action(self) -> None:
        if self.model.rowCount() == 0:
            self.new_pupil()
            return
        self.ui.search.clear()
        self.ui.year_filter.setCurrentIndex(0)
        self.ui.roll_filter.setCurrentIndex(self.ui.roll_filter.findData(RollFilter.ALL))

    def focus_search(self) -> None:
        self.ui.search.setFocus()
        self.ui.search.selectAll()

    def save_settings(self) -> None:
        app_settings().setValue(_HEADER_KEY, self.ui.table.horizontalHeader().saveState())

    # -- selection -----------------------------------------------------------------

    def selected_index(self) -> QModelIndex | None:
        """The one pupil selected; None when none or several are (open, mark as left and
        delete act on one pupil only)."""
        rows = self._selected_rows()
        return self.proxy.index(rows[0], 0) if len(rows) == 1 else None

    def selected_ids(self) -> list[int]:
        """Every pupil selected, in the table's order."""
        shown = self.proxy.ids_shown()
        return [shown[row] for row in self._selected_rows()]

    def _selected_rows(self) -> list[int]:
        # From the selection's ranges (whole rows: the table selects rows). Qt's
        # selectedRows() asks about each row in turn: a quarter of a second for 5,000.
        rows: set[int] = set()
        for span in self.ui.table.selectionModel().selection():
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_id(self) -> int | None:
        index = self.selected_index()
        return index.data(PUPIL_ID_ROLE) if index is not None else None

    def select_pupil(self, pupil_id: int) -> None:
        try:
            source_row = self.model.ids.index(pupil_id)
        except ValueError:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.ui.table.selectRow(index.row())
            self.ui.table.scrollTo(index)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_pupil(index.data(PUPIL_ID_ROLE))

    def _open_first_match(self) -> None:
        if self.proxy.rowCount():
            self.open_pupil(self.proxy.index(0, 0).data(PUPIL_ID_ROLE))

    # -- actions -------------------------------------------------------------------

    def new_pupil(self) -> None:
        from desc_desktop.ui.pupil_editor import PupilEditor  # loaded when first needed

        editor = PupilEditor(self.ctx, None, self)
        editor.saved.connect(self._after_save)
        editor.exec()

    def open_selected(self) -> None:
        pupil_id = self.selected_id()
        if pupil_id is not None:
            self.open_pupil(pupil_id)

    def open_pupil(self, pupil_id: int) -> None:
        from desc_desktop.ui.pupil_editor import PupilEditor  # loaded when first needed

        try:
            editor = PupilEditor(self.ctx, pupil_id, self)
        except NotFound as e:
            QMessageBox.information(self, "Pupil not found", str(e))
            self.reload()
            return
        editor.saved.connect(self._after_save)
        editor.exec()

    def _after_save(self, pupil_id: int, message: str) -> None:
        self.reload()
        self.status_column.update_pupil(pupil_id)
        self.select_pupil(pupil_id)
        self.status_message.emit(message)

    def mark_selected_left(self) -> None:
        pupil_id = self.selected_id()
        if pupil_id is None:
            return
        from desc_desktop.ui.mark_left_dialog import MarkLeftDialog

        try:
            dialog = MarkLeftDialog(self.ctx, pupil_id, self)
        except NotFound as e:
            QMessageBox.information(self, "Pupil not found", str(e))
            self.reload()
            return
        if dialog.exec():
            self._after_save(pupil_id, "Pupil marked as left. Show “Left” or “All pupils” to "
                                       "see them.")

    def letters_for_selected(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.letters_requested.emit(chosen)

    def delete_selected(self) -> None:
        index = self.selected_index()
        if index is None:
            return
        pupil_id = index.data(PUPIL_ID_ROLE)
        name = f"{index.siblingAtColumn(1).data()} {index.siblingAtColumn(0).data()}"
        answer = QMessageBox.warning(
            self, "Delete pupil",
            f"Delete {name} from the register for good?\n\nThis cannot be undone. A pupil who "
            "has left school should be marked as left instead, which keeps their record.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with contextlib.suppress(NotFound):  # already gone: the reload shows that
            pupils.delete_pupil(self.ctx, pupil_id)
        self.reload()
        self.status_message.emit("Pupil deleted.")
