"""Saving an export: a confirmation that says what leaves the school and asks to whom and
why, a save dialog starting in Documents with a Windows-safe proposed name, then the file
written and recorded in the background (services.exports: whole or not at all)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QWidget

from desc_desktop.domain.exports.disclosure import DEFAULT_PURPOSE, DEFAULT_RECIPIENT, ExportKind
from desc_desktop.services.errors import Refused
from desc_desktop.services.export_files import FileFormat
from desc_desktop.services.exports import Disclosed
from desc_desktop.ui.generated.ui_export_confirm import Ui_ExportConfirmDialog
from desc_desktop.ui.icons import icon
from desc_desktop.ui.operation import BackgroundTask, Progress
from desc_desktop.ui.problems import HINT_STYLE, PROBLEM_STYLE

FILTERS = {FileFormat.XLSX: "Excel workbook (*.xlsx)", FileFormat.CSV: "CSV file (*.csv)",
           FileFormat.PDF: "PDF (*.pdf)"}


class ExportConfirmDialog(QDialog):
    """What the file holds, and to whom and why it goes (both needed)."""

    def __init__(self, kind: ExportKind, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportConfirmDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.heading.setText(f"{kind.label}: this file leaves the school")
        font = QFont(ui.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.heading.setFont(font)
        ui.what.setText(what)
        ui.note.setStyleSheet(HINT_STYLE)
        ui.problem.setStyleSheet(PROBLEM_STYLE)
        ui.problem.setVisible(False)
        ui.recipient.setText(DEFAULT_RECIPIENT[kind])
        ui.purpose.setText(DEFAULT_PURPOSE[kind])
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Choose where to save…")
        ok.setIcon(icon("save"))
        ui.buttons.accepted.connect(self.accept)
        ui.buttons.rejected.connect(self.reject)
        ui.recipient.setFocus()
        ui.recipient.selectAll()

    @property
    def recipient(self) -> str:
        return " ".join(self.ui.recipient.text().split())

    @property
    def purpose(self) -> str:
        return " ".join(self.ui.purpose.text().split())

    def accept(self) -> None:
        missing = [what for what, text in (("to whom the file goes", self.recipient),
                                           ("why it goes", self.purpose)) if not text]
        if missing:
            self.ui.problem.setText(f"Say {' and '.join(missing)}: every file that leaves the "
                                    "school is recorded with both.")
            self.ui.problem.setVisible(True)
            (self.ui.recipient if not self.recipient else self.ui.purpose).setFocus()
            return
        super().accept()


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def ask_where(parent: QWidget, title: str, proposed: str, file_format: FileFormat
              ) -> Path | None:
    """The file to write, starting in Documents with `proposed` (already Windows-safe)."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(documents_folder() / proposed),
                                            FILTERS[file_format])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{file_format.value}":
        path = path.with_name(f"{path.name}.{file_format.value}")
    return path


def save_export(parent: QWidget, *, kind: ExportKind, file_format: FileFormat, what: str,
                proposed: str, write: Callable[[Path, str, str], Disclosed],
                on_saved: Callable[[Disclosed], None],
                on_finished: Callable[[], None] = lambda: None) -> BackgroundTask | None:
    """Confirm, choose the file, then `write(path, recipient, purpose)` in the background;
    `on_saved` with the disclosure once written and recorded, `on_finished` first whatever
    the outcome (saved, failed or cancelled). None when the user stopped before writing."""
    dialog = ExportConfirmDialog(kind, what, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    recipient, purpose = dialog.recipient, dialog.purpose
    path = ask_where(parent, f"Save the {kind.label.lower()} ({file_format.label})", proposed,
                     file_format)
    if path is None:
        return None

    def work(progress: Progress) -> Disclosed:
        progress.report(0, 0, f"Writing {path.name}…")
        return write(path, recipient, purpose)

    def saved(done: Disclosed) -> None:
        on_finished()
        on_saved(done)

    def failed(error: BaseException) -> None:
        on_finished()
        if isinstance(error, OSError):
            QMessageBox.warning(parent, "The file was not saved", (
                f"{path.name} could not be written ({error.strerror or error}). Nothing was "
                "recorded and no part of the file was left. Close it if it is open in Excel, "
                "or choose another folder."))
        elif isinstance(error, Refused):
            QMessageBox.warning(parent, "The file was not saved", str(error))
        else:
            raise error

    task = BackgroundTask(parent, f"Saving the {kind.label.lower()}…", work, saved, failed)
    task.operation.signals.cancelled.connect(on_finished)
    return task.start()


def saved_message(done: Disclosed) -> str:
    return (f"{done.path.name} saved in {done.path.parent} and recorded in the disclosure log: "
            f"{done.pupils:,} pupil{'' if done.pupils == 1 else 's'}, to {done.recipient}.\n\n"
            f"SHA-256 (the file's fingerprint):\n{done.sha256}")
