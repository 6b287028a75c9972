"""Shared by the child programs: wait for the first painted rows, read memory, report.

Kept to the standard library and PySide6 so the bare floor program pays exactly the same
for it as the app does.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication

from benchmarks import REPORT_PREFIX


class PaintCounter(QObject):
    """Counts paint events reaching a widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_for_rows_painted(app: QApplication, view: QAbstractItemView,
                          timeout_s: float = 60.0) -> PaintCounter:
    """Return once the shown view's viewport has painted, with its model holding rows.

    The filter sees the paint event before it is handled; the paint is done by the time
    processEvents() returns, as paint events are delivered synchronously within it.
    """
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)
    wake = QTimer()  # wakes the wait below if nothing else is pending
    wake.start(20)
    deadline = time.perf_counter() + timeout_s
    while counter.count == 0:
        app.processEvents()
        if counter.count == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > deadline:
            raise TimeoutError("the table never painted")
    wake.stop()
    if view.model() is None or view.model().rowCount() == 0:
        raise RuntimeError("the table painted with no rows")
    if not view.indexAt(view.viewport().rect().topLeft()).isValid():
        raise RuntimeError("the table painted, but no row is at its top")
    return counter


def rss_kb() -> int | None:
    """Resident set size now, in KiB: /proc on Linux, psutil if installed, else None."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import psutil  # optional: never a dependency
    except ImportError:
        return None
    return psutil.Process().memory_info().rss // 1024


def peak_rss_kb() -> int | None:
    """Peak resident set size (VmHWM) in KiB, Linux only."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def report(result: dict[str, Any]) -> None:
    """One line the parent looks for on stdout, flushed at once."""
    sys.stdout.write(REPORT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()
