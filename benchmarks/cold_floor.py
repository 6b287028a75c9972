"""The floor: a bare PySide6 window showing a QTableView of the same rows of strings.

Run by the parent in a fresh process: ``python -m benchmarks.cold_floor ROWS_FILE W H MODEL``
where MODEL is ``table`` (a minimal QAbstractTableModel) or ``standard`` (QStandardItemModel).
Prints one report line once the rows are painted, then exits without tearing down.
"""

import time

START = time.perf_counter()

import os  # noqa: E402 - the clock above starts before any import
import sys  # noqa: E402

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # noqa: E402

from benchmarks.probe import peak_rss_kb, report, rss_kb, wait_for_rows_painted  # noqa: E402

COLUMNS = ("Surname", "Forename", "Year", "Form", "Date of birth", "Age", "UPN")


class RowsModel(QAbstractTableModel):
    def __init__(self, rows: list[list[str]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


def standard_model(rows: list[list[str]]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(COLUMNS))
    model.setHorizontalHeaderLabels(list(COLUMNS))
    for row in rows:
        model.appendRow([QStandardItem(text) for text in row])
    return model


def main() -> None:
    rows_file, width, height, kind = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    app = QApplication(sys.argv[:1])
    with open(rows_file, encoding="utf-8") as f:
        rows = [line.split("\t") for line in f.read().splitlines()]
    window = QMainWindow()
    view = QTableView(window)
    view.setModel(RowsModel(rows) if kind == "table" else standard_model(rows))
    window.setCentralWidget(view)
    window.resize(width, height)
    window.show()
    wait_for_rows_painted(app, view)
    ready = time.perf_counter()
    report({"in_process_ms": (ready - START) * 1000, "rows": view.model().rowCount(),
            "rss_kb": rss_kb(), "peak_rss_kb": peak_rss_kb()})
    os._exit(0)


if __name__ == "__main__":
    main()
