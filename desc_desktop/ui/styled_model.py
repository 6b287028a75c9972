"""A read-only table of plain records whose cells may carry a colour (a status, a late
reply, a withdrawn opt-out), and the proxy that sorts and searches it.

For the opt-out lists, the calendar's day lists and the Today view: a few hundred rows at
most, so each cell's text is worked out once when the records are set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush

from desc_desktop.domain.search import query_terms, search_key

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class StyledColumn:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    """The sort key, any value Python orders (default: the text, case-blind)."""
    foreground: Callable[[Any], QBrush | None] | None = None
    background: Callable[[Any], QBrush | None] | None = None
    tooltip: Callable[[Any], str] | None = None


class StyledTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[StyledColumn],
                 search: Callable[[Any], Sequence[str]] | None = None, parent=None) -> None:
        """`search`: the words a record is found by (default: every column's text)."""
        super().__init__(parent)
        self.columns = tuple(columns)
        self._search = search
        self.records: list[Any] = []
        self._texts: list[tuple[str, ...]] = []
        self.keys: list[str] = []

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._texts = [tuple(c.text(r) for c in self.columns) for r in self.records]
        self.keys = [search_key(*(self._search(r) if self._search else texts))
                     for r, texts in zip(self.records, self._texts, strict=True)]
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self.records[row]

    def sort_key(self, row: int, column: int) -> Any:
        """Any Python value that orders (tuples too): the proxy compares them in Python."""
        sort = self.columns[column].sort
        if sort is not None:
            return sort(self.records[row])
        return self._texts[row][column].casefold()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), self.columns[index.column()]
        if role == _DISPLAY:
            return self._texts[row][index.column()]
        if role == _TOOLTIP:
            return (column.tooltip(self.records[row]) if column.tooltip
                    else self._texts[row][index.column()]) or None
        if role == RECORD_ROLE:
            return self.records[row]
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == _FOREGROUND and column.foreground is not None:
            return column.foreground(self.records[row])
        if role == _BACKGROUND and column.background is not None:
            return column.background(self.records[row])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section].title
        return None


class StyledFilter(QSortFilterProxyModel):
    """Every word typed must be in the record's words (accents and case ignored), and the
    record must pass `accept` when one is set."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._terms: list[str] = []
        self._accept: Callable[[Any], bool] | None = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._terms = query_terms(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_accept(self, accept: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model: StyledTableModel = self.sourceModel()
        if self._accept is not None and not self._accept(model.records[source_row]):
            return False
        key = model.keys[source_row]
        return all(term in key for term in self._terms)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        # Keys compared here, not as QVariants: tuples (surname, forename…) order as tuples.
        model: StyledTableModel = self.sourceModel()
        return (model.sort_key(left.row(), left.column())
                < model.sort_key(right.row(), right.column()))

    def record_at(self, row: int) -> Any:
        return self.index(row, 0).data(RECORD_ROLE)
