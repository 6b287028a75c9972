"""Typing in the real register's search box, changing the year filter, sorting, reloading.

Run by the parent: ``python -m benchmarks.typing_app DB_FILE SETTINGS_DIR ROUNDS``. Prints
one report line with every timing.

Each action is timed from just before the key press (or click) to the end of the first
frame that shows all of its result: the event loop is run until the table (its rows and
scroll bar), the "n of m pupils shown" line and the empty-list message have not repainted
for SETTLE_S, and the widget acted on (search box, year list, header) has repainted once.
A keystroke's work spans several passes of the loop (the key and the re-filter; the view's
delayed relayout; the repaint of the window's dirty region), so the figure holds all three.
Later frames of the search box's clear-button fade (about 160 ms of animation whenever the
box turns empty or non-empty) are not the result and are not counted; nor is idle waiting.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

from benchmarks.app_start import start_app
from benchmarks.probe import PaintCounter, peak_rss_kb, report, rss_kb, wait_for_rows_painted
from desc_desktop.services import pupils

SETTLE_S = 0.03
DESCENDING = Qt.SortOrder.DescendingOrder

# What an office might type: a name growing and shrinking, a UPN fragment, a form, names
# whose accents are typed without them ("siobhan" finds "Siobhán"), and two words at once.
# After the first word each character is deleted; after the others the box is cleared at
# once (select all, then one Backspace), which brings back every pupil.
WORDS = ("ade", "d9192005", "10a", "siobhan", "francois", "chloe 11")


def main() -> None:
    db, settings_dir, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app, window, _ = start_app(db, settings_dir, excepthook=False)
    page = window.pupils_page
    view, search, years = page.ui.table, page.ui.search, page.ui.year_filter
    wait_for_rows_painted(app, view)
    app.setCursorFlashTime(0)  # a blinking text cursor is not a result
    results = PaintCounter()  # every widget that shows the result of an action
    for widget in (view.viewport(), view.verticalScrollBar(), page.ui.count,
                   page.ui.empty_message):
        widget.installEventFilter(results)
    table_paints = PaintCounter()
    view.viewport().installEventFilter(table_paints)
    header = view.horizontalHeader()
    echoes = {}  # the widget acted on: its first repaint counts, later ones (animation) not
    for widget in (search, years, header.viewport()):
        echoes[widget] = PaintCounter()
        widget.installEventFilter(echoes[widget])
    search.setFocus()

    def timed(acted_on: QWidget, action: Callable[[], object]) -> dict[str, float | int]:
        echo = echoes[acted_on]
        settle(app, results, echo, echo.count)  # nothing left over goes on the clock
        before, echo_before = table_paints.count, echo.count
        started = time.perf_counter()
        action()
        handled = time.perf_counter()
        shown = settle(app, results, echo, echo_before)
        return {"ms": (max(shown, handled) - started) * 1000,
                "handler_ms": (handled - started) * 1000,
                "table_paints": table_paints.count - before, "shown": page.proxy.rowCount()}

    keystrokes = []
    for _ in range(rounds):
        for n, word in enumerate(WORDS):
            for ch in word:
                keystrokes.append({"text": search.text() + ch,
                                   **timed(search, lambda ch=ch: QTest.keyClicks(search, ch))})
            if n == 0:
                for _ch in word:
                    keystrokes.append({"text": search.text()[:-1],
                                       **timed(search, backspace(search))})
            else:
                search.selectAll()
                keystrokes.append({"text": "", **timed(search, backspace(search))})

    year_changes = []
    for _ in range(rounds):
        for i in [*range(1, years.count()), 0]:
            year_changes.append({"year": years.itemText(i),
                                 **timed(years, lambda i=i: years.setCurrentIndex(i))})

    sorts = []
    for _ in range(rounds):
        for column in (0, 0, 2, 4, 6, 1, 0):
            x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
            sorts.append({"column": header.model().headerData(column, Qt.Orientation.Horizontal),
                          **timed(header.viewport(), click_header(header, x)),
                          "sorted_by": header.sortIndicatorSection(),
                          "descending": header.sortIndicatorOrder() == DESCENDING})

    reloads, queries = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        pupils.list_pupils(page.ctx)
        queries.append((time.perf_counter() - started) * 1000)
        reloads.append(timed(search, page.reload))

    report({"keystrokes": keystrokes, "year_changes": year_changes, "sorts": sorts,
            "reloads": reloads, "list_pupils_ms": queries, "rows": page.model.rowCount(),
            "rss_kb": rss_kb(), "peak_rss_kb": peak_rss_kb()})
    os._exit(0)


def settle(app: QApplication, results: PaintCounter, echo: PaintCounter,
           echo_before: int) -> float:
    """Run the event loop until the result widgets have not painted for SETTLE_S; return
    when the last pass that painted one of them, or first painted `echo`, ended (0.0 if
    none did)."""
    last_paint, quiet_since = 0.0, time.perf_counter()
    echoed = False
    while time.perf_counter() - quiet_since < SETTLE_S:
        before = results.count
        app.processEvents()
        painted = results.count != before
        if not echoed and echo.count != echo_before:
            echoed = painted = True
        if painted:
            last_paint = quiet_since = time.perf_counter()
    return last_paint


def click_header(header: QHeaderView, x: int) -> Callable[[], None]:
    return lambda: QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                    Qt.KeyboardModifier.NoModifier, QPoint(x, header.height() // 2))


def backspace(widget: QWidget) -> Callable[[], None]:
    return lambda: QTest.keyClick(widget, Qt.Key.Key_Backspace)


if __name__ == "__main__":
    main()
