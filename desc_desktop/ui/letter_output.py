"""Each letter of a run (or a reprint) as its own PDF, from the run page: choose a folder,
say before replacing letter files of this run made earlier, then write them in the
background with progress and Cancel (services.letters_split)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desc_desktop.services import letter_runs, letters_split, school
from desc_desktop.ui.operation import Progress
from desc_desktop.ui.settings import app_settings

if TYPE_CHECKING:
    from desc_desktop.ui.letter_run_page import LetterRunPage, MadeLetters

FOLDER_KEY = "letters/each_folder"


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
