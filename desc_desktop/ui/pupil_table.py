"""The register table: a model of every pupil, and a proxy that filters it.

Display text and sort keys are computed once per load, and filtering matches precomputed
search keys in one Python pass, so a keystroke stays well inside a frame with 10,000 pupils.
Sorting is done by the source model (one list sort) rather than by the proxy's pairwise
comparisons, which would call back into Python n·log n times.

The Status column (each pupil's Connexions status today) is filled after the list has
painted (ui/pupil_statuses.py), as working it out needs the database opened properly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.register import year_group_sort_key
from desc_desktop.domain.search import fold, query_terms, search_key
from desc_desktop.services.records import PupilRow
from desc_desktop.ui.dates import format_uk

if TYPE_CHECKING:
    from desc_desktop.domain.optouts.status import PupilStatus

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
COLUMNS = ("Surname", "Forename", "Year", "Form", "Date of birth", "Age", "UPN", "Status")
STATUS_COLUMN = 7
_NO_STATUS_KEY = (99, "")


class _StatusCell:
    """A pupil's status as the Status column shows it, worked out once per fill."""

    __slots__ = ("background", "foreground", "key", "label", "status")

    def __init__(self, status: PupilStatus, order: int, foreground: QBrush,
                 background: QBrush) -> None:
        self.status = status
        self.label = status.label
        self.foreground, self.background = foreground, background
        self.key = (order, status.reply_by.isoformat() if status.reply_by else "")


def _status_cells(statuses: dict[int, PupilStatus]) -> dict[int, _StatusCell]:
    # Loaded with the first statuses, after the list has painted: not at start-up.
    from desc_desktop.domain.optouts.status import Status
    from desc_desktop.ui.status_style import status_brush, tint_brush

    style = {status: (n, status_brush(status), tint_brush(status))
             for n, status in enumerate(Status)}
    return {pupil_id: _StatusCell(status, *style[status.status])
            for pupil_id, status in statuses.items()}
_LEFT_COLOUR = QBrush(QColor("#757575"))
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROWS_ONLY = QAbstractTableModel.LayoutChangeHint.VerticalSortHint
_LAYOUT_SIGNATURE = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"
_ROW_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
              | Qt.ItemFlag.ItemNeverHasChildren)
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class RollFilter(Enum):
    ON_ROLL = "On roll"
    LEFT = "Left"
    ALL = "All pupils"


class _Line:
    """One table row: its keys for sorting and searching, and its text once first shown.

    The text is made when the row is first painted (a screenful, not 10,000 rows, at
    start-up); the search key on the first search (see ensure_search_keys).
    """

    __slots__ = ("_text", "key", "name_key", "on_roll", "row", "status", "today")

    def __init__(self, row: PupilRow, today: date) -> None:
        self.row = row
        self.today = today
        self.on_roll = row.on_roll(today)
        self.name_key = (fold(row.legal_surname), row.legal_surname, fold(row.legal_forename),
                         row.legal_forename)
        self.key: str | None = None
        self._text: tuple[str, ...] | None = None
        self.status: _StatusCell | None = None
        """Today; None until worked out (and for pupils not on roll)."""

    @property
    def status_key(self) -> tuple:
        return _NO_STATUS_KEY if self.status is None else self.status.key

    @property
    def text(self) -> tuple[str, ...]:
        if self._text is None:
            row = self.row
            forename = row.legal_forename
            if row.preferred_forename and row.preferred_forename != row.legal_forename:
                forename = f"{row.legal_forename} ({row.preferred_forename})"
            self._text = (row.legal_surname, forename, row.year_group, row.reg_group,
                          format_uk(row.dob), str(row.age(self.today)), row.upn)
        return self._text


