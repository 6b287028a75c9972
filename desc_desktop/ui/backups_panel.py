"""Admin › Backups: the last backup, the automatic ones, Back up now / to…, and Restore…"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desc_desktop.services import backup_status, backups, restore
from desc_desktop.services.errors import CANNOT_OPEN, Refused
from desc_desktop.services.snapshot import DeferredContext
from desc_desktop.ui.dates import format_when
from desc_desktop.ui.generated.ui_backups_panel import Ui_BackupsPanel
from desc_desktop.ui.icons import icon
from desc_desktop.ui.open_window import backup_notice
from desc_desktop.ui.operation import BackgroundTask
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE
from desc_desktop.ui.record_model import Column, RecordTableModel
from desc_desktop.ui.tables import prepare_table

if TYPE_CHECKING:
    from desc_desktop.services.context import ServiceContext

BACKUP_FILTER = "DESC Desktop backup (*.sqlite);;All files (*)"
COLUMNS = (
    Column("Made", lambda b: format_when(b.made_at)),
    Column("Size", lambda b: f"{b.size / 1e6:.1f} MB"),
    Column("File", lambda b: b.path.name),
)
EXPECTED = (Refused, *CANNOT_OPEN, OSError)
"""Failures with a message for the office; anything else is a fault (the error hook)."""


class BackupsPanel(QWidget):
    status_message = Signal(str)
    register_restored = Signal()
    """The register now holds a backup: everything on screen must be read again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsPanel()
        self.ui.setupUi(self)
        self.ctx: ServiceContext | DeferredContext | None = None
        self.model = RecordTableModel(COLUMNS, self)
        prepare_table(self.ui.automatic_table, self.model, (150, 80))
        self.ui.folder.setStyleSheet(HINT_STYLE)
        self.ui.automatic_hint.setStyleSheet(HINT_STYLE)
        self.ui.problem.setStyleSheet(PROBLEM_STYLE)
        self.ui.back_up_now.setIcon(icon("save"))
        self.ui.back_up_now.clicked.connect(self.back_up_now)
        self.ui.back_up_to.clicked.connect(self.back_up_to)
        self.ui.restore.clicked.connect(self.choose_restore)
        self.ui.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self._folder()))))
        self.task: BackgroundTask | None = None

    def set_context(self, ctx: ServiceContext | DeferredContext) -> None:
        self.ctx = ctx

    def _ctx(self) -> ServiceContext:
        """Opened here on the UI thread, never first in a worker."""
        assert self.ctx is not None, "set_context() first"
        return self.ctx.open()

    def database(self) -> Path:
        return self._ctx().path

    def _folder(self) -> Path:
        return backup_status.backups_folder(self.database())

    def refresh(self) -> None:
        ctx, database = self._ctx(), self.database()
        last = backups.last_backup_at(ctx)
        self.ui.last_backup.setText(f"Last backup: {format_when(last)}." if last else
                                    "No backup has been made yet: make one now.")
        problem = backup_status.last_problem(database)
        self.ui.problem.setVisible(problem is not None)
        if problem is not None:
            self.ui.problem.setText(backup_notice(problem))
        self.model.set_records(backups.automatic_backups(database))
        self.ui.folder.setText(f"Kept in {self._folder()}")

    # -- making backups -------------------------------------------------------------------

    def back_up_now(self) -> None:
        ctx = self._ctx()
        self._start("Backing up", lambda _progress: backups.back_up_now(ctx), self._made)

    def back_up_to(self) -> None:
        start = Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))
        suggested = start / f"DESC Desktop backup {date.today().isoformat()}.sqlite"
        path, _ = QFileDialog.getSaveFileName(self, "Back up to", str(suggested),
                                              BACKUP_FILTER)
        if not path:
            return
        ctx, target = self._ctx(), Path(path)
        self._start("Backing up", lambda _progress: backups.back_up_to(ctx, target),
                    self._made)

    def _made(self, made: backups.BackupMade) -> None:
        self.refresh()
        self.status_message.emit(f"Backup made and checked: {made.path.name} "
                                 f"({made.pupils} pupils).")

    # -- restoring ------------------------------------------------------------------------

    def choose_restore(self) -> None:
        selected = self.ui.automatic_table.selectionModel().selectedRows()
        start = (self.model.record(selected[0].row()).path if selected else self._folder())
        path, _ = QFileDialog.getOpenFileName(self, "Restore a backup", str(start),
                                              BACKUP_FILTER)
        if path:
            self.check_then_restore(Path(path))

    def check_then_restore(self, backup: Path) -> None:
        ctx = self._ctx()
        if ctx.unlocked is not None and not ctx.actor.is_admin:
            QMessageBox.warning(self, "Not restored", "Only an administrator can restore a "
                                "backup: ask an administrator to do it.")
            return
        database = self.database()
        self._start("Checking the backup",
                    lambda _progress: restore.inspect_backup(database, backup),
                    self._confirm_restore)

    def _confirm_restore(self, contents: restore.BackupContents) -> None:
        answer = QMessageBox.question(
            self, "Restore this backup?", describe(contents),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        database = self.database()
        ctx = self._ctx()
        actor = ctx.actor if ctx.unlocked is not None else None  # who, in the audit trail
        ctx.engine.dispose()  # no connection of this window stays open on the file
        self._start("Restoring the backup",
                    lambda _progress: restore.restore_backup(database, contents.file, actor),
                    self._restored)

    def _restored(self, done: restore.Restored) -> None:
        aside = (f"The register as it was is kept as {done.kept_aside.name}, beside it."
                 if done.kept_aside else "")
        QMessageBox.information(self, "Backup restored",
                                f"The register now holds the backup {done.contents.file.name}."
                                f" {aside}")
        self.register_restored.emit()

    # -- in the background ----------------------------------------------------------------

    def _start(self, title: str, work, on_success) -> None:
        def finished(handler):
            def run(value: Any) -> None:
                self.task = None
                handler(value)
            return run

        self.task = BackgroundTask(self, title, work, finished(on_success),
                                   finished(self._failed))
        self.task.dialog.setCancelButton(None)  # a copy is whole or not made: nothing to stop
        self.task.start()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, EXPECTED):
            raise error
        reason = (f"The file could not be written or read ({error.strerror or error})."
                  if isinstance(error, OSError) else str(error))
        QMessageBox.warning(self, "Not done", f"{reason}\n\nThe register has not been "
                            "changed.")
        self.refresh()


def describe(contents: restore.BackupContents) -> str:
    latest = format_when(contents.last_change_at) if contents.last_change_at else "none"
    lines = [f"File: {contents.file.name}",
             f"Made: {format_when(contents.file_date)}",
             f"Latest change in it: {latest}",
             f"Pupils: {contents.pupils:,} ({contents.pupils_on_roll:,} on roll)"]
    if contents.needs_upgrade:
        lines.append("Made by an earlier version of DESC Desktop: it will be upgraded.")
    lines += ["", "The register as it is now will be kept aside (a copy beside it), then "
              "replaced by this backup. Anything done since the backup was made will no "
              "longer be in the register."]
    return "\n".join(lines)

