"""The import wizard's tables: the file's columns and their fields, each row's outcome, and
the pupils missing from the file."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desc_desktop.domain.importing.fields import ALL_FIELDS, FIELDS_BY_KEY
from desc_desktop.domain.register import year_label
from desc_desktop.services.importing import NEW, REJECTED, UNCHANGED, UPDATE, MissingPupil
from desc_desktop.ui.record_model import Column, RecordTableModel

NOT_IMPORTED = "(not imported)"
OUTCOME_LABELS = {NEW: "New", UPDATE: "Update", UNCHANGED: "Unchanged", REJECTED: "Rejected"}
_OUTCOME_COLOURS = {NEW: QBrush(QColor("#2e7d32")), UPDATE: QBrush(QColor("#1565c0")),
                    REJECTED: QBrush(QColor("#b71c1c"))}
_GREY = QBrush(QColor("#757575"))
_DISPLAY, _EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
_TOOLTIP, _FOREGROUND = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole
_CHECK = Qt.ItemDataRole.CheckStateRole
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _one_line(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1] + "…"


# --- mapping ---------------------------------------------------------------------------


class MappingModel(QAbstractTableModel):
    """One row per column of the file: its heading, an example value, and the field it
    imports as (the field key in EditRole, "" for none)."""

    FIELD_COLUMN = 2
    HEADERS = ("Column in the file", "Example", "Imports as")
    mapping_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headings: list[str] = []
        self._examples: list[str] = []
        self._keys: list[str] = []

    def set_columns(self, headings: Sequence[str], examples: Sequence[str],
                    mapping: dict[int, str]) -> None:
        self.beginResetModel()
        self._headings = list(headings)
        self._examples = list(examples)
        self._keys = [mapping.get(i, "") for i in range(len(headings))]
        self.endResetModel()

    def mapping(self) -> dict[int, str]:
        return {i: key for i, key in enumerate(self._keys) if key}

    def heading(self, row: int) -> str:
        return self._headings[row]

    def row_of(self, heading: str) -> int:
        return self._headings.index(heading)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headings)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == self.FIELD_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == self.FIELD_COLUMN:
            key = self._keys[row]
            if role == _EDIT:
                return key
            if role in (_DISPLAY, _TOOLTIP):
                return FIELDS_BY_KEY[key].label if key else NOT_IMPORTED
            if role == _FOREGROUND and not key:
                return _GREY
            return None
        if role == _DISPLAY:
            text = self._headings[row] if column == 0 else self._examples[row]
            if column == 0 and not text:
                return "(no heading)"
            return _one_line(text)
        if role == _TOOLTIP:
            return self._headings[row] if column == 0 else self._examples[row]
        if role == _FOREGROUND and column == 1:
            return _GREY
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if role != _EDIT or index.column() != self.FIELD_COLUMN:
            return False
        key = value or ""
        if key and key not in FIELDS_BY_KEY:
            return False
        if self._keys[index.row()] == key:
            return True
        self._keys[index.row()] = key
        self.dataChanged.emit(index, index)
        self.mapping_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.HEADERS[section]
        return None


class _FieldCombo(QComboBox):
    """Turning the mouse wheel over the table scrolls it, rather than changing whichever
    field happens to be under the pointer."""

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the register's fields, committing as soon as a field is chosen."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: _Index) -> QWidget:
        combo = _FieldCombo(parent)
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.addItem(NOT_IMPORTED, "")
        for field in ALL_FIELDS:
            combo.addItem(field.label, field.key)
        combo.setMaxVisibleItems(20)
        heading = index.model().index(index.row(), 0).data(_TOOLTIP) or "this column"
        combo.setAccessibleName(f"Import {heading} as")
        combo.currentIndexChanged.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(_EDIT) or "")))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", _EDIT)


# --- preview ---------------------------------------------------------------------------


class OutcomeModel(RecordTableModel):
    """RowOutcome records, the outcome column in its colour."""

    OUTCOME_COLUMN = 2

    def __init__(self, parent=None) -> None:
        super().__init__((
            Column("Row", lambda o: str(o.row)),
            Column("Name", lambda o: o.name or "(no name)"),
            Column("Outcome", lambda o: OUTCOME_LABELS.get(o.kind, o.kind)),
            Column("What changes, or why it is rejected", lambda o: o.detail),
        ), parent)
        self.row_title = "Row"
        self.row_tip = ""

    def set_row_title(self, title: str, tip: str) -> None:
        self.row_title, self.row_tip = title, tip
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if role == _FOREGROUND and index.isValid() and index.column() in (
                self.OUTCOME_COLUMN, self.OUTCOME_COLUMN + 1):
            return _OUTCOME_COLOURS.get(self.record(index.row()).kind)
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and section == 0:
            if role == _DISPLAY:
                return self.row_title
            if role == _TOOLTIP:
                return self.row_tip or None
        return super().headerData(section, orientation, role)


class OutcomeFilter(QSortFilterProxyModel):
    """Shows the rows of one outcome ("" for all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.kind = ""

    def set_kind(self, kind: str) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.kind:
            return True
        return self.sourceModel().record(source_row).kind == self.kind


class LeaversModel(QAbstractTableModel):
    """Pupils on roll who are not in the file, each with a tick for 'has left'."""

    HEADERS = ("Pupil", "Year group")
    ticks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pupils: list[MissingPupil] = []
        self._ticked: set[int] = set()

    def set_pupils(self, pupils: Sequence[MissingPupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self._ticked = set()
        self.endResetModel()
        self.ticks_changed.emit()

    def ticked(self) -> list[int]:
        return [p.id for p in self._pupils if p.id in self._ticked]

    def set_all(self, ticked: bool) -> None:
        self._ticked = {p.id for p in self._pupils} if ticked else set()
        if self._pupils:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._pupils) - 1, 0),
                                  [_CHECK])
        self.ticks_changed.emit()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        pupil = self._pupils[index.row()]
        if role == _DISPLAY:
            return pupil.name if index.column() == 0 else year_label(pupil.year_group)
        if role == _CHECK and index.column() == 0:
            return (Qt.CheckState.Checked if pupil.id in self._ticked
                    else Qt.CheckState.Unchecked)
        return None

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if role != _CHECK or index.column() != 0:
            return False
        pupil_id = self._pupils[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(pupil_id)
        else:
            self._ticked.discard(pupil_id)
        self.dataChanged.emit(index, index, [_CHECK])
        self.ticks_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.HEADERS[section]
        return None