# How each column sorts; ties keep surname-then-forename order (sorts are stable).
_COLUMN_KEYS: tuple[Callable[[_Line], Any], ...] = (
    lambda line: line.name_key,
    lambda line: line.name_key[2:],
    lambda line: year_group_sort_key(line.row.year_group),
    lambda line: line.row.reg_group.casefold(),
    lambda line: line.row.dob,
    lambda line: line.row.age(line.today),
    lambda line: line.row.upn,
    lambda line: line.status_key,
)


class PupilTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.lines: list[_Line] = []
        self.ids: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)
        self.statuses: dict[int, _StatusCell] = {}
        """Each pupil's status as last worked out, kept across reloads (by pupil id)."""

    def set_pupils(self, rows: Sequence[PupilRow], today: date) -> None:
        self.beginResetModel()
        statuses = self.statuses
        self.lines = [_Line(r, today) for r in rows]
        if statuses:
            for line in self.lines:
                line.status = statuses.get(line.row.id) if line.on_roll else None
        self._apply_sort()
        self.endResetModel()

    def set_statuses(self, statuses: dict[int, PupilStatus]) -> None:
        """Every pupil's status (pupils left out show none); repaints the column only."""
        self.statuses = _status_cells(statuses)
        self._show_statuses()

    def set_status(self, pupil_id: int, status: PupilStatus | None) -> None:
        if status is None:
            self.statuses.pop(pupil_id, None)
        else:
            self.statuses.update(_status_cells({pupil_id: status}))
        self._show_statuses()

    def status_of(self, pupil_id: int) -> PupilStatus | None:
        cell = self.statuses.get(pupil_id)
        return None if cell is None else cell.status

    def _show_statuses(self) -> None:
        statuses = self.statuses
        for line in self.lines:
            line.status = statuses.get(line.row.id) if line.on_roll else None
        if self._sort[0] == STATUS_COLUMN:
            self.sort(*self._sort)
        elif self.lines:
            self.dataChanged.emit(self.index(0, STATUS_COLUMN),
                                  self.index(len(self.lines) - 1, STATUS_COLUMN))

    def ensure_search_keys(self) -> None:
        """Search keys for every row; deferred from loading so the list paints sooner."""
        for line in self.lines:
            if line.key is None:
                row = line.row
                line.key = search_key(row.legal_surname, row.legal_forename,
                                      row.preferred_forename, row.upn, row.reg_group)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        return self.cell(self.lines[index.row()], index.column(), role)

    def cell(self, line: _Line, column: int, role: int) -> Any:
        """What `line` shows in `column` for `role`; the filtered view asks this too."""
        # Called for every visible cell and role on each repaint: cheapest checks first.
        if role == _DISPLAY:
            if column == STATUS_COLUMN:
                status = line.status
                return status.label if status is not None else ""
            return line.text[column]
        if role == PUPIL_ID_ROLE:
            return line.row.id
        if role != _FOREGROUND and role != _TOOLTIP and role != _BACKGROUND:
            return None
        if column == STATUS_COLUMN and line.status is not None:
            if role == _FOREGROUND:
                return line.status.foreground
            if role == _BACKGROUND:
                return line.status.background
            return line.status.label
        if line.on_roll or role == _BACKGROUND:
            return None
        if role == _FOREGROUND:
            return _LEFT_COLOUR
        return f"Left on {format_uk(line.row.leaving_date)}"

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self.column_flags(index.column()) if index.isValid() else _NO_FLAGS

    def column_flags(self, column: int) -> Qt.ItemFlag:
        """Every row's flags are the same in a column (asked for each cell painted)."""
        return _ROW_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Rows come and go, columns stay: with this hint a view's selection is kept as rows
        # rather than as one persistent index per selected cell (40,000 for 5,000 pupils).
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _ROWS_ONLY)
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
        descending = order == Qt.SortOrder.DescendingOrder
        self.lines.sort(key=_COLUMN_KEYS[0], reverse=descending and column == 0)
        if column != 0:
            self.lines.sort(key=_COLUMN_KEYS[column], reverse=descending)
        self.ids[:] = [line.row.id for line in self.lines]


