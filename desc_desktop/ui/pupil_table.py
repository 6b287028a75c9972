"""The register table: a model of every pupil, and a proxy that filters it.

Display text and sort keys are computed once per load, and filtering matches precomputed
search keys in one Python pass, so a keystroke stays well inside a frame with 10,000 pupils.
Sorting is done by the source model (one list sort) rather than by the proxy's pairwise
comparisons, which would call back into Python n·log n times.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.register import year_group_sort_key
from desc_desktop.domain.search import query_terms, search_key
from desc_desktop.services.records import PupilRow
from desc_desktop.ui.dates import format_uk

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("Surname", "Forename", "Year", "Form", "Date of birth", "Age", "UPN")
_LEFT_COLOUR = QBrush(QColor("#757575"))
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RollFilter(Enum):
    ON_ROLL = "On roll"
    LEFT = "Left"
    ALL = "All pupils"


@dataclass(frozen=True, slots=True)
class _Line:
    row: PupilRow
    text: tuple[str, ...]
    sort: tuple[Any, ...]
    key: str
    on_roll: bool


def _line(row: PupilRow, today: date) -> _Line:
    forename = row.legal_forename
    if row.preferred_forename and row.preferred_forename != row.legal_forename:
        forename = f"{row.legal_forename} ({row.preferred_forename})"
    age = row.age(today)
    return _Line(
        row=row,
        text=(row.legal_surname, forename, row.year_group, row.reg_group, format_uk(row.dob),
              str(age), row.upn),
        sort=(search_key(row.legal_surname), search_key(row.legal_forename),
              year_group_sort_key(row.year_group), row.reg_group.casefold(), row.dob, age,
              row.upn),
        key=search_key(row.legal_surname, row.legal_forename, row.preferred_forename,
                       row.upn, row.reg_group),
        on_roll=row.on_roll(today))


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[_Line] = []
        self.ids: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def set_pupils(self, rows: Sequence[PupilRow], today: date) -> None:
        self.beginResetModel()
        self.lines = [_line(r, today) for r in rows]
        self._apply_sort()
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.lines[index.row()].text[index.column()]
        if role == PUPIL_ID_ROLE:
            return self.lines[index.row()].row.id
        if role == Qt.ItemDataRole.ForegroundRole and not self.lines[index.row()].on_roll:
            return _LEFT_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and not self.lines[index.row()].on_roll:
            left = self.lines[index.row()].row.leaving_date
            return f"Left on {format_uk(left)}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.ids[i.row()] for i in persistent]
        self._sort = (column, order)
        self._apply_sort()
        position = {pupil_id: n for n, pupil_id in enumerate(self.ids)}
        self.changePersistentIndexList(
            persistent, [self.index(position[i], p.column()) for i, p in zip(ids, persistent,
                                                                             strict=True)])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort
        # Ties fall back to surname, forename, so equal years list alphabetically.
        self.lines.sort(key=lambda line: (line.sort[column], line.sort[0], line.sort[1]),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.ids[:] = [line.row.id for line in self.lines]


class PupilFilterProxy(QSortFilterProxyModel):
    """Filters by search text, year group and on roll/left; sorting is the source's."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._accepted: set[int] | None = None
        self._ids: list[int] = []
        self.text = ""
        self.year_group = ""
        self.roll = RollFilter.ON_ROLL

    def setSourceModel(self, model: PupilTableModel) -> None:  # type: ignore[override]
        self._ids = model.ids
        super().setSourceModel(model)
        model.modelReset.connect(self.refilter)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filter(self, *, text: str | None = None, year_group: str | None = None,
                   roll: RollFilter | None = None) -> None:
        if text is not None:
            self.text = text
        if year_group is not None:
            self.year_group = year_group
        if roll is not None:
            self.roll = roll
        self.refilter()

    def refilter(self) -> None:
        self.beginFilterChange()
        self._accepted = self._matching_ids()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _matching_ids(self) -> set[int] | None:
        terms = query_terms(self.text)
        year, roll = self.year_group, self.roll
        if not terms and not year and roll is RollFilter.ALL:
            return None
        want_on_roll = roll is RollFilter.ON_ROLL
        source: PupilTableModel = self.sourceModel()
        return {line.row.id for line in source.lines
                if (roll is RollFilter.ALL or line.on_roll == want_on_roll)
                and (not year or line.row.year_group == year)
                and all(term in line.key for term in terms)}

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        return self._accepted is None or self._ids[source_row] in self._accepted
