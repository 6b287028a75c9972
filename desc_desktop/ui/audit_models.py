"""The audit viewer's tables: entries (sortable through a proxy) and one entry's changes."""

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

from desc_desktop.services import audit
from desc_desktop.services.audit import value_text
from desc_desktop.services.audit_search import TrailEntry
from desc_desktop.ui.dates import format_uk, format_when
from desc_desktop.ui.record_model import Column

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

KIND_LABELS = {
    "pupil": "Pupils", "carer": "Parents/carers", "letters": "Letters", "optout": "Opt-outs",
    "register": "Register (imports and listings)", "school": "School details",
    "audit": "Audit trail", "demo": "Demo school", "export": "Exports", "backup": "Backups",
    "staff": "Staff accounts", "login": "Logins", "session": "Logins and locks",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


@dataclass(frozen=True)
class SortedColumn:
    title: str
    text: Callable[[TrailEntry], str]
    key: Callable[[TrailEntry], Any]


ENTRY_COLUMNS = (
    SortedColumn("No.", lambda e: str(e.id), lambda e: e.id),
    SortedColumn("When", lambda e: format_when(e.at), lambda e: e.id),
    SortedColumn("Who", lambda e: e.staff_name, lambda e: (e.staff_name.casefold(), e.id)),
    SortedColumn("Kind", lambda e: kind_label(e.kind), lambda e: (kind_label(e.kind), e.id)),
    SortedColumn("Pupil", lambda e: e.pupil_name, lambda e: (e.pupil_name.casefold(), e.id)),
    SortedColumn("What", lambda e: e.summary, lambda e: (e.summary.casefold(), e.id)),
)


class AuditEntryModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[TrailEntry] = []

    def set_entries(self, entries: Sequence[TrailEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TrailEntry:
        return self._entries[row]

    def row_of(self, entry_id: int) -> int | None:
        return next((n for n, e in enumerate(self._entries) if e.id == entry_id), None)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(ENTRY_COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        entry, column = self._entries[index.row()], ENTRY_COLUMNS[index.column()]
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return column.text(entry)
        if role == SORT_ROLE:
            return column.key(entry)
        if role == ENTRY_ROLE:
            return entry
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return ENTRY_COLUMNS[section].title
        return None


class AuditSortProxy(QSortFilterProxyModel):
    """Sorts by each column's own key (a moment by its entry number, not its dd/mm text)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


def uk_value(value: Any) -> str:
    return value_text(value, format_uk)


CHANGE_COLUMNS = (
    Column("Field", lambda r: r.field),
    Column("Before", lambda r: uk_value(r.before)),
    Column("After", lambda r: uk_value(r.after)),
)


def changes_in_words(changes: dict[str, Any]) -> str:
    return audit.changes_in_words(changes, format_uk)