class PupilFilterProxy(QAbstractTableModel):
    """The register's rows that match the search, year group and on roll/left, in the
    register's order: what the table shows.

    A proxy in role (mapToSource, mapFromSource, sourceModel), but not a
    QSortFilterProxyModel: that one asks Python whether each of 10,000 rows is accepted on
    every keystroke and goes through its own mapping for every cell it paints, which
    together took a keystroke past one frame. Here one list comprehension picks the lines,
    and a layout change (persistent indexes moved by pupil id) keeps the selection on the
    pupils still shown, as the proxy did.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._source: PupilTableModel | None = None
        self._shown: list[_Line] = []
        self.text = ""
        self.year_group = ""
        self.roll = RollFilter.ON_ROLL

    def setSourceModel(self, model: PupilTableModel) -> None:
        self._source = model
        model.modelReset.connect(lambda: self.refilter(force=True, reset=True))
        model.layoutChanged.connect(lambda: self.refilter(force=True))
        model.dataChanged.connect(self._source_data_changed)
        self.refilter(force=True, reset=True)

    def sourceModel(self) -> PupilTableModel:
        return self._source

    # -- filtering ---------------------------------------------------------------------

    def set_filter(self, *, text: str | None = None, year_group: str | None = None,
                   roll: RollFilter | None = None) -> None:
        if text is not None:
            self.text = text
        if year_group is not None:
            self.year_group = year_group
        if roll is not None:
            self.roll = roll
        self.refilter()

    def refilter(self, *, force: bool = False, reset: bool = False) -> None:
        shown = self._matching_lines()
        if not force and shown == self._shown:
            return  # e.g. "siob" -> "siobh": the same pupils, so no repaint either
        if reset:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()
            return
        # Rows come and go, columns stay: with this hint a view's selection is kept as rows
        # rather than as one persistent index per selected cell (40,000 for 5,000 pupils).
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _ROWS_ONLY)
        persistent = self.persistentIndexList()
        kept = [self._shown[i.row()].row.id if i.row() < len(self._shown) else None
                for i in persistent]
        self._shown = shown
        if persistent:
            position = {line.row.id: n for n, line in enumerate(shown)}
            self.changePersistentIndexList(persistent, [
                self.index(position[pupil_id], i.column()) if pupil_id in position
                else QModelIndex() for pupil_id, i in zip(kept, persistent, strict=True)])
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _ROWS_ONLY)

    def ids_shown(self) -> list[int]:
        """The pupils shown, in the table's order."""
        return [line.row.id for line in self._shown]

    def _matching_lines(self) -> list[_Line]:
        """The lines to show, in the register's order."""
        terms = query_terms(self.text)
        year, roll = self.year_group, self.roll
        if terms:
            self._source.ensure_search_keys()
        lines = self._source.lines
        if roll is not RollFilter.ALL:
            want_on_roll = roll is RollFilter.ON_ROLL
            lines = [line for line in lines if line.on_roll == want_on_roll]
        if year:
            lines = [line for line in lines if line.row.year_group == year]
        for term in terms:  # one pass per word: plain `in` beats all() over a generator
            lines = [line for line in lines if term in line.key]
        return lines

    def _source_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                             roles: Sequence[int] = ()) -> None:
        if self._shown:
            self.dataChanged.emit(self.index(0, top_left.column()),
                                  self.index(len(self._shown) - 1, bottom_right.column()),
                                  roles)

    # -- the model ---------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        return self._source.cell(self._shown[index.row()], index.column(), role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        return self._source.setData(self.mapToSource(index), value, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self._source.column_flags(index.column()) if index.isValid() else _NO_FLAGS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def mapToSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = self._source.ids.index(self._shown[index.row()].row.id)
        return self._source.index(row, index.column())

    def mapFromSource(self, index: _Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        pupil_id = self._source.ids[index.row()]
        for n, line in enumerate(self._shown):
            if line.row.id == pupil_id:
                return self.index(n, index.column())
        return QModelIndex()
