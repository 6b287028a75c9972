"""Automatic backups from the window: once it has closed (quick, and never holding the app
open for long), and once a day while it stays open (office PCs run for weeks).

A failure is logged by type only and noted for the next start (services/backup_status.py).
"""

from __future__ import annotations

import contextlib
import threading
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer

from desc_desktop.services import backup_status, backups
from desc_desktop.ui.operation import Operation

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext
    from desc_desktop.ui.main_window import MainWindow

EXIT_WAIT_SECONDS = 20.0
DAILY_CHECK_MS = 60 * 60 * 1000


def back_up_on_exit(ctx: ServiceContext, wait: float = EXIT_WAIT_SECONDS) -> bool:
    """The automatic backup after the window has gone (if anything changed). Waits at most
    `wait` seconds: a copy cut short by the app exiting is never named as a backup, and the
    next start says the backup did not work. True when it finished in time."""
    database = ctx.path
    finished = threading.Event()

    def work() -> None:
        # A failure is logged (by type) and noted for the next start by the service itself.
        with contextlib.suppress(Exception):
            backups.automatic_backup(ctx)
        finished.set()

    threading.Thread(target=work, name="backup-on-exit", daemon=True).start()
    if finished.wait(wait):
        return True
    backup_status.record_problem(database, TimeoutError())
    return False


class DailyBackups(QObject):
    """Every hour: if no automatic backup was made today, make one in the background (only
    if something changed since the last)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.operation: Operation | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self, today: date | None = None) -> bool:
        """Start a backup if one is due; True if one was started."""
        if self.operation is not None:
            return False
        ctx = self.window.ctx.open()  # on the UI thread, never first in a worker
        newest = backups.automatic_backups(ctx.path)
        if newest and newest[0].made_at.date() == (today or date.today()):
            return False
        self.operation = Operation(lambda _progress: backups.automatic_backup(ctx))
        self.operation.signals.succeeded.connect(self._done)
        self.operation.signals.failed.connect(self._done)
        QThreadPool.globalInstance().start(self.operation)
        return True

    def _done(self, _result: object) -> None:
        self.operation = None
