"""What the run page does with letters once made (a run's, or a reprint's): print them
through the system's print dialog, open them in the PC's PDF viewer, or also save each
letter as its own PDF (services.letters_split) in a folder chosen, saying first before it
replaces letter files of this run made earlier. Printing and saving run in the background
with progress and Cancel (the page's run_task)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desc_desktop.services import letter_runs, letters_split, school
from desc_desktop.ui.operation import Progress
from desc_desktop.ui.pdf_preview import print_pdf
from desc_desktop.ui.settings import app_settings

if TYPE_CHECKING:
    from desc_desktop.ui.letter_run_page import LetterRunPage, MadeLetters

FOLDER_KEY = "letters/each_folder"


def print_letters(page: LetterRunPage, made: MadeLetters) -> None:
    """The system's print dialog (a page range may be chosen), then the pages drawn for the
    printer in the background."""
    path = made.path
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, page)
    dialog.setWindowTitle("Print the letters")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, made.pages))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    page.printer = printer  # kept alive while the worker draws on it

    def work(progress: Progress) -> int:
        return print_pdf(path, printer, progress)

    def printed(pages: int) -> None:
        if page.ctx is not None:
            letter_runs.record_printed(page.ctx, made.plan, pages, printer.printerName())
        page.status_message.emit(f"{pages:,} page{'' if pages == 1 else 's'} sent to the "
                                 "printer.")

    def failed(error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        QMessageBox.warning(page, "Not printed", f"The letters were not printed: {error}")

    page.run_task("Printing the letters…", work, printed, failed,
                  cancelled="Printing cancelled.")


def open_in_viewer(page: LetterRunPage, made: MadeLetters) -> None:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.path))):
        QMessageBox.warning(page, "Could not open the PDF",
                            f"No PDF viewer opened {made.path.name}. Open it from its "
                            f"folder: {made.path.parent}")


def save_each_letter(page: LetterRunPage, made: MadeLetters) -> None:
    folder = choose_folder(page, made)
    if folder is None:
        return
    plan = made.plan
    earlier = letters_split.run_files_in(folder, plan.run_number)
    if earlier and not _replace_earlier(page, folder, len(earlier), plan.run_number):
        return
    app_settings().setValue(FOLDER_KEY, str(folder))
    assert page.ctx is not None
    # The words and letterhead of the combined PDF, even if either was changed since.
    template = made.template or letter_runs.current_template(page.ctx)[1]
    details = made.school or school.get_school(page.ctx)

    def work(progress: Progress) -> int:
        def report(done: int, total: int) -> None:
            progress.report(done, total, f"Saving letter {done:,} of {total:,}…")

        progress.report(0, len(plan.letters), "Saving each letter as its own PDF…")
        return len(letters_split.write_letter_files(
            folder, plan, template, details, replace_run_files=bool(earlier),
            progress=report))

    def failed(error: BaseException) -> None:
        if not isinstance(error, OSError):
            raise error
        QMessageBox.warning(page, "The letter files were not saved",
                            f"The letters could not be saved in {folder} "
                            f"({error.strerror or error}). None of them was kept: choose "
                            "another folder, or check there is room on the disk.")

    page.run_task("Saving each letter as its own PDF…", work,
                  lambda count: page.letter_files_saved(folder, count), failed,
                  cancelled="Cancelled: no letter files were kept.")


def choose_folder(page: LetterRunPage, made: MadeLetters) -> Path | None:
    # The folder used last time, else the one the combined PDF went to.
    start = str(app_settings().value(FOLDER_KEY) or "") or str(made.path.parent)
    chosen = QFileDialog.getExistingDirectory(
        page, "Choose a folder for one PDF per letter (named by reference, e.g. R003-0012.pdf)",
        start)
    return Path(chosen) if chosen else None


def _replace_earlier(page: LetterRunPage, folder: Path, count: int, run_number: int) -> bool:
    answer = QMessageBox.question(
        page, "Replace the letter files there?",
        f"{folder} already holds {count:,} letter file{'' if count == 1 else 's'} numbered "
        f"R{run_number:03d}-…, made earlier and never marked as sent (or these same letters "
        "saved before).\n\nReplace them with these letters? The folder then holds exactly "
        "this run's letters.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
