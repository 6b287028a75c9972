"""The Exports area's tables: the opt-out list, the Connexions return's pupils, the disclosure
log and the pupils of one disclosure. One read-only model of plain records with per-column
text, sort key and colours, and a proxy that sorts by those keys and finds words."""

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
from PySide6.QtGui import QBrush, QColor

from desc_desktop.domain.exports.connexions import ReturnLine
from desc_desktop.domain.exports.disclosure import passed_on
from desc_desktop.domain.optouts.status import STATUS_COLOURS, STATUS_NAMES, STATUS_TINTS
from desc_desktop.domain.register import year_group_sort_key, year_label
from desc_desktop.domain.search import fold, query_terms
from desc_desktop.services.disclosures import DisclosureRecord, PupilDisclosure
from desc_desktop.services.optouts import OptOutRow
from desc_desktop.ui.dates import format_uk, format_when

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    """The sort key (default: the text, case- and accent-blind)."""
    colour: Callable[[Any], str | None] | None = None
    tint: Callable[[Any], str | None] | None = None


class RecordsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], search: Callable[[Any], str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.records: list[Any] = []
        self.keys: list[str] = []
        self._search = search

    def set_records(self, records: Sequence[Any]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.keys = [fold(self._search(r)) if self._search else "" for r in self.records]
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        record, column = self.records[index.row()], self.columns[index.column()]
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == SORT_ROLE:
            return column.sort(record) if column.sort else fold(column.text(record))
        if role == Qt.ItemDataRole.ForegroundRole and column.colour:
            colour = column.colour(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.tint:
            tint = column.tint(record)
            return QBrush(QColor(tint)) if tint else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.columns[section].title
        return None


class RecordsFilter(QSortFilterProxyModel):
    """Sorts by each column's key; every word typed must be in the record's search text, and
    `accept` (when set) must say yes."""

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
        model: RecordsModel = self.sourceModel()
        if self._accept is not None and not self._accept(model.records[source_row]):
            return False
        key = model.keys[source_row]
        return all(term in key for term in self._terms)


# --- the tables -----------------------------------------------------------------------------


def _name_key(surname: str, forename: str) -> tuple[str, str]:
    return fold(surname), fold(forename)


def opt_out_list_model(parent=None) -> RecordsModel:
    def who(row: OptOutRow) -> str:
        return "Pupil" if row.by.value == "pupil" else (row.carer_name or "Parent/carer")

    return RecordsModel([
        Column("Surname", lambda r: r.legal_surname,
               lambda r: _name_key(r.legal_surname, r.legal_forename)),
        Column("Forename", lambda r: r.legal_forename),
        Column("Date of birth", lambda r: format_uk(r.dob), lambda r: r.dob.isoformat()),
        Column("Year", lambda r: year_label(r.year_group),
               lambda r: year_group_sort_key(r.year_group)),
        Column("Form", lambda r: r.reg_group),
        Column("Opted out by", who),
        Column("Received", lambda r: format_uk(r.received), lambda r: r.received.isoformat()),
        Column("Late", lambda r: "Late" if r.late else "In time", lambda r: r.late,
               lambda r: "#b45309" if r.late else None),
    ], search=lambda r: f"{r.legal_forename} {r.legal_surname} {r.reg_group}", parent=parent)


def return_lines_model(parent=None) -> RecordsModel:
    def name_key(line: ReturnLine) -> tuple[str, str]:
        return fold(line.name.split(" ")[-1]), fold(line.name)

    return RecordsModel([
        Column("Pupil", lambda line: line.name, name_key),
        Column("Status", lambda line: STATUS_NAMES[line.status],
               lambda line: list(STATUS_NAMES).index(line.status),
               lambda line: STATUS_COLOURS[line.status], lambda line: STATUS_TINTS[line.status]),
        Column("What is passed on", lambda line: passed_on(line.fields),
               lambda line: len(line.fields)),
    ], search=lambda line: f"{line.name} {STATUS_NAMES[line.status]}", parent=parent)


def _when_key(record: DisclosureRecord) -> str:
    return record.at.isoformat()


def disclosure_log_model(parent=None) -> RecordsModel:
    return RecordsModel([
        Column("When", lambda d: format_when(d.at), _when_key),
        Column("What", lambda d: d.kind_label),
        Column("As of", lambda d: format_uk(d.as_of), lambda d: d.as_of.isoformat()),
        Column("Pupils", lambda d: f"{d.pupils:,}", lambda d: d.pupils),
        Column("To whom", lambda d: d.recipient),
        Column("Why", lambda d: d.purpose),
        Column("File", lambda d: d.file_name),
        Column("By", lambda d: d.staff_name),
        Column("SHA-256", lambda d: d.sha256),
    ], search=lambda d: " ".join((d.recipient, d.purpose, d.file_name, d.staff_name,
                                  d.kind_label)), parent=parent)


def disclosed_pupils_model(parent=None) -> RecordsModel:
    return RecordsModel([
        Column("Pupil", lambda a: a.name + ("" if a.pupil_id is not None else " (deleted)"),
               lambda a: (fold(a.name.split(" ")[-1]), fold(a.name))),
        Column("What was passed on", lambda a: passed_on(a.fields), lambda a: len(a.fields)),
    ], search=lambda a: a.name, parent=parent)


def pupil_disclosures_model(parent=None) -> RecordsModel:
    def record(p: PupilDisclosure) -> DisclosureRecord:
        return p.disclosure

    return RecordsModel([
        Column("When", lambda p: format_when(record(p).at), lambda p: _when_key(record(p))),
        Column("What", lambda p: record(p).kind_label),
        Column("To whom", lambda p: record(p).recipient),
        Column("Why", lambda p: record(p).purpose),
        Column("What was passed on", lambda p: passed_on(p.fields), lambda p: len(p.fields)),
        Column("File", lambda p: record(p).file_name),
        Column("By", lambda p: record(p).staff_name),
    ], parent=parent)

