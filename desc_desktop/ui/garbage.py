"""Python's cyclic garbage collection, run by the event loop at quiet moments.

Left to itself the collector starts whenever allocations trip it, in the middle of a
keystroke if need be: with the register loaded a full collection walks well over 100,000
objects, 30 to 50 ms here, three dropped frames while someone types. It also runs on
whatever thread happens to allocate, so a Qt object caught in a reference cycle could be
destroyed on a worker thread. (Anki takes the same approach, in aqt/main.py.)

So while the window is open automatic collection is off; a timer on the UI thread clears
the youngest objects often (cheap), and everything once the keyboard and mouse have been
still for a moment — or after a few minutes whatever the user is doing. Reference counting
frees all other garbage at once, as always. While an import runs (services/gc_pause.py)
no collection is made: it would walk the import's million objects every second.

Nothing is frozen out of collection (gc.freeze): a window replaced after a restore, still
in a reference cycle, would then never be freed.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from desc_desktop.services.gc_pause import pause_in_force

TICK_MS = 1_000
QUIET_S = 1.5
"""No input for this long: a full collection now cannot get in anyone's way."""
FULL_EVERY_S = 60.0
MUST_BY_S = 300.0
YOUNG_LIMIT = 2_000
"""Allocations since the last young collection before the next (Python's own is 700)."""
YOUNG_TOO_MANY = 50_000
"""More young objects than this (the register just loaded) take as long to walk as a full
collection does: they too wait for a quiet moment."""

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel}


class QuietGarbageCollector(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._was_enabled = gc.isenabled()
        gc.disable()
        now = time.monotonic()
        self.last_input = self.last_full = now
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.timer.start(TICK_MS)
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def tick(self) -> None:
        if pause_in_force():
            return
        now = time.monotonic()
        since_full = now - self.last_full
        quiet = now - self.last_input >= QUIET_S
        young = gc.get_count()[0]
        due = since_full >= FULL_EVERY_S or young >= YOUNG_TOO_MANY
        if since_full >= MUST_BY_S or (quiet and due):
            self.collect_all()
        elif YOUNG_LIMIT <= young < YOUNG_TOO_MANY:
            gc.collect(0)

    def collect_all(self) -> None:
        gc.collect()
        self.last_full = time.monotonic()

    def stop(self) -> None:
        """Automatic collection back as it was (the window has closed)."""
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
        if self._was_enabled:
            gc.enable()
        gc.collect()
