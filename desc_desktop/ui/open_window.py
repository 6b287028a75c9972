"""The window on the register while the app runs: opened afresh after a restore, told of a
backup that did not work, and backed up automatically (daily, and once it has closed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desc_desktop.services import backup_status
from desc_desktop.ui import auto_backup
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.main_window import MainWindow

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext


class OpenWindow:
    def __init__(self, window: MainWindow, database: Path,
                 open_context: Callable[[Path], ServiceContext | None]) -> None:
        """`open_context` opens the register (or explains why not, returning None)."""
        self.database = database
        self._open_context = open_context
        self.window = window
        self.daily: auto_backup.DailyBackups | None = None
        self._follow(window)
        problem = None if window.demo else backup_status.last_problem(database)
        if problem is not None:
            window.show_notice(backup_notice(problem))

    def _follow(self, window: MainWindow) -> None:
        self.window = window
        window.reopen_requested.connect(self.reopen)
        # The demo school is fictional and made again at will: it gets no backups.
        self.daily = None if window.demo else auto_backup.DailyBackups(window)

    def reopen(self) -> None:
        """After a restore: a new window on the register, where the old one was (what the
        old one shows, and any form half filled in, belong to the register as it was)."""
        old = self.window
        ctx = self._open_context(self.database)
        if ctx is None:
            old.close()
            return
        new = MainWindow(ctx, demo=old.demo, database_name=self.database.name)
        new.restoreGeometry(old.saveGeometry())
        new.show()
        self._follow(new)
        old.close()
        old.deleteLater()
        new.statusBar().showMessage("Backup restored: this is the register as it holds now.",
                                    8000)

    def closed(self) -> None:
        """Once the window has closed: the write-ahead log into the file, then the backup."""
        ctx = self.window.ctx
        # Closing the pool checkpoints SQLite's write-ahead log into the database file, so
        # a copy of that one file taken after closing the app has every change.
        ctx.engine.dispose()
        if not self.window.demo:
            auto_backup.back_up_on_exit(ctx)


def backup_notice(problem: backup_status.BackupProblem) -> str:
    return (f"The automatic backup on {format_when(problem.at)} did not work: "
            f"{problem.reason}. Make one now: Admin › Backups › Back up now.")
