"""Ticking pupils from the register: who gets letters when a run is for selected pupils.

The register's own table model and search (ui/pupil_table.py) with a tick box on each row:
the same search by name, form or UPN, forgiving of accents, and the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QWidget

from desc_desktop.services.records import PupilRow
from desc_desktop.ui.generated.ui_pupil_picker import Ui_PupilPicker
from desc_desktop.ui.pupil_table import PUPIL_ID_ROLE, PupilFilterProxy, PupilTableModel
from desc_desktop.ui.tables import prepare_table

_CHECK = Qt.ItemDataRole.CheckStateRole
_Index = QModelIndex | QPersistentModelIndex
_SHOWN_COLUMNS = 4
"""Surname, forename, year and form: the form tells namesakes apart here. The register's
other columns (birth date, age, UPN...) are searched but not shown."""


class TickablePupilModel(PupilTableModel):
    """The register's rows with a tick box in the first column."""

    ticks_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.ticked: set[int] = set()

    def set_pupils(self, rows: Sequence[PupilRow], today: date) -> None:
        super().set_pupils(rows, today)
        self.ticked &= set(self.ids)  # a pupil deleted since stays unticked
        self.ticks_changed.emit()

    def column_flags(self, column: int) -> Qt.ItemFlag:
        flags = super().column_flags(column)
        if column == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, line, column: int, role: int) -> Any:
        if role == _CHECK:
            if column != 0:
                return None
            return (Qt.CheckState.Checked if line.row.id in self.ticked
                    else Qt.CheckState.Unchecked)
        return super().cell(line, column, role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or index.column() != 0:
            return False
        self.set_ticked([self.ids[index.row()]], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_ticked(self, pupil_ids: Iterable[int], ticked: bool) -> None:
        ids = set(pupil_ids)
        if ticked:
            self.ticked |= ids & set(self.ids)
        else:
            self.ticked -= ids
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, 0), [_CHECK])
        self.ticks_changed.emit()


class TickedFilterProxy(PupilFilterProxy):
    """The register's search, on roll only, and optionally just the pupils ticked."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.only_ticked = False

    def set_only_ticked(self, only: bool) -> None:
        self.only_ticked = only
        self.refilter()

    def _matching_lines(self) -> list:
        matching = super()._matching_lines()
        if not self.only_ticked:
            return matching
        ticked = self.sourceModel().ticked
        return [line for line in matching if line.row.id in ticked]


class PupilPicker(QWidget):
    chosen_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PupilPicker()
        self.ui.setupUi(self)
        self.model = TickablePupilModel(self)
        self.proxy = TickedFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        header = prepare_table(self.ui.table, self.proxy, (120, 120, 45, 55))
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for column in range(_SHOWN_COLUMNS, self.model.columnCount()):
            self.ui.table.setColumnHidden(column, True)
        self.loaded = False
        self.ui.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.ui.only_ticked.toggled.connect(self.proxy.set_only_ticked)
        self.ui.tick_shown.clicked.connect(self.tick_shown)
        self.ui.untick_all.clicked.connect(lambda: self.model.set_ticked(self.model.ticked,
                                                                         False))
        # Enter (or a double-click on a name) ticks or unticks the pupils selected.
        self.ui.table.activated.connect(self._toggle_selected)
        self.model.ticks_changed.connect(self._ticks_changed)
        self._ticks_changed()

    def set_pupils(self, rows: Sequence[PupilRow], today: date) -> None:
        """The register as it is now; ticks of pupils still there are kept."""
        self.model.set_pupils(rows, today)
        self.loaded = True

    def chosen_ids(self) -> list[int]:
        """The pupils ticked, in the table's order."""
        return [i for i in self.model.ids if i in self.model.ticked]

    def set_chosen(self, pupil_ids: Iterable[int]) -> None:
        self.model.set_ticked(self.model.ticked, False)
        self.model.set_ticked(pupil_ids, True)

    def tick_shown(self) -> None:
        self.model.set_ticked(self.proxy.ids_shown(), True)

    def _toggle_selected(self, index: QModelIndex) -> None:
        rows = self.ui.table.selectionModel().selectedRows() or [index]
        ids = [row.data(PUPIL_ID_ROLE) for row in rows]
        self.model.set_ticked(ids, not all(i in self.model.ticked for i in ids))

    def _ticks_changed(self) -> None:
        n = len(self.model.ticked)
        self.ui.count.setText(f"{n:,} pupil{'' if n == 1 else 's'} ticked")
        if self.proxy.only_ticked:
            self.proxy.refilter()
        self.chosen_changed.emit()
