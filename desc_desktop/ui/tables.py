"""How the app's data tables look: compact rows, no row numbers, resizable columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel
from PySide6.QtWidgets import QHeaderView, QTableView


def prepare_table(table: QTableView, model: QAbstractItemModel,
                  widths: Sequence[int] = ()) -> QHeaderView:
    table.setModel(model)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return header


def selected_data(table: QTableView, role: int) -> Any:
    """The `role` data of the table's first selected row, or None when nothing is selected."""
    rows = table.selectionModel().selectedRows()
    return rows[0].data(role) if rows else None


def select_first(table: QTableView, role: int, matches: Callable[[Any], bool]) -> bool:
    """Selects and shows the first row (as shown) whose `role` data `matches`; False if none."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if matches(index.data(role)):
            table.selectRow(row)
            table.scrollTo(index)
            return True
    return False


def resort(table: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Sort `proxy` again as the table's header shows (after its rows were replaced)."""
    header = table.horizontalHeader()
    proxy.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
